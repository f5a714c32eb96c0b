<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnchorReminder</name>
    <message numerus="yes">
        <source>The last audit anchor was written %n day(s) ago.</source>
        <translation>
            <numerusform>The last audit anchor was written %n day ago.</numerusform>
            <numerusform>The last audit anchor was written %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>The newest %Ln entries shown; narrow the filter for older ones.</source>
        <translation>
            <numerusform>The newest entry shown; narrow the filter for older ones.</numerusform>
            <numerusform>The newest %Ln entries shown; narrow the filter for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, newest first.</source>
        <translation>
            <numerusform>%Ln entry shown, newest first.</numerusform>
            <numerusform>%Ln entries shown, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to %1.</source>
        <translation>
            <numerusform>%Ln entry exported to %1.</numerusform>
            <numerusform>%Ln entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheStatusLine</name>
    <message numerus="yes">
        <source>%1 communications from %n repository(ies) in the cache</source>
        <translation>
            <numerusform>%1 communications from %n repository in the cache</numerusform>
            <numerusform>%1 communications from %n repositories in the cache</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckBesideRunner</name>
    <message numerus="yes">
        <source>The daily check found %n letter(s) in the cache changed outside Proofdesk. Such a letter says so where it is shown, and is neither produced nor exported as evidence until the next sync writes it again as its repository holds it.</source>
        <translation>
            <numerusform>The daily check found %n letter in the cache changed outside Proofdesk. Such a letter says so where it is shown, and is neither produced nor exported as evidence until the next sync writes it again as its repository holds it.</numerusform>
            <numerusform>The daily check found %n letters in the cache changed outside Proofdesk. Such a letter says so where it is shown, and is neither produced nor exported as evidence until the next sync writes it again as its repository holds it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>Resulting status: &lt;b&gt;%1&lt;/b&gt; (%n event(s))</source>
        <translation>
            <numerusform>Resulting status: &lt;b&gt;%1&lt;/b&gt; (%n event)</numerusform>
            <numerusform>Resulting status: &lt;b&gt;%1&lt;/b&gt; (%n events)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispositionView</name>
    <message numerus="yes">
        <source>%Ln communication(s) past retention and under no hold%1;</source>
        <translation>
            <numerusform>%Ln communication past retention and under no hold%1;</numerusform>
            <numerusform>%Ln communications past retention and under no hold%1;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more are past retention but held.</source>
        <translation>
            <numerusform>%Ln more is past retention but held.</numerusform>
            <numerusform>%Ln more are past retention but held.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispose of %n communication(s)? Their documents are purged, a tombstone is kept for each and a certificate is written. This cannot be undone.</source>
        <translation>
            <numerusform>Dispose of %n communication? Its document is purged, a tombstone is kept and a certificate is written. This cannot be undone.</numerusform>
            <numerusform>Dispose of %n communications? Their documents are purged, a tombstone is kept for each and a certificate is written. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispose of %n</source>
        <translation>
            <numerusform>Dispose of %n</numerusform>
            <numerusform>Dispose of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentStorageDialog</name>
    <message numerus="yes">
        <source>%1 of %2 (%n document(s) kept on this computer)</source>
        <translation>
            <numerusform>%1 of %2 (%n document kept on this computer)</numerusform>
            <numerusform>%1 of %2 (%n documents kept on this computer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed (%1). %2 stay over the limit: they are under legal hold or in an evidence package being built, and are never removed.</source>
        <translation>
            <numerusform>%n document removed (%1). %2 stay over the limit: they are under legal hold or in an evidence package being built, and are never removed.</numerusform>
            <numerusform>%n documents removed (%1). %2 stay over the limit: they are under legal hold or in an evidence package being built, and are never removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed (%1); %2 are kept.</source>
        <translation>
            <numerusform>%n document removed (%1); %2 are kept.</numerusform>
            <numerusform>%n documents removed (%1); %2 are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message numerus="yes">
        <source>%Ln record(s) imported</source>
        <translation>
            <numerusform>%Ln record imported</numerusform>
            <numerusform>%Ln records imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected.</source>
        <translation>
            <numerusform>%Ln line rejected.</numerusform>
            <numerusform>%Ln lines rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message numerus="yes">
        <source>The selected communication(s): %1</source>
        <translation>
            <numerusform>The selected communication: %1</numerusform>
            <numerusform>The selected communications: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldQueryField</name>
    <message numerus="yes">
        <source>Would hold %1 communication(s)</source>
        <translation>
            <numerusform>Would hold %1 communication</numerusform>
            <numerusform>Would hold %1 communications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldRegisterView</name>
    <message numerus="yes">
        <source>Communications it covers (the first %1 of %Ln):</source>
        <translation>
            <numerusform>Communications it covers (the first %1 of %Ln):</numerusform>
            <numerusform>Communications it covers (the first %1 of %Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communications it covers (%Ln):</source>
        <translation>
            <numerusform>Communications it covers (%Ln):</numerusform>
            <numerusform>Communications it covers (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the legal hold “%1” (%2)? The %Ln communication(s) it covers may then be disposed of when their retention ends.</source>
        <translation>
            <numerusform>Release the legal hold “%1” (%2)? The %Ln communication it covers may then be disposed of when their retention ends.</numerusform>
            <numerusform>Release the legal hold “%1” (%2)? The %Ln communications it covers may then be disposed of when their retention ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MattersWorkspace</name>
    <message numerus="yes">
        <source>yes: %n new letter(s)</source>
        <translation>
            <numerusform>yes: %n new letter</numerusform>
            <numerusform>yes: %n new letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (the latest, %1: %2 documents, root SHA-256 %3)</source>
        <translation>
            <numerusform>%n (the latest, %1: %2 documents, root SHA-256 %3)</numerusform>
            <numerusform>%n (the latest, %1: %2 documents, root SHA-256 %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewLettersDialog</name>
    <message numerus="yes">
        <source>The saved search “%1” finds %Ln letter(s) that were not there when you last looked.</source>
        <translation>
            <numerusform>The saved search “%1” finds %Ln letter that were not there when you last looked.</numerusform>
            <numerusform>The saved search “%1” finds %Ln letters that were not there when you last looked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message numerus="yes">
        <source>The legal hold “%1” now covers %Ln communication(s).</source>
        <translation>
            <numerusform>The legal hold “%1” now covers %Ln communication.</numerusform>
            <numerusform>The legal hold “%1” now covers %Ln communications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReissueQueueView</name>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n request.</numerusform>
            <numerusform>%n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message numerus="yes">
        <source>%1 — %n communication(s)</source>
        <translation>
            <numerusform>%1 — %n communication</numerusform>
            <numerusform>%1 — %n communications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteSearchControls</name>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n page read</numerusform>
            <numerusform>%n pages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies) searched:</source>
        <translation>
            <numerusform>%n repository searched:</numerusform>
            <numerusform>%n repositories searched:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) not cached</source>
        <translation>
            <numerusform>%n communication not cached</numerusform>
            <numerusform>%n communications not cached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search of the repositories was cancelled: the %n communication(s) found before it stopped are listed, not all there are.</source>
        <translation>
            <numerusform>The search of the repositories was cancelled: the %n communication found before it stopped is listed, not all there are.</numerusform>
            <numerusform>The search of the repositories was cancelled: the %n communications found before it stopped are listed, not all there are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n communication(s) offline…</source>
        <translation>
            <numerusform>Keeping %n communication offline…</numerusform>
            <numerusform>Keeping %n communications offline…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept offline: %n communication(s) are in the cache now, searched and opened like every cached one.</source>
        <translation>
            <numerusform>Kept offline: %n communication is in the cache now, searched and opened like every cached one.</numerusform>
            <numerusform>Kept offline: %n communications are in the cache now, searched and opened like every cached one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) kept offline</source>
        <translation>
            <numerusform>%n communication kept offline</numerusform>
            <numerusform>%n communications kept offline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepositoriesDialog</name>
    <message numerus="yes">
        <source>%1: %Ln letter(s) listed</source>
        <translation>
            <numerusform>%1: %Ln letter listed</numerusform>
            <numerusform>%1: %Ln letters listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message numerus="yes">
        <source>%1 communication(s)</source>
        <translation>
            <numerusform>%1 communication</numerusform>
            <numerusform>%1 communications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n repositories offline</source>
        <translation>
            <numerusform>%n repository offline</numerusform>
            <numerusform>%n repositories offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateHistoryDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %n version(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n version</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) removed</source>
        <translation>
            <numerusform>%Ln line removed</numerusform>
            <numerusform>%Ln lines removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::AuditEntriesModel</name>
    <message numerus="yes">
        <source>search “%1” (%Ln found)</source>
        <translation>
            <numerusform>search “%1” (%Ln found)</numerusform>
            <numerusform>search “%1” (%Ln found)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::CsvExporter</name>
    <message numerus="yes">
        <source>%n communication(s) exported to %1</source>
        <translation>
            <numerusform>%n communication exported to %1</numerusform>
            <numerusform>%n communications exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::DispositionModel</name>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n year)</numerusform>
            <numerusform>%1 (%n years)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::HoldRegisterModel</name>
    <message numerus="yes">
        <source>key written in %n drop(s)</source>
        <translation>
            <numerusform>key written in %n drop</numerusform>
            <numerusform>key written in %n drops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>key pending for %n drop(s)</source>
        <translation>
            <numerusform>key pending for %n drop</numerusform>
            <numerusform>key pending for %n drops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>key refused by %n drop(s)</source>
        <translation>
            <numerusform>key refused by %n drop</numerusform>
            <numerusform>key refused by %n drops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::MattersModel</name>
    <message numerus="yes">
        <source>%n new letter(s)</source>
        <translation>
            <numerusform>%n new letter</numerusform>
            <numerusform>%n new letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::MetadataModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::SavedSearchesModel</name>
    <message numerus="yes">
        <source>%1 (%Ln new)</source>
        <extracomment>A watched saved search and how many letters it finds that were not there when last seen.</extracomment>
        <translation>
            <numerusform>%1 (%Ln new)</numerusform>
            <numerusform>%1 (%Ln new)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::records</name>
    <message numerus="yes">
        <source>the %n letter(s) it holds now are not those its entries added and removed: a letter was added to it, removed from it or deleted outside Proofdesk</source>
        <translation>
            <numerusform>the %n letter it holds now are not those its entries added and removed: a letter was added to it, removed from it or deleted outside Proofdesk</numerusform>
            <numerusform>the %n letters it holds now are not those its entries added and removed: a letter was added to it, removed from it or deleted outside Proofdesk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::services::ImportJob</name>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>%n record imported</numerusform>
            <numerusform>%n records imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::services::SyncJob</name>
    <message numerus="yes">
        <source>%n record(s) synced</source>
        <translation>
            <numerusform>%n record synced</numerusform>
            <numerusform>%n records synced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) under legal hold were deleted in the repository: they are kept here, marked deleted in the repository (their details say since when).</source>
        <translation>
            <numerusform>%n communication under legal hold were deleted in the repository: they are kept here, marked deleted in the repository (their details say since when).</numerusform>
            <numerusform>%n communications under legal hold were deleted in the repository: they are kept here, marked deleted in the repository (their details say since when).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) left the cache: they are outside the repository&apos;s sync scope now (Search the repositories too finds them).</source>
        <translation>
            <numerusform>%n communication left the cache: it is outside the repository&apos;s sync scope now (Search the repositories too finds it).</numerusform>
            <numerusform>%n communications left the cache: they are outside the repository&apos;s sync scope now (Search the repositories too finds them).</numerusform>
        </translation>
    </message>
</context>
</TS>
