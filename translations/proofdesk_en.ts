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
        <source>Dispose of %n communication(s)? Their documents are purged and a certificate is written. Reason (recorded):</source>
        <translation>
            <numerusform>Dispose of %n communication? Its documents are purged and a certificate is written. Reason (recorded):</numerusform>
            <numerusform>Dispose of %n communications? Their documents are purged and a certificate is written. Reason (recorded):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 communications from %n repository(ies) in the cache</source>
        <translation>
            <numerusform>%1 communications from %n repository in the cache</numerusform>
            <numerusform>%1 communications from %n repositories in the cache</numerusform>
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
    <name>RepositoriesDialog</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
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
</context>
</TS>
