<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>DetailPane</name>
    <message>
        <source>Selected communication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No communication selected</source>
        <translation>Aucune communication sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>De&amp;livery</source>
        <translation>D&amp;istribution</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>&amp;Liées</translation>
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
        <translation>Chronologie de distribution</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Resulting status: &lt;b&gt;%1&lt;/b&gt; (%n event(s))</source>
        <translation><numerusform>Statut résultant : &lt;b&gt;%1&lt;/b&gt; (%n événement)</numerusform><numerusform>Statut résultant : &lt;b&gt;%1&lt;/b&gt; (%n événements)</numerusform></translation>
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
        <translation>Sélectionnez une communication pour voir le document tel qu’il a été envoyé.</translation>
    </message>
    <message>
        <source>The stored bytes of this document do not match its recorded SHA-256.
They are not shown, because they are not the version that was sent.</source>
        <translation>Les octets stockés de ce document ne correspondent pas à son SHA-256.
Ils ne sont pas affichés, car ce n’est pas la version envoyée.</translation>
    </message>
    <message>
        <source>The document has not been fetched, or is missing from its repository.</source>
        <translation>Le document n’a pas été récupéré ou manque dans son dépôt.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export CSV</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Only communications of this type</source>
        <translation>Seulement les communications de ce type</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Only communications sent through this channel</source>
        <translation>Seulement les communications envoyées par ce canal</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Only communications of this business unit</source>
        <translation>Seulement les communications de cette unité</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Only communications whose latest delivery event is this</source>
        <translation>Seulement les communications dont le dernier événement de distribution est celui-ci</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Originals, reissues or regenerations</source>
        <translation>Originaux, réémissions ou régénérations</translation>
    </message>
    <message>
        <source>On &amp;hold</source>
        <translation>&amp;Conservées</translation>
    </message>
    <message>
        <source>Only communications on hold</source>
        <translation>Seulement les communications sous conservation</translation>
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
        <translation>%1 : tous</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Only communications issued in this period (writes issued:… into the search)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued: any time</source>
        <translation>Émise : n’importe quand</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Date range…</source>
        <translation>Période…</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Émise à partir du</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Émise jusqu’au</translation>
    </message>
</context>
<context>
    <name>FixityBadge</name>
    <message>
        <source>Fixity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;#10004; Verified&lt;/b&gt;: the exact version sent. SHA-256 &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b&gt;&amp;#10004; Vérifié&lt;/b&gt; : exactement la version envoyée. SHA-256 &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The document's bytes were hashed again just now and match the recorded SHA-256 %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;&amp;#10006; FIXITY FAILED&lt;/b&gt;: the bytes do not match the recorded SHA-256. This is NOT the version sent.&lt;br&gt;expected &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;found &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>&lt;b&gt;&amp;#10006; INTÉGRITÉ EN ÉCHEC&lt;/b&gt; : les octets ne correspondent pas au SHA-256. Ce n’est PAS la version envoyée.&lt;br&gt;attendu &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;trouvé &lt;code&gt;%2&lt;/code&gt;</translation>
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
        <translation>&lt;b&gt;? Indisponible&lt;/b&gt; : le document n’a pas été récupéré ou manque dans le dépôt. SHA-256 &lt;code&gt;%1&lt;/code&gt;</translation>
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
        <translation>Préparation de l’importation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
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
        <translation>Non distribuées (rejetées, retournées, en échec)</translation>
    </message>
    <message>
        <source>Under legal hold</source>
        <translation>Sous conservation légale</translation>
    </message>
    <message>
        <source>Fixity failed</source>
        <translation>Intégrité en échec</translation>
    </message>
    <message>
        <source>Reissues and regenerations</source>
        <translation>Réémissions et régénérations</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>Envoyées par courrier</translation>
    </message>
    <message>
        <source>Cache contents</source>
        <translation>Contenu du cache</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Données : %1</translation>
    </message>
    <message>
        <source>Searched in %1 ms</source>
        <translation>Recherche en %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1 communications from %n repository(ies) in the cache</source>
        <translation><numerusform>%1 communications d’%n dépôt dans le cache</numerusform><numerusform>%1 communications de %n dépôts dans le cache</numerusform></translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Le cache ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Drop…</source>
        <translation>&amp;Importer un dépôt…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import an output drop folder into the cache</source>
        <translation>Importer un dossier de dépôt dans le cache</translation>
    </message>
    <message>
        <source>&amp;Export Results to CSV…</source>
        <translation>&amp;Exporter les résultats en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the current results to a CSV file</source>
        <translation>Écrire les résultats actuels dans un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Proofdesk</source>
        <translation>Quitter Proofdesk</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Search &amp;Syntax</source>
        <translation>&amp;Syntaxe de recherche</translation>
    </message>
    <message>
        <source>How to write searches</source>
        <translation>Comment écrire une recherche</translation>
    </message>
    <message>
        <source>&amp;About Proofdesk</source>
        <translation>À &amp;propos de Proofdesk</translation>
    </message>
    <message>
        <source>About Proofdesk</source>
        <translation>À propos de Proofdesk</translation>
    </message>
    <message>
        <source>Proofdesk %1
Records and audit for customer communications.</source>
        <translation>Proofdesk %1
Archivage et audit des communications clients.</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <source>&amp;Save Search…</source>
        <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Save the current search in the side list</source>
        <translation>Enregistrer la recherche actuelle dans la liste latérale</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>The previous search</source>
        <translation>La recherche précédente</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>The next search</source>
        <translation>La recherche suivante</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the search and show every communication</source>
        <translation>Effacer la recherche et afficher toutes les communications</translation>
    </message>
    <message>
        <source>&amp;Next Result</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the next result</source>
        <translation>Sélectionner le résultat suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Result</source>
        <translation>Résultat &amp;précédent</translation>
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
        <translation>Sélectionner le résultat précédent</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the results list</source>
        <translation>Aller à la liste des résultats</translation>
    </message>
    <message>
        <source>&amp;Open Document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the document of the selected communication</source>
        <translation>Aller au document de la communication sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Template History…</source>
        <translation>&amp;Historique du modèle…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version history of the shown template</source>
        <translation>L’historique des versions du modèle affiché</translation>
    </message>
    <message>
        <source>Import a drop folder</source>
        <translation>Importer un dossier de dépôt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>%1 record(s) imported, %2 line(s) rejected.</source>
        <translation>%1 enregistrements importés, %2 lignes rejetées.</translation>
    </message>
    <message>
        <source>The drop could not be imported.

%1</source>
        <translation>Le dépôt n’a pas pu être importé.

%1</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>The results are still being counted; try again in a moment.</source>
        <translation>Les résultats sont encore en cours de comptage ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Export results to CSV</source>
        <translation>Exporter les résultats en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
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
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune correspondance</translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Correspondance %1 sur %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related communications</source>
        <translation>Communications liées</translation>
    </message>
    <message>
        <source>Press Return or double-click to search for them</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 — %n communication(s)</source>
        <translation><numerusform>%1 — %n communication</numerusform><numerusform>%1 — %n communications</numerusform></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing related in the cache.</source>
        <translation>Rien de lié dans le cache.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Communications matching the search, newest first. Use the arrow keys to move, Return to open the document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
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
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation>Nom de la recherche « %1 » :</translation>
    </message>
    <message>
        <source>Delete saved search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>Supprimer la recherche enregistrée « %1 » ?</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search: garcia  customer:CUST-1  type:statement channel:email  issued:2026-10  "two words"  -status:delivered</source>
        <translation>Rechercher : garcia  customer:CUST-1  type:statement channel:email  issued:2026-10  "deux mots"  -status:delivered</translation>
    </message>
    <message>
        <source>Search communications</source>
        <translation>Rechercher des communications</translation>
    </message>
    <message>
        <source>Words, field:value filters such as customer: or type:, issued: dates or ranges, OR, - to exclude, quotes for phrases. Results update as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>1,000,000 communications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search error</source>
        <translation>Erreur de recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%1 communication(s)</source>
        <translation><numerusform>%1 communication</numerusform><numerusform>%1 communications</numerusform></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (at character %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (au caractère %2)</translation>
    </message>
    <message>
        <source>%1, at character %2</source>
        <translation>%1, au caractère %2</translation>
    </message>
    <message>
        <source>Query error</source>
        <translation>Erreur dans la requête</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cache could not be searched:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le cache n’a pas pu être interrogé :&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Demo archive</source>
        <translation>Archive de démonstration</translation>
    </message>
    <message>
        <source>The demo archive was not completed. Use File &gt; Import Drop… to import it or a drop of your own.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo archive could not be prepared.

%1</source>
        <translation>L’archive de démonstration n’a pas pu être préparée.

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
        <translation>&amp;Communications avec cette version</translation>
    </message>
    <message>
        <source>Template history — %1</source>
        <translation>Historique du modèle — %1</translation>
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
        <translation>Com&amp;parer la version</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
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
        <translation>%1 ligne(s) supprimée(s), %2 ajoutée(s)</translation>
    </message>
</context>
<context>
    <name>TemplatePanel</name>
    <message>
        <source>Template &amp;history…</source>
        <translation>&amp;Historique du modèle…</translation>
    </message>
    <message>
        <source>Communications with this version</source>
        <translation>Communications avec cette version</translation>
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
        <translation>Bloc de contenu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Content blocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No communication selected.</source>
        <translation>Aucune communication sélectionnée.</translation>
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
        <translation>Le dossier de données %1 ne peut pas être utilisé.</translation>
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
        <translation>En file</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>No event yet</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Provider reference</source>
        <translation>Référence du prestataire</translation>
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
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Communication id</source>
        <translation>Identifiant de communication</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Sinistre</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Workspace title</source>
        <translation>Titre de l’espace de travail</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation>Classe de conservation</translation>
    </message>
    <message>
        <source>Retention trigger</source>
        <translation>Début de la conservation</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Reissue of</source>
        <translation>Réémission de</translation>
    </message>
    <message>
        <source>Reissue request</source>
        <translation>Demande de réémission</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Rendition</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation><numerusform>%n octet</numerusform><numerusform>%n octets</numerusform></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <source>Double-click to search for %1</source>
        <translation>Double-cliquez pour rechercher %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::ResultsModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 is under an active legal hold</source>
        <translation>%1 est sous conservation légale active</translation>
    </message>
    <message>
        <source>The bytes of %1 do not match the recorded SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Émise (UTC)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Fixity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
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
        <translation>Statut</translation>
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
        <translation>Écriture de l’archive de démonstration…</translation>
    </message>
    <message>
        <source>The demo archive could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing communications…</source>
        <translation>Importation des communications…</translation>
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