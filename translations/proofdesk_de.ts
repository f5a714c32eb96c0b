<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnchorReminder</name>
    <message>
        <source>&amp;Write Anchor…</source>
        <translation>Anker &amp;schreiben…</translation>
    </message>
    <message>
        <source>Audit anchor reminder</source>
        <translation>Erinnerung an den Prüfpfad-Anker</translation>
    </message>
    <message>
        <source>Write the head of the audit chain to a file kept elsewhere</source>
        <translation>Das Ende der Prüfkette in eine Datei schreiben, die anderswo aufbewahrt wird</translation>
    </message>
    <message>
        <source>Write one and keep it away from this computer: proofdesk-cli audit verify --anchor FILE then finds entries removed or rewritten since.</source>
        <translation>Schreiben Sie einen und bewahren Sie ihn außerhalb dieses Computers auf: proofdesk-cli audit verify --anchor DATEI findet dann seither entfernte oder umgeschriebene Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>The last audit anchor was written %n day(s) ago.</source>
        <translation>
            <numerusform>Der letzte Prüfpfad-Anker wurde vor %n Tag geschrieben.</numerusform>
            <numerusform>Der letzte Prüfpfad-Anker wurde vor %n Tagen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit anchor has been written.</source>
        <translation>Es wurde noch kein Prüfpfad-Anker geschrieben.</translation>
    </message>
    <message>
        <source>Write Audit Anchor</source>
        <translation>Prüfpfad-Anker schreiben</translation>
    </message>
    <message>
        <source>Audit anchors (*.json)</source>
        <translation>Prüfpfad-Anker (*.json)</translation>
    </message>
    <message>
        <source>&amp;Audit Anchor Reminder…</source>
        <translation>&amp;Anker-Erinnerung…</translation>
    </message>
    <message>
        <source>How many days after the last audit anchor the audit view reminds you</source>
        <translation>Nach wie vielen Tagen seit dem letzten Prüfpfad-Anker die Prüfpfad-Ansicht erinnert</translation>
    </message>
    <message>
        <source>Audit Anchor Reminder</source>
        <translation>Anker-Erinnerung</translation>
    </message>
    <message>
        <source>Remind to write an audit anchor when the last one is older than (days):</source>
        <translation>An einen neuen Prüfpfad-Anker erinnern, wenn der letzte älter ist als (Tage):</translation>
    </message>
</context>
<context>
    <name>AuditEntryDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Audit Entry #%1</source>
        <translation>Prüfpfad-Eintrag #%1</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <source>State before</source>
        <translation>Zustand vorher</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>Zustand nachher</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>Vorheriger Hash:</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hash:</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Filter by object id</source>
        <translation>Nach Objekt-ID filtern</translation>
    </message>
    <message>
        <source>Filter by time</source>
        <translation>Nach Zeitraum filtern</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Enddatum (einschließlich)</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Einträge im Prüfpfad</translation>
    </message>
    <message>
        <source>Verify the hash chain of the audit trail</source>
        <translation>Die Hash-Kette des Prüfpfads prüfen</translation>
    </message>
    <message>
        <source>Result of the chain verification</source>
        <translation>Ergebnis der Kettenprüfung</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Apply the audit filter</source>
        <translation>Den Prüfpfad-Filter anwenden</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Your own entries only (agents see their own). </source>
        <translation>Nur Ihre eigenen Einträge (Sachbearbeiter sehen nur ihre eigenen). </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Kette wird geprüft…</translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>✔ The audit trail verifies: %1 entries, chain intact (%2 ms).</source>
        <translation>✔ Der Prüfpfad ist gültig: %1 Einträge, Kette intakt (%2 ms).</translation>
    </message>
    <message>
        <source>✘ The audit trail does NOT verify. First bad entry: #%1 — %2</source>
        <translation>✘ Der Prüfpfad ist NICHT gültig. Erster fehlerhafter Eintrag: #%1 — %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the entries the filter selects</source>
        <translation>Die vom Filter gewählten Einträge exportieren</translation>
    </message>
    <message>
        <source>Write the entries the filter selects (all of them, not only the newest shown) to a JSON lines file; the export is recorded in the trail</source>
        <translation>Die vom Filter gewählten Einträge (alle, nicht nur die neuesten angezeigten) in eine JSON-Lines-Datei schreiben; der Export wird im Prüfpfad festgehalten</translation>
    </message>
    <message>
        <source>Double-click or press Return on an entry to see it whole</source>
        <translation>Doppelklick oder Eingabetaste auf einem Eintrag zeigt ihn vollständig</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entries shown; narrow the filter for older ones.</source>
        <translation>
            <numerusform>Der neueste %Ln Eintrag wird angezeigt; für ältere den Filter eingrenzen.</numerusform>
            <numerusform>Die neuesten %Ln Einträge werden angezeigt; für ältere den Filter eingrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, newest first.</source>
        <translation>
            <numerusform>%Ln Eintrag angezeigt, neueste zuerst.</numerusform>
            <numerusform>%Ln Einträge angezeigt, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Entries</source>
        <translation>Prüfpfad-Einträge exportieren</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to %1.</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action, e.g. hold or reissue.approve</source>
        <translation>Aktion, z. B. hold oder reissue.approve</translation>
    </message>
    <message>
        <source>An object&apos;s id: a communication&apos;s id also finds its reissue requests, holds and exception cases</source>
        <translation>Die Kennung eines Objekts: die Kennung einer Kommunikation findet auch ihre Neuausstellungsaufträge, Sperren und Ausnahmefälle</translation>
    </message>
    <message>
        <source>The audit trail is for compliance officers and records managers (agents see their own entries). Switch role in the status bar if you hold one of those roles.</source>
        <translation>Das Prüfprotokoll ist für Compliance-Beauftragte und Records-Manager (Sachbearbeiter sehen ihre eigenen Einträge). Wechseln Sie die Rolle in der Statusleiste, wenn Sie eine dieser Rollen haben.</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Verif&amp;y Chain</source>
        <translation>&amp;Kette prüfen</translation>
    </message>
</context>
<context>
    <name>CacheStatusLine</name>
    <message>
        <source>Cache contents</source>
        <translation>Cache-Inhalt</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 communications from %n repository(ies) in the cache</source>
        <translation>
            <numerusform>%1 Kommunikationen aus %n Repository im Cache</numerusform>
            <numerusform>%1 Kommunikationen aus %n Repositorys im Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Der Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>started again on %1 because the one before it was damaged; it fills again at the next sync</source>
        <translation>am %1 neu begonnen, weil der vorherige beschädigt war; er füllt sich beim nächsten Abgleich wieder</translation>
    </message>
</context>
<context>
    <name>CheckBesideRunner</name>
    <message>
        <source>Proofdesk</source>
        <translation>Proofdesk</translation>
    </message>
    <message>
        <source>The cache in %1 failed its daily check: part of the file is damaged, and what it shows may be incomplete. When Proofdesk is next started it checks the cache again before anything is read; a cache that fails again is moved aside and filled again from its repositories. The audit trail, holds and other records are not in the cache and are not touched.</source>
        <translation>Der Cache in %1 hat seine tägliche Prüfung nicht bestanden: Ein Teil der Datei ist beschädigt, und was er zeigt, ist möglicherweise unvollständig. Beim nächsten Start prüft Proofdesk den Cache erneut, bevor etwas gelesen wird; ein Cache, der wieder durchfällt, wird beiseitegelegt und aus seinen Repositorys neu gefüllt. Prüfprotokoll, Sperren und andere Aufzeichnungen liegen nicht im Cache und bleiben unberührt.</translation>
    </message>
    <message numerus="yes">
        <source>The daily check found %n letter(s) in the cache changed outside Proofdesk. Such a letter says so where it is shown, and is neither produced nor exported as evidence until the next sync writes it again as its repository holds it.</source>
        <translation>
            <numerusform>Die tägliche Prüfung hat %n Schreiben gefunden, das im Cache außerhalb von Proofdesk geändert wurde. Ein solches Schreiben sagt das überall, wo es angezeigt wird, und wird weder produziert noch als Nachweis exportiert, bis die nächste Synchronisierung es so schreibt, wie sein Repository es hält.</numerusform>
            <numerusform>Die tägliche Prüfung hat %n Schreiben gefunden, die im Cache außerhalb von Proofdesk geändert wurden. Ein solches Schreiben sagt das überall, wo es angezeigt wird, und wird weder produziert noch als Nachweis exportiert, bis die nächste Synchronisierung es so schreibt, wie sein Repository es hält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>ComplianceWorkspace</name>
    <message>
        <source>Mark Finding Reviewed</source>
        <translation>Feststellung als geprüft markieren</translation>
    </message>
    <message>
        <source>%1 — %2

What was checked or done (recorded in the audit trail):</source>
        <translation>%1 — %2

Was wurde geprüft oder getan (wird im Prüfpfad festgehalten):</translation>
    </message>
    <message>
        <source>Export Evidence Package</source>
        <translation>Nachweispaket exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Evidence package written: %1 (SHA-256 %2…)</source>
        <translation>Nachweispaket geschrieben: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>The document&apos;s bytes could not be verified and are not in the package; its report says why.</source>
        <translation>Die Bytes des Dokuments konnten nicht geprüft werden und sind nicht im Paket enthalten; der Bericht im Paket nennt den Grund.</translation>
    </message>
    <message>
        <source>Audit Report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV table (*.csv)</source>
        <translation>PDF-Bericht (*.pdf);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Audit report written: %1</source>
        <translation>Prüfbericht geschrieben: %1</translation>
    </message>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Compliance</translation>
    </message>
    <message>
        <source>&amp;Findings and Dashboards</source>
        <translation>&amp;Feststellungen und Dashboards</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export &amp;Evidence Package…</source>
        <translation>Nachweispaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Audit Report…</source>
        <translation>Prüf&amp;bericht…</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Only the current search</source>
        <translation>Nur die aktuelle Suche</translation>
    </message>
    <message>
        <source>&amp;Run Checks</source>
        <translation>&amp;Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Scope: the whole cache</source>
        <translation>Umfang: der gesamte Cache</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 findings over %2 communications in %3 ms</source>
        <translation>%1 Feststellungen bei %2 Kommunikationen in %3 ms</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Select a communication first: the package is made for the communication shown.</source>
        <translation>Wählen Sie zuerst eine Kommunikation aus: Das Paket wird für die angezeigte Kommunikation erstellt.</translation>
    </message>
    <message>
        <source>Collecting the record of %1…</source>
        <translation>Datensatz von %1 wird zusammengestellt…</translation>
    </message>
    <message>
        <source>The evidence package was cancelled; nothing was written.</source>
        <translation>Das Nachweispaket wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Counting and checking the communications…</source>
        <translation>Kommunikationen werden gezählt und geprüft…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Open Exception Case</source>
        <translation>Ausnahmefall eröffnen</translation>
    </message>
    <message>
        <source>%1 — %2

The workflow service starts one exception case for this finding. Why is it needed (recorded in the audit trail)?</source>
        <translation>%1 — %2

Der Workflow-Dienst startet einen Ausnahmefall zu diesem Befund. Warum ist er nötig (wird im Prüfprotokoll festgehalten)?</translation>
    </message>
    <message>
        <source>Start an exception case for this finding in the workflow service</source>
        <translation>Einen Ausnahmefall zu diesem Befund im Workflow-Dienst starten</translation>
    </message>
    <message>
        <source>Select a finding first: its communication&apos;s evidence is exported.</source>
        <translation>Wählen Sie zuerst einen Befund: Das Nachweispaket seiner Kommunikation wird exportiert.</translation>
    </message>
    <message>
        <source>Export Evidence Package exports the communication shown in Review or the selected finding&apos;s: select one first.</source>
        <translation>„Nachweispaket exportieren“ exportiert die in „Prüfen“ gezeigte Kommunikation oder die des ausgewählten Befunds: Wählen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Übersichten</translation>
    </message>
    <message>
        <source>Compliance checks and dashboards are for compliance officers and records managers. Your role here may not run them. Switch role in the status bar if you hold one of those roles.</source>
        <translation>Compliance-Prüfungen und Übersichten sind für Compliance-Beauftragte und Records-Manager. Ihre Rolle hier darf sie nicht ausführen. Wechseln Sie die Rolle in der Statusleiste, wenn Sie eine dieser Rollen haben.</translation>
    </message>
    <message>
        <source>Not available in this role</source>
        <translation>In dieser Rolle nicht verfügbar</translation>
    </message>
    <message>
        <source>O&amp;pen Communication</source>
        <translation>Kommunikati&amp;on öffnen</translation>
    </message>
    <message>
        <source>&amp;Mark Reviewed…</source>
        <translation>Als geprüft &amp;markieren…</translation>
    </message>
    <message>
        <source>Open E&amp;xception Case…</source>
        <translation>Ausnahmefa&amp;ll eröffnen…</translation>
    </message>
    <message>
        <source>Only compliance officers and records managers run the checks</source>
        <translation>Nur Compliance-Beauftragte und Records-Manager führen die Prüfungen aus</translation>
    </message>
    <message>
        <source>Counting, checking and writing %1…</source>
        <translation>Zählen, Prüfen und Schreiben von %1…</translation>
    </message>
    <message>
        <source>Choose a finding to read its reason here.</source>
        <translation>Wählen Sie eine Feststellung, um hier ihren Grund zu lesen.</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>Click a bar or point to open its communications; right-click to save as PNG</source>
        <translation>Auf einen Balken oder Punkt klicken, um seine Kommunikationen zu öffnen; Rechtsklick speichert als PNG</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Click to search: %1</source>
        <translation>Klicken, um zu suchen: %1</translation>
    </message>
    <message>
        <source>Approximate: %1</source>
        <translation>Näherung: %1</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Left and Right choose a bar, Up and Down a series, Return opens its communications.</source>
        <translation>Links und Rechts wählen einen Balken, Auf und Ab eine Reihe, Eingabe öffnet seine Kommunikationen.</translation>
    </message>
    <message>
        <source>The numbers of %1</source>
        <translation>Die Zahlen von %1</translation>
    </message>
    <message>
        <source>Show the &amp;Numbers…</source>
        <translation>&amp;Zahlen zeigen…</translation>
    </message>
</context>
<context>
    <name>DemoNotice</name>
    <message>
        <source>Connect a Repository…</source>
        <translation>Repository verbinden…</translation>
    </message>
    <message>
        <source>Import a Drop…</source>
        <translation>Ablage importieren…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>This is a demo archive: 2,000 made-up communications written at the first start, so that every part of Proofdesk can be tried. To work on your own: connect a repository (CMIS, ArchivesSpace or a drop folder) in Settings › Repositories…, import an output drop with File › Import Drop…, or connect this data folder to your team&apos;s database with “proofdesk-cli team connect” (README, “A team on PostgreSQL”).</source>
        <translation>Dies ist ein Demo-Archiv: 2.000 erfundene Kommunikationen, beim ersten Start geschrieben, damit jeder Teil von Proofdesk ausprobiert werden kann. Um mit eigenen zu arbeiten: Verbinden Sie ein Repository (CMIS, ArchivesSpace oder einen Ablageordner) unter Einstellungen › Repositories…, importieren Sie eine Ausgabeablage mit Datei › Ablage importieren… oder verbinden Sie diesen Datenordner mit der Datenbank Ihres Teams mit „proofdesk-cli team connect“ (README, „A team on PostgreSQL“).</translation>
    </message>
    <message>
        <source>Dismiss the demo archive notice</source>
        <translation>Den Hinweis zum Demo-Archiv ausblenden</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Selected communication</source>
        <translation>Ausgewählte Kommunikation</translation>
    </message>
    <message>
        <source>No communication selected</source>
        <translation>Keine Kommunikation ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>De&amp;livery</source>
        <translation>&amp;Zustellung</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>Ver&amp;wandte</translation>
    </message>
    <message>
        <source>Communication details</source>
        <translation>Details der Kommunikation</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Double-click or press Return on a key to search for everything with it</source>
        <translation>Doppelklick oder Eingabetaste auf einem Schlüssel sucht alles mit diesem Schlüssel</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Zustellstatus</translation>
    </message>
    <message>
        <source>Delivery timeline</source>
        <translation>Zustellverlauf</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>Resulting status: &lt;b&gt;%1&lt;/b&gt; (%n event(s))</source>
        <translation>
            <numerusform>Ergebnis: &lt;b&gt;%1&lt;/b&gt; (%n Ereignis)</numerusform>
            <numerusform>Ergebnis: &lt;b&gt;%1&lt;/b&gt; (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the document from %1…</source>
        <translation>Dokument wird von %1 abgerufen…</translation>
    </message>
    <message>
        <source>%1 gives no SHA-256 for this document: its bytes were fetched but cannot be verified, so they are not shown as the version sent.</source>
        <translation>%1 liefert keinen SHA-256 für dieses Dokument: Seine Bytes wurden abgerufen, können aber nicht geprüft werden und werden daher nicht als versandte Fassung angezeigt.</translation>
    </message>
    <message>
        <source>Select a communication in the results to see the document sent.</source>
        <translation>Eine Kommunikation in den Ergebnissen auswählen, um das versandte Dokument zu sehen.</translation>
    </message>
    <message>
        <source>Fetch &amp;Again and Verify</source>
        <translation>&amp;Erneut abrufen und prüfen</translation>
    </message>
    <message>
        <source>Ask the repository for the document&apos;s bytes again and check them against the recorded SHA-256</source>
        <translation>Die Bytes des Dokuments erneut beim Repository anfordern und gegen den erfassten SHA-256 prüfen</translation>
    </message>
    <message>
        <source>Fetching the document from %1 again…</source>
        <translation>Das Dokument wird erneut von %1 abgerufen…</translation>
    </message>
    <message>
        <source>This document was removed from this computer to free space: fetching it again from %1 and verifying it…</source>
        <translation>Dieses Dokument wurde entfernt, um auf diesem Rechner Platz zu schaffen: Es wird erneut von %1 abgerufen und geprüft…</translation>
    </message>
    <message>
        <source>E&amp;xport Evidence…</source>
        <translation>Nachweispaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write an evidence package of this communication: the document as sent, its delivery, template, holds and audit entries, with SHA-256 sums</source>
        <translation>Ein Nachweispaket dieser Kommunikation schreiben: das Dokument wie versendet, seine Zustellung, Vorlage, Sperren und Prüfprotokolleinträge, mit SHA-256-Summen</translation>
    </message>
    <message>
        <source>&amp;Keep Offline</source>
        <translation>&amp;Offline behalten</translation>
    </message>
    <message>
        <source>Bring this communication into the cache, as a sync would: it is then searched, opened and audited like every cached one</source>
        <translation>Diese Kommunikation in den Cache holen, wie eine Synchronisierung es täte: Danach wird sie wie jede zwischengespeicherte gesucht, geöffnet und protokolliert</translation>
    </message>
    <message>
        <source>%1 · %2 · in %3, not cached</source>
        <translation>%1 · %2 · in %3, nicht im Cache</translation>
    </message>
    <message>
        <source>%1 holds this communication; the cache does not. Keep it offline, or open it (Return or a double-click), to bring it into the cache: its document is then fetched from %1 and verified.</source>
        <translation>%1 hält diese Kommunikation, der Cache nicht. Behalten Sie sie offline oder öffnen Sie sie (Eingabe oder Doppelklick), um sie in den Cache zu holen: Ihr Dokument wird dann von %1 abgerufen und geprüft.</translation>
    </message>
    <message>
        <source>Changed outside Proofdesk</source>
        <translation>Außerhalb von Proofdesk geändert</translation>
    </message>
    <message>
        <source>⚠ Changed outside Proofdesk: this letter&apos;s row, its text or one of its delivery events in the cache no longer holds what was written. It is not produced and gives no evidence package (proofdesk-cli cache verify).</source>
        <translation>⚠ Außerhalb von Proofdesk geändert: Die Zeile dieses Briefs, sein Text oder eines seiner Zustellereignisse im Cache enthält nicht mehr, was geschrieben wurde. Er wird nicht produziert und ergibt kein Beweispaket (proofdesk-cli cache verify).</translation>
    </message>
</context>
<context>
    <name>DispositionView</name>
    <message>
        <source>&amp;Approve Disposition…</source>
        <translation>Vernichtung ge&amp;nehmigen…</translation>
    </message>
    <message>
        <source>Communications eligible for disposition</source>
        <translation>Zur Vernichtung anstehende Kommunikationen</translation>
    </message>
    <message>
        <source>Approve the disposition of the selected communications</source>
        <translation>Die Vernichtung der ausgewählten Kommunikationen genehmigen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Refresh the disposition review</source>
        <translation>Die Vernichtungsprüfung aktualisieren</translation>
    </message>
    <message>
        <source>Result of the last disposition</source>
        <translation>Ergebnis der letzten Vernichtung</translation>
    </message>
    <message>
        <source>The disposition review is for records managers. Switch role in the status bar if you hold that role.</source>
        <translation>Die Vernichtungsprüfung ist Schriftgutverwaltern vorbehalten. Wechseln Sie die Rolle in der Statusleiste, wenn Sie diese Rolle haben.</translation>
    </message>
    <message>
        <source>Reading the review list…</source>
        <translation>Prüfliste wird gelesen…</translation>
    </message>
    <message>
        <source> (the first shown)</source>
        <translation> (die ersten werden angezeigt)</translation>
    </message>
    <message>
        <source>Dispose of the selected communications (all when none is selected)</source>
        <translation>Die ausgewählten Kommunikationen vernichten (alle, wenn keine ausgewählt ist)</translation>
    </message>
    <message>
        <source>Only a records manager approves disposition</source>
        <translation>Nur ein Schriftgutverwalter genehmigt Vernichtungen</translation>
    </message>
    <message>
        <source>Approve Disposition</source>
        <translation>Vernichtung genehmigen</translation>
    </message>
    <message>
        <source>Batch %1: %2 disposed of, %3 skipped.</source>
        <translation>Vernichtungslauf %1: %2 vernichtet, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Certificate: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Vernichtungsprotokoll: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The certificate could not be written: %1</source>
        <translation>Das Vernichtungsprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln communication(s) past retention and under no hold%1;</source>
        <translation>
            <numerusform>%Ln Kommunikation nach Ablauf der Aufbewahrung und ohne Sperre%1;</numerusform>
            <numerusform>%Ln Kommunikationen nach Ablauf der Aufbewahrung und ohne Sperre%1;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more are past retention but held.</source>
        <translation>
            <numerusform>%Ln weitere ist abgelaufen, aber gesperrt.</numerusform>
            <numerusform>%Ln weitere sind abgelaufen, aber gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispose of %n communication(s)? Their documents are purged, a tombstone is kept for each and a certificate is written. This cannot be undone.</source>
        <translation>
            <numerusform>%n Kommunikation vernichten? Ihr Dokument wird gelöscht, ein Grabstein bleibt und ein Zertifikat wird geschrieben. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Kommunikationen vernichten? Ihre Dokumente werden gelöscht, für jede bleibt ein Grabstein und ein Zertifikat wird geschrieben. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispose of %n</source>
        <translation>
            <numerusform>%n vernichten</numerusform>
            <numerusform>%n vernichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No communication is eligible for disposition</source>
        <translation>Keine Kommunikation ist zur Vernichtung fällig</translation>
    </message>
</context>
<context>
    <name>DocumentStorageDialog</name>
    <message>
        <source>&amp;Set Limit</source>
        <translation>Grenze fest&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Free Space Now</source>
        <translation>Jetzt Platz &amp;freigeben</translation>
    </message>
    <message>
        <source>Document Storage</source>
        <translation>Dokumentspeicher</translation>
    </message>
    <message>
        <source>Documents fetched from repositories, and those of drops on removable or network storage, are kept on this computer up to a limit. Past it, the least recently viewed are removed and read again from their repository or drop, and verified, when someone opens them. Documents under a legal hold are never removed. Drops on this computer&apos;s own disks are read where they are and take no space here.</source>
        <translation>Aus Repositorys abgerufene Dokumente und die von Ablagen auf Wechsel- oder Netzwerkspeichern werden bis zu einer Grenze auf diesem Rechner aufbewahrt. Darüber hinaus werden die am längsten nicht angesehenen entfernt und beim nächsten Öffnen erneut aus ihrem Repository oder ihrer Ablage gelesen und geprüft. Dokumente unter einer Sperre werden nie entfernt. Ablagen auf den eigenen Platten dieses Rechners werden dort gelesen, wo sie liegen, und belegen hier keinen Platz.</translation>
    </message>
    <message>
        <source>e.g. 20 GB, 500 MB or 1.5 GiB</source>
        <translation>z. B. 20 GB, 500 MB oder 1.5 GiB</translation>
    </message>
    <message>
        <source>A number of bytes, or a number with a unit: kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024)</source>
        <translation>Eine Anzahl Bytes oder eine Zahl mit Einheit: kB, MB, GB, TB (Potenzen von 1000) oder KiB, MiB, GiB, TiB (Potenzen von 1024)</translation>
    </message>
    <message>
        <source>Remove the least recently viewed documents now, until the store is within its limit</source>
        <translation>Die am längsten nicht angesehenen Dokumente jetzt entfernen, bis der Speicher innerhalb seiner Grenze liegt</translation>
    </message>
    <message>
        <source>Space used:</source>
        <translation>Belegter Platz:</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Grenze:</translation>
    </message>
    <message>
        <source>The document store could not be read: %1</source>
        <translation>Der Dokumentspeicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n document(s) kept on this computer)</source>
        <translation>
            <numerusform>%1 von %2 (%n Dokument auf diesem Rechner)</numerusform>
            <numerusform>%1 von %2 (%n Dokumente auf diesem Rechner)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write e.g. 20 GB, 500 MB or 1.5 GiB.</source>
        <translation>„%1“ ist keine Größe: z. B. 20 GB, 500 MB oder 1.5 GiB schreiben.</translation>
    </message>
    <message>
        <source>Changing the limit is an administrator&apos;s setting.</source>
        <translation>Die Grenze ändert ein Administrator.</translation>
    </message>
    <message>
        <source>The limit is now %1. Documents past it are removed after the next import or sync, or with Free Space Now.</source>
        <translation>Die Grenze ist jetzt %1. Dokumente darüber werden nach dem nächsten Import oder der nächsten Synchronisierung entfernt, oder mit „Jetzt Platz freigeben“.</translation>
    </message>
    <message>
        <source>Freeing space…</source>
        <translation>Platz wird freigegeben…</translation>
    </message>
    <message>
        <source>Space could not be freed: %1</source>
        <translation>Platz konnte nicht freigegeben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed (%1). %2 stay over the limit: they are under legal hold or in an evidence package being built, and are never removed.</source>
        <translation>
            <numerusform>%n Dokument entfernt (%1). %2 bleiben über der Grenze: Sie stehen unter Sperre oder gehören zu einem Beweispaket, das gerade erstellt wird, und werden nie entfernt.</numerusform>
            <numerusform>%n Dokumente entfernt (%1). %2 bleiben über der Grenze: Sie stehen unter Sperre oder gehören zu einem Beweispaket, das gerade erstellt wird, und werden nie entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed (%1); %2 are kept.</source>
        <translation>
            <numerusform>%n Dokument entfernt (%1); %2 bleiben erhalten.</numerusform>
            <numerusform>%n Dokumente entfernt (%1); %2 bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Document Storage…</source>
        <translation>&amp;Dokumentspeicher…</translation>
    </message>
    <message>
        <source>The space documents take on this computer, its limit, and Free Space Now</source>
        <translation>Der Platz, den Dokumente auf diesem Rechner belegen, seine Grenze und „Jetzt Platz freigeben“</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document as sent</source>
        <translation>Dokument wie versandt</translation>
    </message>
    <message>
        <source>Document message</source>
        <translation>Hinweis zum Dokument</translation>
    </message>
    <message>
        <source>Email as sent</source>
        <translation>E-Mail wie versandt</translation>
    </message>
    <message>
        <source>Remote content is never loaded</source>
        <translation>Externe Inhalte werden nie geladen</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Text wie versandt</translation>
    </message>
    <message>
        <source>Select a communication to see the document as it was sent.</source>
        <translation>Eine Kommunikation auswählen, um das Dokument so zu sehen, wie es versandt wurde.</translation>
    </message>
    <message>
        <source>The stored bytes of this document do not match its recorded SHA-256.
They are not shown, because they are not the version that was sent.</source>
        <translation>Die gespeicherten Bytes dieses Dokuments passen nicht zu seinem SHA-256.
Sie werden nicht gezeigt, weil sie nicht die versandte Fassung sind.</translation>
    </message>
    <message>
        <source>The document has not been fetched, or is missing from its repository.</source>
        <translation>Das Dokument wurde noch nicht abgerufen oder fehlt im Repository.</translation>
    </message>
    <message>
        <source>Documents of type %1 cannot be shown here.</source>
        <translation>Dokumente vom Typ %1 können hier nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Erne&amp;ut versuchen</translation>
    </message>
    <message>
        <source>Fetch the document from its repository again</source>
        <translation>Das Dokument erneut aus seinem Repository abrufen</translation>
    </message>
    <message>
        <source>This letter could not be shown safely: %1.</source>
        <translation>Dieser Brief kann nicht sicher angezeigt werden: %1.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Exporting %1 communications…</source>
        <translation>%1 Kommunikationen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV-Export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Import a drop folder</source>
        <translation>Einen Ablageordner importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) imported</source>
        <translation>
            <numerusform>%Ln Datensatz importiert</numerusform>
            <numerusform>%Ln Datensätze importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected.</source>
        <translation>
            <numerusform>%Ln Zeile abgewiesen.</numerusform>
            <numerusform>%Ln Zeilen abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The drop could not be imported.

%1</source>
        <translation>Die Ablage konnte nicht importiert werden.

%1</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>CSV-Export</translation>
    </message>
    <message>
        <source>The results are still being counted; try again in a moment.</source>
        <translation>Die Ergebnisse werden noch gezählt; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Export results to CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Show Details lists the first rejected lines and why; `proofdesk-cli import` lists them all.</source>
        <translation>„Details anzeigen“ nennt die ersten abgewiesenen Zeilen und den Grund; `proofdesk-cli import` nennt alle.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Only communications of this type</source>
        <translation>Nur Kommunikationen dieser Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Only communications sent through this channel</source>
        <translation>Nur über diesen Kanal versandte Kommunikationen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Only communications of this business unit</source>
        <translation>Nur Kommunikationen dieses Geschäftsbereichs</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Only communications whose latest delivery event is this</source>
        <translation>Nur Kommunikationen mit diesem letzten Zustellereignis</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Originals, reissues or regenerations</source>
        <translation>Originale, Neuausstellungen oder Neuerstellungen</translation>
    </message>
    <message>
        <source>Only communications on hold</source>
        <translation>Nur gesperrte Kommunikationen</translation>
    </message>
    <message>
        <source>Adds hold:any to the search</source>
        <translation>Fügt hold:any zur Suche hinzu</translation>
    </message>
    <message>
        <source>%1 (writes %2:… into the search)</source>
        <translation>%1 (schreibt %2:… in die Suche)</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Only communications issued in this period (writes issued:… into the search)</source>
        <translation>Nur in diesem Zeitraum erstellte Kommunikationen (schreibt issued:… in die Suche)</translation>
    </message>
    <message>
        <source>Issued: any time</source>
        <translation>Erstellt: jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>On ho&amp;ld</source>
        <translation>Gesperr&amp;t</translation>
    </message>
</context>
<context>
    <name>FixityBadge</name>
    <message>
        <source>Fixity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;#10004; Verified&lt;/b&gt;: the exact version sent. SHA-256 &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b&gt;&amp;#10004; Geprüft&lt;/b&gt;: genau die versandte Fassung. SHA-256 &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The document&apos;s bytes were hashed again just now and match the recorded SHA-256 %1.</source>
        <translation>Die Bytes des Dokuments wurden soeben erneut gehasht und stimmen mit dem erfassten SHA-256 %1 überein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;#10006; FIXITY FAILED&lt;/b&gt;: the bytes do not match the recorded SHA-256. This is NOT the version sent.&lt;br&gt;expected &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;found &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>&lt;b&gt;&amp;#10006; INTEGRITÄT VERLETZT&lt;/b&gt;: die Bytes passen nicht zum SHA-256. Dies ist NICHT die versandte Fassung.&lt;br&gt;erwartet &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;gefunden &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Fixity failed: expected SHA-256 %1, found %2. The document is not shown as the version sent.</source>
        <translation>Integrität verletzt: erwartet SHA-256 %1, gefunden %2. Das Dokument wird nicht als versandte Fassung angezeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;? Not available&lt;/b&gt;: the document has not been fetched or is missing from the repository. Recorded SHA-256 &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b&gt;? Nicht verfügbar&lt;/b&gt;: das Dokument wurde nicht abgerufen oder fehlt im Repository. SHA-256 &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The document is not in the local store: not fetched yet, or missing from the repository.</source>
        <translation>Das Dokument ist nicht im lokalen Speicher: noch nicht abgerufen oder im Repository nicht vorhanden.</translation>
    </message>
</context>
<context>
    <name>FolderOpening</name>
    <message>
        <source>Opening the data folder</source>
        <translation>Der Datenordner wird geöffnet</translation>
    </message>
    <message>
        <source>Proofdesk opens when this is done.</source>
        <translation>Proofdesk öffnet sich, sobald dies erledigt ist.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Apply Legal Hold</source>
        <translation>Aufbewahrungssperre verhängen</translation>
    </message>
    <message numerus="yes">
        <source>The selected communication(s): %1</source>
        <translation>
            <numerusform>Die ausgewählte Kommunikation: %1</numerusform>
            <numerusform>Die ausgewählten Kommunikationen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything for %1 %2, also what arrives later</source>
        <translation>Alles zu %1 %2, auch künftig Eingehendes</translation>
    </message>
    <message>
        <source>What the hold covers</source>
        <translation>Umfang der Sperre</translation>
    </message>
    <message>
        <source>Hold name</source>
        <translation>Name der Sperre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Required; recorded in the audit trail</source>
        <translation>Pflichtangabe; wird im Prüfpfad festgehalten</translation>
    </message>
    <message>
        <source>&amp;Apply Hold</source>
        <translation>&amp;Sperre verhängen</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Held communications cannot be disposed of or purged until every hold on them is released. Holds are released, never deleted.</source>
        <translation>Gesperrte Kommunikationen können erst vernichtet oder gelöscht werden, wenn jede Sperre auf ihnen aufgehoben ist. Sperren werden aufgehoben, nie gelöscht.</translation>
    </message>
    <message>
        <source>What a search finds now</source>
        <translation>Was eine Suche jetzt findet</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <source>The matter the hold is for</source>
        <translation>Das Verfahren, für das die Sperre gilt</translation>
    </message>
    <message>
        <source>Optional: a matter&apos;s id, MAT-…</source>
        <translation>Optional: die Kennung eines Verfahrens, MAT-…</translation>
    </message>
    <message>
        <source>The matter this hold is for, as the Matters tab lists it; the hold then shows in the matter</source>
        <translation>Das Verfahren, für das diese Sperre gilt, wie es der Reiter „Verfahren“ aufführt; die Sperre erscheint dann im Verfahren</translation>
    </message>
</context>
<context>
    <name>HoldQueryField</name>
    <message>
        <source>Search to hold</source>
        <translation>Suche, die gesperrt wird</translation>
    </message>
    <message>
        <source>A search, e.g. claim:CLM-88812 or customer:CUST-1 issued:2026</source>
        <translation>Eine Suche, z. B. claim:CLM-88812 oder customer:CUST-1 issued:2026</translation>
    </message>
    <message>
        <source>What the search would hold</source>
        <translation>Was die Suche sperren würde</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Type the search whose communications the hold covers.</source>
        <translation>Geben Sie die Suche ein, deren Kommunikationen die Sperre umfasst.</translation>
    </message>
    <message>
        <source>Not a search: %1 (at character %2)</source>
        <translation>Keine gültige Suche: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>This search finds no communications: there is nothing to hold.</source>
        <translation>Diese Suche findet keine Kommunikationen: Es gibt nichts zu sperren.</translation>
    </message>
    <message numerus="yes">
        <source>Would hold %1 communication(s)</source>
        <translation>
            <numerusform>Würde %1 Kommunikation sperren</numerusform>
            <numerusform>Würde %1 Kommunikationen sperren</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache could not be searched: %1</source>
        <translation>Der Cache konnte nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>HoldRegisterView</name>
    <message>
        <source>&amp;Add Items…</source>
        <translation>Einträge hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move Items…</source>
        <translation>E&amp;inträge entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>Aufhe&amp;ben…</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Aufbewahrungssperren</translation>
    </message>
    <message>
        <source>History of the selected hold</source>
        <translation>Verlauf der ausgewählten Sperre</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Refresh the hold register</source>
        <translation>Das Sperrenregister aktualisieren</translation>
    </message>
    <message>
        <source>Add communications to the selected hold</source>
        <translation>Kommunikationen zur ausgewählten Sperre hinzufügen</translation>
    </message>
    <message>
        <source>Remove communications from the selected hold</source>
        <translation>Kommunikationen aus der ausgewählten Sperre entfernen</translation>
    </message>
    <message>
        <source>Release the selected hold</source>
        <translation>Die ausgewählte Sperre aufheben</translation>
    </message>
    <message>
        <source>History of the selected hold:</source>
        <translation>Verlauf der ausgewählten Sperre:</translation>
    </message>
    <message>
        <source>%1 active, %2 released</source>
        <translation>%1 aktiv, %2 aufgehoben</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>Das Register kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Holds are changed by records managers</source>
        <translation>Sperren werden von Schriftgutverwaltern geändert</translation>
    </message>
    <message>
        <source>Communication ids (one a line or separated by spaces):</source>
        <translation>Kommunikations-IDs (eine pro Zeile oder durch Leerzeichen getrennt):</translation>
    </message>
    <message>
        <source>Reason (required, recorded):</source>
        <translation>Grund (Pflichtangabe, wird protokolliert):</translation>
    </message>
    <message>
        <source>Add Items to Hold</source>
        <translation>Einträge zur Sperre hinzufügen</translation>
    </message>
    <message>
        <source>Remove Items from Hold</source>
        <translation>Einträge aus der Sperre entfernen</translation>
    </message>
    <message>
        <source>Release Hold</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Legal Hold</source>
        <translation>Aufbewahrungssperre</translation>
    </message>
    <message>
        <source>Apply a new legal hold</source>
        <translation>Eine neue Sperre verhängen</translation>
    </message>
    <message>
        <source>Hold the selected results, the current search, or everything of a customer, claim, policy, loan or case</source>
        <translation>Die ausgewählten Ergebnisse, die aktuelle Suche oder alles zu einem Kunden, Schaden, Vertrag, Darlehen oder Fall sperren</translation>
    </message>
    <message>
        <source>Communications the selected hold covers</source>
        <translation>Kommunikationen, die die ausgewählte Sperre umfasst</translation>
    </message>
    <message>
        <source>Double-click or press Return to open the communication in Review</source>
        <translation>Doppelklick oder Eingabetaste öffnet die Kommunikation in der Prüfung</translation>
    </message>
    <message>
        <source>Communications it covers:</source>
        <translation>Umfasste Kommunikationen:</translation>
    </message>
    <message numerus="yes">
        <source>Communications it covers (the first %1 of %Ln):</source>
        <translation>
            <numerusform>Umfasste Kommunikationen (die ersten %1 von %Ln):</numerusform>
            <numerusform>Umfasste Kommunikationen (die ersten %1 von %Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communications it covers (%Ln):</source>
        <translation>
            <numerusform>Umfasste Kommunikationen (%Ln):</numerusform>
            <numerusform>Umfasste Kommunikationen (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the legal hold “%1” (%2)? The %Ln communication(s) it covers may then be disposed of when their retention ends.</source>
        <translation>
            <numerusform>Die Sperre „%1“ (%2) aufheben? Die %Ln umfasste Kommunikation kann dann nach Ablauf ihrer Aufbewahrung vernichtet werden.</numerusform>
            <numerusform>Die Sperre „%1“ (%2) aufheben? Die %Ln umfassten Kommunikationen können dann nach Ablauf ihrer Aufbewahrung vernichtet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release “%1”</source>
        <translation>„%1“ aufheben</translation>
    </message>
    <message>
        <source>Ne&amp;w Hold…</source>
        <translation>&amp;Neue Sperre…</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Preparing the import…</source>
        <translation>Import wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Proofdesk is quitting.</source>
        <translation>Proofdesk wird beendet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Proofdesk</source>
        <translation>Proofdesk</translation>
    </message>
    <message>
        <source>Undelivered (bounced, returned, failed)</source>
        <translation>Nicht zugestellt (abgewiesen, retourniert, fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Under legal hold</source>
        <translation>Unter Aufbewahrungssperre</translation>
    </message>
    <message>
        <source>Fixity failed</source>
        <translation>Integrität verletzt</translation>
    </message>
    <message>
        <source>Reissues and regenerations</source>
        <translation>Neuausstellungen und Neuerstellungen</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>Per Post versandt</translation>
    </message>
    <message>
        <source>Searched in %1 ms</source>
        <translation>Gesucht in %1 ms</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Sichtung</translation>
    </message>
    <message>
        <source>Loading… — Proofdesk</source>
        <translation>Wird geladen… — Proofdesk</translation>
    </message>
    <message>
        <source>%1 — Proofdesk</source>
        <translation>%1 — Proofdesk</translation>
    </message>
    <message>
        <source>Export &amp;Evidence Package…</source>
        <translation>Nachweispaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the evidence package of this communication</source>
        <translation>Das Nachweispaket dieser Kommunikation exportieren</translation>
    </message>
    <message>
        <source>Not recorded in the audit trail: %1</source>
        <translation>Nicht im Prüfprotokoll erfasst: %1</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>The counts the cache keeps to answer faster were found altered (%1): this answer was counted without them and is exact; they are built again at the next sync.</source>
        <translation>Die Zählungen, die der Cache für schnellere Antworten hält, wurden verändert vorgefunden (%1): Diese Antwort wurde ohne sie gezählt und ist genau; sie werden beim nächsten Abgleich neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Repository property</source>
        <translation>Repository-Eigenschaft</translation>
    </message>
    <message>
        <source>The property each field reads. Leave a property empty to read nothing into that field; write =value for a fixed value.</source>
        <translation>Die Eigenschaft, die jedes Feld liest. Leer lassen, um nichts in das Feld zu lesen; =Wert für einen festen Wert.</translation>
    </message>
</context>
<context>
    <name>MattersWorkspace</name>
    <message>
        <source>Matters</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>&amp;Matters and Review</source>
        <translation>&amp;Verfahren und Prüfung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;New Matter…</source>
        <translation>&amp;Neues Verfahren…</translation>
    </message>
    <message>
        <source>Add the Current &amp;Search to the Matter…</source>
        <translation>Aktuelle &amp;Suche zum Verfahren hinzufügen…</translation>
    </message>
    <message>
        <source>Select an open matter first: the search is added to it.</source>
        <translation>Wählen Sie zuerst ein offenes Verfahren aus: Die Suche wird ihm hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Produce…</source>
        <translation>Herausge&amp;ben…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Watch Search</source>
        <translation>Suche über&amp;wachen</translation>
    </message>
    <message>
        <source>Add Its New &amp;Letters</source>
        <translation>Neue Briefe hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the matters again</source>
        <translation>Die Verfahren neu einlesen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Überwacht</translation>
    </message>
    <message>
        <source>The matter&apos;s searches</source>
        <translation>Die Suchen des Verfahrens</translation>
    </message>
    <message>
        <source>Run a search now and add what it finds to the review set</source>
        <translation>Eine Suche jetzt ausführen und ihre Treffer dem Prüfbestand hinzufügen</translation>
    </message>
    <message>
        <source>After each sync, count what the selected search finds that the review set does not hold</source>
        <translation>Nach jeder Synchronisierung zählen, was die ausgewählte Suche findet und der Prüfbestand noch nicht enthält</translation>
    </message>
    <message>
        <source>Run the selected watched search again: what it finds now joins the review set</source>
        <translation>Die ausgewählte überwachte Suche erneut ausführen: Was sie jetzt findet, kommt in den Prüfbestand</translation>
    </message>
    <message>
        <source>A legal hold over the whole review set (records role)</source>
        <translation>Eine Aufbewahrungssperre über den ganzen Prüfbestand (Rolle Schriftgutverwalter)</translation>
    </message>
    <message>
        <source>Natives, text, load file and manifest of the review set, or of the letters tagged so</source>
        <translation>Originaldateien, Text, Ladedatei und Manifest des Prüfbestands oder der so markierten Briefe</translation>
    </message>
    <message>
        <source>Matters are not shown in this role: %1</source>
        <translation>Verfahren werden in dieser Rolle nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>The matters cannot be read: %1</source>
        <translation>Die Verfahren können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select a matter.</source>
        <translation>Wählen Sie ein Verfahren aus.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
%4
Opened by %5 on %6%7</source>
        <translation>%1 — %2 (%3)
%4
Eröffnet von %5 am %6%7</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>; closed by %1 on %2: %3</source>
        <translation>; geschlossen von %1 am %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2 added)</source>
        <translation>%1 (%2 hinzugefügt)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>yes: %n new letter(s)</source>
        <translation>
            <numerusform>ja: %n neuer Brief</numerusform>
            <numerusform>ja: %n neue Briefe</numerusform>
        </translation>
    </message>
    <message>
        <source>yes: nothing new</source>
        <translation>ja: nichts Neues</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n (the latest, %1: %2 documents, root SHA-256 %3)</source>
        <translation>
            <numerusform>%n (die letzte, %1: %2 Dokumente, Wurzel-SHA-256 %3)</numerusform>
            <numerusform>%n (die letzte, %1: %2 Dokumente, Wurzel-SHA-256 %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Holds: %1. Productions: %2.</source>
        <translation>Sperren: %1. Herausgaben: %2.</translation>
    </message>
    <message>
        <source>Matters are not shown in this role: compliance officers and records managers see them, and agents see those they were added to. Switch role at the bottom right if you have another.</source>
        <translation>Verfahren werden in dieser Rolle nicht angezeigt: Compliance-Beauftragte und Schriftgutverwalter sehen sie, Sachbearbeiter nur die, denen sie hinzugefügt wurden. Wechseln Sie die Rolle unten rechts, wenn Sie eine andere haben.</translation>
    </message>
    <message>
        <source>No matter you were added to. A compliance officer opens matters and adds the agents who answer them; switch role at the bottom right if you are one.</source>
        <translation>Kein Verfahren, dem Sie hinzugefügt wurden. Ein Compliance-Beauftragter eröffnet Verfahren und fügt die Sachbearbeiter hinzu, die sie beantworten; wechseln Sie die Rolle unten rechts, wenn Sie einer sind.</translation>
    </message>
    <message>
        <source>No matter yet. New Matter… opens one for a question: an examiner&apos;s request, a complaint, a litigation.</source>
        <translation>Noch kein Verfahren. „Neues Verfahren…“ eröffnet eines zu einer Frage: einer Anfrage der Aufsicht, einer Beschwerde, einem Rechtsstreit.</translation>
    </message>
    <message>
        <source>No matter yet: compliance officers open them.</source>
        <translation>Noch kein Verfahren: Compliance-Beauftragte eröffnen sie.</translation>
    </message>
    <message>
        <source>Open a matter for a question (Matters &gt; New Matter…)</source>
        <translation>Ein Verfahren zu einer Frage eröffnen (Verfahren &gt; Neues Verfahren…)</translation>
    </message>
    <message>
        <source>Opening a matter needs the compliance role</source>
        <translation>Zum Eröffnen eines Verfahrens ist die Rolle Compliance-Beauftragter nötig</translation>
    </message>
    <message>
        <source>Place a Hold for %1</source>
        <translation>Sperre für %1 verhängen</translation>
    </message>
    <message>
        <source>Hold name</source>
        <translation>Name der Sperre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Reason (recorded):</source>
        <translation>&amp;Grund (wird protokolliert):</translation>
    </message>
    <message>
        <source>&amp;Place Hold</source>
        <translation>&amp;Sperre verhängen</translation>
    </message>
    <message>
        <source>New Matter</source>
        <translation>Neues Verfahren</translation>
    </message>
    <message>
        <source>Matter %1 opened: add a search to fill its review set.</source>
        <translation>Verfahren %1 eröffnet: Fügen Sie eine Suche hinzu, um seinen Prüfbestand zu füllen.</translation>
    </message>
    <message>
        <source>Add a Search to %1</source>
        <translation>Suche zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Search (what it finds now is added to the review set):</source>
        <translation>Suche (was sie jetzt findet, kommt in den Prüfbestand):</translation>
    </message>
    <message>
        <source>Add a Search</source>
        <translation>Suche hinzufügen</translation>
    </message>
    <message>
        <source>Search %1 found %2 letters; %3 were new to the review set.</source>
        <translation>Suche %1 hat %2 Briefe gefunden; %3 davon waren neu im Prüfbestand.</translation>
    </message>
    <message>
        <source>Watch a Search</source>
        <translation>Suche überwachen</translation>
    </message>
    <message>
        <source>Search %1 is no longer watched.</source>
        <translation>Suche %1 wird nicht mehr überwacht.</translation>
    </message>
    <message>
        <source>Search %1 is watched: after each sync, its new letters are counted.</source>
        <translation>Suche %1 wird überwacht: Nach jeder Synchronisierung werden ihre neuen Briefe gezählt.</translation>
    </message>
    <message>
        <source>Place a Hold</source>
        <translation>Sperre verhängen</translation>
    </message>
    <message>
        <source>Hold %1 covers the %2 letters of %3.</source>
        <translation>Sperre %1 umfasst die %2 Briefe von %3.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>A closed matter takes no more searches, reviews or productions; its holds stay until they are released.</source>
        <translation>Ein geschlossenes Verfahren nimmt keine Suchen, Prüfungen oder Herausgaben mehr an; seine Sperren bleiben, bis sie aufgehoben werden.</translation>
    </message>
    <message>
        <source>&amp;Close Matter</source>
        <translation>Verfahren &amp;schließen</translation>
    </message>
    <message>
        <source>Close the Matter</source>
        <translation>Verfahren schließen</translation>
    </message>
    <message>
        <source>Matter %1 is closed.</source>
        <translation>Verfahren %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Ma&amp;tters</source>
        <translation>Ver&amp;fahren</translation>
    </message>
    <message>
        <source>Add S&amp;earch…</source>
        <translation>Suche h&amp;inzufügen…</translation>
    </message>
    <message>
        <source>Place Hol&amp;d…</source>
        <translation>Sperre &amp;verhängen…</translation>
    </message>
    <message>
        <source>New &amp;Matter…</source>
        <translation>&amp;Neues Verfahren…</translation>
    </message>
    <message>
        <source>Close Matter…</source>
        <translation>Verfahren sch&amp;ließen…</translation>
    </message>
</context>
<context>
    <name>NewLettersDialog</name>
    <message>
        <source>New Letters of “%1”</source>
        <translation>Neue Briefe von „%1“</translation>
    </message>
    <message>
        <source>The saved search “%1” finds %2 letters that were not there when you last looked; the newest %3 are listed.</source>
        <translation>Die gespeicherte Suche „%1“ findet %2 Briefe, die beim letzten Nachsehen noch nicht da waren; die neuesten %3 sind aufgelistet.</translation>
    </message>
    <message numerus="yes">
        <source>The saved search “%1” finds %Ln letter(s) that were not there when you last looked.</source>
        <translation>
            <numerusform>Die gespeicherte Suche „%1“ findet %Ln Brief, der beim letzten Nachsehen noch nicht da war.</numerusform>
            <numerusform>Die gespeicherte Suche „%1“ findet %Ln Briefe, die beim letzten Nachsehen noch nicht da waren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>New letters</source>
        <translation>Neue Briefe</translation>
    </message>
    <message>
        <source>Press Return or click a letter to show it in the window</source>
        <translation>Eingabetaste drücken oder einen Brief anklicken, um ihn im Fenster zu zeigen</translation>
    </message>
    <message>
        <source>&amp;Mark as Seen</source>
        <translation>Als gesehen &amp;markieren</translation>
    </message>
    <message>
        <source>Count only letters that arrive from now on</source>
        <translation>Nur Briefe zählen, die ab jetzt eintreffen</translation>
    </message>
    <message>
        <source>The letters cannot be read: %1</source>
        <translation>Die Briefe können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>NewMatterDialog</name>
    <message>
        <source>New Matter</source>
        <translation>Neues Verfahren</translation>
    </message>
    <message>
        <source>A matter gathers the searches, review, holds and productions of one question: an examiner&apos;s request, a complaint, a litigation.</source>
        <translation>Ein Verfahren bündelt die Suchen, die Prüfung, die Sperren und die Herausgaben zu einer Frage: einer Anfrage der Aufsicht, einer Beschwerde, einem Rechtsstreit.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Q3 2025 fee-change notices, lending</source>
        <translation>z. B. Mitteilungen über Gebührenänderungen Q3 2025, Kreditgeschäft</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. Examiner request 2025-17 of 3 November</source>
        <translation>z. B. Anfrage der Aufsicht 2025-17 vom 3. November</translation>
    </message>
    <message>
        <source>Review tags</source>
        <translation>Prüfmarkierungen</translation>
    </message>
    <message>
        <source>Up to nine, separated by commas: keys 1 to 9 set them while reviewing</source>
        <translation>Bis zu neun, durch Kommas getrennt: Die Tasten 1 bis 9 setzen sie beim Prüfen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Reason (recorded):</source>
        <translation>&amp;Grund (wird protokolliert):</translation>
    </message>
    <message>
        <source>Review ta&amp;gs:</source>
        <translation>Prüf&amp;markierungen:</translation>
    </message>
    <message>
        <source>&amp;Open Matter</source>
        <translation>Verfahren &amp;eröffnen</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <source>Page %1 could not be shown safely: %2</source>
        <translation>Seite %1 kann nicht sicher angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation>Seite %1 wird gezeichnet…</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document pages</source>
        <translation>Dokumentseiten</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Treffer %1 von %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Document notice</source>
        <translation>Hinweis zum Dokument</translation>
    </message>
    <message>
        <source>This letter could not be shown safely: page %1: %2.</source>
        <translation>Dieser Brief kann nicht sicher angezeigt werden: Seite %1: %2.</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Das Dokument wird geöffnet…</translation>
    </message>
    <message>
        <source>Search stopped: %1</source>
        <translation>Suche abgebrochen: %1</translation>
    </message>
    <message>
        <source>of %1 shown (%2 in the document)</source>
        <translation>von %1 angezeigt (%2 im Dokument)</translation>
    </message>
</context>
<context>
    <name>ProductionDialog</name>
    <message>
        <source>&amp;Produce</source>
        <translation>&amp;Herausgeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Produce %1</source>
        <translation>%1 herausgeben</translation>
    </message>
    <message>
        <source>A new, empty folder for the production</source>
        <translation>Ein neuer, leerer Ordner für die Herausgabe</translation>
    </message>
    <message>
        <source>What begins each production number</source>
        <translation>Womit jede Herausgabenummer beginnt</translation>
    </message>
    <message>
        <source>Every letter of the review set</source>
        <translation>Alle Briefe des Prüfbestands</translation>
    </message>
    <message>
        <source>The letters tagged %1</source>
        <translation>Die mit „%1“ markierten Briefe</translation>
    </message>
    <message>
        <source>Which letters</source>
        <translation>Welche Briefe</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation>&amp;Präfix der Nummern:</translation>
    </message>
    <message>
        <source>&amp;Letters:</source>
        <translation>&amp;Briefe:</translation>
    </message>
    <message>
        <source>Production progress</source>
        <translation>Fortschritt der Herausgabe</translation>
    </message>
    <message>
        <source>Each letter gets a number, its native as sent, its text and its metadata; the folder gets a Concordance load file, a CSV, a manifest sha256sum reads, and the letters not produced.</source>
        <translation>Jeder Brief erhält eine Nummer, seine Originaldatei wie versandt, seinen Text und seine Metadaten; der Ordner erhält eine Concordance-Ladedatei, eine CSV-Datei, ein Manifest, das sha256sum liest, und die Liste der nicht herausgegebenen Briefe.</translation>
    </message>
    <message>
        <source>Where the production&apos;s folder goes</source>
        <translation>Wohin der Ordner der Herausgabe kommt</translation>
    </message>
    <message>
        <source>Stopping after the letter being produced…</source>
        <translation>Wird nach dem gerade herausgegebenen Brief angehalten…</translation>
    </message>
    <message>
        <source>%1 of %2 letters: %3 produced, %4 not (%5)</source>
        <translation>%1 von %2 Briefen: %3 herausgegeben, %4 nicht (%5)</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>beginnt</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 Min.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>%1
The production stopped; what it wrote is kept. %2Produce again into the same folder to finish it: no number is skipped or used twice.</source>
        <translation>%1
Die Herausgabe wurde angehalten; was sie geschrieben hat, bleibt erhalten. %2Geben Sie erneut in denselben Ordner heraus, um sie abzuschließen: Keine Nummer wird übersprungen oder doppelt vergeben.</translation>
    </message>
    <message>
        <source>Free some space first. </source>
        <translation>Geben Sie zuerst Speicherplatz frei. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The production did not finish: %1</source>
        <translation>Die Herausgabe wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>&amp;Produce Again</source>
        <translation>&amp;Erneut herausgeben</translation>
    </message>
    <message>
        <source>%1 of %2: %3 documents, %4 to %5, %6 not produced (exceptions.csv says why). Root SHA-256 %7, in %8.</source>
        <translation>%1 von %2: %3 Dokumente, %4 bis %5, %6 nicht herausgegeben (exceptions.csv nennt die Gründe). Wurzel-SHA-256 %7, in %8.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The legal hold was cancelled; nothing was held.</source>
        <translation>Die Aufbewahrungssperre wurde abgebrochen; es wurde nichts gesperrt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason (required, recorded in the audit trail):</source>
        <translation>&amp;Grund (erforderlich, wird im Prüfpfad festgehalten):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <source>Request Reissue</source>
        <translation>Neuausstellung anfordern</translation>
    </message>
    <message>
        <source>Reissue %1 is waiting for a compliance officer other than you to approve it (Records &gt; Reissue Queue).</source>
        <translation>Die Neuausstellung %1 wartet auf die Genehmigung durch einen anderen Compliance-Beauftragten als Sie (Schriftgut &gt; Neuausstellungs-Warteschlange).</translation>
    </message>
    <message>
        <source>Reissue %1: %2.</source>
        <translation>Neuausstellung %1: %2.</translation>
    </message>
    <message>
        <source>Applying the legal hold “%1”…</source>
        <translation>Aufbewahrungssperre „%1“ wird verhängt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Apply Legal Hold</source>
        <translation>Aufbewahrungssperre verhängen</translation>
    </message>
    <message>
        <source>Hold progress</source>
        <translation>Fortschritt der Sperre</translation>
    </message>
    <message numerus="yes">
        <source>The legal hold “%1” now covers %Ln communication(s).</source>
        <translation>
            <numerusform>Die Sperre „%1“ umfasst jetzt %Ln Kommunikation.</numerusform>
            <numerusform>Die Sperre „%1“ umfasst jetzt %Ln Kommunikationen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsWorkspace</name>
    <message>
        <source>Rec&amp;ords</source>
        <translation>Sch&amp;riftgut</translation>
    </message>
    <message>
        <source>Request &amp;Reissue…</source>
        <translation>&amp;Neuausstellung anfordern…</translation>
    </message>
    <message>
        <source>Resend or regenerate the shown communication</source>
        <translation>Die angezeigte Kommunikation erneut versenden oder neu erzeugen</translation>
    </message>
    <message>
        <source>Apply Legal &amp;Hold…</source>
        <translation>Aufbewahrungssperre &amp;verhängen…</translation>
    </message>
    <message>
        <source>Hold the selection, the search, or a customer/claim/policy/loan/case</source>
        <translation>Die Auswahl, die Suche oder einen Kunden/Schadenfall/eine Police/einen Kredit/Vorgang sperren</translation>
    </message>
    <message>
        <source>Reissue &amp;Queue</source>
        <translation>Neuausstellungs-&amp;Warteschlange</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>&amp;Legal Holds</source>
        <translation>&amp;Aufbewahrungssperren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Disposition Review</source>
        <translation>Vernichtungsprüf&amp;ung</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>&amp;Prüfpfad</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Schriftgut</translation>
    </message>
    <message>
        <source>Records views</source>
        <translation>Schriftgut-Ansichten</translation>
    </message>
    <message>
        <source>Reissue Queue</source>
        <translation>Neuausstellungs-Warteschlange</translation>
    </message>
    <message>
        <source>Legal Holds</source>
        <translation>Aufbewahrungssperren</translation>
    </message>
    <message>
        <source>Disposition Review</source>
        <translation>Vernichtungsprüfung</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Prüfpfad</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>&amp;Resend the archived copy</source>
        <translation>Archivierte Kopie erneut &amp;versenden</translation>
    </message>
    <message>
        <source>Re&amp;generate from the archived data with the approved template</source>
        <translation>Aus den archivierten Daten mit der genehmigten Vorlage neu &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Original destination: %1 %2</source>
        <translation>&amp;Ursprüngliches Ziel: %1 %2</translation>
    </message>
    <message>
        <source>&amp;Changed channel or address:</source>
        <translation>&amp;Geänderter Kanal oder geänderte Adresse:</translation>
    </message>
    <message>
        <source>Request Reissue of %1</source>
        <translation>Neuausstellung von %1 anfordern</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Neuer Kanal</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Neue Adresse</translation>
    </message>
    <message>
        <source>E-mail, postal address or phone number</source>
        <translation>E-Mail, Postanschrift oder Telefonnummer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why it is sent again (required; recorded in the audit trail)</source>
        <translation>Warum erneut versendet wird (Pflichtangabe; wird im Prüfpfad festgehalten)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>A resend to the original destination needs no approval: it is sent at once.</source>
        <translation>Ein erneuter Versand an das ursprüngliche Ziel erfordert keine Genehmigung: Er erfolgt sofort.</translation>
    </message>
    <message>
        <source>The letter sent to %1 was returned. A resend to the same address will likely come back again: choose a changed channel or address unless the address was corrected.</source>
        <translation>Der Brief an %1 kam zurück. Ein erneuter Versand an dieselbe Adresse kommt wahrscheinlich wieder zurück: Wählen Sie einen anderen Kanal oder eine andere Adresse, sofern die Adresse nicht korrigiert wurde.</translation>
    </message>
    <message>
        <source>Delivery to %1 %2. A resend to the same destination will likely fail again: choose a changed channel or address unless it was corrected.</source>
        <translation>Zustellung an %1: %2. Ein erneuter Versand an dasselbe Ziel scheitert wahrscheinlich wieder: Wählen Sie einen anderen Kanal oder eine andere Adresse, sofern sie nicht korrigiert wurde.</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Original destination</source>
        <translation>&amp;Ursprüngliches Ziel</translation>
    </message>
    <message>
        <source>Checking where this request goes and who must approve it…</source>
        <translation>Es wird geprüft, wohin dieser Antrag geht und wer ihn genehmigen muss…</translation>
    </message>
    <message>
        <source>It goes by %1 (the customer&apos;s portal).</source>
        <translation>Er geht per %1 (das Kundenportal).</translation>
    </message>
    <message>
        <source>It goes by %1 to %2.</source>
        <translation>Er geht per %1 an %2.</translation>
    </message>
    <message>
        <source>The team database cannot be reached, so whether it needs a compliance officer&apos;s approval is decided there when it is back; the request waits in this data folder until then.</source>
        <translation>Die Team-Datenbank ist nicht erreichbar; ob der Antrag die Genehmigung eines Compliance-Beauftragten braucht, entscheidet sie, sobald sie wieder erreichbar ist. Bis dahin wartet der Antrag in diesem Datenordner.</translation>
    </message>
    <message>
        <source>A compliance officer other than you must approve it before it is sent.</source>
        <translation>Ein anderer Compliance-Beauftragter als Sie muss ihn genehmigen, bevor er gesendet wird.</translation>
    </message>
    <message>
        <source>&amp;Original destination: %1</source>
        <translation>&amp;Ursprüngliches Ziel: %1</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Anfordern</translation>
    </message>
    <message>
        <source>The customer&apos;s portal: no address</source>
        <translation>Das Kundenportal: keine Adresse</translation>
    </message>
    <message>
        <source>The team has no facts about this letter yet, so its original route is this desk&apos;s copy.</source>
        <translation>Das Team hat noch keine Angaben zu diesem Brief; sein ursprünglicher Weg ist daher die Kopie dieses Arbeitsplatzes.</translation>
    </message>
    <message>
        <source>As this desk&apos;s copy of the letter has it: the team has no facts about this letter yet.</source>
        <translation>So, wie ihn die Kopie dieses Arbeitsplatzes kennt: Das Team hat noch keine Angaben zu diesem Brief.</translation>
    </message>
</context>
<context>
    <name>ReissueQueueView</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>Show requests with status</source>
        <translation>Aufträge mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Reissue requests</source>
        <translation>Neuausstellungsaufträge</translation>
    </message>
    <message>
        <source>Approve the selected reissue</source>
        <translation>Die ausgewählte Neuausstellung genehmigen</translation>
    </message>
    <message>
        <source>Reject the selected reissue</source>
        <translation>Die ausgewählte Neuausstellung ablehnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Refresh the reissue queue</source>
        <translation>Die Neuausstellungs-Warteschlange aktualisieren</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n Auftrag.</numerusform>
            <numerusform>%n Aufträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>Die Warteschlange kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Only a compliance officer approves reissues</source>
        <translation>Nur ein Compliance-Beauftragter genehmigt Neuausstellungen</translation>
    </message>
    <message>
        <source>Nobody approves their own request</source>
        <translation>Niemand genehmigt den eigenen Auftrag</translation>
    </message>
    <message>
        <source>Reject Reissue</source>
        <translation>Neuausstellung ablehnen</translation>
    </message>
    <message>
        <source>Why it is rejected (recorded):</source>
        <translation>Grund der Ablehnung (wird protokolliert):</translation>
    </message>
    <message>
        <source>Approve Reissue</source>
        <translation>Neuausstellung genehmigen</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Ge&amp;nehmigen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Withdraw your own request</source>
        <translation>Den eigenen Auftrag zurückziehen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 by %4 to %5 (%6).
Requested by %7 because: %8

%9</source>
        <translation>%1: %2 von %3 per %4 an %5 (%6).
Angefordert von %7 mit der Begründung: %8

%9</translation>
    </message>
    <message>
        <source>regeneration</source>
        <translation>Neuerzeugung</translation>
    </message>
    <message>
        <source>resend</source>
        <translation>erneuter Versand</translation>
    </message>
    <message>
        <source>Withdraw Reissue Request</source>
        <translation>Neuausstellungsauftrag zurückziehen</translation>
    </message>
    <message>
        <source>Why it is withdrawn (recorded):</source>
        <translation>Grund für das Zurückziehen (wird protokolliert):</translation>
    </message>
    <message>
        <source>What you checked before approving (recorded):</source>
        <translation>Was Sie vor der Genehmigung geprüft haben (wird protokolliert):</translation>
    </message>
    <message>
        <source>O&amp;pen Communication</source>
        <translation>Kommunikati&amp;on öffnen</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related communications</source>
        <translation>Verwandte Kommunikationen</translation>
    </message>
    <message>
        <source>Press Return or double-click to search for them</source>
        <translation>Eingabetaste oder Doppelklick sucht nach ihnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n communication(s)</source>
        <translation>
            <numerusform>%1 — %n Kommunikation</numerusform>
            <numerusform>%1 — %n Kommunikationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>Nothing related in the cache.</source>
        <translation>Nichts Verwandtes im Cache.</translation>
    </message>
</context>
<context>
    <name>RemoteSearchControls</name>
    <message>
        <source>Search the &amp;Repositories Too</source>
        <translation>Auch in den &amp;Repositorys suchen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>After each search, also ask the repositories for what the cache does not hold</source>
        <translation>Nach jeder Suche auch die Repositorys nach dem fragen, was der Cache nicht hält</translation>
    </message>
    <message>
        <source>Search the repositories too (%1): what the cache does not hold is listed after the cached results, marked with the repository that has it</source>
        <translation>Auch in den Repositorys suchen (%1): Was der Cache nicht hält, steht nach den Ergebnissen aus dem Cache, mit dem Repository, das es hat</translation>
    </message>
    <message>
        <source>Search the Repositories &amp;Once</source>
        <translation>&amp;Einmal in den Repositorys suchen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ask the repositories for the search shown, this once</source>
        <translation>Die Repositorys einmal nach der angezeigten Suche fragen</translation>
    </message>
    <message>
        <source>&amp;Keep Offline</source>
        <translation>&amp;Offline behalten</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Bring the selected communications found in the repositories into the cache</source>
        <translation>Die ausgewählten, in den Repositorys gefundenen Kommunikationen in den Cache holen</translation>
    </message>
    <message>
        <source>Repositories too</source>
        <translation>Auch Repositorys</translation>
    </message>
    <message>
        <source>Search of the repositories</source>
        <translation>Suche in den Repositorys</translation>
    </message>
    <message>
        <source>Progress of the search of the repositories</source>
        <translation>Fortschritt der Suche in den Repositorys</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the search of the repositories</source>
        <translation>Suche in den Repositorys abbrechen</translation>
    </message>
    <message>
        <source>Stop asking the repositories; what they answered so far is shown</source>
        <translation>Die Repositorys nicht weiter fragen; was sie bisher geantwortet haben, wird gezeigt</translation>
    </message>
    <message>
        <source>Type a search to search the repositories too: they are not asked for everything they hold.</source>
        <translation>Geben Sie eine Suche ein, um auch in den Repositorys zu suchen: Sie werden nicht nach allem gefragt, was sie halten.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Searching the repositories…</source>
        <translation>Repositorys werden durchsucht…</translation>
    </message>
    <message>
        <source>Searching the repositories: %1 of %2 done,</source>
        <translation>Suche in den Repositorys: %1 von %2 fertig,</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n Seite gelesen</numerusform>
            <numerusform>%n Seiten gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search of the repositories cancelled</source>
        <translation>Suche in den Repositorys abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies) searched:</source>
        <translation>
            <numerusform>%n Repository durchsucht:</numerusform>
            <numerusform>%n Repositorys durchsucht:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) not cached</source>
        <translation>
            <numerusform>%n Kommunikation nicht im Cache</numerusform>
            <numerusform>%n Kommunikationen nicht im Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>The repositories could not be searched: %1</source>
        <translation>Die Repositorys konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>The repositories could not be searched</source>
        <translation>Die Repositorys konnten nicht durchsucht werden</translation>
    </message>
    <message numerus="yes">
        <source>The search of the repositories was cancelled: the %n communication(s) found before it stopped are listed, not all there are.</source>
        <translation>
            <numerusform>Die Suche in den Repositorys wurde abgebrochen: Die %n Kommunikation, die vorher gefunden wurde, ist aufgeführt, nicht alle, die es gibt.</numerusform>
            <numerusform>Die Suche in den Repositorys wurde abgebrochen: Die %n Kommunikationen, die vorher gefunden wurden, sind aufgeführt, nicht alle, die es gibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be searched: %2. The cached results are all there; what only %1 holds is not listed.</source>
        <translation>%1 konnte nicht durchsucht werden: %2. Die Ergebnisse aus dem Cache sind vollständig; was nur %1 hält, fehlt.</translation>
    </message>
    <message>
        <source>Not asked of %1: %2 — %3</source>
        <translation>Nicht an %1 gestellt: %2 — %3</translation>
    </message>
    <message>
        <source>Keep Offline brings in communications found in the repositories (Where: In …); select one first.</source>
        <translation>Offline behalten holt in den Repositorys gefundene Kommunikationen (Wo: In …) in den Cache; wählen Sie zuerst eine aus.</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n communication(s) offline…</source>
        <translation>
            <numerusform>%n Kommunikation wird offline behalten…</numerusform>
            <numerusform>%n Kommunikationen werden offline behalten…</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept offline to open it: %1 is in the cache now; its document is fetched from the repository and verified.</source>
        <translation>Zum Öffnen offline behalten: %1 ist jetzt im Cache; ihr Dokument wird aus dem Repository abgerufen und geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>Kept offline: %n communication(s) are in the cache now, searched and opened like every cached one.</source>
        <translation>
            <numerusform>Offline behalten: %n Kommunikation ist jetzt im Cache und wird wie jede andere gesucht und geöffnet.</numerusform>
            <numerusform>Offline behalten: %n Kommunikationen sind jetzt im Cache und werden wie jede andere gesucht und geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept offline: %1</source>
        <translation>Nicht offline behalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) kept offline</source>
        <translation>
            <numerusform>%n Kommunikation offline behalten</numerusform>
            <numerusform>%n Kommunikationen offline behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answered exactly by %1: %2 — %3</source>
        <translation>Von %1 nicht genau beantwortet: %2 — %3</translation>
    </message>
</context>
<context>
    <name>RemoteSearchNotice</name>
    <message>
        <source>Search of the repositories</source>
        <translation>Suche in den Repositorys</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>RepositoriesDialog</name>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a repository</source>
        <translation>Ein Repository hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected repository&apos;s settings</source>
        <translation>Die Einstellungen des ausgewählten Repositorys ändern</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to the selected repository and read its first page, without changing the cache</source>
        <translation>Mit dem ausgewählten Repository verbinden und seine erste Seite lesen, ohne den Cache zu ändern</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync the selected repository now</source>
        <translation>Das ausgewählte Repository jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected repository and everything cached from it</source>
        <translation>Das ausgewählte Repository und alle daraus zwischengespeicherten Daten entfernen</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Selected repository</source>
        <translation>Ausgewähltes Repository</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation>Passwortspeicherung</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: %2. The cache keeps working with what was synced before.
Last error: %3</source>
        <translation>%1: %2. Der Cache arbeitet mit dem bisher Synchronisierten weiter.
Letzter Fehler: %3</translation>
    </message>
    <message>
        <source>No keychain service is running%1: passwords are kept in memory for this session only and are never written to disk. You will be asked again after Proofdesk restarts.</source>
        <translation>Kein Schlüsselbunddienst aktiv%1: Passwörter werden nur für diese Sitzung im Arbeitsspeicher gehalten und nie auf die Festplatte geschrieben. Nach einem Neustart von Proofdesk werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Use Test Connection or Sync Now.</source>
        <translation>„%1“ hinzugefügt. Mit „Verbindung testen“ oder „Jetzt synchronisieren“ fortfahren.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connecting to &quot;%1&quot;…</source>
        <translation>Verbindung mit „%1“ wird hergestellt…</translation>
    </message>
    <message>
        <source>Remove Repository</source>
        <translation>Repository entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and everything cached from it? Its records disappear from searches until the repository is added and synced again.</source>
        <translation>„%1“ und alle daraus zwischengespeicherten Daten entfernen? Seine Datensätze erscheinen nicht mehr in Suchergebnissen, bis das Repository erneut hinzugefügt und synchronisiert wird.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be removed: %2</source>
        <translation>„%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Syncing &quot;%1&quot;…</source>
        <translation>„%1“ wird synchronisiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Stop the sync after the page being written; what was synced is kept</source>
        <translation>Die Synchronisierung nach der gerade geschriebenen Seite beenden; bereits Synchronisiertes bleibt erhalten</translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation>Be&amp;zeugen</translation>
    </message>
    <message>
        <source>Read the selected repository whole and record each letter it changed or deleted without a record</source>
        <translation>Das gewählte Repository ganz lesen und jedes Schreiben festhalten, das es ohne Nachweis geändert oder gelöscht hat</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln letter(s) listed</source>
        <translation>
            <numerusform>%1: %Ln Schreiben gelistet</numerusform>
            <numerusform>%1: %Ln Schreiben gelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>Witnessing &quot;%1&quot;…</source>
        <translation>„%1“ wird bezeugt …</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; whole, to compare it with what the desk saw…</source>
        <translation>„%1“ wird ganz gelesen, um es mit dem zu vergleichen, was der Desk gesehen hat …</translation>
    </message>
</context>
<context>
    <name>RepositoriesModel</name>
    <message>
        <source>Drop folder</source>
        <translation>Ablageordner</translation>
    </message>
    <message>
        <source>CMIS</source>
        <translation>CMIS</translation>
    </message>
    <message>
        <source>ArchivesSpace</source>
        <translation>ArchivesSpace</translation>
    </message>
    <message>
        <source>Workflow service</source>
        <translation>Workflow-Dienst</translation>
    </message>
    <message>
        <source>Delivery feed</source>
        <translation>Zustell-Feed</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>RepositoryForm</name>
    <message>
        <source>Edit Repository</source>
        <translation>Repository bearbeiten</translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation>Repository hinzufügen</translation>
    </message>
    <message>
        <source>Repository name</source>
        <translation>Name des Repositorys</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Repository kind</source>
        <translation>Art des Repositorys</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the drop folder</source>
        <translation>Den Ablageordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings or the cache</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in den Einstellungen oder im Cache</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck des fest hinterlegten Zertifikats</translation>
    </message>
    <message>
        <source>Only for a self-signed certificate: AB:CD:… (64 hex digits)</source>
        <translation>Nur für ein selbstsigniertes Zertifikat: AB:CD:… (64 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>Certificate &amp;SHA-256:</source>
        <translation>Zertifikat-&amp;SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>One key=value a line, e.g. page_size=200</source>
        <translation>Ein Schlüssel=Wert pro Zeile, z. B. page_size=200</translation>
    </message>
    <message>
        <source>Other settings</source>
        <translation>Weitere Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Other settings:</source>
        <translation>&amp;Weitere Einstellungen:</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation>Passwortspeicherung</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problem mit dem Formular</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>Ablageordner</translation>
    </message>
    <message>
        <source>Repository address</source>
        <translation>Adresse des Repositorys</translation>
    </message>
    <message>
        <source>The folder the drops are written to</source>
        <translation>Der Ordner, in den die Ablagen geschrieben werden</translation>
    </message>
    <message>
        <source>https://repository.example.org/…</source>
        <translation>https://repository.example.org/…</translation>
    </message>
    <message>
        <source>No keychain service is running%1: the password will be kept in memory for this session only and you will be asked for it again after Proofdesk restarts. It is never written to disk.</source>
        <translation>Kein Schlüsselbunddienst aktiv%1: Das Passwort wird nur für diese Sitzung im Arbeitsspeicher gehalten, und Sie werden nach einem Neustart von Proofdesk erneut danach gefragt. Es wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A product&apos;s documented type and mapping to start from; change any field below</source>
        <translation>Dokumentierter Typ und Zuordnung eines Produkts als Ausgangspunkt; jedes Feld unten lässt sich ändern</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>CMIS type of the communications</source>
        <translation>CMIS-Typ der Kommunikationen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>None: the connector&apos;s defaults</source>
        <translation>Keins: die Vorgaben des Konnektors</translation>
    </message>
    <message>
        <source>%1 (the profile&apos;s)</source>
        <translation>%1 (laut Profil)</translation>
    </message>
    <message>
        <source>CMIS type of the template versions</source>
        <translation>CMIS-Typ der Vorlagenversionen</translation>
    </message>
    <message>
        <source>T&amp;emplate type:</source>
        <translation>&amp;Vorlagentyp:</translation>
    </message>
    <message>
        <source>CMIS type of the content-block versions</source>
        <translation>CMIS-Typ der Textbausteinversionen</translation>
    </message>
    <message>
        <source>&amp;Block type:</source>
        <translation>&amp;Bausteintyp:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Read none: %1</source>
        <translation>Keine lesen: %1</translation>
    </message>
    <message>
        <source>The repository keeps none of these: read none</source>
        <translation>Das Repository führt keine davon: keine lesen</translation>
    </message>
    <message>
        <source>Sync scope: the communications this desk keeps</source>
        <translation>Synchronisierungsumfang: die Kommunikationen, die dieser Arbeitsplatz behält</translation>
    </message>
    <message>
        <source>Everything. Or a query, e.g. issued:&gt;=now-24m unit:retail</source>
        <translation>Alles. Oder eine Suche, z. B. issued:&gt;=now-24m unit:retail</translation>
    </message>
    <message>
        <source>The communications the cache keeps, in the search syntax over the repository&apos;s properties (issue date, type, channel, unit, …). What lies outside stays in the repository: Search the repositories too finds it. Held communications and those in a reissue always stay.</source>
        <translation>Die Kommunikationen, die der Cache behält, in der Suchsyntax über die Eigenschaften des Repositorys (Ausstellungsdatum, Typ, Kanal, Einheit, …). Was außerhalb liegt, bleibt im Repository: Auch in den Repositorys suchen findet es. Gesperrte Kommunikationen und solche in einer Neuausstellung bleiben immer.</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Copy &amp;Id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the communication id</source>
        <translation>Die Kommunikations-ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Row</source>
        <translation>&amp;Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy the row as shown, tab-separated</source>
        <translation>Die Zeile wie angezeigt kopieren, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>Show this communication in a window of its own</source>
        <translation>Diese Kommunikation in einem eigenen Fenster zeigen</translation>
    </message>
    <message>
        <source>These results are for the last valid search, not for the text in the box.</source>
        <translation>Diese Ergebnisse gehören zur letzten gültigen Suche, nicht zum Text im Suchfeld.</translation>
    </message>
    <message>
        <source>Communications matching the search, newest first unless a column header sorts them. Use the arrow keys to move, Return to open the document.</source>
        <translation>Kommunikationen, die der Suche entsprechen, neueste zuerst, sofern keine Spaltenüberschrift sie anders sortiert. Mit den Pfeiltasten bewegen, mit der Eingabetaste das Dokument öffnen.</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>&amp;Unreviewed only</source>
        <translation>Nur &amp;ungeprüfte</translation>
    </message>
    <message>
        <source>The matter&apos;s review set</source>
        <translation>Der Prüfbestand des Verfahrens</translation>
    </message>
    <message>
        <source>1 to 9 set or clear a tag, N the next unreviewed letter, E its note</source>
        <translation>1 bis 9 setzen oder entfernen eine Markierung, N springt zum nächsten ungeprüften Brief, E zu seinem Vermerk</translation>
    </message>
    <message>
        <source>Note on the current letter</source>
        <translation>Vermerk zum aktuellen Brief</translation>
    </message>
    <message>
        <source>A note on this letter (E); Return saves it</source>
        <translation>Ein Vermerk zu diesem Brief (E); die Eingabetaste speichert ihn</translation>
    </message>
    <message>
        <source>Show the letters tagged</source>
        <translation>Briefe mit der Markierung zeigen</translation>
    </message>
    <message>
        <source>Show the letters reviewed by</source>
        <translation>Briefe zeigen, geprüft von</translation>
    </message>
    <message>
        <source>N in the list</source>
        <translation>N in der Liste</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tag the letter %1 (key %2)</source>
        <translation>Den Brief als „%1“ markieren (Taste %2)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every letter of the list is reviewed.</source>
        <translation>Jeder Brief der Liste ist geprüft.</translation>
    </message>
    <message>
        <source>Ne&amp;xt Unreviewed</source>
        <translation>Nächs&amp;ter ungeprüfter</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Markierung:</translation>
    </message>
    <message>
        <source>Rev&amp;iewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
</context>
<context>
    <name>RoleSwitcher</name>
    <message>
        <source>Current user</source>
        <translation>Aktueller Benutzer</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Aktuelle Rolle</translation>
    </message>
    <message>
        <source>The role you act in; switching is recorded in the audit trail</source>
        <translation>Die Rolle, in der Sie handeln; ein Wechsel wird im Prüfpfad festgehalten</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Angemeldet als &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The operating-system account</source>
        <translation>Das Konto des Betriebssystems</translation>
    </message>
    <message>
        <source>The login of %1</source>
        <translation>Die Anmeldung von %1</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(keine Rolle)</translation>
    </message>
    <message>
        <source>Switch Role</source>
        <translation>Rolle wechseln</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>als %1</translation>
    </message>
    <message>
        <source>with no role in this data folder</source>
        <translation>ohne Rolle in diesem Datenordner</translation>
    </message>
</context>
<context>
    <name>RoleTitle</name>
    <message>
        <source>Agent</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Compliance-Beauftragter</translation>
    </message>
    <message>
        <source>Records manager</source>
        <translation>Schriftgutverwalter</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>SavedSearchWatcher</name>
    <message>
        <source>The watched searches cannot be counted: %1</source>
        <translation>Die überwachten Suchen können nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Click or press Return to run a saved search; F2 renames it</source>
        <translation>Klick oder Eingabetaste führt eine gespeicherte Suche aus; F2 benennt sie um</translation>
    </message>
    <message>
        <source>Save the current search under a name</source>
        <translation>Die aktuelle Suche unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Rename the selected saved search</source>
        <translation>Die ausgewählte gespeicherte Suche umbenennen</translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation>Die ausgewählte gespeicherte Suche löschen</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation>Name für die Suche „%1“:</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>Die gespeicherte Suche „%1“ löschen?</translation>
    </message>
    <message>
        <source>S&amp;ave…</source>
        <translation>S&amp;peichern…</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <source>New Letters…</source>
        <translation>Neue Briefe…</translation>
    </message>
    <message>
        <source>Count the letters the selected search finds after each sync that were not there when you last looked</source>
        <translation>Nach jeder Synchronisierung die Briefe zählen, die die gewählte Suche findet und die beim letzten Nachsehen noch nicht da waren</translation>
    </message>
    <message>
        <source>List the selected watched search&apos;s new letters</source>
        <translation>Die neuen Briefe der gewählten überwachten Suche auflisten</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search communications</source>
        <translation>Kommunikationen durchsuchen</translation>
    </message>
    <message>
        <source>Words, field:value filters such as customer: or type:, issued: dates or ranges, OR, - to exclude, quotes for phrases. Results update as you type.</source>
        <translation>Wörter, Feld:Wert-Filter wie customer: oder type:, issued: mit Datum oder Zeitraum, OR, - zum Ausschließen, Anführungszeichen für Wortgruppen. Die Ergebnisse aktualisieren sich während der Eingabe.</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <source>1,000,000 communications</source>
        <translation>1.000.000 Kommunikationen</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>Suchfehler</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%1 communication(s)</source>
        <translation>
            <numerusform>%1 Kommunikation</numerusform>
            <numerusform>%1 Kommunikationen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (at character %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>%1, at character %2</source>
        <translation>%1, bei Zeichen %2</translation>
    </message>
    <message>
        <source>Query error</source>
        <translation>Fehler in der Suche</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cache could not be searched:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Cache konnte nicht durchsucht werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>%1 cached + searching the repositories…</source>
        <translation>%1 im Cache + Repositorys werden durchsucht…</translation>
    </message>
    <message>
        <source>%1 cached + %2 in repositories</source>
        <translation>%1 im Cache + %2 in Repositorys</translation>
    </message>
    <message>
        <source>Search: garcia  customer:CUS-0000006  type:statement channel:email  issued:2026-10  &quot;two words&quot;  -status:delivered</source>
        <translation>Suche: garcia  customer:CUS-0000006  type:statement channel:email  issued:2026-10  &quot;zwei Wörter&quot;  -status:delivered</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Demo archive</source>
        <translation>Demo-Archiv</translation>
    </message>
    <message>
        <source>The demo archive was not completed. Use File &gt; Import Drop… to import it or a drop of your own.

%1</source>
        <translation>Das Demo-Archiv wurde nicht fertiggestellt. Mit Datei &gt; Ablage importieren… können Sie es oder eine eigene Ablage importieren.

%1</translation>
    </message>
    <message>
        <source>The demo archive could not be prepared.

%1</source>
        <translation>Das Demo-Archiv konnte nicht vorbereitet werden.

%1</translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message>
        <source>Data folder warning</source>
        <translation>Warnung zum Datenordner</translation>
    </message>
    <message>
        <source>Read only: disk full</source>
        <translation>Nur lesen: Datenträger voll</translation>
    </message>
    <message>
        <source>The data folder was opened for reading only: %1. Searching and reading work; free some space before importing, syncing or recording anything.</source>
        <translation>Der Datenordner wurde nur zum Lesen geöffnet: %1. Suchen und Lesen funktionieren; geben Sie Platz frei, bevor Sie importieren, synchronisieren oder etwas aufzeichnen.</translation>
    </message>
    <message>
        <source>Views not recorded in the audit trail</source>
        <translation>Ansichten nicht im Prüfprotokoll erfasst</translation>
    </message>
    <message>
        <source>What you view and search is not being recorded in the audit trail: %1</source>
        <translation>Was Sie ansehen und suchen, wird nicht im Prüfprotokoll erfasst: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync every repository now</source>
        <translation>Alle Repositorys jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Setti&amp;ngs</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Repositories…</source>
        <translation>&amp;Repositorys…</translation>
    </message>
    <message>
        <source>Add, edit, test and remove repositories</source>
        <translation>Repositorys hinzufügen, bearbeiten, testen und entfernen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Die Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync after the page being written; what was synced is kept</source>
        <translation>Die Synchronisierung nach der gerade geschriebenen Seite beenden; bereits Synchronisiertes bleibt erhalten</translation>
    </message>
    <message>
        <source>Repository status</source>
        <translation>Repository-Status</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories offline</source>
        <translation>
            <numerusform>%n Repository offline</numerusform>
            <numerusform>%n Repositorys offline</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync failed; the cache keeps working with what was synced before.

%1</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen; der Cache arbeitet mit dem bisher Synchronisierten weiter.

%1</translation>
    </message>
    <message>
        <source>Syncing %1:</source>
        <translation>Synchronisiere %1:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another sync of %1 to finish…</source>
        <translation>Warte, bis eine andere Synchronisierung von %1 fertig ist …</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>this machine</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>● Team: %1 as %2</source>
        <translation>● Team: %1 als %2</translation>
    </message>
    <message>
        <source>○ Team: %1 — offline</source>
        <translation>○ Team: %1 — nicht erreichbar</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached: %2
Requests, approvals and holds made now wait in this data folder and are sent when it is back; searching the cache goes on.</source>
        <translation>Die Team-Datenbank %1 ist nicht erreichbar: %2
Anträge, Genehmigungen und Sperren warten in diesem Datenordner und werden gesendet, sobald sie wieder erreichbar ist; die Suche im Cache geht weiter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weitere)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>● Team: %1 as %2 — not verified</source>
        <translation>● Team: %1 als %2 — nicht geprüft</translation>
    </message>
    <message>
        <source>Records are shared on the team database %1, as the login %2. Other people&apos;s holds, reissue requests and audit entries appear here as they happen.
Connection: %3</source>
        <translation>Die Aufzeichnungen liegen in der Team-Datenbank %1, angemeldet als %2. Sperren, Neuausstellungsanträge und Prüfprotokolleinträge anderer erscheinen hier, sobald sie entstehen.
Verbindung: %3</translation>
    </message>
    <message>
        <source> — on a read-only standby</source>
        <translation> — auf einem schreibgeschützten Standby-Server</translation>
    </message>
    <message>
        <source> — commits not replicated</source>
        <translation> — Änderungen nicht repliziert</translation>
    </message>
    <message>
        <source> — no standby streaming</source>
        <translation> — kein Standby-Server verbunden</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>TemplateHistoryDialog</name>
    <message>
        <source>Loading the history of %1…</source>
        <translation>Historie von %1 wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Communications with this version</source>
        <translation>&amp;Kommunikationen mit dieser Version</translation>
    </message>
    <message>
        <source>Template history — %1</source>
        <translation>Vorlagenhistorie — %1</translation>
    </message>
    <message>
        <source>Template versions</source>
        <translation>Vorlagenversionen</translation>
    </message>
    <message>
        <source>Differences between the two versions</source>
        <translation>Unterschiede zwischen den beiden Versionen</translation>
    </message>
    <message>
        <source>Search for every communication produced with the selected version</source>
        <translation>Nach allen mit der ausgewählten Version erzeugten Kommunikationen suchen</translation>
    </message>
    <message>
        <source>Older version to compare</source>
        <translation>Ältere Version zum Vergleich</translation>
    </message>
    <message>
        <source>Newer version to compare</source>
        <translation>Neuere Version zum Vergleich</translation>
    </message>
    <message>
        <source>Com&amp;pare version</source>
        <translation>&amp;Vergleiche Version</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; %2 — %n version(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n Version</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Die Historie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) removed</source>
        <translation>
            <numerusform>%Ln Zeile entfernt</numerusform>
            <numerusform>%Ln Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln hinzugefügt</numerusform>
            <numerusform>%Ln hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePanel</name>
    <message>
        <source>Template &amp;history…</source>
        <translation>Vorlagen&amp;historie…</translation>
    </message>
    <message>
        <source>Communications with this version</source>
        <translation>Kommunikationen mit dieser Version</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Vorlagenversion</translation>
    </message>
    <message>
        <source>Approval at issue time</source>
        <translation>Genehmigung zum Erstellungszeitpunkt</translation>
    </message>
    <message>
        <source>Show every version of this template, with approvals and differences</source>
        <translation>Alle Versionen dieser Vorlage mit Genehmigungen und Unterschieden anzeigen</translation>
    </message>
    <message>
        <source>Search for every communication produced with this template version</source>
        <translation>Nach allen mit dieser Vorlagenversion erzeugten Kommunikationen suchen</translation>
    </message>
    <message>
        <source>Content block</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Content blocks</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>No communication selected.</source>
        <translation>Keine Kommunikation ausgewählt.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#e53935&quot;&gt;&lt;b&gt;Unknown template version&lt;/b&gt;: the cache has no record of it, so it cannot be shown to have been approved.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#e53935&quot;&gt;&lt;b&gt;Unbekannte Vorlagenversion&lt;/b&gt;: Der Cache kennt sie nicht, daher lässt sich ihre Genehmigung nicht nachweisen.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#e53935&quot;&gt;&lt;b&gt;Not approved at issue time.&lt;/b&gt;&lt;/span&gt; This communication was produced with a version that had no approval in force when it was issued.</source>
        <translation>&lt;span style=&quot;color:#e53935&quot;&gt;&lt;b&gt;Zum Erstellungszeitpunkt nicht genehmigt.&lt;/b&gt;&lt;/span&gt; Diese Kommunikation wurde mit einer Version erzeugt, für die bei der Erstellung keine gültige Genehmigung vorlag.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#43a047&quot;&gt;&lt;b&gt;&amp;#10004; Approved at issue time&lt;/b&gt;&lt;/span&gt;: %1 by %2 on %3%4</source>
        <translation>&lt;span style=&quot;color:#43a047&quot;&gt;&lt;b&gt;&amp;#10004; Zum Erstellungszeitpunkt genehmigt&lt;/b&gt;&lt;/span&gt;: %1 von %2 am %3%4</translation>
    </message>
    <message>
        <source>%1 version %2 — %3
Status now: %4. Effective from %5%6</source>
        <translation>%1 Version %2 — %3
Aktueller Status: %4. Gültig ab %5%6</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> bis %1</translation>
    </message>
</context>
<context>
    <name>TombstoneNotice</name>
    <message>
        <source>Disposed communication</source>
        <translation>Vernichtete Kommunikation</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was disposed of&lt;/b&gt; on %2 by %3, under retention class %4 (batch %5).</source>
        <translation>&lt;b&gt;%1 wurde vernichtet&lt;/b&gt; am %2 durch %3, Aufbewahrungsklasse %4 (Lauf %5).</translation>
    </message>
    <message>
        <source>Certificate: &lt;a href=&quot;%1&quot; style=&quot;color: #ffe0b2&quot;&gt;%2&lt;/a&gt; (SHA-256 %3).</source>
        <translation>Zertifikat: &lt;a href=&quot;%1&quot; style=&quot;color: #ffe0b2&quot;&gt;%2&lt;/a&gt; (SHA-256 %3).</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Drop…</source>
        <translation>Ablage &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import an output drop folder into the cache</source>
        <translation>Einen Ausgabe-Ablageordner in den Cache importieren</translation>
    </message>
    <message>
        <source>&amp;Export Results to CSV…</source>
        <translation>Ergebnisse als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the current results to a CSV file</source>
        <translation>Die aktuellen Ergebnisse in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Proofdesk</source>
        <translation>Proofdesk beenden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Zum Suchfeld</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>Suche &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the current search in the side list</source>
        <translation>Die aktuelle Suche in der Seitenliste speichern</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>The previous search</source>
        <translation>Die vorige Suche</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>The next search</source>
        <translation>Die nächste Suche</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Clear the search and show every communication</source>
        <translation>Suche leeren und alle Kommunikationen zeigen</translation>
    </message>
    <message>
        <source>&amp;Next Result</source>
        <translation>&amp;Nächstes Ergebnis</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>Select the next result</source>
        <translation>Das nächste Ergebnis auswählen</translation>
    </message>
    <message>
        <source>&amp;Previous Result</source>
        <translation>&amp;Vorheriges Ergebnis</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Select the previous result</source>
        <translation>Das vorherige Ergebnis auswählen</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to the results list</source>
        <translation>Zur Ergebnisliste</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>Dokument ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to the document of the selected communication</source>
        <translation>Zum Dokument der ausgewählten Kommunikation</translation>
    </message>
    <message>
        <source>&amp;Template History…</source>
        <translation>&amp;Vorlagenhistorie…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>The version history of the shown template</source>
        <translation>Die Versionshistorie der angezeigten Vorlage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Search &amp;Syntax</source>
        <translation>Such&amp;syntax</translation>
    </message>
    <message>
        <source>How to write searches</source>
        <translation>Wie man Suchen formuliert</translation>
    </message>
    <message>
        <source>&amp;About Proofdesk</source>
        <translation>Ü&amp;ber Proofdesk</translation>
    </message>
    <message>
        <source>About Proofdesk</source>
        <translation>Über Proofdesk</translation>
    </message>
    <message>
        <source>Proofdesk %1
Records and audit for customer communications.</source>
        <translation>Proofdesk %1
Archiv und Prüfung der Kundenkommunikation.</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>word — a word of the text, the recipient or an id (garcia finds García)
word* — words starting with it
&quot;two words&quot; — a phrase
field:value — customer:, account:, policy:, claim:, loan:, case:, workspace:, type:, channel:, template:, version:, block:, unit:, batch:, campaign:, language:, origin:, status:, hold:, fixity:, repo:, id:
issued:2026-10-03, issued:2026-10, issued:2026, issued:2026-01-01..2026-03-31
finding:unapproved_template, retired_block, undelivered, fixity_failed, retention_overdue, reissue_unfulfilled, or finding:any — has that kind of finding now
a b — both;  a OR b — either;  -a — not a;  ( … ) — grouping</source>
        <translation>wort — ein Wort aus dem Text, der Empfänger oder eine ID (garcia findet García)
wort* — Wörter, die damit beginnen
&quot;zwei wörter&quot; — eine Wortgruppe
feld:wert — customer:, account:, policy:, claim:, loan:, case:, workspace:, type:, channel:, template:, version:, block:, unit:, batch:, campaign:, language:, origin:, status:, hold:, fixity:, repo:, id:
issued:2026-10-03, issued:2026-10, issued:2026, issued:2026-01-01..2026-03-31
finding:unapproved_template, retired_block, undelivered, fixity_failed, retention_overdue, reissue_unfulfilled oder finding:any — hat jetzt eine Feststellung dieser Art
a b — beide;  a OR b — eines von beiden;  -a — nicht a;  ( … ) — Gruppierung</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s style and light or dark palette</source>
        <translation>Stil und helle oder dunkle Farbpalette der Arbeitsumgebung verwenden</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Light palette, whatever the desktop uses</source>
        <translation>Helle Farbpalette, unabhängig von der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Dark palette, whatever the desktop uses</source>
        <translation>Dunkle Farbpalette, unabhängig von der Arbeitsumgebung</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Proofdesk uses the new language from its next start.</source>
        <translation>Proofdesk verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Records and audit for customer communications.</source>
        <translation>Archiv und Prüfung der Kundenkommunikation.</translation>
    </message>
    <message>
        <source>The data folder (cache and documents).</source>
        <translation>Der Datenordner (Cache und Dokumente).</translation>
    </message>
    <message>
        <source>Proofdesk</source>
        <translation>Proofdesk</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be used.</source>
        <translation>Der Datenordner %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Appearance for this run: system, light or dark.</source>
        <translation>Erscheinungsbild für diesen Start: system, light oder dark.</translation>
    </message>
    <message>
        <source>The cache was damaged: it failed its integrity check and could not be trusted. It was moved to %1 and a new, empty cache was created; it fills again on the next sync, and until then a search finds only what has been synced.</source>
        <translation>Der Cache war beschädigt: Er hat seine Integritätsprüfung nicht bestanden und war nicht vertrauenswürdig. Er wurde nach %1 verschoben und ein neuer, leerer Cache angelegt; er füllt sich beim nächsten Abgleich wieder, und bis dahin findet eine Suche nur, was schon abgeglichen ist.</translation>
    </message>
</context>
<context>
    <name>proofdesk::audit::ActionLabels</name>
    <message>
        <source>Audit anchor written</source>
        <translation>Prüfpfad-Anker geschrieben</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Prüfpfad exportiert</translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation>Prüfpfad geprüft</translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation>Offline behalten</translation>
    </message>
    <message>
        <source>Disposition approved</source>
        <translation>Vernichtung genehmigt</translation>
    </message>
    <message>
        <source>Disposition reviewed</source>
        <translation>Vernichtung geprüft</translation>
    </message>
    <message>
        <source>Disposition pending</source>
        <translation>Vernichtung vorgemerkt</translation>
    </message>
    <message>
        <source>Evidence package exported</source>
        <translation>Nachweispaket exportiert</translation>
    </message>
    <message>
        <source>Audit report exported</source>
        <translation>Prüfbericht exportiert</translation>
    </message>
    <message>
        <source>Exception case opened</source>
        <translation>Ausnahmefall eröffnet</translation>
    </message>
    <message>
        <source>Exception case ended by the workflow</source>
        <translation>Ausnahmefall vom Workflow beendet</translation>
    </message>
    <message>
        <source>Finding reviewed</source>
        <translation>Feststellung geprüft</translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation>Aufbewahrungssperre verhängt</translation>
    </message>
    <message>
        <source>Letters added to a hold</source>
        <translation>Briefe einer Sperre hinzugefügt</translation>
    </message>
    <message>
        <source>Letters removed from a hold</source>
        <translation>Briefe aus einer Sperre entfernt</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Aufbewahrungssperre aufgehoben</translation>
    </message>
    <message>
        <source>Hold sent to the repository</source>
        <translation>Sperre an das Repository gesendet</translation>
    </message>
    <message>
        <source>Matter opened</source>
        <translation>Verfahren eröffnet</translation>
    </message>
    <message>
        <source>Matter closed</source>
        <translation>Verfahren geschlossen</translation>
    </message>
    <message>
        <source>Search added to a matter</source>
        <translation>Suche einem Verfahren hinzugefügt</translation>
    </message>
    <message>
        <source>Matter member changed</source>
        <translation>Verfahrensmitglied geändert</translation>
    </message>
    <message>
        <source>Letter tagged</source>
        <translation>Brief markiert</translation>
    </message>
    <message>
        <source>Search watched</source>
        <translation>Suche beobachtet</translation>
    </message>
    <message>
        <source>Production started</source>
        <translation>Herausgabe begonnen</translation>
    </message>
    <message>
        <source>Production made</source>
        <translation>Herausgabe erstellt</translation>
    </message>
    <message>
        <source>Records restored</source>
        <translation>Aufzeichnungen wiederhergestellt</translation>
    </message>
    <message>
        <source>Records started empty</source>
        <translation>Aufzeichnungen leer neu begonnen</translation>
    </message>
    <message>
        <source>Reissue requested</source>
        <translation>Neuausstellung angefordert</translation>
    </message>
    <message>
        <source>Reissue submitted</source>
        <translation>Neuausstellung eingereicht</translation>
    </message>
    <message>
        <source>Reissue approved</source>
        <translation>Neuausstellung genehmigt</translation>
    </message>
    <message>
        <source>Reissue rejected</source>
        <translation>Neuausstellung abgelehnt</translation>
    </message>
    <message>
        <source>Reissue cancelled</source>
        <translation>Neuausstellung storniert</translation>
    </message>
    <message>
        <source>Reissue queued</source>
        <translation>Neuausstellung eingereiht</translation>
    </message>
    <message>
        <source>Reissue fulfilled</source>
        <translation>Neuausstellung erledigt</translation>
    </message>
    <message>
        <source>Reissue withheld</source>
        <translation>Neuausstellung zurückgehalten</translation>
    </message>
    <message>
        <source>Reissue ended by the workflow</source>
        <translation>Neuausstellung vom Workflow beendet</translation>
    </message>
    <message>
        <source>Repository added</source>
        <translation>Repository hinzugefügt</translation>
    </message>
    <message>
        <source>Repository changed</source>
        <translation>Repository geändert</translation>
    </message>
    <message>
        <source>Repository removed</source>
        <translation>Repository entfernt</translation>
    </message>
    <message>
        <source>Repository password changed</source>
        <translation>Repository-Kennwort geändert</translation>
    </message>
    <message>
        <source>Sync scope changed</source>
        <translation>Synchronisierungsumfang geändert</translation>
    </message>
    <message>
        <source>Held letter deleted in the repository</source>
        <translation>Gesperrter Brief im Repository gelöscht</translation>
    </message>
    <message>
        <source>Retention extended</source>
        <translation>Aufbewahrung verlängert</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>Rolle vergeben</translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation>Rolle entzogen</translation>
    </message>
    <message>
        <source>Role switched</source>
        <translation>Rolle gewechselt</translation>
    </message>
    <message>
        <source>Role taken</source>
        <translation>Rolle übernommen</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Team session ended</source>
        <translation>Team-Sitzung beendet</translation>
    </message>
    <message>
        <source>Joined the team database</source>
        <translation>Team-Datenbank beigetreten</translation>
    </message>
    <message>
        <source>Team member added</source>
        <translation>Team-Mitglied hinzugefügt</translation>
    </message>
    <message>
        <source>Letters published to the team</source>
        <translation>Briefe für das Team veröffentlicht</translation>
    </message>
    <message>
        <source>Letters withdrawn from the team</source>
        <translation>Briefe vom Team zurückgezogen</translation>
    </message>
    <message>
        <source>Search results exported</source>
        <translation>Suchergebnisse exportiert</translation>
    </message>
    <message>
        <source>Reissue withdrawn</source>
        <translation>Neuausstellung zurückgezogen</translation>
    </message>
    <message>
        <source>Legal hold applied</source>
        <translation>Aufbewahrungssperre angewandt</translation>
    </message>
    <message>
        <source>Letter viewed</source>
        <translation>Brief angesehen</translation>
    </message>
    <message>
        <source>Audit trail viewed</source>
        <translation>Prüfpfad angesehen</translation>
    </message>
    <message>
        <source>Own audit entries viewed</source>
        <translation>Eigene Prüfpfad-Einträge angesehen</translation>
    </message>
    <message>
        <source>Findings run</source>
        <translation>Feststellungen ermittelt</translation>
    </message>
    <message>
        <source>Matter managed</source>
        <translation>Verfahren verwaltet</translation>
    </message>
    <message>
        <source>Matter produced</source>
        <translation>Verfahren herausgegeben</translation>
    </message>
    <message>
        <source>Matter reviewed</source>
        <translation>Verfahren gesichtet</translation>
    </message>
    <message>
        <source>Repository configured</source>
        <translation>Repository eingerichtet</translation>
    </message>
    <message>
        <source>Disposition decided</source>
        <translation>Über Vernichtung entschieden</translation>
    </message>
    <message>
        <source>Not permitted in the role</source>
        <translation>In der Rolle nicht erlaubt</translation>
    </message>
    <message>
        <source>Changed in the repository without a record</source>
        <translation>Im Repository ohne Änderungsnachweis geändert</translation>
    </message>
    <message>
        <source>Gone from the repository without a deletion</source>
        <translation>Ohne Löschung aus dem Repository verschwunden</translation>
    </message>
    <message>
        <source>Repository witnessed</source>
        <translation>Repository bezeugt</translation>
    </message>
</context>
<context>
    <name>proofdesk::audit::AuditReason</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 has not been granted the %2 role in this data folder (granted: %3). An admin grants roles.</source>
        <translation>%1 wurde die Rolle %2 in diesem Datenordner nicht erteilt (erteilt: %3). Rollen vergibt ein Administrator.</translation>
    </message>
    <message>
        <source>%1 needs the %2 role; %3 has %4 in this data folder. An admin grants roles.</source>
        <translation>%1 erfordert die Rolle %2; %3 hat in diesem Datenordner %4. Rollen vergibt ein Administrator.</translation>
    </message>
    <message>
        <source>%1 is not permitted in the %2 role: %3 needs the %4 role. Switch role if you have it, or ask someone who does.</source>
        <translation>%1 ist in der Rolle %2 nicht erlaubt: %3 erfordert die Rolle %4. Wechseln Sie die Rolle, wenn Sie sie haben, oder bitten Sie jemanden, der sie hat.</translation>
    </message>
    <message>
        <source>searching communications</source>
        <translation>das Durchsuchen von Kommunikationen</translation>
    </message>
    <message>
        <source>viewing a communication</source>
        <translation>das Ansehen einer Kommunikation</translation>
    </message>
    <message>
        <source>exporting search results</source>
        <translation>das Exportieren von Suchergebnissen</translation>
    </message>
    <message>
        <source>requesting a reissue</source>
        <translation>das Anfordern einer Neuausstellung</translation>
    </message>
    <message>
        <source>approving a reissue</source>
        <translation>das Genehmigen einer Neuausstellung</translation>
    </message>
    <message>
        <source>exporting an evidence package</source>
        <translation>das Exportieren eines Nachweispakets</translation>
    </message>
    <message>
        <source>viewing your own audit entries</source>
        <translation>das Ansehen der eigenen Prüfprotokolleinträge</translation>
    </message>
    <message>
        <source>viewing, verifying or exporting the whole audit trail</source>
        <translation>das Ansehen, Prüfen oder Exportieren des gesamten Prüfprotokolls</translation>
    </message>
    <message>
        <source>running the compliance findings</source>
        <translation>das Ausführen der Compliance-Prüfungen</translation>
    </message>
    <message>
        <source>marking a finding reviewed</source>
        <translation>das Markieren eines Befunds als geprüft</translation>
    </message>
    <message>
        <source>opening an exception case from a finding</source>
        <translation>das Eröffnen eines Ausnahmefalls aus einem Befund</translation>
    </message>
    <message>
        <source>applying or changing a legal hold</source>
        <translation>das Verhängen oder Ändern einer Aufbewahrungssperre</translation>
    </message>
    <message>
        <source>releasing a legal hold</source>
        <translation>das Aufheben einer Aufbewahrungssperre</translation>
    </message>
    <message>
        <source>reviewing what is due for disposition</source>
        <translation>das Prüfen, was zur Vernichtung ansteht</translation>
    </message>
    <message>
        <source>approving a disposition</source>
        <translation>das Genehmigen einer Vernichtung</translation>
    </message>
    <message>
        <source>changing retention</source>
        <translation>das Ändern der Aufbewahrung</translation>
    </message>
    <message>
        <source>adding or configuring repositories</source>
        <translation>das Hinzufügen oder Konfigurieren von Repositories</translation>
    </message>
    <message>
        <source>granting roles</source>
        <translation>das Erteilen von Rollen</translation>
    </message>
    <message>
        <source>changing settings</source>
        <translation>das Ändern von Einstellungen</translation>
    </message>
    <message>
        <source>a regeneration or a changed channel or destination needs a compliance officer&apos;s approval</source>
        <translation>eine Neuerzeugung oder ein geänderter Kanal bzw. ein geändertes Ziel erfordert die Genehmigung eines Compliance-Beauftragten</translation>
    </message>
    <message>
        <source>a resend to the original destination needs no approval</source>
        <translation>ein erneuter Versand an das ursprüngliche Ziel erfordert keine Genehmigung</translation>
    </message>
    <message>
        <source>waiting in the outbox for the repository</source>
        <translation>wartet im Postausgang auf das Repository</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>%1 requested reissue %2 and cannot approve it: nobody approves their own request. Another compliance officer must approve it.</source>
        <translation>%1 hat die Neuausstellung %2 angefordert und kann sie nicht genehmigen: Niemand genehmigt den eigenen Auftrag. Ein anderer Compliance-Beauftragter muss sie genehmigen.</translation>
    </message>
    <message>
        <source>the workflow engine rejected it without giving a reason</source>
        <translation>die Workflow-Engine hat ihn ohne Begründung abgelehnt</translation>
    </message>
    <message>
        <source>the workflow engine deleted its process instance without giving a reason</source>
        <translation>die Workflow-Engine hat seine Prozessinstanz ohne Begründung gelöscht</translation>
    </message>
    <message>
        <source>the repository returned %1 for this request</source>
        <translation>das Repository hat für diesen Auftrag %1 zurückgegeben</translation>
    </message>
    <message>
        <source>Legal hold %1 was released on %2 and cannot be changed; create a new hold.</source>
        <translation>Die Aufbewahrungssperre %1 wurde am %2 aufgehoben und kann nicht geändert werden; legen Sie eine neue Sperre an.</translation>
    </message>
    <message>
        <source>Retention of %1 ends %2; %3 would shorten it, and retention is never shortened here.</source>
        <translation>Die Aufbewahrung von %1 endet am %2; %3 würde sie verkürzen, und Aufbewahrungsfristen werden hier nie verkürzt.</translation>
    </message>
    <message>
        <source>%1 is not in the cache or has no retention class with a trigger date</source>
        <translation>%1 ist nicht im Cache oder hat keine Aufbewahrungsklasse mit Stichtag</translation>
    </message>
    <message>
        <source>%1 is kept until %2 (%3)</source>
        <translation>%1 wird bis %2 aufbewahrt (%3)</translation>
    </message>
    <message>
        <source>%1 is under an active legal hold and cannot be disposed of</source>
        <translation>%1 steht unter einer aktiven Aufbewahrungssperre und kann nicht vernichtet werden</translation>
    </message>
    <message>
        <source>first use of a demo or empty data folder: its first user gets every role</source>
        <translation>erste Nutzung eines Demo- oder leeren Datenordners: die erste Person erhält alle Rollen</translation>
    </message>
    <message>
        <source>import of a drop folder</source>
        <translation>Import eines Ablageordners</translation>
    </message>
    <message>
        <source>the request was %1 when its outbox item was to leave: withdrawn, not sent</source>
        <translation>der Auftrag hatte den Status %1, als sein Eintrag den Postausgang verlassen sollte: zurückgezogen, nicht gesendet</translation>
    </message>
    <message>
        <source>opening, changing or closing a matter</source>
        <translation>das Eröffnen, Ändern oder Schließen eines Verfahrens</translation>
    </message>
    <message>
        <source>reviewing a matter&apos;s letters</source>
        <translation>das Prüfen der Briefe eines Verfahrens</translation>
    </message>
    <message>
        <source>producing a matter&apos;s letters</source>
        <translation>das Herausgeben der Briefe eines Verfahrens</translation>
    </message>
    <message>
        <source>%1 was not added to matter %2 and may not see it.</source>
        <translation>%1 wurde dem Verfahren %2 nicht hinzugefügt und darf es nicht sehen.</translation>
    </message>
    <message>
        <source>Carried over from the matter that legal holds named in free text before matters existed.</source>
        <translation>Übernommen aus dem Verfahren, das Aufbewahrungssperren als Freitext nannten, bevor es Verfahren gab.</translation>
    </message>
    <message>
        <source>the legal holds are not what the audit trail says (%1: %2); `audit verify` names each such row</source>
        <translation>die Sperren sind nicht, was das Prüfprotokoll sagt (%1: %2); `audit verify` nennt jede solche Zeile</translation>
    </message>
    <message>
        <source>the role %2 of %1 in this data folder was granted by no entry of the audit trail: it was added outside Proofdesk, and gives nothing; `audit verify` names each such row</source>
        <translation>die Rolle %2 von %1 in diesem Datenordner hat kein Eintrag des Prüfprotokolls vergeben: Sie wurde außerhalb von Proofdesk hinzugefügt und gibt nichts; `audit verify` nennt jede solche Zeile</translation>
    </message>
    <message>
        <source>the request is not what the audit trail says: %1; `audit verify` names each such row</source>
        <translation>der Antrag ist nicht, was das Prüfprotokoll sagt: %1; `audit verify` nennt jede solche Zeile</translation>
    </message>
</context>
<context>
    <name>proofdesk::cache::BulkLoad</name>
    <message>
        <source>A large import is building the cache&apos;s indexes; this view works again when it has finished.</source>
        <translation>Ein großer Import baut gerade die Indizes des Caches auf; diese Ansicht funktioniert wieder, sobald er abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance</name>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>the stored bytes no longer match the recorded SHA-256 %1</source>
        <translation>die gespeicherten Bytes stimmen nicht mehr mit dem erfassten SHA-256 %1 überein</translation>
    </message>
    <message>
        <source>the bytes with the recorded SHA-256 %1 are not in the local store (fixity: %2)</source>
        <translation>die Bytes mit dem erfassten SHA-256 %1 sind nicht im lokalen Speicher (Integrität: %2)</translation>
    </message>
    <message>
        <source>No communication with id &quot;%1&quot; in the cache: no evidence package was written.</source>
        <translation>Keine Kommunikation mit der ID „%1“ im Cache: Es wurde kein Nachweispaket geschrieben.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Was versandt wurde</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>, reissue of %1</source>
        <translation>, Neuausstellung von %1</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Zustellstatus</translation>
    </message>
    <message>
        <source>Fixity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation>Aufbewahrungsklasse</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Template version and approvals</source>
        <translation>Vorlagenversion und Genehmigungen</translation>
    </message>
    <message>
        <source>The template version is not known to the cache.</source>
        <translation>Die Vorlagenversion ist dem Cache nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 v%2 &quot;%3&quot;, status %4, effective %5 to %6.</source>
        <translation>%1 v%2 „%3“, Status %4, gültig von %5 bis %6.</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <source>Delivery events</source>
        <translation>Zustellereignisse</translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Content blocks</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Baustein</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>released or removed</source>
        <translation>aufgehoben oder entfernt</translation>
    </message>
    <message>
        <source>received</source>
        <translation>eingegangen</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Aufbewahrungssperren</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reissues</source>
        <translation>Neuausstellungen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>By / request</source>
        <translation>Von / Auftrag</translation>
    </message>
    <message>
        <source>Compliance findings</source>
        <translation>Compliance-Feststellungen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>How to verify this package</source>
        <translation>So prüfen Sie dieses Paket</translation>
    </message>
    <message>
        <source>The document %1 (%2 bytes) is included as sent; its SHA-256 %3 was checked against the repository&apos;s record when it was exported.</source>
        <translation>Das Dokument %1 (%2 Bytes) ist in der versandten Fassung enthalten; sein SHA-256 %3 wurde beim Export mit dem Eintrag im Repository abgeglichen.</translation>
    </message>
    <message>
        <source>The document is not included: %1</source>
        <translation>Das Dokument ist nicht enthalten: %1</translation>
    </message>
    <message>
        <source>Every file is listed with its SHA-256 in SHA256SUMS; run &quot;sha256sum -c SHA256SUMS&quot; in the unpacked folder. audit.json holds the audit trail entries about this communication with their chain hashes.</source>
        <translation>Jede Datei ist mit ihrem SHA-256 in SHA256SUMS aufgeführt; führen Sie im entpackten Ordner „sha256sum -c SHA256SUMS“ aus. audit.json enthält die Prüfpfad-Einträge zu dieser Kommunikation mit ihren Ketten-Hashes.</translation>
    </message>
    <message>
        <source>Audit entries: %1; latest chain hash: %2</source>
        <translation>Prüfpfad-Einträge: %1; letzter Ketten-Hash: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Evidence package: %1</source>
        <translation>Nachweispaket: %1</translation>
    </message>
    <message>
        <source>Exported %1 by %2 (%3) on device %4.</source>
        <translation>Exportiert am %1 von %2 (%3) auf Gerät %4.</translation>
    </message>
    <message>
        <source>Evidence package %1</source>
        <translation>Nachweispaket %1</translation>
    </message>
    <message>
        <source>Template not approved at issue</source>
        <translation>Vorlage bei Erstellung nicht genehmigt</translation>
    </message>
    <message>
        <source>Retired content block</source>
        <translation>Zurückgezogener Textbaustein</translation>
    </message>
    <message>
        <source>Undelivered, not reissued</source>
        <translation>Nicht zugestellt, nicht neu ausgestellt</translation>
    </message>
    <message>
        <source>Fixity failed or document missing</source>
        <translation>Integrität verletzt oder Dokument fehlt</translation>
    </message>
    <message>
        <source>Past retention, not disposed</source>
        <translation>Aufbewahrungsfrist abgelaufen, nicht vernichtet</translation>
    </message>
    <message>
        <source>Reissue not fulfilled</source>
        <translation>Neuausstellung nicht erledigt</translation>
    </message>
    <message>
        <source>Unapproved template</source>
        <translation>Nicht genehmigte Vorlage</translation>
    </message>
    <message>
        <source>Retired block</source>
        <translation>Zurückgezogener Baustein</translation>
    </message>
    <message>
        <source>Undelivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Fixity failed</source>
        <translation>Integrität verletzt</translation>
    </message>
    <message>
        <source>Retention overdue</source>
        <translation>Aufbewahrung überschritten</translation>
    </message>
    <message>
        <source>Reissue open</source>
        <translation>Neuausstellung offen</translation>
    </message>
    <message>
        <source>template %1 has no approval; issued on %2</source>
        <translation>Vorlage %1 hat keine Genehmigung; erstellt am %2</translation>
    </message>
    <message>
        <source>template %1 was approved on %2, after issue on %3</source>
        <translation>Vorlage %1 wurde am %2 genehmigt, nach der Erstellung am %3</translation>
    </message>
    <message>
        <source>template %1 stopped being effective on %2, at or before issue on %3</source>
        <translation>Gültigkeit der Vorlage %1 endete am %2, spätestens zur Erstellung am %3</translation>
    </message>
    <message>
        <source>template %1 is not known to the cache (no such version); issued on %2</source>
        <translation>Vorlage %1 ist dem Cache nicht bekannt (keine solche Version); erstellt am %2</translation>
    </message>
    <message>
        <source>A review needs a note saying what was checked or done.</source>
        <translation>Eine Prüfung erfordert einen Vermerk, was geprüft oder getan wurde.</translation>
    </message>
    <message>
        <source>Findings by kind</source>
        <translation>Feststellungen nach Art</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>%1 findings over %2 communications</source>
        <translation>%1 Feststellungen bei %2 Kommunikationen</translation>
    </message>
    <message>
        <source>Findings by template version</source>
        <translation>Feststellungen nach Vorlagenversion</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>the %1 template versions with the most findings</source>
        <translation>die %1 Vorlagenversionen mit den meisten Feststellungen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of finding.</source>
        <translation>„%1“ ist keine Art von Befund.</translation>
    </message>
    <message>
        <source>A review names the communication whose finding was checked.</source>
        <translation>Eine Prüfung nennt die Kommunikation, deren Befund geprüft wurde.</translation>
    </message>
    <message>
        <source>The audit report was cancelled; nothing was written.</source>
        <translation>Der Prüfbericht wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>there is no manifest: the folder is not a complete production</source>
        <translation>es gibt kein Manifest: Der Ordner ist keine vollständige Herausgabe</translation>
    </message>
    <message>
        <source>line %1 is not &quot;&lt;SHA-256&gt;  &lt;path in the folder&gt;&quot; of a file listed once</source>
        <translation>Zeile %1 ist nicht „&lt;SHA-256&gt;  &lt;Pfad im Ordner&gt;“ einer nur einmal aufgeführten Datei</translation>
    </message>
    <message>
        <source>the manifest lists it and it is gone: a file was removed</source>
        <translation>das Manifest führt sie auf, und sie fehlt: Eine Datei wurde entfernt</translation>
    </message>
    <message>
        <source>its bytes are not the ones the manifest lists: the file was changed</source>
        <translation>ihre Bytes sind nicht die, die das Manifest aufführt: Die Datei wurde geändert</translation>
    </message>
    <message>
        <source>the production was never finished: its journal is still there</source>
        <translation>die Herausgabe wurde nie abgeschlossen: Ihr Journal ist noch vorhanden</translation>
    </message>
    <message>
        <source>the manifest does not list it: a file was added</source>
        <translation>das Manifest führt sie nicht auf: Eine Datei wurde hinzugefügt</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>it is missing or not a production&apos;s description</source>
        <translation>sie fehlt oder ist keine Beschreibung einer Herausgabe</translation>
    </message>
    <message>
        <source>The production was stopped after %1 of %2 letters. %3 holds what was done: the same command with the same folder finishes it; its numbers stay reserved.</source>
        <translation>Die Herausgabe wurde nach %1 von %2 Briefen angehalten. %3 enthält, was erledigt wurde: Derselbe Befehl mit demselben Ordner schließt sie ab; ihre Nummern bleiben reserviert.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 von %2 am %3: %4</translation>
    </message>
    <message>
        <source>The cache&apos;s row of %1 was changed outside Proofdesk since it was written: no evidence package was written (proofdesk-cli cache verify names every such row).</source>
        <translation>Die Zeile von %1 im Cache wurde seit dem Schreiben außerhalb von Proofdesk geändert: Es wurde kein Beweispaket geschrieben (proofdesk-cli cache verify nennt jede solche Zeile).</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::AuditReport</name>
    <message>
        <source>Audit report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>the whole cache</source>
        <translation>der gesamte Cache</translation>
    </message>
    <message>
        <source>%1 communications; generated %2%3</source>
        <translation>%1 Kommunikationen; erstellt am %2%3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Zustellstatus</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Template versions used</source>
        <translation>Verwendete Vorlagenversionen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>Approval records</source>
        <translation>Genehmigungsnachweise</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::DashboardQueries</name>
    <message>
        <source>Communications per week by channel</source>
        <translation>Kommunikationen pro Woche nach Kanal</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>Delivery outcomes by week of issue</source>
        <translation>Zustellergebnisse nach Erstellungswoche</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Eligible for disposition, next twelve months</source>
        <translation>Zur Vernichtung fällig, nächste zwölf Monate</translation>
    </message>
    <message>
        <source>already due</source>
        <translation>bereits fällig</translation>
    </message>
    <message>
        <source>by retention class; held and disposed not counted</source>
        <translation>nach Aufbewahrungsklasse; gesperrte und vernichtete nicht gezählt</translation>
    </message>
    <message>
        <source>Retention class and trigger date are not search fields: a bar marked approximate opens the communications of its types issued in its months, which is not exactly the bar.</source>
        <translation>Aufbewahrungsklasse und Stichtag sind keine Suchfelder: Ein als Näherung markierter Balken öffnet die Kommunikationen seiner Arten, die in seinen Monaten erstellt wurden – das entspricht nicht genau dem Balken.</translation>
    </message>
    <message>
        <source>Active legal holds</source>
        <translation>Aktive Aufbewahrungssperren</translation>
    </message>
    <message>
        <source>Communications held</source>
        <translation>Gesperrte Kommunikationen</translation>
    </message>
    <message>
        <source>communications held</source>
        <translation>gesperrte Kommunikationen</translation>
    </message>
    <message>
        <source>%1 active holds, %2 communications held</source>
        <translation>%1 aktive Sperren, %2 gesperrte Kommunikationen</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::FindingChecks</name>
    <message>
        <source>content block %1 was retired on %2, at or before issue on %3</source>
        <translation>Textbaustein %1 wurde am %2 zurückgezogen, spätestens zur Erstellung am %3</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source>delivery %1%2%3; no later delivery and no reissue</source>
        <translation>Zustellung %1%2%3; keine spätere Zustellung und keine Neuausstellung</translation>
    </message>
    <message>
        <source>document %1 does not hash to the recorded SHA-256 %2</source>
        <translation>Hash von Dokument %1 entspricht nicht dem erfassten SHA-256 %2</translation>
    </message>
    <message>
        <source>document %1 hashes to %2…, not to the recorded %3…</source>
        <translation>Dokument %1 hat den Hash %2…, nicht den erfassten %3…</translation>
    </message>
    <message>
        <source>document %1 is missing from the repository</source>
        <translation>Dokument %1 fehlt im Repository</translation>
    </message>
    <message>
        <source>trigger date %1</source>
        <translation>Stichtag %1</translation>
    </message>
    <message>
        <source>issue on %1</source>
        <translation>Erstellung am %1</translation>
    </message>
    <message>
        <source>retention %1 (%2 from %3) ended on %4; not disposed and under no active hold</source>
        <translation>Aufbewahrung %1 (%2 ab %3) endete am %4; nicht vernichtet und ohne aktive Sperre</translation>
    </message>
    <message>
        <source>reissue request %1 (%2) open since %3 (%4 days), status %5</source>
        <translation>Neuausstellungsauftrag %1 (%2) offen seit %3 (%4 Tage), Status %5</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::FindingsTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>geprüft von %1</translation>
    </message>
    <message>
        <source>%1
Reviewed by %2 on %3: %4</source>
        <translation>%1
Geprüft von %2 am %3: %4</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>case queued</source>
        <translation>Fall in Warteschlange</translation>
    </message>
    <message>
        <source>case started</source>
        <translation>Fall gestartet</translation>
    </message>
    <message>
        <source>case running</source>
        <translation>Fall läuft</translation>
    </message>
    <message>
        <source>case completed</source>
        <translation>Fall abgeschlossen</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation>Fall gelöscht</translation>
    </message>
    <message>
        <source>case deleted: %1</source>
        <translation>Fall gelöscht: %1</translation>
    </message>
    <message>
        <source>Exception case %1, opened by %2 on %3: %4</source>
        <translation>Ausnahmefall %1, eröffnet von %2 am %3: %4</translation>
    </message>
    <message>
        <source>Exception Case</source>
        <translation>Ausnahmefall</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::ProductionLetter</name>
    <message>
        <source>disposed of on %1 (disposition %2): only its tombstone is left</source>
        <translation>am %1 vernichtet (Vernichtung %2): Nur ihr Löschvermerk ist übrig</translation>
    </message>
    <message>
        <source>no longer in the cache (removed from its repository or outside the sync scope)</source>
        <translation>nicht mehr im Cache (aus ihrem Repository entfernt oder außerhalb des Synchronisierungsumfangs)</translation>
    </message>
    <message>
        <source>its bytes are not on this desk and could not be fetched from its repository: %1</source>
        <translation>ihre Bytes sind nicht auf diesem Arbeitsplatz und konnten nicht aus ihrem Repository abgerufen werden: %1</translation>
    </message>
    <message>
        <source>fixity failed: its bytes hash to %1, not to the recorded %2</source>
        <translation>Integrität verletzt: Ihre Bytes ergeben den Hash %1, nicht den erfassten %2</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>its bytes (SHA-256 %1) are not on this desk and its repository was not asked</source>
        <translation>ihre Bytes (SHA-256 %1) sind nicht auf diesem Arbeitsplatz, und ihr Repository wurde nicht gefragt</translation>
    </message>
    <message>
        <source>nothing (they could not be read)</source>
        <translation>nichts (sie konnten nicht gelesen werden)</translation>
    </message>
    <message>
        <source>its row in the cache was changed outside Proofdesk since it was written (proofdesk-cli cache verify names every such row)</source>
        <translation>seine Zeile im Cache wurde seit dem Schreiben außerhalb von Proofdesk geändert (proofdesk-cli cache verify nennt jede solche Zeile)</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::ProductionRows</name>
    <message>
        <source>row %1: &quot;%2&quot; is not a production number of this production</source>
        <translation>Zeile %1: „%2“ ist keine Herausgabenummer dieser Herausgabe</translation>
    </message>
    <message>
        <source>row %1: %2 comes again or out of order (%3 was expected): a row was repeated or the rows reordered</source>
        <translation>Zeile %1: %2 kommt doppelt oder außer der Reihe (%3 wurde erwartet): Eine Zeile wurde wiederholt oder die Zeilen wurden umsortiert</translation>
    </message>
    <message>
        <source>row %1: %2 where %3 was expected: the numbers have a gap (a row was removed)</source>
        <translation>Zeile %1: %2, wo %3 erwartet wurde: Die Nummern haben eine Lücke (eine Zeile wurde entfernt)</translation>
    </message>
    <message>
        <source>the load file cannot be read: %1</source>
        <translation>die Ladedatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its first row is not the header of a production&apos;s load file</source>
        <translation>ihre erste Zeile ist nicht die Kopfzeile der Ladedatei einer Herausgabe</translation>
    </message>
    <message>
        <source>row %1 is not a row of %2 fields between þ and U+0014</source>
        <translation>Zeile %1 ist keine Zeile aus %2 Feldern zwischen þ und U+0014</translation>
    </message>
    <message>
        <source>its last number is not %1, the last production.json names</source>
        <translation>ihre letzte Nummer ist nicht %1, die letzte, die production.json nennt</translation>
    </message>
    <message>
        <source>it has %1 rows where production.json says %2 documents</source>
        <translation>sie hat %1 Zeilen, wo production.json %2 Dokumente angibt</translation>
    </message>
    <message>
        <source>row %1: ENDDOC %2 is not its BEGDOC %3 (one number a document)</source>
        <translation>Zeile %1: ENDDOC %2 ist nicht ihr BEGDOC %3 (eine Nummer je Dokument)</translation>
    </message>
    <message>
        <source>row %1: its %2 %3 is not a file of the manifest</source>
        <translation>Zeile %1: %2 %3 ist keine Datei des Manifests</translation>
    </message>
    <message>
        <source>row %1: its %2 is not the SHA-256 the manifest gives %3: the row was edited</source>
        <translation>Zeile %1: %2 ist nicht der SHA-256, den das Manifest für %3 angibt: Die Zeile wurde bearbeitet</translation>
    </message>
    <message>
        <source>row %1: DOCID %2 numbered %3 is not the document its metadata %4 describes</source>
        <translation>Zeile %1: DOCID %2 mit der Nummer %3 ist nicht das Dokument, das ihre Metadaten %4 beschreiben</translation>
    </message>
    <message>
        <source>row %1: its %2 &quot;%3&quot; is not the letter&apos;s &quot;%4&quot; (%5): the row was edited</source>
        <translation>Zeile %1: %2 „%3“ ist nicht der Wert „%4“ des Briefs (%5): Die Zeile wurde bearbeitet</translation>
    </message>
    <message>
        <source>audit entry %1 does not hash to its recorded hash: it was changed</source>
        <translation>der Hash von Prüfprotokolleintrag %1 ist nicht sein erfasster Hash: Er wurde geändert</translation>
    </message>
    <message>
        <source>audit entry %1 is not older than the production&apos;s anchor %2</source>
        <translation>Prüfprotokolleintrag %1 ist nicht älter als der Anker %2 der Herausgabe</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2 in the chain</source>
        <translation>Prüfprotokolleintrag %1 folgt in der Kette nicht auf Eintrag %2</translation>
    </message>
    <message>
        <source>the CSV load file cannot be read: %1</source>
        <translation>die CSV-Ladedatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its first row is not the header of the DAT load file</source>
        <translation>ihre erste Zeile ist nicht die Kopfzeile der DAT-Ladedatei</translation>
    </message>
    <message>
        <source>row %1 is not row %1 of the DAT load file</source>
        <translation>Zeile %1 ist nicht Zeile %1 der DAT-Ladedatei</translation>
    </message>
    <message>
        <source>it has %1 rows where the DAT load file has %2</source>
        <translation>sie hat %1 Zeilen, wo die DAT-Ladedatei %2 hat</translation>
    </message>
    <message>
        <source>the exceptions file cannot be read: %1</source>
        <translation>die Ausnahmendatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its first row is not id,reason</source>
        <translation>ihre erste Zeile ist nicht id,reason</translation>
    </message>
    <message>
        <source>row %1 does not name a letter and why it was not produced</source>
        <translation>Zeile %1 nennt nicht einen Brief und warum er nicht herausgegeben wurde</translation>
    </message>
    <message>
        <source>it names %1 letters where production.json counts %2 exceptions</source>
        <translation>sie nennt %1 Briefe, wo production.json %2 Ausnahmen zählt</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::ProductionWriter</name>
    <message>
        <source>Matter %1 is not produced: its records are not what its audit trail says (%2: %3). `audit verify` names every such row.</source>
        <translation>Verfahren %1 wird nicht herausgegeben: Seine Aufzeichnungen entsprechen nicht dem, was sein Prüfprotokoll sagt (%2: %3). `audit verify` nennt jede solche Zeile.</translation>
    </message>
    <message>
        <source>Matter %1 has no letters in its review set: nothing to produce.</source>
        <translation>Verfahren %1 hat keine Briefe im Prüfbestand: Es gibt nichts herauszugeben.</translation>
    </message>
    <message>
        <source>No letter of matter %1 is tagged &quot;%2&quot;: nothing to produce.</source>
        <translation>Kein Brief des Verfahrens %1 ist mit „%2“ markiert: Es gibt nichts herauszugeben.</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>it cannot be renamed into place</source>
        <translation>sie kann nicht durch Umbenennen an ihren Platz gebracht werden</translation>
    </message>
    <message>
        <source>%1 holds an unfinished production of matter %2, not of %3: choose another folder.</source>
        <translation>%1 enthält eine unvollendete Herausgabe des Verfahrens %2, nicht von %3: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty: a production is written into an empty or new folder.</source>
        <translation>%1 ist nicht leer: Eine Herausgabe wird in einen leeren oder neuen Ordner geschrieben.</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::SentenceWords</name>
    <message>
        <source>bounced</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>zurückgesandt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>resend</source>
        <translation>erneuter Versand</translation>
    </message>
    <message>
        <source>regeneration</source>
        <translation>Neuerzeugung</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>queued to send</source>
        <translation>zum Versand eingereiht</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
</context>
<context>
    <name>proofdesk::domain::CodeLabels</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourniert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation>Noch kein Ereignis</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Reissue</source>
        <translation>Neuausstellung</translation>
    </message>
    <message>
        <source>Regeneration</source>
        <translation>Neuerstellung</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Policendokument</translation>
    </message>
    <message>
        <source>Renewal letter</source>
        <translation>Verlängerungsschreiben</translation>
    </message>
    <message>
        <source>Premium notice</source>
        <translation>Beitragsmitteilung</translation>
    </message>
    <message>
        <source>Claim acknowledgement</source>
        <translation>Schadeneingangsbestätigung</translation>
    </message>
    <message>
        <source>Missing information request</source>
        <translation>Anforderung fehlender Angaben</translation>
    </message>
    <message>
        <source>Settlement notice</source>
        <translation>Regulierungsmitteilung</translation>
    </message>
    <message>
        <source>Denial letter</source>
        <translation>Ablehnungsschreiben</translation>
    </message>
    <message>
        <source>Complaint response</source>
        <translation>Antwort auf Beschwerde</translation>
    </message>
    <message>
        <source>Fee change notice</source>
        <translation>Mitteilung über Gebührenänderung</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <source>Terms update</source>
        <translation>Aktualisierung der Bedingungen</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Zahlungsplan</translation>
    </message>
    <message>
        <source>Approval letter</source>
        <translation>Zusageschreiben</translation>
    </message>
    <message>
        <source>Condition notice</source>
        <translation>Mitteilung über Auflagen</translation>
    </message>
    <message>
        <source>Closing package</source>
        <translation>Abschlussunterlagen</translation>
    </message>
    <message>
        <source>Account change notice</source>
        <translation>Mitteilung über Kontoänderung</translation>
    </message>
    <message>
        <source>Service confirmation</source>
        <translation>Servicebestätigung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::AuditEntriesModel</name>
    <message>
        <source>Device %1
hash %2
previous %3</source>
        <translation>Gerät %1
Hash %2
vorheriger %3</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <source>search “%1” (%Ln found)</source>
        <translation>
            <numerusform>Suche „%1“ (%Ln gefunden)</numerusform>
            <numerusform>Suche „%1“ (%Ln gefunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>reissue</source>
        <translation>Neuausstellung</translation>
    </message>
    <message>
        <source>exception case</source>
        <translation>Ausnahmefall</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>Vernichtung</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>group&apos;s roles</source>
        <translation>Rollen der Gruppe</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>records file</source>
        <translation>Aufzeichnungsdatei</translation>
    </message>
    <message>
        <source>search</source>
        <translation>Suche</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) exported to %1</source>
        <translation>
            <numerusform>%n Kommunikation nach %1 exportiert</numerusform>
            <numerusform>%n Kommunikationen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::DeliveryEventsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Referenz des Dienstleisters</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::DetailLoader</name>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Police %1</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Schadenfall %1</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>Kredit %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>This communication is no longer in the cache.</source>
        <translation>Diese Kommunikation ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>Reissue (%1): %2</source>
        <translation>Neuausstellung (%1): %2</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::DiffModel</name>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::DispositionModel</name>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n Jahr)</numerusform>
            <numerusform>%1 (%n Jahre)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (verlängert)</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation>Aufbewahrungsklasse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Eligible since</source>
        <translation>Fällig seit</translation>
    </message>
    <message>
        <source>Why it is eligible</source>
        <translation>Grund der Fälligkeit</translation>
    </message>
    <message>
        <source>%1: %2 from %3 ended %4%5; under no active hold</source>
        <translation>%1: %2 ab %3, abgelaufen am %4%5; keine aktive Sperre</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (verlängert)</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::HoldRegisterModel</name>
    <message>
        <source>Every %1 %2 (also later ones)</source>
        <translation>Alles zu %1 %2 (auch künftig Eingehendes)</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>Selected communications</source>
        <translation>Ausgewählte Kommunikationen</translation>
    </message>
    <message>
        <source>Hold %1: %2</source>
        <translation>Sperre %1: %2</translation>
    </message>
    <message>
        <source>Released by %1: %2</source>
        <translation>Aufgehoben von %1: %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>Aufgehoben am %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%1 confirmed</source>
        <translation>%1 bestätigt</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 (%2): %3 confirmed, %4 pending, %5 refused</source>
        <translation>%1 (%2): %3 bestätigt, %4 ausstehend, %5 abgelehnt</translation>
    </message>
    <message>
        <source>    last problem: %1</source>
        <translation>    letztes Problem: %1</translation>
    </message>
    <message>
        <source>The hold concerns no repository yet.</source>
        <translation>Die Sperre betrifft noch kein Repository.</translation>
    </message>
    <message>
        <source>In repositories</source>
        <translation>In Repositorys</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>Schaden</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>Darlehen</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message numerus="yes">
        <source>key written in %n drop(s)</source>
        <translation>
            <numerusform>Schlüssel in %n Ablage geschrieben</numerusform>
            <numerusform>Schlüssel in %n Ablagen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>key pending for %n drop(s)</source>
        <translation>
            <numerusform>Schlüssel für %n Ablage ausstehend</numerusform>
            <numerusform>Schlüssel für %n Ablagen ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>key refused by %n drop(s)</source>
        <translation>
            <numerusform>Schlüssel von %n Ablage abgelehnt</numerusform>
            <numerusform>Schlüssel von %n Ablagen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>    the key: written</source>
        <translation>    der Schlüssel: geschrieben</translation>
    </message>
    <message>
        <source>    the key: pending</source>
        <translation>    der Schlüssel: ausstehend</translation>
    </message>
    <message>
        <source>    the key: refused</source>
        <translation>    der Schlüssel: abgelehnt</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::MattersModel</name>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>no new letters</source>
        <translation>keine neuen Briefe</translation>
    </message>
    <message numerus="yes">
        <source>%n new letter(s)</source>
        <translation>
            <numerusform>%n neuer Brief</numerusform>
            <numerusform>%n neue Briefe</numerusform>
        </translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Watched searches</source>
        <translation>Überwachte Suchen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::MetadataModel</name>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Communication id</source>
        <translation>Kommunikations-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Schadenfall</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace title</source>
        <translation>Titel des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation>Aufbewahrungsklasse</translation>
    </message>
    <message>
        <source>Retention trigger</source>
        <translation>Beginn der Aufbewahrung</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Reissue of</source>
        <translation>Neuausstellung von</translation>
    </message>
    <message>
        <source>Reissue request</source>
        <translation>Neuausstellungsauftrag</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Rendition</source>
        <translation>Ausfertigung</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Aufbewahrungssperre</translation>
    </message>
    <message>
        <source>Double-click to search for %1</source>
        <translation>Doppelklick sucht nach %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (matter %2)</source>
        <translation>%1 (Verfahren %2)</translation>
    </message>
    <message>
        <source>%1 · %2 · since %3 by %4</source>
        <translation>%1 · %2 · seit %3 durch %4</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Deleted in the repository</source>
        <translation>Im Repository gelöscht</translation>
    </message>
    <message>
        <source>on %1 · kept in the cache while under legal hold</source>
        <translation>am %1 · im Cache behalten, solange eine Rechtssperre gilt</translation>
    </message>
    <message>
        <source>%1 deleted this communication on %2. It is kept here, marked deleted, because a legal hold covers it; the repository no longer has it.</source>
        <translation>%1 hat diese Kommunikation am %2 gelöscht. Sie bleibt hier, als gelöscht markiert, weil eine Rechtssperre sie erfasst; das Repository hat sie nicht mehr.</translation>
    </message>
    <message>
        <source>regeneration</source>
        <translation>Neuerzeugung</translation>
    </message>
    <message>
        <source>resend</source>
        <translation>erneuter Versand</translation>
    </message>
    <message>
        <source>%1 · %2 · requested %3 by %4 · to %5 %6</source>
        <translation>%1 · %2 · angefordert am %3 von %4 · Ziel: %5 %6</translation>
    </message>
    <message>
        <source>%1 · %2 · requested %3 by %4 · to the original destination</source>
        <translation>%1 · %2 · angefordert am %3 von %4 · an das ursprüngliche Ziel</translation>
    </message>
    <message>
        <source>Request %1
Reason: %2
Original: %3 %4</source>
        <translation>Auftrag %1
Grund: %2
Ursprünglich: %3 %4</translation>
    </message>
    <message>
        <source>Pending reissue</source>
        <translation>In Neuausstellung</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::ReissueQueueModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Queued to send</source>
        <translation>Zum Versand eingereiht</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Request %1
Original: %2 %3</source>
        <translation>Auftrag %1
Original: %2 %3</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut versenden</translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation>Ursprüngliches Ziel (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Needs a second person</source>
        <translation>Vier-Augen-Prinzip erforderlich</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Request %1
Original: %2 %3
%4: %5</source>
        <translation>Auftrag %1
Original: %2 %3
%4: %5</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Warum beendet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>who approved, when</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::ResultsModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 is under an active legal hold</source>
        <translation>%1 unterliegt einer aktiven Aufbewahrungssperre</translation>
    </message>
    <message>
        <source>The bytes of %1 do not match the recorded SHA-256</source>
        <translation>Die Bytes von %1 stimmen nicht mit dem erfassten SHA-256 überein</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Fixity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Click to reverse the order (newest or oldest first)</source>
        <translation>Klicken, um die Reihenfolge umzukehren (neueste oder älteste zuerst)</translation>
    </message>
    <message>
        <source>Click to sort by this column, again to reverse; newest first within each value</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren, erneut klicken zum Umkehren; innerhalb eines Werts die neuesten zuerst</translation>
    </message>
    <message>
        <source>A reissue of %1 was requested and has not been fulfilled yet (Details lists it)</source>
        <translation>Für %1 wurde eine Neuausstellung angefordert, die noch nicht erledigt ist (siehe Details)</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Im Cache</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Cached, or the repository that holds a communication the cache does not (Search the Repositories Too)</source>
        <translation>Im Cache, oder das Repository, das eine Kommunikation hält, die der Cache nicht hat (Auch in den Repositorys suchen)</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>Nicht abgerufen</translation>
    </message>
    <message>
        <source>%1 was kept offline: it is in the cache now</source>
        <translation>%1 wurde offline behalten: Sie ist jetzt im Cache</translation>
    </message>
    <message>
        <source>%1 is not in the cache: %2 holds it. Opening it keeps it offline first; its document is then fetched and verified.</source>
        <translation>%1 ist nicht im Cache: %2 hält sie. Beim Öffnen wird sie zuerst offline behalten; ihr Dokument wird dann abgerufen und geprüft.</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::ReviewModel</name>
    <message>
        <source>No longer in the cache: disposed of, or outside the sync scope</source>
        <translation>Nicht mehr im Cache: vernichtet oder außerhalb des Synchronisierungsumfangs</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::SavedSearchesModel</name>
    <message numerus="yes">
        <source>%1 (%Ln new)</source>
        <extracomment>A watched saved search and how many letters it finds that were not there when last seen.</extracomment>
        <translation>
            <numerusform>%1 (%Ln neu)</numerusform>
            <numerusform>%1 (%Ln neu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::TemplateVersionsModel</name>
    <message>
        <source>%1: %2 by %3 on %4</source>
        <translation>%1: %2 von %3 am %4</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikationen</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Änderungsvermerk</translation>
    </message>
</context>
<context>
    <name>proofdesk::records</name>
    <message>
        <source>Certificate of disposition %1</source>
        <translation>Vernichtungsprotokoll %1</translation>
    </message>
    <message>
        <source>cannot write the certificate %1</source>
        <translation>Vernichtungsprotokoll %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Certificate of disposition</source>
        <translation>Vernichtungsprotokoll</translation>
    </message>
    <message>
        <source>Each was past its retention period and under no active legal hold when the decision was recorded (holds re-checked in the same transaction).</source>
        <translation>Bei jeder war die Aufbewahrungsfrist abgelaufen, und keine stand unter einer aktiven Aufbewahrungssperre, als die Entscheidung erfasst wurde (Sperren in derselben Transaktion erneut geprüft).</translation>
    </message>
    <message>
        <source>A legal hold needs %1.</source>
        <translation>Eine Aufbewahrungssperre erfordert %1.</translation>
    </message>
    <message>
        <source>Extending retention needs a reason.</source>
        <translation>Eine Verlängerung der Aufbewahrung erfordert einen Grund.</translation>
    </message>
    <message>
        <source>%1 is not in the cache or has no retention class with a trigger date.</source>
        <translation>%1 ist nicht im Cache oder hat keine Aufbewahrungsklasse mit Stichtag.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Vernichtungslauf</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>%1 (records manager)</source>
        <translation>%1 (Schriftgutverwalter)</translation>
    </message>
    <message>
        <source>Approved at (UTC)</source>
        <translation>Genehmigt am (UTC)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Communications disposed of</source>
        <translation>Vernichtete Kommunikationen</translation>
    </message>
    <message>
        <source>This certifies that the communications listed below were disposed of under an approved retention decision. Their records are replaced by tombstones, and document bytes that no other communication shares are purged from this cache.</source>
        <translation>Hiermit wird bestätigt, dass die unten aufgeführten Kommunikationen aufgrund einer genehmigten Aufbewahrungsentscheidung vernichtet wurden. Ihre Datensätze werden durch Löschvermerke ersetzt, und Dokument-Bytes, die keine andere Kommunikation teilt, werden endgültig aus diesem Cache gelöscht.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Each SHA-256 is of the communication&apos;s record (its metadata as canonical JSON, RFC 8785) as it stood when it was disposed of.</source>
        <translation>Jeder SHA-256 bezieht sich auf den Datensatz der Kommunikation (ihre Metadaten als kanonisches JSON, RFC 8785) in dem Stand, in dem sie vernichtet wurde.</translation>
    </message>
    <message>
        <source>disposition batch %1 is not recorded</source>
        <translation>Vernichtungslauf %1 ist nicht erfasst</translation>
    </message>
    <message>
        <source>Reissue request %1 was already rejected by %2 at %3.</source>
        <translation>Der Neuausstellungsauftrag %1 wurde bereits von %2 am %3 abgelehnt.</translation>
    </message>
    <message>
        <source>Reissue request %1 was already cancelled by %2 at %3.</source>
        <translation>Der Neuausstellungsauftrag %1 wurde bereits von %2 am %3 storniert.</translation>
    </message>
    <message>
        <source>Reissue request %1 was already submitted by %2 at %3 and waits for approval.</source>
        <translation>Der Neuausstellungsauftrag %1 wurde bereits von %2 am %3 eingereicht und wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>Reissue request %1 was already approved by %2 at %3 and is %4 now.</source>
        <translation>Der Neuausstellungsauftrag %1 wurde bereits von %2 am %3 genehmigt und hat jetzt den Status %4.</translation>
    </message>
    <message>
        <source>Reissue request %1 needed no approval: %2 submitted it at %3 and it is %4 now.</source>
        <translation>Der Neuausstellungsauftrag %1 brauchte keine Genehmigung: %2 hat ihn am %3 eingereicht, und er hat jetzt den Status %4.</translation>
    </message>
    <message>
        <source>Reissue request %1 is a draft: it has not been submitted for approval.</source>
        <translation>Der Neuausstellungsauftrag %1 ist ein Entwurf: Er wurde noch nicht zur Genehmigung eingereicht.</translation>
    </message>
    <message>
        <source>Reissue request %1 is %2.</source>
        <translation>Der Neuausstellungsauftrag %1 hat den Status %2.</translation>
    </message>
    <message>
        <source>It has left for the repository and can no longer be cancelled here.</source>
        <translation>Er wurde bereits an das Repository übergeben und kann hier nicht mehr storniert werden.</translation>
    </message>
    <message>
        <source>Matter %1 is closed: a new hold for it is not placed.</source>
        <translation>Verfahren %1 ist geschlossen: Eine neue Sperre dafür wird nicht verhängt.</translation>
    </message>
    <message>
        <source>Matter %1 has no letters in its review set yet: add a search first.</source>
        <translation>Verfahren %1 hat noch keine Briefe im Prüfbestand: Fügen Sie zuerst eine Suche hinzu.</translation>
    </message>
    <message>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>review of</source>
        <translation>Prüfung von</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Herausgabe</translation>
    </message>
    <message>
        <source>search %1 of matter %2</source>
        <translation>Suche %1 im Verfahren %2</translation>
    </message>
    <message>
        <source>its %1 frozen ids are not the %2 its entry recorded: they were changed outside Proofdesk</source>
        <translation>ihre %1 festgeschriebenen Kennungen sind nicht die %2, die ihr Eintrag erfasst hat: Sie wurden außerhalb von Proofdesk geändert</translation>
    </message>
    <message>
        <source>review set of matter %1</source>
        <translation>Prüfbestand des Verfahrens %1</translation>
    </message>
    <message>
        <source>it holds %1 letters where its searches found %2: letters were added or removed outside Proofdesk</source>
        <translation>er enthält %1 Briefe, wo seine Suchen %2 gefunden haben: Briefe wurden außerhalb von Proofdesk hinzugefügt oder entfernt</translation>
    </message>
    <message>
        <source>letter %1 of it is %2 where its searches found %3 there</source>
        <translation>sein Brief Nr. %1 ist %2, wo seine Suchen dort %3 gefunden haben</translation>
    </message>
    <message>
        <source>%1 was reviewed meanwhile by %2 at %3 (tags: %4). Read it again before you change it.</source>
        <translation>%1 wurde inzwischen von %2 am %3 geprüft (Markierungen: %4). Lesen Sie den Brief erneut, bevor Sie ihn ändern.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>legal hold %1</source>
        <translation>Sperre %1</translation>
    </message>
    <message>
        <source>no entry of the audit trail made this hold: it was added outside Proofdesk</source>
        <translation>kein Eintrag des Prüfprotokolls hat diese Sperre angelegt: Sie wurde außerhalb von Proofdesk hinzugefügt</translation>
    </message>
    <message>
        <source>letters are held by a hold that does not exist: they were added outside Proofdesk</source>
        <translation>Briefe sind durch eine Sperre gesperrt, die es nicht gibt: Sie wurden außerhalb von Proofdesk hinzugefügt</translation>
    </message>
    <message>
        <source>entry %1 made this hold and it is gone: it was deleted outside Proofdesk</source>
        <translation>Eintrag %1 hat diese Sperre angelegt, und sie ist fort: Sie wurde außerhalb von Proofdesk gelöscht</translation>
    </message>
    <message>
        <source>the hold is not what entry %1 made it: it was changed outside Proofdesk (the row: %2; the entry: %3)</source>
        <translation>die Sperre ist nicht, was Eintrag %1 aus ihr gemacht hat: Sie wurde außerhalb von Proofdesk geändert (die Zeile: %2; der Eintrag: %3)</translation>
    </message>
    <message numerus="yes">
        <source>the %n letter(s) it holds now are not those its entries added and removed: a letter was added to it, removed from it or deleted outside Proofdesk</source>
        <translation>
            <numerusform>der %n Brief, den sie jetzt sperrt, ist nicht, was ihre Einträge hinzugefügt und entfernt haben: Ein Brief wurde außerhalb von Proofdesk hinzugefügt, entfernt oder gelöscht</numerusform>
            <numerusform>die %n Briefe, die sie jetzt sperrt, sind nicht die, die ihre Einträge hinzugefügt und entfernt haben: Ein Brief wurde außerhalb von Proofdesk hinzugefügt, entfernt oder gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipient has no address for %1 on record: type the address it goes to.</source>
        <translation>Für %1 ist keine Adresse des Empfängers erfasst: Geben Sie die Adresse ein, an die er geht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2 goes to an address such as name@example.org.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: %2 geht an eine Adresse wie name@example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: %2 goes to a number such as +44 20 7946 0000.</source>
        <translation>„%1“ ist keine Telefonnummer: %2 geht an eine Nummer wie +44 20 7946 0000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal address: %2 goes to a street, a town and a postcode.</source>
        <translation>„%1“ ist keine Postanschrift: %2 geht an Straße, Ort und Postleitzahl.</translation>
    </message>
    <message>
        <source>%1 goes to the customer&apos;s portal and takes no address: leave the address empty or choose another channel.</source>
        <translation>%1 geht an das Kundenportal und nimmt keine Adresse: Lassen Sie die Adresse leer oder wählen Sie einen anderen Kanal.</translation>
    </message>
    <message>
        <source>reissue request %1</source>
        <translation>Neuversandantrag %1</translation>
    </message>
    <message>
        <source>no entry of the audit trail made this request: it was added outside Proofdesk</source>
        <translation>kein Eintrag des Prüfprotokolls hat diesen Antrag angelegt: Er wurde außerhalb von Proofdesk hinzugefügt</translation>
    </message>
    <message>
        <source>entry %1 made this request and it is gone: it was deleted outside Proofdesk</source>
        <translation>Eintrag %1 hat diesen Antrag angelegt, und er ist fort: Er wurde außerhalb von Proofdesk gelöscht</translation>
    </message>
    <message>
        <source>the request is not what entry %1 made it: it was changed outside Proofdesk (the row: %2; the entry: %3)</source>
        <translation>der Antrag ist nicht, was Eintrag %1 aus ihm gemacht hat: Er wurde außerhalb von Proofdesk geändert (die Zeile: %2; der Eintrag: %3)</translation>
    </message>
    <message>
        <source>no entry of the audit trail granted it: it was added outside Proofdesk</source>
        <translation>kein Eintrag des Prüfprotokolls hat sie vergeben: Sie wurde außerhalb von Proofdesk hinzugefügt</translation>
    </message>
    <message>
        <source>the row says it was granted by %1, entry %2 by %3: it was changed outside Proofdesk</source>
        <translation>die Zeile sagt, %1 habe sie vergeben, Eintrag %2 sagt %3: Sie wurde außerhalb von Proofdesk geändert</translation>
    </message>
    <message>
        <source>entry %1 granted it and it is gone: it was deleted outside Proofdesk</source>
        <translation>Eintrag %1 hat sie vergeben, und sie ist fort: Sie wurde außerhalb von Proofdesk gelöscht</translation>
    </message>
    <message>
        <source>role %1 of %2</source>
        <translation>Rolle %1 von %2</translation>
    </message>
    <message>
        <source>role %1 of group %2</source>
        <translation>Rolle %1 der Gruppe %2</translation>
    </message>
    <message>
        <source>%1 is marked disposed by it, and entry %2 did not dispose of it: its tombstone was added outside Proofdesk</source>
        <translation>%1 ist durch ihn als vernichtet markiert, und Eintrag %2 hat ihn nicht vernichtet: Sein Grabstein wurde außerhalb von Proofdesk hinzugefügt</translation>
    </message>
    <message>
        <source>entry %1 disposed of %2 and its tombstone is gone: it was deleted outside Proofdesk</source>
        <translation>Eintrag %1 hat %2 vernichtet, und sein Grabstein ist fort: Er wurde außerhalb von Proofdesk gelöscht</translation>
    </message>
    <message>
        <source>disposition batch %1</source>
        <translation>Vernichtungslauf %1</translation>
    </message>
    <message>
        <source>no entry of the audit trail approved this batch: it was added outside Proofdesk</source>
        <translation>kein Eintrag des Prüfprotokolls hat diesen Lauf genehmigt: Er wurde außerhalb von Proofdesk hinzugefügt</translation>
    </message>
    <message>
        <source>entry %1 approved this batch and it is gone: it was deleted outside Proofdesk</source>
        <translation>Eintrag %1 hat diesen Lauf genehmigt, und er ist fort: Er wurde außerhalb von Proofdesk gelöscht</translation>
    </message>
    <message>
        <source>the batch is not what entry %1 made it: it was changed outside Proofdesk (the row: %2, %3 letters, &quot;%4&quot;; the entry: %5, %6 letters, &quot;%7&quot;)</source>
        <translation>der Lauf ist nicht, was Eintrag %1 aus ihm gemacht hat: Er wurde außerhalb von Proofdesk geändert (die Zeile: %2, %3 Briefe, „%4“; der Eintrag: %5, %6 Briefe, „%7“)</translation>
    </message>
    <message>
        <source>no row</source>
        <translation>keine Zeile</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::Comparison</name>
    <message>
        <source>matter %1</source>
        <translation>Verfahren %1</translation>
    </message>
    <message>
        <source>%1 %2 of matter %3</source>
        <translation>%1 %2 im Verfahren %3</translation>
    </message>
    <message>
        <source>no entry of the audit trail made this row: it was added outside Proofdesk</source>
        <translation>kein Eintrag des Prüfprotokolls hat diese Zeile angelegt: Sie wurde außerhalb von Proofdesk hinzugefügt</translation>
    </message>
    <message>
        <source>the row is not what entry %1 made it: it was changed outside Proofdesk (the row: %2; the entry: %3)</source>
        <translation>die Zeile ist nicht das, was Eintrag %1 aus ihr gemacht hat: Sie wurde außerhalb von Proofdesk geändert (die Zeile: %2; der Eintrag: %3)</translation>
    </message>
    <message>
        <source>entry %1 made this row and it is gone: it was deleted outside Proofdesk</source>
        <translation>Eintrag %1 hat diese Zeile angelegt, und sie fehlt: Sie wurde außerhalb von Proofdesk gelöscht</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::DispositionService</name>
    <message>
        <source>A disposition approval needs a reason.</source>
        <translation>Eine Vernichtungsgenehmigung erfordert einen Grund.</translation>
    </message>
    <message>
        <source>Name the communications to dispose of (from `disposition review`).</source>
        <translation>Geben Sie die zu vernichtenden Kommunikationen an (aus `disposition review`).</translation>
    </message>
    <message>
        <source>Nothing was disposed of: %1.</source>
        <translation>Es wurde nichts vernichtet: %1.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::ExceptionCaseRegister</name>
    <message>
        <source>An exception case is opened from an undelivered or fixity_failed finding, not from &quot;%1&quot;.</source>
        <translation>Ein Ausnahmefall wird aus einem Befund undelivered oder fixity_failed eröffnet, nicht aus „%1“.</translation>
    </message>
    <message>
        <source>Opening an exception case needs a reason.</source>
        <translation>Zum Eröffnen eines Ausnahmefalls ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>%1 has no %2 finding: an exception case is opened from a finding that holds.</source>
        <translation>%1 hat keinen Befund %2: Ein Ausnahmefall wird aus einem zutreffenden Befund eröffnet.</translation>
    </message>
    <message>
        <source>An exception case for this finding was opened by %1 on %2 and is %3.</source>
        <translation>Ein Ausnahmefall zu diesem Befund wurde von %1 am %2 eröffnet und ist %3.</translation>
    </message>
    <message>
        <source>No workflow repository is configured to run exception cases: an admin adds one with proofdesk-cli repo add NAME --kind workflow --url URL.</source>
        <translation>Kein Workflow-Repository für Ausnahmefälle eingerichtet: Ein Admin fügt eines mit proofdesk-cli repo add NAME --kind workflow --url URL hinzu.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::HoldService</name>
    <message>
        <source>No communication with id %1 in the cache: nothing was put on hold. Check the ids, or sync first.</source>
        <translation>Keine Kommunikation mit der ID %1 im Cache: Es wurde nichts gesperrt. Prüfen Sie die IDs oder synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>A legal hold covers exactly one of: a list of communication ids, a search query, or a business key scope (customer, account, policy, claim, loan, case).</source>
        <translation>Eine Aufbewahrungssperre umfasst genau eines von: einer Liste von Kommunikations-IDs, einer Suchanfrage oder einem Geschäftsschlüssel (customer, account, policy, claim, loan, case).</translation>
    </message>
    <message>
        <source>&quot;%1=%2&quot; is not a hold scope: use customer, account, policy, claim, loan or case with a value, e.g. claim=CLM-88812.</source>
        <translation>„%1=%2“ ist kein gültiger Sperrumfang: Verwenden Sie customer, account, policy, claim, loan oder case mit einem Wert, z. B. claim=CLM-88812.</translation>
    </message>
    <message>
        <source>The hold&apos;s query is not valid at character %1: %2</source>
        <translation>Die Suchanfrage der Sperre ist bei Zeichen %1 ungültig: %2</translation>
    </message>
    <message>
        <source>There is no legal hold %1. `hold list` shows them.</source>
        <translation>Es gibt keine Aufbewahrungssperre %1. `hold list` zeigt alle an.</translation>
    </message>
    <message>
        <source>There is no matter &quot;%1&quot;: a hold names its matter by the matter&apos;s id (MAT-…); `matter list` shows them, `matter open` opens one.</source>
        <translation>Es gibt kein Verfahren „%1“: Eine Sperre nennt ihr Verfahren mit dessen Kennung (MAT-…); `matter list` zeigt sie, `matter open` eröffnet eines.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::LocalMatterRecords</name>
    <message>
        <source>There is no matter %1 that you may see. `matter list` shows yours.</source>
        <translation>Es gibt kein Verfahren %1, das Sie sehen dürfen. `matter list` zeigt Ihre.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::MatterGate</name>
    <message>
        <source>There is no matter %1 that you may see. `matter list` shows yours.</source>
        <translation>Es gibt kein Verfahren %1, das Sie sehen dürfen. `matter list` zeigt Ihre.</translation>
    </message>
    <message>
        <source>Matter %1 was closed by %2 at %3 and takes no more changes.</source>
        <translation>Verfahren %1 wurde von %2 am %3 geschlossen und nimmt keine Änderungen mehr an.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::MatterReview</name>
    <message>
        <source>&quot;%1&quot; is not a review tag of matter %2; its tags are: %3.</source>
        <translation>„%1“ ist keine Prüfmarkierung des Verfahrens %2; seine Markierungen sind: %3.</translation>
    </message>
    <message>
        <source>A review note has at most %1 characters; this one has %2.</source>
        <translation>Ein Prüfvermerk hat höchstens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>%1 is not in the review set of matter %2.</source>
        <translation>%1 ist nicht im Prüfbestand des Verfahrens %2.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::MatterService</name>
    <message>
        <source>A review tag is a word or a few, of 1 to %1 characters: &quot;%2&quot; is not.</source>
        <translation>Eine Prüfmarkierung ist ein Wort oder einige wenige, mit 1 bis %1 Zeichen: „%2“ ist keine.</translation>
    </message>
    <message>
        <source>The review tag &quot;%1&quot; is named twice.</source>
        <translation>Die Prüfmarkierung „%1“ ist doppelt genannt.</translation>
    </message>
    <message>
        <source>A matter has at most %1 review tags, one key each; %2 were named.</source>
        <translation>Ein Verfahren hat höchstens %1 Prüfmarkierungen, je eine Taste; %2 wurden genannt.</translation>
    </message>
    <message>
        <source>A matter needs a title.</source>
        <translation>Ein Verfahren braucht einen Titel.</translation>
    </message>
    <message>
        <source>A matter needs a reason: the question it answers.</source>
        <translation>Ein Verfahren braucht einen Grund: die Frage, die es beantwortet.</translation>
    </message>
    <message>
        <source>A matter&apos;s search needs a query.</source>
        <translation>Die Suche eines Verfahrens braucht eine Abfrage.</translation>
    </message>
    <message>
        <source>The search is not valid at character %1: %2</source>
        <translation>Die Suche ist bei Zeichen %1 nicht gültig: %2</translation>
    </message>
    <message>
        <source>Matter %1 has no search %2. `matter show %1` lists its searches.</source>
        <translation>Verfahren %1 hat keine Suche %2. `matter show %1` listet seine Suchen auf.</translation>
    </message>
    <message>
        <source>Name the person to add to the matter.</source>
        <translation>Nennen Sie die Person, die dem Verfahren hinzugefügt werden soll.</translation>
    </message>
    <message>
        <source>Adding someone to a matter needs a reason.</source>
        <translation>Das Hinzufügen einer Person zu einem Verfahren braucht einen Grund.</translation>
    </message>
    <message>
        <source>%1 was already added to matter %2.</source>
        <translation>%1 wurde dem Verfahren %2 bereits hinzugefügt.</translation>
    </message>
    <message>
        <source>Closing a matter needs a reason.</source>
        <translation>Zum Schließen eines Verfahrens ist ein Grund nötig.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::OutboxDispatcher</name>
    <message>
        <source>%1 waits unsent: %2</source>
        <translation>%1 wartet ungesendet: %2</translation>
    </message>
    <message>
        <source>reissue request %1 waits unsent: its outbox item is not what the request&apos;s queue entry put there (it was changed outside Proofdesk)</source>
        <translation>Neuversandantrag %1 wartet ungesendet: Sein Eintrag im Postausgang ist nicht, was der Eintrag seiner Einreihung dort abgelegt hat (er wurde außerhalb von Proofdesk geändert)</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::ProductionNumbers</name>
    <message>
        <source>&quot;%1&quot; cannot begin a production number: use 1 to %2 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>„%1“ kann keine Herausgabenummer einleiten: Verwenden Sie 1 bis %2 Buchstaben, Ziffern, „-“ oder „_“.</translation>
    </message>
    <message>
        <source>There is no production %1.</source>
        <translation>Es gibt keine Herausgabe %1.</translation>
    </message>
    <message>
        <source>Production %1 was already completed by %2.</source>
        <translation>Herausgabe %1 wurde bereits von %2 abgeschlossen.</translation>
    </message>
    <message>
        <source>Production %1 reserved %2 numbers and cannot number %3 documents.</source>
        <translation>Herausgabe %1 hat %2 Nummern reserviert und kann keine %3 Dokumente nummerieren.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::RecordsSession</name>
    <message>
        <source>The current user could not be determined (no USER, LOGNAME or account name).</source>
        <translation>Der aktuelle Benutzer konnte nicht ermittelt werden (kein USER, LOGNAME oder Kontoname).</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::ReissueService</name>
    <message>
        <source>There is no reissue request %1. `reissue list` shows them.</source>
        <translation>Es gibt keinen Neuausstellungsauftrag %1. `reissue list` zeigt alle an.</translation>
    </message>
    <message>
        <source>The reissue mode must be resend or regenerate, not &quot;%1&quot;.</source>
        <translation>Der Neuausstellungsmodus muss resend oder regenerate sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>A reissue request needs a reason.</source>
        <translation>Ein Neuausstellungsauftrag erfordert einen Grund.</translation>
    </message>
    <message>
        <source>No communication with id %1 in the cache.</source>
        <translation>Keine Kommunikation mit der ID %1 im Cache.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: use print, email, web, mobile or sms.</source>
        <translation>„%1“ ist kein Kanal: Verwenden Sie print, email, web, mobile oder sms.</translation>
    </message>
    <message>
        <source>%1 has no archived data snapshot, so it cannot be regenerated; resend the archived copy instead.</source>
        <translation>Zu %1 gibt es keinen archivierten Datenstand, daher kann sie nicht neu erzeugt werden; versenden Sie stattdessen die archivierte Kopie erneut.</translation>
    </message>
    <message>
        <source>%1 is no longer in the cache; sync before queueing the reissue.</source>
        <translation>%1 ist nicht mehr im Cache; synchronisieren Sie, bevor Sie die Neuausstellung einreihen.</translation>
    </message>
    <message>
        <source>Rejecting a reissue request needs a reason.</source>
        <translation>Die Ablehnung eines Neuausstellungsauftrags erfordert einen Grund.</translation>
    </message>
    <message>
        <source>Cancelling a reissue request needs a reason.</source>
        <translation>Die Stornierung eines Neuausstellungsauftrags erfordert einen Grund.</translation>
    </message>
    <message>
        <source>Reissue request %1 was not changed: %2.</source>
        <translation>Neuversandantrag %1 wurde nicht geändert: %2.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::Retention</name>
    <message>
        <source> (extended)</source>
        <translation> (verlängert)</translation>
    </message>
    <message>
        <source>%1: %2 from %3 ended %4%5; under no active hold</source>
        <translation>%1: %2 ab %3, abgelaufen am %4%5; keine aktive Sperre</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::RoleGrants</name>
    <message>
        <source>A change of roles needs a reason.</source>
        <translation>Eine Rollenänderung erfordert einen Grund.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::mattersets</name>
    <message>
        <source>Search %1 of matter %2 is not valid at character %3: %4</source>
        <translation>Suche %1 des Verfahrens %2 ist bei Zeichen %3 nicht gültig: %4</translation>
    </message>
</context>
<context>
    <name>proofdesk::render</name>
    <message>
        <source>it has more than %1 characters; longer letters are not shown</source>
        <translation>er hat mehr als %1 Zeichen; längere Briefe werden nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>proofdesk::render::HtmlScan</name>
    <message>
        <source>it has %1 characters; letters of more than %2 are not shown</source>
        <translation>er hat %1 Zeichen; Briefe mit mehr als %2 werden nicht angezeigt</translation>
    </message>
    <message>
        <source>it has a word longer than %1 characters with no place to break a line</source>
        <translation>er enthält ein Wort von mehr als %1 Zeichen ohne Stelle für einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>matching its style sheets to its elements would cost more than %1 units (each selector tested 1/16, each that may match 1, each step up to an ancestor 4, to a sibling 1)</source>
        <translation>seine Stilvorlagen auf seine Elemente anzuwenden würde mehr als %1 Einheiten kosten (jeder geprüfte Selektor 1/16, jeder möglicherweise passende 1, jeder Schritt zu einem Vorfahren 4, zu einem Geschwisterelement 1)</translation>
    </message>
    <message>
        <source>its elements are nested more than %1 deep</source>
        <translation>seine Elemente sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>its tables would have more than %1 cells (rows × columns, with the columns and rows its cells span)</source>
        <translation>seine Tabellen hätten mehr als %1 Zellen (Zeilen × Spalten, mit den Spalten und Zeilen, die seine Zellen überspannen)</translation>
    </message>
    <message>
        <source>laying it out would cost more than %1 units (each character 1, more in long words, each element and table cell 16, more inside long words and long paragraphs, doubled inside each table around them)</source>
        <translation>sein Layout würde mehr als %1 Einheiten kosten (jedes Zeichen 1, mehr in langen Wörtern, jedes Element und jede Tabellenzelle 16, mehr in langen Wörtern und langen Absätzen, verdoppelt in jeder umgebenden Tabelle)</translation>
    </message>
</context>
<context>
    <name>proofdesk::render::PdfRenderProcess</name>
    <message>
        <source>the PDF renderer %1 answered something else than pages</source>
        <translation>der PDF-Renderer %1 hat etwas anderes als Seiten geliefert</translation>
    </message>
    <message>
        <source>QtPdf cannot read it: %1</source>
        <translation>QtPdf kann es nicht lesen: %1</translation>
    </message>
    <message>
        <source>the PDF renderer answered an image of another size</source>
        <translation>der PDF-Renderer hat ein Bild anderer Größe geliefert</translation>
    </message>
    <message>
        <source>opening it took longer than %1 s</source>
        <translation>das Öffnen dauerte länger als %1 s</translation>
    </message>
    <message>
        <source>drawing it took longer than %1 s</source>
        <translation>das Zeichnen dauerte länger als %1 s</translation>
    </message>
    <message>
        <source>the PDF renderer %1 could not be started (%2)</source>
        <translation>der PDF-Renderer %1 konnte nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <source>drawing it needed more than %1 MB of memory</source>
        <translation>das Zeichnen brauchte mehr als %1 MB Speicher</translation>
    </message>
    <message>
        <source>drawing it took more than %1 s of processor time</source>
        <translation>das Zeichnen brauchte mehr als %1 s Prozessorzeit</translation>
    </message>
    <message>
        <source>the PDF renderer stopped on it (signal %1): the PDF is damaged or needs more than %2 MB of memory</source>
        <translation>der PDF-Renderer brach dabei ab (Signal %1): das PDF ist beschädigt oder braucht mehr als %2 MB Speicher</translation>
    </message>
    <message>
        <source>the PDF renderer stopped on it (exit status %1)</source>
        <translation>der PDF-Renderer brach dabei ab (Exit-Status %1)</translation>
    </message>
</context>
<context>
    <name>proofdesk::render::TextLimits</name>
    <message>
        <source>it has more than %1 characters; longer text letters are not shown</source>
        <translation>er hat mehr als %1 Zeichen; längere Textbriefe werden nicht angezeigt</translation>
    </message>
    <message>
        <source>it has more than %1 lines</source>
        <translation>er hat mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>it has a word longer than %1 characters with no place to break a line</source>
        <translation>er enthält ein Wort von mehr als %1 Zeichen ohne Stelle für einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>it has more than %1 combining marks on one character</source>
        <translation>er hat mehr als %1 kombinierende Zeichen auf einem Buchstaben</translation>
    </message>
    <message>
        <source>it has a line of more than %1 characters</source>
        <translation>er hat eine Zeile von mehr als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>proofdesk::search::QueryParser</name>
    <message>
        <source>&apos;%1&apos; is not a date: %2</source>
        <translation>„%1“ ist kein Datum: %2</translation>
    </message>
    <message>
        <source>&apos;..&apos; needs a date on at least one side: %1</source>
        <translation>„..“ braucht auf mindestens einer Seite ein Datum: %1</translation>
    </message>
    <message>
        <source>the range %1 ends before it starts</source>
        <translation>Der Bereich %1 endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>&apos;-&apos; must be followed directly by what it excludes, e.g. -word, -field:value or -(group)</source>
        <translation>Auf „-“ muss direkt folgen, was ausgeschlossen wird, z. B. -wort, -feld:wert oder -(gruppe)</translation>
    </message>
    <message>
        <source>unclosed quote: add a closing &quot; to end it</source>
        <translation>Anführungszeichen ohne Ende: mit &quot; schließen</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value after the colon (put a value with spaces in quotes: %1:&quot;a value&quot;)</source>
        <translation>„%1:“ braucht einen Wert nach dem Doppelpunkt (Werte mit Leerzeichen in Anführungszeichen: %1:&quot;ein Wert&quot;)</translation>
    </message>
    <message>
        <source>unmatched &apos;)&apos;: there is no &apos;(&apos; before it</source>
        <translation>„)“ ohne vorausgehende „(“</translation>
    </message>
    <message>
        <source>expected a search term here</source>
        <translation>Hier wird ein Suchbegriff erwartet</translation>
    </message>
    <message>
        <source>&apos;OR&apos; needs a search term on both sides, e.g. a OR b (write &apos;or&apos; in lower case to search for the word)</source>
        <translation>„OR“ braucht auf beiden Seiten einen Suchbegriff, z. B. a OR b (klein geschrieben „or“ sucht nach dem Wort)</translation>
    </message>
    <message>
        <source>empty parentheses: put search terms between them</source>
        <translation>Leere Klammern: Suchbegriffe hineinschreiben</translation>
    </message>
    <message>
        <source>unclosed &apos;(&apos;: add a &apos;)&apos; to close it</source>
        <translation>„(“ ohne Ende: mit „)“ schließen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no letters or digits to search for</source>
        <translation>„%1“ enthält keine Buchstaben oder Ziffern zum Suchen</translation>
    </message>
    <message>
        <source>empty quotes: put words between them</source>
        <translation>Leere Anführungszeichen: Wörter hineinschreiben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to search for</source>
        <translation>„%1“ enthält keine Buchstaben oder Ziffern zum Suchen</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;: the fields are %2 (put text containing a colon in quotes to search for it as words)</source>
        <translation>Unbekanntes Feld „%1“: Die Felder sind %2 (Text mit Doppelpunkt in Anführungszeichen setzen, um nach den Wörtern zu suchen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of finding: expected one of %2, or any</source>
        <translation>„%1“ ist keine Art von Befund: erwartet wird eine von %2 oder any</translation>
    </message>
    <message>
        <source>use a UTC day 2026-10-03, a month 2026-10, a year 2026, a day counted back from today (now-30d, now-2w, now-24m, now-1y), an inclusive range 2026-01-01..2026-03-31 (either end may be left open: ..2026-03-31, 2026-01-01..), or a bound &gt;now-24m, &lt;2026</source>
        <translation>verwenden Sie einen UTC-Tag 2026-10-03, einen Monat 2026-10, ein Jahr 2026, einen von heute zurückgezählten Tag (now-30d, now-2w, now-24m, now-1y), einen Bereich einschließlich der Enden 2026-01-01..2026-03-31 (ein Ende darf offen bleiben: ..2026-03-31, 2026-01-01..) oder eine Grenze &gt;now-24m, &lt;2026</translation>
    </message>
    <message>
        <source>the query is nested too deeply: a search takes at most %1 groups and &apos;-&apos; inside each other</source>
        <translation>die Suche ist zu tief verschachtelt: eine Suche nimmt höchstens %1 Gruppen und „-“ ineinander</translation>
    </message>
    <message>
        <source>a search takes at most %1 terms (each word, each word of a phrase, each field and date), and this one has more from here: narrow it with fewer words, or search in parts</source>
        <translation>eine Suche nimmt höchstens %1 Begriffe (jedes Wort, jedes Wort einer Wortfolge, jedes Feld und Datum), und diese hat ab hier mehr: Grenzen Sie sie mit weniger Wörtern ein oder suchen Sie in Teilen</translation>
    </message>
    <message>
        <source>the query is %1 characters long, and a search takes at most %2: narrow it, or search in parts</source>
        <translation>die Suche ist %1 Zeichen lang, und eine Suche nimmt höchstens %2: Grenzen Sie sie ein oder suchen Sie in Teilen</translation>
    </message>
    <message>
        <source>the search was stopped after %1 seconds, the most one search may take: narrow it with a field, a date or fewer words</source>
        <translation>die Suche wurde nach %1 Sekunden angehalten, der längsten Zeit, die eine Suche dauern darf: Grenzen Sie sie mit einem Feld, einem Datum oder weniger Wörtern ein</translation>
    </message>
</context>
<context>
    <name>proofdesk::services</name>
    <message>
        <source>The watched search “%1” is not valid at character %2: %3</source>
        <translation>Die überwachte Suche „%1“ ist bei Zeichen %2 nicht gültig: %3</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::DocumentFetchJob</name>
    <message>
        <source>There is no communication &quot;%1&quot; in the cache.</source>
        <translation>Es gibt keine Kommunikation „%1“ im Cache.</translation>
    </message>
    <message>
        <source>%1 is a drop: its documents arrive with it and are not fetched.</source>
        <translation>%1 ist ein Ablageordner: Seine Dokumente kommen mit ihm an und werden nicht abgerufen.</translation>
    </message>
    <message>
        <source>The document could not be fetched from %1: %2</source>
        <translation>Das Dokument konnte nicht von %1 abgerufen werden: %2</translation>
    </message>
    <message>
        <source>The document could not be fetched: %1</source>
        <translation>Das Dokument konnte nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::ImportJob</name>
    <message>
        <source>Writing the demo archive…</source>
        <translation>Demo-Archiv wird geschrieben…</translation>
    </message>
    <message>
        <source>The demo archive could not be written: %1</source>
        <translation>Das Demo-Archiv konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Importing communications…</source>
        <translation>Kommunikationen werden importiert…</translation>
    </message>
    <message>
        <source>Building the search indexes…</source>
        <translation>Suchindizes werden erstellt…</translation>
    </message>
    <message>
        <source>Import cancelled. What was imported is kept; import again to continue.</source>
        <translation>Import abgebrochen. Bereits Importiertes bleibt erhalten; importieren Sie erneut, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>%n Datensatz importiert</numerusform>
            <numerusform>%n Datensätze importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, but: %1</source>
        <translation>Importiert, aber: %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::ReadSession</name>
    <message>
        <source>This is a read: it changes nothing.</source>
        <translation>Dies ist ein Lesevorgang: Er ändert nichts.</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::RepositoryAdmin</name>
    <message>
        <source>A repository named &quot;%1&quot; exists already; `repo remove %1` first, or choose another name.</source>
        <translation>Ein Repository namens „%1“ existiert bereits; führen Sie zuerst `repo remove %1` aus oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>No repository named &quot;%1&quot;.</source>
        <translation>Kein Repository namens „%1“.</translation>
    </message>
    <message>
        <source>The new sync scope of &quot;%1&quot; was stored and recorded in the audit trail, but removing the communications now outside it failed: %2. %3 communication(s) were removed; the rest are removed by the next sync of &quot;%1&quot;.</source>
        <translation>Der neue Abgleichsbereich von „%1“ wurde gespeichert und im Prüfprotokoll erfasst, aber das Entfernen der Kommunikationen, die jetzt außerhalb liegen, ist fehlgeschlagen: %2. %3 Kommunikation(en) wurden entfernt; den Rest entfernt der nächste Abgleich von „%1“.</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::RepositoryWitness</name>
    <message>
        <source>Bringing the cache up to date</source>
        <translation>Cache wird aktualisiert</translation>
    </message>
    <message>
        <source>The repository was removed meanwhile.</source>
        <translation>Das Repository wurde inzwischen entfernt.</translation>
    </message>
    <message>
        <source>Reading the repository</source>
        <translation>Repository wird gelesen</translation>
    </message>
    <message>
        <source>The repository listed nothing, where the cache holds %1 letters from it: an empty answer is not taken for the deletion of every letter. Check its address, type and scope (`proofdesk-cli repo test`).</source>
        <translation>Das Repository hat nichts gelistet, obwohl der Cache %1 Schreiben daraus hält: Eine leere Antwort gilt nicht als Löschung aller Schreiben. Prüfen Sie Adresse, Typ und Umfang (`proofdesk-cli repo test`).</translation>
    </message>
    <message>
        <source>Reading the change log</source>
        <translation>Änderungsprotokoll wird gelesen</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::SearchWatch</name>
    <message>
        <source>What the watched search “%1” found before cannot be read from %2: %3</source>
        <translation>Was die überwachte Suche „%1“ zuvor fand, kann nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>The folder for watched searches cannot be made beside %1.</source>
        <translation>Der Ordner für überwachte Suchen kann neben %1 nicht angelegt werden.</translation>
    </message>
    <message>
        <source>What the watched search found cannot be kept in %1: %2</source>
        <translation>Was die überwachte Suche fand, kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::SyncJob</name>
    <message>
        <source>There is no repository named &quot;%1&quot;.</source>
        <translation>Es gibt kein Repository namens „%1“.</translation>
    </message>
    <message>
        <source>No repository is configured: add one in Settings → Repositories.</source>
        <translation>Kein Repository eingerichtet: Fügen Sie eines unter Einstellungen → Repositorys hinzu.</translation>
    </message>
    <message>
        <source>%1 is offline: %2</source>
        <translation>%1 ist offline: %2</translation>
    </message>
    <message>
        <source>Sync cancelled. What was synced is kept; sync again to continue.</source>
        <translation>Synchronisierung abgebrochen. Bereits Synchronisiertes bleibt erhalten; synchronisieren Sie erneut, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) synced</source>
        <translation>
            <numerusform>%n Datensatz synchronisiert</numerusform>
            <numerusform>%n Datensätze synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) under legal hold were deleted in the repository: they are kept here, marked deleted in the repository (their details say since when).</source>
        <translation>
            <numerusform>%n Kommunikation unter Rechtssperre wurde im Repository gelöscht: sie bleibt hier, als im Repository gelöscht markiert (die Details sagen, seit wann).</numerusform>
            <numerusform>%n Kommunikationen unter Rechtssperre wurden im Repository gelöscht: sie bleiben hier, als im Repository gelöscht markiert (die Details sagen, seit wann).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) left the cache: they are outside the repository&apos;s sync scope now (Search the repositories too finds them).</source>
        <translation>
            <numerusform>%n Kommunikation hat den Cache verlassen: Sie liegt jetzt außerhalb des Synchronisierungsumfangs des Repositorys (Auch in den Repositorys suchen findet sie).</numerusform>
            <numerusform>%n Kommunikationen haben den Cache verlassen: Sie liegen jetzt außerhalb des Synchronisierungsumfangs des Repositorys (Auch in den Repositorys suchen findet sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be synced: the disk of the data folder is full: %2</source>
        <translation>%1 konnte nicht abgeglichen werden: Der Datenträger des Datenordners ist voll: %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::SyncRun</name>
    <message>
        <source>The records upkeep failed (it runs again after the next import or sync): %1</source>
        <translation>Die Pflege des Schriftguts ist fehlgeschlagen (sie läuft nach dem nächsten Import oder Sync erneut): %1</translation>
    </message>
    <message>
        <source>Disposed letters were not taken out of the cache: %1 (Records › Audit Trail › Verify Chain names each such row)</source>
        <translation>Vernichtete Schreiben wurden nicht aus dem Cache genommen: %1 (Schriftgut › Prüfpfad › Kette prüfen nennt jede solche Zeile)</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::WitnessJob</name>
    <message>
        <source>There is no repository named &quot;%1&quot;.</source>
        <translation>Es gibt kein Repository namens „%1“.</translation>
    </message>
    <message>
        <source>The witness pass was cancelled: nothing was concluded or recorded.</source>
        <translation>Der Zeugenlauf wurde abgebrochen: Nichts wurde gefolgert oder festgehalten.</translation>
    </message>
    <message>
        <source>The witness pass of &quot;%1&quot; stopped, and nothing was concluded from it: %2</source>
        <translation>Der Zeugenlauf von „%1“ wurde angehalten, und nichts wurde daraus gefolgert: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists %2 letters; the desk held %3.</source>
        <translation>„%1“ listet %2 Schreiben; der Desk hielt %3.</translation>
    </message>
    <message>
        <source>Nothing changed or went without a record.</source>
        <translation>Nichts wurde ohne Nachweis geändert oder entfernt.</translation>
    </message>
    <message>
        <source>%1 changed without a record, %2 gone without a deletion: each is in the audit trail with what the desk saw before, and the cache now says what the repository says.</source>
        <translation>%1 ohne Nachweis geändert, %2 ohne Löschung verschwunden: Jedes steht mit dem, was der Desk zuvor sah, im Prüfpfad, und der Cache sagt nun, was das Repository sagt.</translation>
    </message>
    <message>
        <source>The pass was cancelled while it compared the sample&apos;s bytes.</source>
        <translation>Der Lauf wurde abgebrochen, während er die Bytes der Stichprobe verglich.</translation>
    </message>
    <message>
        <source>Then it stopped: %1</source>
        <translation>Dann wurde er angehalten: %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::sync</name>
    <message>
        <source>Connected to %1. The first page holds %n record(s)</source>
        <translation>Verbunden mit %1. Datensätze auf der ersten Seite: %n</translation>
    </message>
    <message>
        <source>, and more follow.</source>
        <translation>, weitere folgen.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Line %1 is not key=value: &quot;%2&quot;</source>
        <translation>Zeile %1 hat nicht die Form Schlüssel=Wert: „%2“</translation>
    </message>
    <message>
        <source>Give the repository a name.</source>
        <translation>Geben Sie dem Repository einen Namen.</translation>
    </message>
    <message>
        <source>Choose the kind of repository.</source>
        <translation>Wählen Sie die Art des Repositorys.</translation>
    </message>
    <message>
        <source>Choose the drop folder.</source>
        <translation>Wählen Sie den Ablageordner.</translation>
    </message>
    <message>
        <source>Enter the repository&apos;s address.</source>
        <translation>Geben Sie die Adresse des Repositorys ein.</translation>
    </message>
    <message>
        <source>Other settings: %1</source>
        <translation>Weitere Einstellungen: %1</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Zuordnung: %1</translation>
    </message>
    <message>
        <source>The certificate fingerprint must be a SHA-256: 64 hex digits (colons allowed).</source>
        <translation>Der Zertifikat-Fingerabdruck muss ein SHA-256 sein: 64 Hexadezimalziffern (Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>The repository no longer exists.</source>
        <translation>Das Repository existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A repository named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Ein Repository namens „%1“ existiert bereits: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 answers, but the configuration does not fit it:
%2</source>
        <translation>%1 antwortet, aber die Konfiguration passt nicht dazu:
%2</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; reads &quot;%2&quot;, which an ArchivesSpace digital object does not have (it has uri, title, digital_object_id, digital_object_type, create_time, user_defined.string_1 … and the other user_defined fields).</source>
        <translation>Feld „%1“ liest „%2“, das ein ArchivesSpace-Digitalobjekt nicht hat (es hat uri, title, digital_object_id, digital_object_type, create_time, user_defined.string_1 … und die übrigen user_defined-Felder).</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; reads &quot;%2&quot;, which is not a CMIS property id.</source>
        <translation>Feld „%1“ liest „%2“, das keine CMIS-Eigenschaftskennung ist.</translation>
    </message>
    <message>
        <source>The mapping must be an object of field: property, e.g. {&quot;customer_id&quot;: &quot;acme:customerNo&quot;}.</source>
        <translation>Die Zuordnung muss ein Objekt aus Feld: Eigenschaft sein, z. B. {&quot;customer_id&quot;: &quot;acme:customerNo&quot;}.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the mapping; the fields are: %2.</source>
        <translation>Unbekanntes Feld „%1“ in der Zuordnung; die Felder sind: %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must name a property (a string).</source>
        <translation>Feld „%1“ muss eine Eigenschaft nennen (eine Zeichenkette).</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required: map it to a property, or to a fixed value written =value.</source>
        <translation>Feld „%1“ ist erforderlich: einer Eigenschaft zuordnen oder einem festen Wert, geschrieben =Wert.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;; the profiles are: %2.</source>
        <translation>Unbekanntes Profil „%1“; die Profile sind: %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for %2 repositories, not %3.</source>
        <translation>Das Profil „%1“ ist für %2-Repositorys, nicht %3.</translation>
    </message>
    <message>
        <source>Only CMIS repositories have a type; &quot;%1&quot; is %2.</source>
        <translation>Nur CMIS-Repositorys haben einen Typ; „%1“ ist %2.</translation>
    </message>
    <message>
        <source>The query reads FROM %1 but the type is %2: name the same type in both, or leave the query out (it is then SELECT * FROM %2).</source>
        <translation>Die Abfrage liest FROM %1, der Typ ist aber %2: in beiden denselben Typ nennen oder die Abfrage weglassen (sie lautet dann SELECT * FROM %2).</translation>
    </message>
    <message>
        <source>A %1 repository takes no &quot;%2&quot; setting.</source>
        <translation>Ein %1-Repository kennt keine Einstellung „%2“.</translation>
    </message>
    <message>
        <source>Only CMIS repositories have a &quot;%1&quot; setting; this one is %2.</source>
        <translation>Nur CMIS-Repositorys haben die Einstellung &quot;%1&quot;; dieses ist %2.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must name a CMIS type (or be empty for none).</source>
        <translation>Die Einstellung &quot;%1&quot; muss einen CMIS-Typ nennen (oder leer sein für keinen).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must name a process definition key, e.g. %1=%2.</source>
        <translation>Die Einstellung „%1“ muss einen Prozessdefinitionsschlüssel nennen, z. B. %1=%2.</translation>
    </message>
    <message>
        <source>The setting &quot;page_size&quot; must be a number from 1 to 1000.</source>
        <translation>Die Einstellung „page_size“ muss eine Zahl von 1 bis 1000 sein.</translation>
    </message>
    <message>
        <source>The address carries a secret (%1); a repository&apos;s address is stored and shown, so it must not. Give the address without it, the login with --user USER and the password on standard input with --password-stdin (kept in the OS keychain) or in an owner-only file with --password-file FILE.</source>
        <translation>Die Adresse enthält ein Geheimnis (%1); die Adresse eines Repositorys wird gespeichert und angezeigt, darf also keines enthalten. Geben Sie die Adresse ohne es an, die Anmeldung mit --user USER und das Passwort über die Standardeingabe mit --password-stdin (im Schlüsselbund des Systems gespeichert) oder in einer nur für den Eigentümer lesbaren Datei mit --password-file FILE.</translation>
    </message>
    <message>
        <source>The setting %1 carries a secret (%2); settings are stored and shown, so it must not. Give the password with --password-stdin or --password-file FILE.</source>
        <translation>Die Einstellung %1 enthält ein Geheimnis (%2); Einstellungen werden gespeichert und angezeigt, dürfen also keines enthalten. Geben Sie das Passwort mit --password-stdin oder --password-file FILE an.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must name a process variable, e.g. %1=%2.</source>
        <translation>Die Einstellung „%1“ muss eine Prozessvariable nennen, z. B. %1=%2.</translation>
    </message>
    <message>
        <source>Only CMIS repositories have a &quot;version_labels&quot; setting; this one is %1.</source>
        <translation>Nur CMIS-Repositorys haben die Einstellung &quot;version_labels&quot;; dieses ist %1.</translation>
    </message>
    <message>
        <source>The setting &quot;version_labels&quot; is &quot;major&quot; (a label N.0 is version N) or &quot;exact&quot;, not &quot;%1&quot;.</source>
        <translation>Die Einstellung &quot;version_labels&quot; ist &quot;major&quot; (eine Bezeichnung N.0 ist Version N) oder &quot;exact&quot;, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A %1 repository brings no communications, so it takes no sync scope.</source>
        <translation>Ein %1-Repository bringt keine Kommunikationen und hat daher keinen Synchronisierungsumfang.</translation>
    </message>
    <message>
        <source>The setting &quot;scope&quot; is a query in the search syntax, e.g. issued:&gt;=now-24m.</source>
        <translation>Die Einstellung „scope“ ist eine Suche in der Suchsyntax, z. B. issued:&gt;=now-24m.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a scope selects by properties (issued, type, channel, unit, …), not by words</source>
        <translation>„%1“: Ein Umfang wählt nach Eigenschaften (issued, type, channel, unit, …), nicht nach Wörtern</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is known to the desk, not to the repository, so it cannot choose what the cache keeps</source>
        <translation>„%1“: %2 kennt der Arbeitsplatz, nicht das Repository; es kann also nicht wählen, was der Cache behält</translation>
    </message>
</context>
<context>
    <name>proofdesk::sync::MappedField</name>
    <message>
        <source>the communication&apos;s id (searches, holds and links use it)</source>
        <translation>die Kennung der Kommunikation (Suchen, Sperren und Verweise nutzen sie)</translation>
    </message>
    <message>
        <source>the kind of communication: statement, policy, claim letter, notice…</source>
        <translation>die Art der Kommunikation: Auszug, Police, Schadenschreiben, Mitteilung…</translation>
    </message>
    <message>
        <source>when it was issued (a date and time)</source>
        <translation>wann sie erstellt wurde (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <source>how it was sent: email, print, sms, web</source>
        <translation>wie sie versandt wurde: E-Mail, Druck, SMS, Web</translation>
    </message>
    <message>
        <source>the template it was generated from</source>
        <translation>die Vorlage, aus der sie erzeugt wurde</translation>
    </message>
    <message>
        <source>that template&apos;s version</source>
        <translation>die Version dieser Vorlage</translation>
    </message>
    <message>
        <source>the document&apos;s MIME type</source>
        <translation>der MIME-Typ des Dokuments</translation>
    </message>
    <message>
        <source>the document&apos;s size in bytes</source>
        <translation>die Größe des Dokuments in Bytes</translation>
    </message>
    <message>
        <source>the recipient&apos;s name</source>
        <translation>der Name des Empfängers</translation>
    </message>
    <message>
        <source>the recipient&apos;s postal address</source>
        <translation>die Postanschrift des Empfängers</translation>
    </message>
    <message>
        <source>the recipient&apos;s email address</source>
        <translation>die E-Mail-Adresse des Empfängers</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number</source>
        <translation>die Telefonnummer des Empfängers</translation>
    </message>
    <message>
        <source>the customer number</source>
        <translation>die Kundennummer</translation>
    </message>
    <message>
        <source>the account number</source>
        <translation>die Kontonummer</translation>
    </message>
    <message>
        <source>the policy number</source>
        <translation>die Policennummer</translation>
    </message>
    <message>
        <source>the claim number</source>
        <translation>die Schadennummer</translation>
    </message>
    <message>
        <source>the loan number</source>
        <translation>die Darlehensnummer</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>die Fallnummer</translation>
    </message>
    <message>
        <source>the business workspace&apos;s type (Extended ECM)</source>
        <translation>der Typ des Business Workspace (Extended ECM)</translation>
    </message>
    <message>
        <source>the business workspace&apos;s id</source>
        <translation>die Kennung des Business Workspace</translation>
    </message>
    <message>
        <source>the business workspace&apos;s name</source>
        <translation>der Name des Business Workspace</translation>
    </message>
    <message>
        <source>the business unit that sent it</source>
        <translation>die Geschäftseinheit, die sie versandt hat</translation>
    </message>
    <message>
        <source>the production batch or run</source>
        <translation>der Produktionslauf</translation>
    </message>
    <message>
        <source>the campaign it belongs to</source>
        <translation>die Kampagne, zu der sie gehört</translation>
    </message>
    <message>
        <source>its language</source>
        <translation>ihre Sprache</translation>
    </message>
    <message>
        <source>its text, for full-text search</source>
        <translation>ihr Text, für die Volltextsuche</translation>
    </message>
    <message>
        <source>its retention class (how long it is kept)</source>
        <translation>ihre Aufbewahrungsklasse (wie lange sie aufbewahrt wird)</translation>
    </message>
    <message>
        <source>when its retention period starts</source>
        <translation>wann ihre Aufbewahrungsfrist beginnt</translation>
    </message>
    <message>
        <source>where it came from (original or reissue)</source>
        <translation>woher sie stammt (Original oder Neuausstellung)</translation>
    </message>
    <message>
        <source>the communication it reissues</source>
        <translation>die Kommunikation, die sie neu ausstellt</translation>
    </message>
    <message>
        <source>the reissue request that produced it</source>
        <translation>der Neuausstellungsantrag, aus dem sie hervorging</translation>
    </message>
    <message>
        <source>the template&apos;s id (communications name it)</source>
        <translation>die ID der Vorlage (Mitteilungen verweisen darauf)</translation>
    </message>
    <message>
        <source>the template version (each version of the series is one)</source>
        <translation>die Vorlagenversion (jede Version der Versionsreihe ist eine)</translation>
    </message>
    <message>
        <source>the template&apos;s name</source>
        <translation>der Name der Vorlage</translation>
    </message>
    <message>
        <source>draft, in_review, approved, retired or superseded</source>
        <translation>draft, in_review, approved, retired oder superseded</translation>
    </message>
    <message>
        <source>the business unit that owns the template</source>
        <translation>der Geschäftsbereich, dem die Vorlage gehört</translation>
    </message>
    <message>
        <source>the channels it may be sent on (every value)</source>
        <translation>die Kanäle, über die sie versendet werden darf (jeder Wert)</translation>
    </message>
    <message>
        <source>when the version takes effect</source>
        <translation>ab wann die Version gilt</translation>
    </message>
    <message>
        <source>when the version stops being in effect</source>
        <translation>bis wann die Version gilt</translation>
    </message>
    <message>
        <source>its approvals: a JSON array, or one JSON object per value</source>
        <translation>ihre Freigaben: ein JSON-Array oder ein JSON-Objekt je Wert</translation>
    </message>
    <message>
        <source>what changed in this version</source>
        <translation>was sich in dieser Version geändert hat</translation>
    </message>
    <message>
        <source>the content blocks it uses: ID:VERSION per value, or a JSON array</source>
        <translation>die verwendeten Inhaltsbausteine: ID:VERSION je Wert oder ein JSON-Array</translation>
    </message>
    <message>
        <source>the content block&apos;s id (templates name it)</source>
        <translation>die ID des Inhaltsbausteins (Vorlagen verweisen darauf)</translation>
    </message>
    <message>
        <source>the block version (each version of the series is one)</source>
        <translation>die Bausteinversion (jede Version der Versionsreihe ist eine)</translation>
    </message>
    <message>
        <source>clause, disclosure, insert, image or legal_text</source>
        <translation>clause, disclosure, insert, image oder legal_text</translation>
    </message>
    <message>
        <source>the block&apos;s title</source>
        <translation>der Titel des Bausteins</translation>
    </message>
    <message>
        <source>the block&apos;s status (approved, retired…)</source>
        <translation>der Status des Bausteins (approved, retired …)</translation>
    </message>
    <message>
        <source>when the block version was approved</source>
        <translation>wann die Bausteinversion freigegeben wurde</translation>
    </message>
    <message>
        <source>when the block version was retired</source>
        <translation>wann die Bausteinversion zurückgezogen wurde</translation>
    </message>
    <message>
        <source>the content block versions placed in it: ID:VERSION per value, or a JSON array</source>
        <translation>die darin platzierten Inhaltsbaustein-Versionen: ID:VERSION je Wert oder ein JSON-Array</translation>
    </message>
    <message>
        <source>each approval&apos;s step, one value per approval (a repeating attribute)</source>
        <translation>der Schritt jeder Freigabe, ein Wert je Freigabe (ein wiederholtes Attribut)</translation>
    </message>
    <message>
        <source>who gave each approval, one value per approval</source>
        <translation>wer jede Freigabe erteilt hat, ein Wert je Freigabe</translation>
    </message>
    <message>
        <source>when each approval was given, one value per approval</source>
        <translation>wann jede Freigabe erteilt wurde, ein Wert je Freigabe</translation>
    </message>
    <message>
        <source>each approval&apos;s decision (approved, rejected…), one value per approval</source>
        <translation>die Entscheidung jeder Freigabe (approved, rejected…), ein Wert je Freigabe</translation>
    </message>
    <message>
        <source>each approval&apos;s note, one value per approval</source>
        <translation>die Anmerkung jeder Freigabe, ein Wert je Freigabe</translation>
    </message>
</context>
<context>
    <name>proofdesk::sync::SyncScope</name>
    <message>
        <source>The scope is not a valid query at character %1: %2</source>
        <translation>Der Umfang ist an Zeichen %1 keine gültige Suche: %2</translation>
    </message>
    <message>
        <source>The scope cannot use %1.</source>
        <translation>Der Umfang kann %1 nicht verwenden.</translation>
    </message>
    <message>
        <source>The repository&apos;s stored scope is ignored (the cache keeps everything): %1</source>
        <translation>Der gespeicherte Umfang des Repositorys wird ignoriert (der Cache behält alles): %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::team::TeamListener</name>
    <message>
        <source>The connection to the team database was lost; trying again.</source>
        <translation>Die Verbindung zur Team-Datenbank ist abgebrochen; neuer Versuch läuft.</translation>
    </message>
</context>
<context>
    <name>recordsui</name>
    <message>
        <source>%1

The refusal was recorded in the audit trail. Switch role in the status bar if you hold another role that may do this.</source>
        <translation>%1

Die Ablehnung wurde im Prüfpfad festgehalten. Wechseln Sie die Rolle in der Statusleiste, wenn Sie eine andere Rolle haben, die dies darf.</translation>
    </message>
    <message>
        <source>It could not be done: %1</source>
        <translation>Der Vorgang war nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation>Aufbewahrungsklasse</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>rolegate</name>
    <message>
        <source>no role</source>
        <translation>keiner Rolle</translation>
    </message>
    <message>
        <source>Not in This Role</source>
        <translation>Nicht in dieser Rolle</translation>
    </message>
    <message>
        <source>%1 takes the %2 role, which you do not have in this data folder (you act as %3). An administrator can grant it.</source>
        <translation>%1 erfordert die Rolle %2, die Sie in diesem Datenordner nicht haben (Sie handeln als %3). Ein Administrator kann sie vergeben.</translation>
    </message>
    <message>
        <source>Switch Role</source>
        <translation>Rolle wechseln</translation>
    </message>
    <message>
        <source>%1 takes the %2 role; you act as %3. Switch to %2 and go on? (The switch is recorded in the audit trail.)</source>
        <translation>%1 erfordert die Rolle %2; Sie handeln als %3. Zu %2 wechseln und fortfahren? (Der Wechsel wird im Prüfprotokoll festgehalten.)</translation>
    </message>
</context>
</TS>
