<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>DetailPane</name>
    <message>
        <source>Selected communication</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click or press Return on a key to search for everything with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery status</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Resulting status: &lt;b&gt;%1&lt;/b&gt; (%n event(s))</source>
        <translation><numerusform>Ergebnis: &lt;b&gt;%1&lt;/b&gt; (%n Ereignis)</numerusform><numerusform>Ergebnis: &lt;b&gt;%1&lt;/b&gt; (%n Ereignisse)</numerusform></translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document as sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email as sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remote content is never loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text as sent</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Exporting %1 communications…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation>Originale, Neuversand oder Neuerstellung</translation>
    </message>
    <message>
        <source>On &amp;hold</source>
        <translation>&amp;Gesperrt</translation>
    </message>
    <message>
        <source>Only communications on hold</source>
        <translation>Nur gesperrte Kommunikationen</translation>
    </message>
    <message>
        <source>Adds hold:any to the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (writes %2:… into the search)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <source>The document's bytes were hashed again just now and match the recorded SHA-256 %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;&amp;#10006; FIXITY FAILED&lt;/b&gt;: the bytes do not match the recorded SHA-256. This is NOT the version sent.&lt;br&gt;expected &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;found &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>&lt;b&gt;&amp;#10006; INTEGRITÄT VERLETZT&lt;/b&gt;: die Bytes passen nicht zum SHA-256. Dies ist NICHT die versandte Fassung.&lt;br&gt;erwartet &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;gefunden &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixity failed: expected SHA-256 %1, found %2. The document is not shown as the version sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;? Not available&lt;/b&gt;: the document has not been fetched or is missing from the repository. Recorded SHA-256 &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b&gt;? Nicht verfügbar&lt;/b&gt;: das Dokument wurde nicht abgerufen oder fehlt im Repository. SHA-256 &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The document is not in the local store: not fetched yet, or missing from the repository.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
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
        <translation>Neuversand und Neuerstellung</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>Per Post versandt</translation>
    </message>
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
    <message>
        <source>Searched in %1 ms</source>
        <translation>Gesucht in %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1 communications from %n repository(ies) in the cache</source>
        <translation><numerusform>%1 Kommunikationen aus %n Repository im Cache</numerusform><numerusform>%1 Kommunikationen aus %n Repositorys im Cache</numerusform></translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Der Cache kann nicht gelesen werden: %1</translation>
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
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
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift+F8</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version history of the shown template</source>
        <translation>Die Versionshistorie der angezeigten Vorlage</translation>
    </message>
    <message>
        <source>Import a drop folder</source>
        <translation>Einen Ablageordner importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 record(s) imported, %2 line(s) rejected.</source>
        <translation>%1 Datensätze importiert, %2 Zeilen abgewiesen.</translation>
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
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>word — a word of the text, the recipient or an id (garcia finds García)
word* — words starting with it
"two words" — a phrase
field:value — customer:, account:, policy:, claim:, loan:, case:, workspace:, type:, channel:, template:, version:, block:, unit:, batch:, campaign:, language:, origin:, status:, hold:, fixity:, repo:, id:
issued:2026-10-03, issued:2026-10, issued:2026, issued:2026-01-01..2026-03-31
a b — both;  a OR b — either;  -a — not a;  ( … ) — grouping</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document pages</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related communications</source>
        <translation>Verwandte Kommunikationen</translation>
    </message>
    <message>
        <source>Press Return or double-click to search for them</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — %n communication(s)</source>
        <translation><numerusform>%1 — %n Kommunikation</numerusform><numerusform>%1 — %n Kommunikationen</numerusform></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing related in the cache.</source>
        <translation>Nichts Verwandtes im Cache.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Communications matching the search, newest first. Use the arrow keys to move, Return to open the document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the current search under a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename the selected saved search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search: garcia  customer:CUST-1  type:statement channel:email  issued:2026-10  "two words"  -status:delivered</source>
        <translation>Suche: garcia  customer:CUST-1  type:statement channel:email  issued:2026-10  "zwei Wörter"  -status:delivered</translation>
    </message>
    <message>
        <source>Search communications</source>
        <translation>Kommunikationen durchsuchen</translation>
    </message>
    <message>
        <source>Words, field:value filters such as customer: or type:, issued: dates or ranges, OR, - to exclude, quotes for phrases. Results update as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of results</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <source>1,000,000 communications</source>
        <translation type="unfinished" />
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
        <translation><numerusform>%1 Kommunikation</numerusform><numerusform>%1 Kommunikationen</numerusform></translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo archive could not be prepared.

%1</source>
        <translation>Das Demo-Archiv konnte nicht vorbereitet werden.

%1</translation>
    </message>
</context>
<context>
    <name>TemplateHistoryDialog</name>
    <message>
        <source>Loading the history of %1…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differences between the two versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search for every communication produced with the selected version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older version to compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newer version to compare</source>
        <translation type="unfinished" />
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
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 line(s) removed, %2 added</source>
        <translation>%1 Zeile(n) entfernt, %2 hinzugefügt</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approval at issue time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show every version of this template, with approvals and differences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search for every communication produced with this template version</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>No communication selected.</source>
        <translation>Keine Kommunikation ausgewählt.</translation>
    </message>
    <message>
        <source>&lt;span style="color:#e53935"&gt;&lt;b&gt;Unknown template version&lt;/b&gt;: the cache has no record of it, so it cannot be shown to have been approved.&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style="color:#e53935"&gt;&lt;b&gt;Not approved at issue time.&lt;/b&gt;&lt;/span&gt; This communication was produced with a version that had no approval in force when it was issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style="color:#43a047"&gt;&lt;b&gt;&amp;#10004; Approved at issue time&lt;/b&gt;&lt;/span&gt;: %1 by %2 on %3%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 version %2 — %3
Status now: %4. Effective from %5%6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Records and audit for customer communications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data folder (cache and documents).</source>
        <translation type="unfinished" />
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
        <source>The cache was damaged (%1). It was moved to %2 and a new cache was created; it fills again on the next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n communication(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::DeliveryEventsModel</name>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loan %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This communication is no longer in the cache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reissue (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::DiffModel</name>
    <message>
        <source>Old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
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
        <translation>Neuversand von</translation>
    </message>
    <message>
        <source>Reissue request</source>
        <translation>Neuversand-Auftrag</translation>
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
        <translation><numerusform>%n Byte</numerusform><numerusform>%n Bytes</numerusform></translation>
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::TemplateVersionsModel</name>
    <message>
        <source>%1: %2 by %3 on %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effective to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>proofdesk::sync::ImportJob</name>
    <message>
        <source>Writing the demo archive…</source>
        <translation>Demo-Archiv wird geschrieben…</translation>
    </message>
    <message>
        <source>The demo archive could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing communications…</source>
        <translation>Kommunikationen werden importiert…</translation>
    </message>
    <message>
        <source>Import cancelled. What was imported is kept; import again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
</TS>