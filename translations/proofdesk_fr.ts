<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnchorReminder</name>
    <message>
        <source>&amp;Write Anchor…</source>
        <translation>É&amp;crire l’ancre…</translation>
    </message>
    <message>
        <source>Audit anchor reminder</source>
        <translation>Rappel d’ancre de la piste d’audit</translation>
    </message>
    <message>
        <source>Write the head of the audit chain to a file kept elsewhere</source>
        <translation>Écrire la tête de la chaîne d’audit dans un fichier conservé ailleurs</translation>
    </message>
    <message>
        <source>Write one and keep it away from this computer: proofdesk-cli audit verify --anchor FILE then finds entries removed or rewritten since.</source>
        <translation>Écrivez-en une et conservez-la hors de cet ordinateur : proofdesk-cli audit verify --anchor FICHIER trouve alors les entrées supprimées ou réécrites depuis.</translation>
    </message>
    <message numerus="yes">
        <source>The last audit anchor was written %n day(s) ago.</source>
        <translation>
            <numerusform>La dernière ancre de la piste d’audit a été écrite il y a %n jour.</numerusform>
            <numerusform>La dernière ancre de la piste d’audit a été écrite il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit anchor has been written.</source>
        <translation>Aucune ancre de la piste d’audit n’a été écrite.</translation>
    </message>
    <message>
        <source>Write Audit Anchor</source>
        <translation>Écrire l’ancre de la piste d’audit</translation>
    </message>
    <message>
        <source>Audit anchors (*.json)</source>
        <translation>Ancres de piste d’audit (*.json)</translation>
    </message>
    <message>
        <source>&amp;Audit Anchor Reminder…</source>
        <translation>Rappel d’&amp;ancre d’audit…</translation>
    </message>
    <message>
        <source>How many days after the last audit anchor the audit view reminds you</source>
        <translation>Après combien de jours depuis la dernière ancre la vue de la piste d’audit vous le rappelle</translation>
    </message>
    <message>
        <source>Audit Anchor Reminder</source>
        <translation>Rappel d’ancre d’audit</translation>
    </message>
    <message>
        <source>Remind to write an audit anchor when the last one is older than (days):</source>
        <translation>Rappeler d’écrire une ancre d’audit quand la dernière date de plus de (jours) :</translation>
    </message>
</context>
<context>
    <name>AuditEntryDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Audit Entry #%1</source>
        <translation>Entrée d&apos;audit n° %1</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil :</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>State before</source>
        <translation>État avant</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>État après</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>Hash précédent :</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hash :</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Identifiant d’objet</translation>
    </message>
    <message>
        <source>Filter by object id</source>
        <translation>Filtrer par identifiant d’objet</translation>
    </message>
    <message>
        <source>Filter by time</source>
        <translation>Filtrer par période</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entrées de la piste d’audit</translation>
    </message>
    <message>
        <source>Verify the hash chain of the audit trail</source>
        <translation>Vérifier la chaîne de hachage de la piste d’audit</translation>
    </message>
    <message>
        <source>Result of the chain verification</source>
        <translation>Résultat de la vérification de la chaîne</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Apply the audit filter</source>
        <translation>Appliquer le filtre de la piste d’audit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Your own entries only (agents see their own). </source>
        <translation>Vos propres entrées uniquement (les agents ne voient que les leurs). </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>✔ The audit trail verifies: %1 entries, chain intact (%2 ms).</source>
        <translation>✔ La piste d’audit est valide : %1 entrées, chaîne intacte (%2 ms).</translation>
    </message>
    <message>
        <source>✘ The audit trail does NOT verify. First bad entry: #%1 — %2</source>
        <translation>✘ La piste d’audit N’EST PAS valide. Première entrée erronée : #%1 — %2</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the entries the filter selects</source>
        <translation>Exporter les entrées choisies par le filtre</translation>
    </message>
    <message>
        <source>Write the entries the filter selects (all of them, not only the newest shown) to a JSON lines file; the export is recorded in the trail</source>
        <translation>Écrire les entrées choisies par le filtre (toutes, pas seulement les plus récentes affichées) dans un fichier JSON Lines ; l&apos;export est consigné dans la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Double-click or press Return on an entry to see it whole</source>
        <translation>Double-cliquez ou appuyez sur Entrée sur une entrée pour la voir en entier</translation>
    </message>
    <message numerus="yes">
        <source>The newest %Ln entries shown; narrow the filter for older ones.</source>
        <translation>
            <numerusform>La plus récente entrée (%Ln) est affichée ; affinez le filtre pour les plus anciennes.</numerusform>
            <numerusform>Les %Ln entrées les plus récentes sont affichées ; affinez le filtre pour les plus anciennes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries shown, newest first.</source>
        <translation>
            <numerusform>%Ln entrée affichée, la plus récente d&apos;abord.</numerusform>
            <numerusform>%Ln entrées affichées, les plus récentes d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Entries</source>
        <translation>Exporter les entrées d&apos;audit</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to %1.</source>
        <translation>
            <numerusform>%Ln entrée exportée vers %1.</numerusform>
            <numerusform>%Ln entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action, e.g. hold or reissue.approve</source>
        <translation>Action, p. ex. hold ou reissue.approve</translation>
    </message>
    <message>
        <source>An object&apos;s id: a communication&apos;s id also finds its reissue requests, holds and exception cases</source>
        <translation>L’identifiant d’un objet : celui d’une communication trouve aussi ses demandes de réémission, gels et cas d’exception</translation>
    </message>
    <message>
        <source>The audit trail is for compliance officers and records managers (agents see their own entries). Switch role in the status bar if you hold one of those roles.</source>
        <translation>La piste d’audit est destinée aux responsables conformité et aux gestionnaires des archives (les agents voient leurs propres entrées). Changez de rôle dans la barre d’état si vous avez l’un de ces rôles.</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Verif&amp;y Chain</source>
        <translation>Vérifier la chaî&amp;ne</translation>
    </message>
</context>
<context>
    <name>CacheStatusLine</name>
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
    <message numerus="yes">
        <source>%1 communications from %n repository(ies) in the cache</source>
        <translation>
            <numerusform>%1 communications provenant de %n dépôt dans le cache</numerusform>
            <numerusform>%1 communications de %n dépôts dans le cache</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache cannot be read: %1</source>
        <translation>Le cache ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>started again on %1 because the one before it was damaged; it fills again at the next sync</source>
        <translation>recommencé le %1 car le précédent était endommagé ; il se remplit à nouveau à la prochaine synchronisation</translation>
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
        <translation>Le cache de %1 a échoué à sa vérification quotidienne : une partie du fichier est endommagée, et ce qu’il affiche peut être incomplet. Au prochain démarrage, Proofdesk vérifie de nouveau le cache avant toute lecture ; un cache qui échoue encore est mis de côté et rempli de nouveau depuis ses dépôts. La piste d’audit, les gels et les autres dossiers ne sont pas dans le cache et ne sont pas touchés.</translation>
    </message>
    <message numerus="yes">
        <source>The daily check found %n letter(s) in the cache changed outside Proofdesk. Such a letter says so where it is shown, and is neither produced nor exported as evidence until the next sync writes it again as its repository holds it.</source>
        <translation>
            <numerusform>La vérification quotidienne a trouvé %n courrier modifié dans le cache hors de Proofdesk. Un tel courrier le signale partout où il est affiché et n’est ni produit ni exporté comme preuve tant que la prochaine synchronisation ne l’a pas réécrit tel que son dépôt le détient.</numerusform>
            <numerusform>La vérification quotidienne a trouvé %n courriers modifiés dans le cache hors de Proofdesk. Un tel courrier le signale partout où il est affiché et n’est ni produit ni exporté comme preuve tant que la prochaine synchronisation ne l’a pas réécrit tel que son dépôt le détient.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearButton</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>ComplianceWorkspace</name>
    <message>
        <source>Mark Finding Reviewed</source>
        <translation>Marquer le constat comme examiné</translation>
    </message>
    <message>
        <source>%1 — %2

What was checked or done (recorded in the audit trail):</source>
        <translation>%1 — %2

Ce qui a été vérifié ou fait (consigné dans la piste d’audit) :</translation>
    </message>
    <message>
        <source>Export Evidence Package</source>
        <translation>Exporter le dossier de preuve</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Evidence package written: %1 (SHA-256 %2…)</source>
        <translation>Dossier de preuve écrit : %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>The document&apos;s bytes could not be verified and are not in the package; its report says why.</source>
        <translation>Les octets du document n’ont pas pu être vérifiés et ne figurent pas dans le dossier ; son rapport en indique la raison.</translation>
    </message>
    <message>
        <source>Audit Report</source>
        <translation>Rapport d’audit</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV table (*.csv)</source>
        <translation>Rapport PDF (*.pdf);;Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit report written: %1</source>
        <translation>Rapport d’audit écrit : %1</translation>
    </message>
    <message>
        <source>&amp;Compliance</source>
        <translation>&amp;Conformité</translation>
    </message>
    <message>
        <source>&amp;Findings and Dashboards</source>
        <translation>&amp;Constats et tableaux de bord</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export &amp;Evidence Package…</source>
        <translation>Exporter un &amp;dossier de preuve…</translation>
    </message>
    <message>
        <source>&amp;Audit Report…</source>
        <translation>Rapport d’a&amp;udit…</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Only the current search</source>
        <translation>Seulement la recherche actuelle</translation>
    </message>
    <message>
        <source>&amp;Run Checks</source>
        <translation>Lancer les con&amp;trôles</translation>
    </message>
    <message>
        <source>Scope: the whole cache</source>
        <translation>Portée : tout le cache</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Portée : %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Contrôle en cours…</translation>
    </message>
    <message>
        <source>%1 findings over %2 communications in %3 ms</source>
        <translation>%1 constats sur %2 communications en %3 ms</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Les contrôles n’ont pas pu être exécutés : %1</translation>
    </message>
    <message>
        <source>Select a communication first: the package is made for the communication shown.</source>
        <translation>Sélectionnez d’abord une communication : le dossier est constitué pour la communication affichée.</translation>
    </message>
    <message>
        <source>Collecting the record of %1…</source>
        <translation>Collecte de l’enregistrement de %1…</translation>
    </message>
    <message>
        <source>The evidence package was cancelled; nothing was written.</source>
        <translation>Le dossier de preuve a été annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Counting and checking the communications…</source>
        <translation>Comptage et contrôle des communications…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Open Exception Case</source>
        <translation>Ouvrir un cas d’exception</translation>
    </message>
    <message>
        <source>%1 — %2

The workflow service starts one exception case for this finding. Why is it needed (recorded in the audit trail)?</source>
        <translation>%1 — %2

Le service de workflow démarre un cas d’exception pour ce constat. Pourquoi est-il nécessaire (consigné dans la piste d’audit) ?</translation>
    </message>
    <message>
        <source>Start an exception case for this finding in the workflow service</source>
        <translation>Démarrer un cas d’exception pour ce constat dans le service de workflow</translation>
    </message>
    <message>
        <source>Select a finding first: its communication&apos;s evidence is exported.</source>
        <translation>Sélectionnez d’abord un constat : le dossier de preuve de sa communication est exporté.</translation>
    </message>
    <message>
        <source>Export Evidence Package exports the communication shown in Review or the selected finding&apos;s: select one first.</source>
        <translation>« Exporter le dossier de preuve » exporte la communication affichée dans Revue ou celle du constat sélectionné : sélectionnez-en une d’abord.</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>Compliance checks and dashboards are for compliance officers and records managers. Your role here may not run them. Switch role in the status bar if you hold one of those roles.</source>
        <translation>Les contrôles de conformité et les tableaux de bord sont réservés aux responsables conformité et aux gestionnaires d’archives. Votre rôle ici ne peut pas les lancer. Changez de rôle dans la barre d’état si vous avez l’un de ces rôles.</translation>
    </message>
    <message>
        <source>Not available in this role</source>
        <translation>Indisponible dans ce rôle</translation>
    </message>
    <message>
        <source>O&amp;pen Communication</source>
        <translation>&amp;Ouvrir la communication</translation>
    </message>
    <message>
        <source>&amp;Mark Reviewed…</source>
        <translation>&amp;Marquer comme revu…</translation>
    </message>
    <message>
        <source>Open E&amp;xception Case…</source>
        <translation>Ouvrir un cas d’e&amp;xception…</translation>
    </message>
    <message>
        <source>Only compliance officers and records managers run the checks</source>
        <translation>Seuls les responsables conformité et les gestionnaires d’archives lancent les contrôles</translation>
    </message>
    <message>
        <source>Counting, checking and writing %1…</source>
        <translation>Comptage, contrôle et écriture de %1…</translation>
    </message>
    <message>
        <source>Choose a finding to read its reason here.</source>
        <translation>Choisissez une constatation pour lire ici sa raison.</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>Click a bar or point to open its communications; right-click to save as PNG</source>
        <translation>Cliquez sur une barre ou un point pour ouvrir ses communications ; clic droit pour enregistrer en PNG</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Click to search: %1</source>
        <translation>Cliquez pour rechercher : %1</translation>
    </message>
    <message>
        <source>Approximate: %1</source>
        <translation>Approximatif : %1</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Left and Right choose a bar, Up and Down a series, Return opens its communications.</source>
        <translation>Gauche et Droite choisissent une barre, Haut et Bas une série, Entrée ouvre ses communications.</translation>
    </message>
    <message>
        <source>The numbers of %1</source>
        <translation>Les chiffres de %1</translation>
    </message>
    <message>
        <source>Show the &amp;Numbers…</source>
        <translation>Afficher les &amp;nombres…</translation>
    </message>
</context>
<context>
    <name>DemoNotice</name>
    <message>
        <source>Connect a Repository…</source>
        <translation>Connecter un dépôt…</translation>
    </message>
    <message>
        <source>Import a Drop…</source>
        <translation>Importer un dépôt de fichiers…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>This is a demo archive: 2,000 made-up communications written at the first start, so that every part of Proofdesk can be tried. To work on your own: connect a repository (CMIS, ArchivesSpace or a drop folder) in Settings › Repositories…, import an output drop with File › Import Drop…, or connect this data folder to your team&apos;s database with “proofdesk-cli team connect” (README, “A team on PostgreSQL”).</source>
        <translation>Ceci est une archive de démonstration : 2 000 communications inventées, écrites au premier démarrage pour que chaque partie de Proofdesk puisse être essayée. Pour travailler sur les vôtres : connectez un dépôt (CMIS, ArchivesSpace ou un dossier de dépôt) dans Paramètres › Dépôts…, importez un dépôt de sortie avec Fichier › Importer un dépôt…, ou connectez ce dossier de données à la base de votre équipe avec « proofdesk-cli team connect » (README, « A team on PostgreSQL »).</translation>
    </message>
    <message>
        <source>Dismiss the demo archive notice</source>
        <translation>Masquer l’avis sur l’archive de démonstration</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Selected communication</source>
        <translation>Communication sélectionnée</translation>
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
        <translation>Détails de la communication</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Double-click or press Return on a key to search for everything with it</source>
        <translation>Double-cliquez ou appuyez sur Entrée sur une clé pour rechercher tout ce qui la porte</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Statut de distribution</translation>
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
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>Resulting status: &lt;b&gt;%1&lt;/b&gt; (%n event(s))</source>
        <translation>
            <numerusform>Statut résultant : &lt;b&gt;%1&lt;/b&gt; (%n événement)</numerusform>
            <numerusform>Statut résultant : &lt;b&gt;%1&lt;/b&gt; (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the document from %1…</source>
        <translation>Récupération du document depuis %1…</translation>
    </message>
    <message>
        <source>%1 gives no SHA-256 for this document: its bytes were fetched but cannot be verified, so they are not shown as the version sent.</source>
        <translation>%1 ne fournit pas de SHA-256 pour ce document : ses octets ont été récupérés mais ne peuvent pas être vérifiés ; ils ne sont donc pas affichés comme la version envoyée.</translation>
    </message>
    <message>
        <source>Select a communication in the results to see the document sent.</source>
        <translation>Sélectionnez une communication dans les résultats pour voir le document envoyé.</translation>
    </message>
    <message>
        <source>Fetch &amp;Again and Verify</source>
        <translation>Récupérer à &amp;nouveau et vérifier</translation>
    </message>
    <message>
        <source>Ask the repository for the document&apos;s bytes again and check them against the recorded SHA-256</source>
        <translation>Redemander au dépôt les octets du document et les vérifier par rapport au SHA-256 enregistré</translation>
    </message>
    <message>
        <source>Fetching the document from %1 again…</source>
        <translation>Nouvelle récupération du document depuis %1…</translation>
    </message>
    <message>
        <source>This document was removed from this computer to free space: fetching it again from %1 and verifying it…</source>
        <translation>Ce document a été retiré de cet ordinateur pour libérer de l’espace : nouvelle récupération depuis %1 et vérification…</translation>
    </message>
    <message>
        <source>E&amp;xport Evidence…</source>
        <translation>E&amp;xporter le dossier de preuve…</translation>
    </message>
    <message>
        <source>Write an evidence package of this communication: the document as sent, its delivery, template, holds and audit entries, with SHA-256 sums</source>
        <translation>Écrire un dossier de preuve de cette communication : le document tel qu’envoyé, sa remise, son modèle, ses gels et ses entrées d’audit, avec les sommes SHA-256</translation>
    </message>
    <message>
        <source>&amp;Keep Offline</source>
        <translation>&amp;Garder hors ligne</translation>
    </message>
    <message>
        <source>Bring this communication into the cache, as a sync would: it is then searched, opened and audited like every cached one</source>
        <translation>Faire entrer cette communication dans le cache, comme le ferait une synchronisation : elle est ensuite recherchée, ouverte et auditée comme toute communication du cache</translation>
    </message>
    <message>
        <source>%1 · %2 · in %3, not cached</source>
        <translation>%1 · %2 · dans %3, hors cache</translation>
    </message>
    <message>
        <source>%1 holds this communication; the cache does not. Keep it offline, or open it (Return or a double-click), to bring it into the cache: its document is then fetched from %1 and verified.</source>
        <translation>%1 détient cette communication ; le cache ne l&apos;a pas. Gardez-la hors ligne, ou ouvrez-la (Entrée ou double-clic), pour la faire entrer dans le cache : son document est alors récupéré depuis %1 et vérifié.</translation>
    </message>
    <message>
        <source>Changed outside Proofdesk</source>
        <translation>Modifiée hors de Proofdesk</translation>
    </message>
    <message>
        <source>⚠ Changed outside Proofdesk: this letter&apos;s row, its text or one of its delivery events in the cache no longer holds what was written. It is not produced and gives no evidence package (proofdesk-cli cache verify).</source>
        <translation>⚠ Modifiée hors de Proofdesk : la ligne de cette lettre, son texte ou l’un de ses événements de distribution dans le cache ne contient plus ce qui a été écrit. Elle n’est pas produite et ne donne aucun paquet de preuves (proofdesk-cli cache verify).</translation>
    </message>
</context>
<context>
    <name>DispositionView</name>
    <message>
        <source>&amp;Approve Disposition…</source>
        <translation>Appro&amp;uver l’élimination…</translation>
    </message>
    <message>
        <source>Communications eligible for disposition</source>
        <translation>Communications éligibles à l’élimination</translation>
    </message>
    <message>
        <source>Approve the disposition of the selected communications</source>
        <translation>Approuver l’élimination des communications sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Refresh the disposition review</source>
        <translation>Actualiser l’examen des éliminations</translation>
    </message>
    <message>
        <source>Result of the last disposition</source>
        <translation>Résultat de la dernière élimination</translation>
    </message>
    <message>
        <source>The disposition review is for records managers. Switch role in the status bar if you hold that role.</source>
        <translation>L’examen des éliminations est réservé aux responsables de l’archivage. Changez de rôle dans la barre d’état si vous détenez ce rôle.</translation>
    </message>
    <message>
        <source>Reading the review list…</source>
        <translation>Lecture de la liste d’examen…</translation>
    </message>
    <message>
        <source> (the first shown)</source>
        <translation> (les premières sont affichées)</translation>
    </message>
    <message>
        <source>Dispose of the selected communications (all when none is selected)</source>
        <translation>Éliminer les communications sélectionnées (toutes si aucune n’est sélectionnée)</translation>
    </message>
    <message>
        <source>Only a records manager approves disposition</source>
        <translation>Seul un responsable de l’archivage approuve les éliminations</translation>
    </message>
    <message>
        <source>Approve Disposition</source>
        <translation>Approuver l’élimination</translation>
    </message>
    <message>
        <source>Batch %1: %2 disposed of, %3 skipped.</source>
        <translation>Lot %1 : %2 éliminée(s), %3 ignorée(s).</translation>
    </message>
    <message>
        <source>Certificate: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Certificat : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The certificate could not be written: %1</source>
        <translation>Le certificat n’a pas pu être écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln communication(s) past retention and under no hold%1;</source>
        <translation>
            <numerusform>%Ln communication hors délai de conservation et sans gel%1 ;</numerusform>
            <numerusform>%Ln communications hors délai de conservation et sans gel%1 ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more are past retention but held.</source>
        <translation>
            <numerusform>%Ln autre est hors délai mais gelée.</numerusform>
            <numerusform>%Ln autres sont hors délai mais gelées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispose of %n communication(s)? Their documents are purged, a tombstone is kept for each and a certificate is written. This cannot be undone.</source>
        <translation>
            <numerusform>Détruire %n communication ? Son document est purgé, une trace est conservée et un certificat est écrit. C&apos;est irréversible.</numerusform>
            <numerusform>Détruire %n communications ? Leurs documents sont purgés, une trace est conservée pour chacune et un certificat est écrit. C&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dispose of %n</source>
        <translation>
            <numerusform>Détruire %n</numerusform>
            <numerusform>Détruire %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No communication is eligible for disposition</source>
        <translation>Aucune communication n’est éligible à l’élimination</translation>
    </message>
</context>
<context>
    <name>DocumentStorageDialog</name>
    <message>
        <source>&amp;Set Limit</source>
        <translation>&amp;Fixer la limite</translation>
    </message>
    <message>
        <source>&amp;Free Space Now</source>
        <translation>Libérer de l’&amp;espace</translation>
    </message>
    <message>
        <source>Document Storage</source>
        <translation>Stockage des documents</translation>
    </message>
    <message>
        <source>Documents fetched from repositories, and those of drops on removable or network storage, are kept on this computer up to a limit. Past it, the least recently viewed are removed and read again from their repository or drop, and verified, when someone opens them. Documents under a legal hold are never removed. Drops on this computer&apos;s own disks are read where they are and take no space here.</source>
        <translation>Les documents récupérés des dépôts, et ceux des dépôts de fichiers sur support amovible ou réseau, sont gardés sur cet ordinateur jusqu’à une limite. Au-delà, les moins récemment consultés sont retirés, puis relus depuis leur dépôt et vérifiés quand quelqu’un les ouvre. Les documents sous conservation légale ne sont jamais retirés. Les dépôts sur les disques de cet ordinateur sont lus sur place et ne prennent pas de place ici.</translation>
    </message>
    <message>
        <source>e.g. 20 GB, 500 MB or 1.5 GiB</source>
        <translation>p. ex. 20 GB, 500 MB ou 1.5 GiB</translation>
    </message>
    <message>
        <source>A number of bytes, or a number with a unit: kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024)</source>
        <translation>Un nombre d’octets, ou un nombre avec une unité : kB, MB, GB, TB (puissances de 1000) ou KiB, MiB, GiB, TiB (puissances de 1024)</translation>
    </message>
    <message>
        <source>Remove the least recently viewed documents now, until the store is within its limit</source>
        <translation>Retirer maintenant les documents les moins récemment consultés, jusqu’à ce que le stockage respecte sa limite</translation>
    </message>
    <message>
        <source>Space used:</source>
        <translation>Espace utilisé :</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite :</translation>
    </message>
    <message>
        <source>The document store could not be read: %1</source>
        <translation>Le stockage des documents n’a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n document(s) kept on this computer)</source>
        <translation>
            <numerusform>%1 sur %2 (%n document gardé sur cet ordinateur)</numerusform>
            <numerusform>%1 sur %2 (%n documents gardés sur cet ordinateur)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size: write e.g. 20 GB, 500 MB or 1.5 GiB.</source>
        <translation>« %1 » n’est pas une taille : écrivez p. ex. 20 GB, 500 MB ou 1.5 GiB.</translation>
    </message>
    <message>
        <source>Changing the limit is an administrator&apos;s setting.</source>
        <translation>La limite est un réglage d’administrateur.</translation>
    </message>
    <message>
        <source>The limit is now %1. Documents past it are removed after the next import or sync, or with Free Space Now.</source>
        <translation>La limite est maintenant de %1. Les documents au-delà sont retirés après le prochain import ou la prochaine synchronisation, ou avec « Libérer de l’espace ».</translation>
    </message>
    <message>
        <source>Freeing space…</source>
        <translation>Libération de l’espace…</translation>
    </message>
    <message>
        <source>Space could not be freed: %1</source>
        <translation>L’espace n’a pas pu être libéré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed (%1). %2 stay over the limit: they are under legal hold or in an evidence package being built, and are never removed.</source>
        <translation>
            <numerusform>%n document retiré (%1). %2 restent au-delà de la limite : ils sont sous gel juridique ou dans un dossier de preuve en cours de création, et ne sont jamais retirés.</numerusform>
            <numerusform>%n documents retirés (%1). %2 restent au-delà de la limite : ils sont sous gel juridique ou dans un dossier de preuve en cours de création, et ne sont jamais retirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) removed (%1); %2 are kept.</source>
        <translation>
            <numerusform>%n document retiré (%1) ; %2 sont gardés.</numerusform>
            <numerusform>%n documents retirés (%1) ; %2 sont gardés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Document Storage…</source>
        <translation>Stockage des &amp;documents…</translation>
    </message>
    <message>
        <source>The space documents take on this computer, its limit, and Free Space Now</source>
        <translation>L’espace pris par les documents sur cet ordinateur, sa limite, et « Libérer de l’espace »</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document as sent</source>
        <translation>Document tel qu’envoyé</translation>
    </message>
    <message>
        <source>Document message</source>
        <translation>Message relatif au document</translation>
    </message>
    <message>
        <source>Email as sent</source>
        <translation>Courriel tel qu’envoyé</translation>
    </message>
    <message>
        <source>Remote content is never loaded</source>
        <translation>Le contenu distant n’est jamais chargé</translation>
    </message>
    <message>
        <source>Text as sent</source>
        <translation>Texte tel qu’envoyé</translation>
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
        <translation>Les documents de type %1 ne peuvent pas être affichés ici.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Fetch the document from its repository again</source>
        <translation>Récupérer de nouveau le document depuis son dépôt</translation>
    </message>
    <message>
        <source>This letter could not be shown safely: %1.</source>
        <translation>Ce courrier ne peut pas être affiché sans risque : %1.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Exporting %1 communications…</source>
        <translation>Exportation de %1 communications…</translation>
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
        <translation>Progression de l’exportation</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Import a drop folder</source>
        <translation>Importer un dossier de dépôt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) imported</source>
        <translation>
            <numerusform>%Ln enregistrement importé</numerusform>
            <numerusform>%Ln enregistrements importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) rejected.</source>
        <translation>
            <numerusform>%Ln ligne rejetée.</numerusform>
            <numerusform>%Ln lignes rejetées.</numerusform>
        </translation>
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
        <source>Show Details lists the first rejected lines and why; `proofdesk-cli import` lists them all.</source>
        <translation>« Afficher les détails » donne les premières lignes rejetées et pourquoi ; `proofdesk-cli import` les donne toutes.</translation>
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
        <source>Only communications on hold</source>
        <translation>Seulement les communications sous gel</translation>
    </message>
    <message>
        <source>Adds hold:any to the search</source>
        <translation>Ajoute hold:any à la recherche</translation>
    </message>
    <message>
        <source>%1 (writes %2:… into the search)</source>
        <translation>%1 (écrit %2:… dans la recherche)</translation>
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
        <translation>Seulement les communications émises pendant cette période (écrit issued:… dans la recherche)</translation>
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
    <message>
        <source>On ho&amp;ld</source>
        <translation>Sous &amp;gel</translation>
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
        <source>The document&apos;s bytes were hashed again just now and match the recorded SHA-256 %1.</source>
        <translation>Les octets du document viennent d’être hachés de nouveau et correspondent au SHA-256 enregistré %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;#10006; FIXITY FAILED&lt;/b&gt;: the bytes do not match the recorded SHA-256. This is NOT the version sent.&lt;br&gt;expected &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;found &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>&lt;b&gt;&amp;#10006; INTÉGRITÉ EN ÉCHEC&lt;/b&gt; : les octets ne correspondent pas au SHA-256. Ce n’est PAS la version envoyée.&lt;br&gt;attendu &lt;code&gt;%1&lt;/code&gt;&lt;br&gt;trouvé &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>Fixity failed: expected SHA-256 %1, found %2. The document is not shown as the version sent.</source>
        <translation>Intégrité en échec : SHA-256 attendu %1, trouvé %2. Le document n’est pas affiché comme la version envoyée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;? Not available&lt;/b&gt;: the document has not been fetched or is missing from the repository. Recorded SHA-256 &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b&gt;? Indisponible&lt;/b&gt; : le document n’a pas été récupéré ou manque dans le dépôt. SHA-256 &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The document is not in the local store: not fetched yet, or missing from the repository.</source>
        <translation>Le document n’est pas dans le stockage local : pas encore récupéré, ou absent du dépôt.</translation>
    </message>
</context>
<context>
    <name>FolderOpening</name>
    <message>
        <source>Opening the data folder</source>
        <translation>Ouverture du dossier de données</translation>
    </message>
    <message>
        <source>Proofdesk opens when this is done.</source>
        <translation>Proofdesk s’ouvre une fois ceci terminé.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <source>Apply Legal Hold</source>
        <translation>Appliquer une conservation légale</translation>
    </message>
    <message numerus="yes">
        <source>The selected communication(s): %1</source>
        <translation>
            <numerusform>La communication sélectionnée : %1</numerusform>
            <numerusform>Les communications sélectionnées : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything for %1 %2, also what arrives later</source>
        <translation>Tout ce qui concerne %1 %2, y compris ce qui arrivera plus tard</translation>
    </message>
    <message>
        <source>What the hold covers</source>
        <translation>Portée de la conservation</translation>
    </message>
    <message>
        <source>Hold name</source>
        <translation>Nom de la conservation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Required; recorded in the audit trail</source>
        <translation>Obligatoire ; consigné dans la piste d’audit</translation>
    </message>
    <message>
        <source>&amp;Apply Hold</source>
        <translation>&amp;Appliquer le gel</translation>
    </message>
    <message>
        <source>&amp;Covers:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>A&amp;ffaire :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Held communications cannot be disposed of or purged until every hold on them is released. Holds are released, never deleted.</source>
        <translation>Les communications sous conservation légale ne peuvent être ni éliminées ni purgées tant que chaque conservation qui les vise n’est pas levée. Les conservations sont levées, jamais supprimées.</translation>
    </message>
    <message>
        <source>What a search finds now</source>
        <translation>Ce qu’une recherche trouve maintenant</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Recherche :</translation>
    </message>
    <message>
        <source>The matter the hold is for</source>
        <translation>L’affaire visée par le gel</translation>
    </message>
    <message>
        <source>Optional: a matter&apos;s id, MAT-…</source>
        <translation>Facultatif : l’identifiant d’une affaire, MAT-…</translation>
    </message>
    <message>
        <source>The matter this hold is for, as the Matters tab lists it; the hold then shows in the matter</source>
        <translation>L’affaire visée par ce gel, telle que l’onglet « Affaires » la liste ; le gel apparaît alors dans l’affaire</translation>
    </message>
</context>
<context>
    <name>HoldQueryField</name>
    <message>
        <source>Search to hold</source>
        <translation>Recherche à conserver</translation>
    </message>
    <message>
        <source>A search, e.g. claim:CLM-88812 or customer:CUST-1 issued:2026</source>
        <translation>Une recherche, p. ex. claim:CLM-88812 ou customer:CUST-1 issued:2026</translation>
    </message>
    <message>
        <source>What the search would hold</source>
        <translation>Ce que la recherche conserverait</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Type the search whose communications the hold covers.</source>
        <translation>Saisissez la recherche dont le gel couvre les communications.</translation>
    </message>
    <message>
        <source>Not a search: %1 (at character %2)</source>
        <translation>Recherche non valide : %1 (au caractère %2)</translation>
    </message>
    <message>
        <source>This search finds no communications: there is nothing to hold.</source>
        <translation>Cette recherche ne trouve aucune communication : il n’y a rien à conserver.</translation>
    </message>
    <message numerus="yes">
        <source>Would hold %1 communication(s)</source>
        <translation>
            <numerusform>Conserverait %1 communication</numerusform>
            <numerusform>Conserverait %1 communications</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache could not be searched: %1</source>
        <translation>Le cache n’a pas pu être interrogé : %1</translation>
    </message>
</context>
<context>
    <name>HoldRegisterView</name>
    <message>
        <source>&amp;Add Items…</source>
        <translation>A&amp;jouter des éléments…</translation>
    </message>
    <message>
        <source>Re&amp;move Items…</source>
        <translation>Retirer des élé&amp;ments…</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>L&amp;ever…</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Conservations légales</translation>
    </message>
    <message>
        <source>History of the selected hold</source>
        <translation>Historique de la conservation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Refresh the hold register</source>
        <translation>Actualiser le registre des conservations</translation>
    </message>
    <message>
        <source>Add communications to the selected hold</source>
        <translation>Ajouter des communications à la conservation sélectionnée</translation>
    </message>
    <message>
        <source>Remove communications from the selected hold</source>
        <translation>Retirer des communications de la conservation sélectionnée</translation>
    </message>
    <message>
        <source>Release the selected hold</source>
        <translation>Lever la conservation sélectionnée</translation>
    </message>
    <message>
        <source>History of the selected hold:</source>
        <translation>Historique de la conservation sélectionnée :</translation>
    </message>
    <message>
        <source>%1 active, %2 released</source>
        <translation>%1 active(s), %2 levée(s)</translation>
    </message>
    <message>
        <source>The register cannot be read: %1</source>
        <translation>Le registre ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Holds are changed by records managers</source>
        <translation>Les conservations sont modifiées par les responsables de l’archivage</translation>
    </message>
    <message>
        <source>Communication ids (one a line or separated by spaces):</source>
        <translation>Identifiants de communication (un par ligne ou séparés par des espaces) :</translation>
    </message>
    <message>
        <source>Reason (required, recorded):</source>
        <translation>Motif (obligatoire, consigné) :</translation>
    </message>
    <message>
        <source>Add Items to Hold</source>
        <translation>Ajouter des éléments à la conservation</translation>
    </message>
    <message>
        <source>Remove Items from Hold</source>
        <translation>Retirer des éléments de la conservation</translation>
    </message>
    <message>
        <source>Release Hold</source>
        <translation>Lever la conservation</translation>
    </message>
    <message>
        <source>Legal Hold</source>
        <translation>Conservation légale</translation>
    </message>
    <message>
        <source>Apply a new legal hold</source>
        <translation>Appliquer un nouveau gel</translation>
    </message>
    <message>
        <source>Hold the selected results, the current search, or everything of a customer, claim, policy, loan or case</source>
        <translation>Geler les résultats sélectionnés, la recherche en cours, ou tout ce qui concerne un client, un sinistre, une police, un prêt ou un dossier</translation>
    </message>
    <message>
        <source>Communications the selected hold covers</source>
        <translation>Communications couvertes par le gel sélectionné</translation>
    </message>
    <message>
        <source>Double-click or press Return to open the communication in Review</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la communication dans Revue</translation>
    </message>
    <message>
        <source>Communications it covers:</source>
        <translation>Communications couvertes :</translation>
    </message>
    <message numerus="yes">
        <source>Communications it covers (the first %1 of %Ln):</source>
        <translation>
            <numerusform>Communications couvertes (les %1 premières sur %Ln) :</numerusform>
            <numerusform>Communications couvertes (les %1 premières sur %Ln) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communications it covers (%Ln):</source>
        <translation>
            <numerusform>Communications couvertes (%Ln) :</numerusform>
            <numerusform>Communications couvertes (%Ln) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the legal hold “%1” (%2)? The %Ln communication(s) it covers may then be disposed of when their retention ends.</source>
        <translation>
            <numerusform>Lever le gel « %1 » (%2) ? La communication couverte (%Ln) pourra alors être détruite à la fin de sa conservation.</numerusform>
            <numerusform>Lever le gel « %1 » (%2) ? Les %Ln communications couvertes pourront alors être détruites à la fin de leur conservation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release “%1”</source>
        <translation>Lever « %1 »</translation>
    </message>
    <message>
        <source>Ne&amp;w Hold…</source>
        <translation>&amp;Nouveau gel…</translation>
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
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Proofdesk is quitting.</source>
        <translation>Proofdesk se ferme.</translation>
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
        <translation>Sous gel juridique</translation>
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
        <source>Searched in %1 ms</source>
        <translation>Recherche en %1 ms</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Loading… — Proofdesk</source>
        <translation>Chargement… — Proofdesk</translation>
    </message>
    <message>
        <source>%1 — Proofdesk</source>
        <translation>%1 — Proofdesk</translation>
    </message>
    <message>
        <source>Export &amp;Evidence Package…</source>
        <translation>Exporter un &amp;dossier de preuve…</translation>
    </message>
    <message>
        <source>Export the evidence package of this communication</source>
        <translation>Exporter le dossier de preuve de cette communication</translation>
    </message>
    <message>
        <source>Not recorded in the audit trail: %1</source>
        <translation>Non enregistré dans la piste d’audit : %1</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>The counts the cache keeps to answer faster were found altered (%1): this answer was counted without them and is exact; they are built again at the next sync.</source>
        <translation>Les décomptes que le cache garde pour répondre plus vite ont été trouvés altérés (%1) : cette réponse a été comptée sans eux et est exacte ; ils sont reconstruits à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Field mapping</source>
        <translation>Correspondance des champs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Repository property</source>
        <translation>Propriété du dépôt</translation>
    </message>
    <message>
        <source>The property each field reads. Leave a property empty to read nothing into that field; write =value for a fixed value.</source>
        <translation>La propriété que lit chaque champ. Laissez vide pour ne rien lire dans ce champ ; écrivez =valeur pour une valeur fixe.</translation>
    </message>
</context>
<context>
    <name>MattersWorkspace</name>
    <message>
        <source>Matters</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>&amp;Matters and Review</source>
        <translation>&amp;Affaires et examen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;New Matter…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <source>Add the Current &amp;Search to the Matter…</source>
        <translation>Ajouter la &amp;recherche en cours à l’affaire…</translation>
    </message>
    <message>
        <source>Select an open matter first: the search is added to it.</source>
        <translation>Sélectionnez d’abord une affaire ouverte : la recherche lui est ajoutée.</translation>
    </message>
    <message>
        <source>&amp;Produce…</source>
        <translation>Pro&amp;duire…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Watch Search</source>
        <translation>O&amp;bserver la recherche</translation>
    </message>
    <message>
        <source>Add Its New &amp;Letters</source>
        <translation>&amp;Intégrer ses nouvelles lettres</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Read the matters again</source>
        <translation>Relire les affaires</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Ran</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvées</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Observée</translation>
    </message>
    <message>
        <source>The matter&apos;s searches</source>
        <translation>Les recherches de l’affaire</translation>
    </message>
    <message>
        <source>Run a search now and add what it finds to the review set</source>
        <translation>Lancer une recherche maintenant et ajouter ce qu’elle trouve au corpus d’examen</translation>
    </message>
    <message>
        <source>After each sync, count what the selected search finds that the review set does not hold</source>
        <translation>Après chaque synchronisation, compter ce que la recherche sélectionnée trouve et que le corpus d’examen ne contient pas</translation>
    </message>
    <message>
        <source>Run the selected watched search again: what it finds now joins the review set</source>
        <translation>Relancer la recherche observée sélectionnée : ce qu’elle trouve maintenant rejoint le corpus d’examen</translation>
    </message>
    <message>
        <source>A legal hold over the whole review set (records role)</source>
        <translation>Un gel juridique sur tout le corpus d’examen (rôle responsable de l’archivage)</translation>
    </message>
    <message>
        <source>Natives, text, load file and manifest of the review set, or of the letters tagged so</source>
        <translation>Fichiers natifs, texte, fichier de chargement et manifeste du corpus d’examen, ou des lettres portant une étiquette donnée</translation>
    </message>
    <message>
        <source>Matters are not shown in this role: %1</source>
        <translation>Les affaires ne sont pas affichées dans ce rôle : %1</translation>
    </message>
    <message>
        <source>The matters cannot be read: %1</source>
        <translation>Les affaires ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>Select a matter.</source>
        <translation>Sélectionnez une affaire.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
%4
Opened by %5 on %6%7</source>
        <translation>%1 — %2 (%3)
%4
Ouverte par %5 le %6%7</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>; closed by %1 on %2: %3</source>
        <translation> ; close par %1 le %2 : %3</translation>
    </message>
    <message>
        <source>%1 (%2 added)</source>
        <translation>%1 (nouvelles : %2)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>yes: %n new letter(s)</source>
        <translation>
            <numerusform>oui : %n nouvelle lettre</numerusform>
            <numerusform>oui : %n nouvelles lettres</numerusform>
        </translation>
    </message>
    <message>
        <source>yes: nothing new</source>
        <translation>oui : rien de nouveau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message numerus="yes">
        <source>%n (the latest, %1: %2 documents, root SHA-256 %3)</source>
        <translation>
            <numerusform>%n (la dernière, %1 : %2 documents, SHA-256 racine %3)</numerusform>
            <numerusform>%n (la dernière, %1 : %2 documents, SHA-256 racine %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>Holds: %1. Productions: %2.</source>
        <translation>Gels : %1. Productions : %2.</translation>
    </message>
    <message>
        <source>Matters are not shown in this role: compliance officers and records managers see them, and agents see those they were added to. Switch role at the bottom right if you have another.</source>
        <translation>Les affaires ne sont pas affichées dans ce rôle : les responsables de la conformité et de l’archivage les voient, et les agents voient celles auxquelles ils ont été ajoutés. Changez de rôle en bas à droite si vous en avez un autre.</translation>
    </message>
    <message>
        <source>No matter you were added to. A compliance officer opens matters and adds the agents who answer them; switch role at the bottom right if you are one.</source>
        <translation>Aucune affaire à laquelle vous avez été ajouté. Un responsable de la conformité ouvre les affaires et y ajoute les agents qui y répondent ; changez de rôle en bas à droite si vous en êtes un.</translation>
    </message>
    <message>
        <source>No matter yet. New Matter… opens one for a question: an examiner&apos;s request, a complaint, a litigation.</source>
        <translation>Aucune affaire pour l’instant. « Nouvelle affaire… » en ouvre une pour une question : une demande de l’autorité de contrôle, une réclamation, un litige.</translation>
    </message>
    <message>
        <source>No matter yet: compliance officers open them.</source>
        <translation>Aucune affaire pour l’instant : les responsables de la conformité les ouvrent.</translation>
    </message>
    <message>
        <source>Open a matter for a question (Matters &gt; New Matter…)</source>
        <translation>Ouvrir une affaire pour une question (Affaires &gt; Nouvelle affaire…)</translation>
    </message>
    <message>
        <source>Opening a matter needs the compliance role</source>
        <translation>L’ouverture d’une affaire nécessite le rôle responsable de la conformité</translation>
    </message>
    <message>
        <source>Place a Hold for %1</source>
        <translation>Placer un gel pour %1</translation>
    </message>
    <message>
        <source>Hold name</source>
        <translation>Nom du gel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Reason (recorded):</source>
        <translation>&amp;Motif (consigné) :</translation>
    </message>
    <message>
        <source>&amp;Place Hold</source>
        <translation>&amp;Placer le gel</translation>
    </message>
    <message>
        <source>New Matter</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Matter %1 opened: add a search to fill its review set.</source>
        <translation>Affaire %1 ouverte : ajoutez une recherche pour remplir son corpus d’examen.</translation>
    </message>
    <message>
        <source>Add a Search to %1</source>
        <translation>Ajouter une recherche à %1</translation>
    </message>
    <message>
        <source>Search (what it finds now is added to the review set):</source>
        <translation>Recherche (ce qu’elle trouve maintenant est ajouté au corpus d’examen) :</translation>
    </message>
    <message>
        <source>Add a Search</source>
        <translation>Ajouter une recherche</translation>
    </message>
    <message>
        <source>Search %1 found %2 letters; %3 were new to the review set.</source>
        <translation>La recherche %1 a trouvé %2 lettres ; %3 étaient nouvelles dans le corpus d’examen.</translation>
    </message>
    <message>
        <source>Watch a Search</source>
        <translation>Observer une recherche</translation>
    </message>
    <message>
        <source>Search %1 is no longer watched.</source>
        <translation>La recherche %1 n’est plus observée.</translation>
    </message>
    <message>
        <source>Search %1 is watched: after each sync, its new letters are counted.</source>
        <translation>La recherche %1 est observée : après chaque synchronisation, ses nouvelles lettres sont comptées.</translation>
    </message>
    <message>
        <source>Place a Hold</source>
        <translation>Placer un gel</translation>
    </message>
    <message>
        <source>Hold %1 covers the %2 letters of %3.</source>
        <translation>Le gel %1 couvre les %2 lettres de %3.</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Clore %1</translation>
    </message>
    <message>
        <source>A closed matter takes no more searches, reviews or productions; its holds stay until they are released.</source>
        <translation>Une affaire close n’accepte plus de recherches, d’examens ni de productions ; ses gels restent jusqu’à leur levée.</translation>
    </message>
    <message>
        <source>&amp;Close Matter</source>
        <translation>&amp;Clore l’affaire</translation>
    </message>
    <message>
        <source>Close the Matter</source>
        <translation>Clore l’affaire</translation>
    </message>
    <message>
        <source>Matter %1 is closed.</source>
        <translation>L’affaire %1 est close.</translation>
    </message>
    <message>
        <source>Ma&amp;tters</source>
        <translation>Affaire&amp;s</translation>
    </message>
    <message>
        <source>Add S&amp;earch…</source>
        <translation>A&amp;jouter une recherche…</translation>
    </message>
    <message>
        <source>Place Hol&amp;d…</source>
        <translation>Placer un &amp;gel…</translation>
    </message>
    <message>
        <source>New &amp;Matter…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <source>Close Matter…</source>
        <translation>Cl&amp;ore l’affaire…</translation>
    </message>
</context>
<context>
    <name>NewLettersDialog</name>
    <message>
        <source>New Letters of “%1”</source>
        <translation>Nouvelles lettres de « %1 »</translation>
    </message>
    <message>
        <source>The saved search “%1” finds %2 letters that were not there when you last looked; the newest %3 are listed.</source>
        <translation>La recherche enregistrée « %1 » trouve %2 lettres qui n’y étaient pas lors de votre dernier passage ; les %3 plus récentes sont listées.</translation>
    </message>
    <message numerus="yes">
        <source>The saved search “%1” finds %Ln letter(s) that were not there when you last looked.</source>
        <translation>
            <numerusform>La recherche enregistrée « %1 » trouve %Ln lettre qui n’y était pas lors de votre dernier passage.</numerusform>
            <numerusform>La recherche enregistrée « %1 » trouve %Ln lettres qui n’y étaient pas lors de votre dernier passage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>New letters</source>
        <translation>Nouvelles lettres</translation>
    </message>
    <message>
        <source>Press Return or click a letter to show it in the window</source>
        <translation>Appuyez sur Entrée ou cliquez sur une lettre pour l’afficher dans la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Mark as Seen</source>
        <translation>&amp;Marquer comme vues</translation>
    </message>
    <message>
        <source>Count only letters that arrive from now on</source>
        <translation>Ne compter que les lettres qui arrivent désormais</translation>
    </message>
    <message>
        <source>The letters cannot be read: %1</source>
        <translation>Les lettres ne peuvent pas être lues : %1</translation>
    </message>
</context>
<context>
    <name>NewMatterDialog</name>
    <message>
        <source>New Matter</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>A matter gathers the searches, review, holds and productions of one question: an examiner&apos;s request, a complaint, a litigation.</source>
        <translation>Une affaire rassemble les recherches, l’examen, les gels et les productions d’une question : une demande de l’autorité de contrôle, une réclamation, un litige.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. Q3 2025 fee-change notices, lending</source>
        <translation>p. ex. avis de modification des frais T3 2025, crédit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>e.g. Examiner request 2025-17 of 3 November</source>
        <translation>p. ex. demande de l’autorité de contrôle 2025-17 du 3 novembre</translation>
    </message>
    <message>
        <source>Review tags</source>
        <translation>Étiquettes d’examen</translation>
    </message>
    <message>
        <source>Up to nine, separated by commas: keys 1 to 9 set them while reviewing</source>
        <translation>Jusqu’à neuf, séparées par des virgules : les touches 1 à 9 les posent pendant l’examen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Reason (recorded):</source>
        <translation>&amp;Motif (consigné) :</translation>
    </message>
    <message>
        <source>Review ta&amp;gs:</source>
        <translation>Étiq&amp;uettes d’examen :</translation>
    </message>
    <message>
        <source>&amp;Open Matter</source>
        <translation>&amp;Ouvrir l’affaire</translation>
    </message>
</context>
<context>
    <name>PdfPagesView</name>
    <message>
        <source>Page %1 could not be shown safely: %2</source>
        <translation>La page %1 ne peut pas être affichée sans risque : %2</translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation>Dessin de la page %1…</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document pages</source>
        <translation>Pages du document</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>Document notice</source>
        <translation>Avis sur le document</translation>
    </message>
    <message>
        <source>This letter could not be shown safely: page %1: %2.</source>
        <translation>Ce courrier ne peut pas être affiché sans risque : page %1 : %2.</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Ouverture du document…</translation>
    </message>
    <message>
        <source>Search stopped: %1</source>
        <translation>Recherche interrompue : %1</translation>
    </message>
    <message>
        <source>of %1 shown (%2 in the document)</source>
        <translation>sur %1 affichées (%2 dans le document)</translation>
    </message>
</context>
<context>
    <name>ProductionDialog</name>
    <message>
        <source>&amp;Produce</source>
        <translation>P&amp;roduire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Produce %1</source>
        <translation>Produire %1</translation>
    </message>
    <message>
        <source>A new, empty folder for the production</source>
        <translation>Un dossier nouveau et vide pour la production</translation>
    </message>
    <message>
        <source>What begins each production number</source>
        <translation>Ce par quoi commence chaque numéro de production</translation>
    </message>
    <message>
        <source>Every letter of the review set</source>
        <translation>Toutes les lettres du corpus d’examen</translation>
    </message>
    <message>
        <source>The letters tagged %1</source>
        <translation>Les lettres étiquetées « %1 »</translation>
    </message>
    <message>
        <source>Which letters</source>
        <translation>Quelles lettres</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation>Pré&amp;fixe des numéros :</translation>
    </message>
    <message>
        <source>&amp;Letters:</source>
        <translation>&amp;Lettres :</translation>
    </message>
    <message>
        <source>Production progress</source>
        <translation>Progression de la production</translation>
    </message>
    <message>
        <source>Each letter gets a number, its native as sent, its text and its metadata; the folder gets a Concordance load file, a CSV, a manifest sha256sum reads, and the letters not produced.</source>
        <translation>Chaque lettre reçoit un numéro, son fichier natif tel qu’envoyé, son texte et ses métadonnées ; le dossier reçoit un fichier de chargement Concordance, un CSV, un manifeste que lit sha256sum, et la liste des lettres non produites.</translation>
    </message>
    <message>
        <source>Where the production&apos;s folder goes</source>
        <translation>Où placer le dossier de la production</translation>
    </message>
    <message>
        <source>Stopping after the letter being produced…</source>
        <translation>Arrêt après la lettre en cours de production…</translation>
    </message>
    <message>
        <source>%1 of %2 letters: %3 produced, %4 not (%5)</source>
        <translation>%1 lettres sur %2 : %3 produites, %4 non (%5)</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>environ %1 min restantes</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>environ %1 s restantes</translation>
    </message>
    <message>
        <source>%1
The production stopped; what it wrote is kept. %2Produce again into the same folder to finish it: no number is skipped or used twice.</source>
        <translation>%1
La production s’est arrêtée ; ce qu’elle a écrit est conservé. %2Produisez de nouveau dans le même dossier pour la terminer : aucun numéro n’est sauté ni utilisé deux fois.</translation>
    </message>
    <message>
        <source>Free some space first. </source>
        <translation>Libérez d’abord de l’espace. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The production did not finish: %1</source>
        <translation>La production n’a pas abouti : %1</translation>
    </message>
    <message>
        <source>&amp;Produce Again</source>
        <translation>Produire à &amp;nouveau</translation>
    </message>
    <message>
        <source>%1 of %2: %3 documents, %4 to %5, %6 not produced (exceptions.csv says why). Root SHA-256 %7, in %8.</source>
        <translation>%1 de %2 : %3 documents, %4 à %5, %6 lettres non produites (exceptions.csv dit pourquoi). SHA-256 racine %7, dans %8.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The legal hold was cancelled; nothing was held.</source>
        <translation>La conservation légale a été annulée ; rien n’a été placé sous conservation.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason (required, recorded in the audit trail):</source>
        <translation>&amp;Motif (obligatoire, consigné dans la piste d&apos;audit) :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <source>Request Reissue</source>
        <translation>Demander une réémission</translation>
    </message>
    <message>
        <source>Reissue %1 is waiting for a compliance officer other than you to approve it (Records &gt; Reissue Queue).</source>
        <translation>La réémission %1 attend l’approbation d’un responsable de la conformité autre que vous (Archivage &gt; File d’attente des réémissions).</translation>
    </message>
    <message>
        <source>Reissue %1: %2.</source>
        <translation>Réémission %1 : %2.</translation>
    </message>
    <message>
        <source>Applying the legal hold “%1”…</source>
        <translation>Application de la conservation légale « %1 »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Apply Legal Hold</source>
        <translation>Appliquer une conservation légale</translation>
    </message>
    <message>
        <source>Hold progress</source>
        <translation>Progression de la conservation</translation>
    </message>
    <message numerus="yes">
        <source>The legal hold “%1” now covers %Ln communication(s).</source>
        <translation>
            <numerusform>Le gel « %1 » couvre maintenant %Ln communication.</numerusform>
            <numerusform>Le gel « %1 » couvre maintenant %Ln communications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsWorkspace</name>
    <message>
        <source>Rec&amp;ords</source>
        <translation>Archi&amp;vage</translation>
    </message>
    <message>
        <source>Request &amp;Reissue…</source>
        <translation>Demander une &amp;réémission…</translation>
    </message>
    <message>
        <source>Resend or regenerate the shown communication</source>
        <translation>Renvoyer ou régénérer la communication affichée</translation>
    </message>
    <message>
        <source>Apply Legal &amp;Hold…</source>
        <translation>Appliquer un &amp;gel juridique…</translation>
    </message>
    <message>
        <source>Hold the selection, the search, or a customer/claim/policy/loan/case</source>
        <translation>Placer sous conservation la sélection, la recherche ou un client/sinistre/police/prêt/dossier</translation>
    </message>
    <message>
        <source>Reissue &amp;Queue</source>
        <translation>&amp;File d’attente des réémissions</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>&amp;Legal Holds</source>
        <translation>Gels &amp;juridiques</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Disposition Review</source>
        <translation>&amp;Examen des éliminations</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Audit Trail</source>
        <translation>&amp;Piste d’audit</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Archivage</translation>
    </message>
    <message>
        <source>Records views</source>
        <translation>Vues d’archivage</translation>
    </message>
    <message>
        <source>Reissue Queue</source>
        <translation>File d’attente des réémissions</translation>
    </message>
    <message>
        <source>Legal Holds</source>
        <translation>Conservations légales</translation>
    </message>
    <message>
        <source>Disposition Review</source>
        <translation>Examen des éliminations</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Piste d’audit</translation>
    </message>
</context>
<context>
    <name>ReissueDialog</name>
    <message>
        <source>&amp;Resend the archived copy</source>
        <translation>&amp;Renvoyer la copie archivée</translation>
    </message>
    <message>
        <source>Re&amp;generate from the archived data with the approved template</source>
        <translation>Ré&amp;générer à partir des données archivées avec le modèle approuvé</translation>
    </message>
    <message>
        <source>&amp;Original destination: %1 %2</source>
        <translation>Destination d’&amp;origine : %1 %2</translation>
    </message>
    <message>
        <source>&amp;Changed channel or address:</source>
        <translation>&amp;Canal ou adresse modifiés :</translation>
    </message>
    <message>
        <source>Request Reissue of %1</source>
        <translation>Demander la réémission de %1</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>Nouvelle adresse</translation>
    </message>
    <message>
        <source>E-mail, postal address or phone number</source>
        <translation>Courriel, adresse postale ou numéro de téléphone</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why it is sent again (required; recorded in the audit trail)</source>
        <translation>Pourquoi elle est envoyée de nouveau (obligatoire ; consigné dans la piste d’audit)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>A resend to the original destination needs no approval: it is sent at once.</source>
        <translation>Un renvoi à la destination d’origine ne nécessite pas d’approbation : il est effectué immédiatement.</translation>
    </message>
    <message>
        <source>The letter sent to %1 was returned. A resend to the same address will likely come back again: choose a changed channel or address unless the address was corrected.</source>
        <translation>La lettre envoyée à %1 a été retournée. Un renvoi à la même adresse reviendra probablement : choisissez un autre canal ou une autre adresse, sauf si l&apos;adresse a été corrigée.</translation>
    </message>
    <message>
        <source>Delivery to %1 %2. A resend to the same destination will likely fail again: choose a changed channel or address unless it was corrected.</source>
        <translation>Remise à %1 : %2. Un renvoi à la même destination échouera probablement : choisissez un autre canal ou une autre adresse, sauf si elle a été corrigée.</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>&amp;Original destination</source>
        <translation>Destination d’&amp;origine</translation>
    </message>
    <message>
        <source>Checking where this request goes and who must approve it…</source>
        <translation>Vérification de la destination de cette demande et de qui doit l’approuver…</translation>
    </message>
    <message>
        <source>It goes by %1 (the customer&apos;s portal).</source>
        <translation>Elle part par %1 (le portail client).</translation>
    </message>
    <message>
        <source>It goes by %1 to %2.</source>
        <translation>Elle part par %1 vers %2.</translation>
    </message>
    <message>
        <source>The team database cannot be reached, so whether it needs a compliance officer&apos;s approval is decided there when it is back; the request waits in this data folder until then.</source>
        <translation>La base de l’équipe est injoignable : c’est elle qui décidera à son retour si la demande doit être approuvée par un responsable conformité ; d’ici là, la demande attend dans ce dossier de données.</translation>
    </message>
    <message>
        <source>A compliance officer other than you must approve it before it is sent.</source>
        <translation>Un responsable conformité autre que vous doit l’approuver avant son envoi.</translation>
    </message>
    <message>
        <source>&amp;Original destination: %1</source>
        <translation>Destination d’&amp;origine : %1</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>The customer&apos;s portal: no address</source>
        <translation>Le portail client : pas d’adresse</translation>
    </message>
    <message>
        <source>The team has no facts about this letter yet, so its original route is this desk&apos;s copy.</source>
        <translation>L’équipe n’a encore aucune donnée sur cette lettre : son acheminement d’origine est donc la copie de ce poste.</translation>
    </message>
    <message>
        <source>As this desk&apos;s copy of the letter has it: the team has no facts about this letter yet.</source>
        <translation>Tel que la copie de ce poste le connaît : l’équipe n’a encore aucune donnée sur cette lettre.</translation>
    </message>
</context>
<context>
    <name>ReissueQueueView</name>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Show requests with status</source>
        <translation>Afficher les demandes ayant ce statut</translation>
    </message>
    <message>
        <source>Reissue requests</source>
        <translation>Demandes de réémission</translation>
    </message>
    <message>
        <source>Approve the selected reissue</source>
        <translation>Approuver la réémission sélectionnée</translation>
    </message>
    <message>
        <source>Reject the selected reissue</source>
        <translation>Rejeter la réémission sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Refresh the reissue queue</source>
        <translation>Actualiser la file d’attente des réémissions</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s).</source>
        <translation>
            <numerusform>%n demande.</numerusform>
            <numerusform>%n demandes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue cannot be read: %1</source>
        <translation>La file d’attente ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Only a compliance officer approves reissues</source>
        <translation>Seul un responsable de la conformité approuve les réémissions</translation>
    </message>
    <message>
        <source>Nobody approves their own request</source>
        <translation>Personne n’approuve sa propre demande</translation>
    </message>
    <message>
        <source>Reject Reissue</source>
        <translation>Rejeter la réémission</translation>
    </message>
    <message>
        <source>Why it is rejected (recorded):</source>
        <translation>Motif du rejet (consigné) :</translation>
    </message>
    <message>
        <source>Approve Reissue</source>
        <translation>Approuver la réémission</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Appro&amp;uver…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Retir&amp;er…</translation>
    </message>
    <message>
        <source>Withdraw your own request</source>
        <translation>Retirer votre propre demande</translation>
    </message>
    <message>
        <source>%1: %2 of %3 by %4 to %5 (%6).
Requested by %7 because: %8

%9</source>
        <translation>%1 : %2 de %3 par %4 à %5 (%6).
Demandée par %7 au motif : %8

%9</translation>
    </message>
    <message>
        <source>regeneration</source>
        <translation>régénération</translation>
    </message>
    <message>
        <source>resend</source>
        <translation>renvoi</translation>
    </message>
    <message>
        <source>Withdraw Reissue Request</source>
        <translation>Retirer la demande de réémission</translation>
    </message>
    <message>
        <source>Why it is withdrawn (recorded):</source>
        <translation>Motif du retrait (consigné) :</translation>
    </message>
    <message>
        <source>What you checked before approving (recorded):</source>
        <translation>Ce que vous avez vérifié avant d’approuver (consigné) :</translation>
    </message>
    <message>
        <source>O&amp;pen Communication</source>
        <translation>&amp;Ouvrir la communication</translation>
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
        <translation>Appuyez sur Entrée ou double-cliquez pour les rechercher</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n communication(s)</source>
        <translation>
            <numerusform>%1 — %n communication</numerusform>
            <numerusform>%1 — %n communications</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <source>Nothing related in the cache.</source>
        <translation>Rien de lié dans le cache.</translation>
    </message>
</context>
<context>
    <name>RemoteSearchControls</name>
    <message>
        <source>Search the &amp;Repositories Too</source>
        <translation>Chercher aussi dans les &amp;référentiels</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>After each search, also ask the repositories for what the cache does not hold</source>
        <translation>Après chaque recherche, demander aussi aux référentiels ce que le cache ne contient pas</translation>
    </message>
    <message>
        <source>Search the repositories too (%1): what the cache does not hold is listed after the cached results, marked with the repository that has it</source>
        <translation>Chercher aussi dans les référentiels (%1) : ce que le cache ne contient pas est listé après les résultats du cache, avec le référentiel qui le détient</translation>
    </message>
    <message>
        <source>Search the Repositories &amp;Once</source>
        <translation>Chercher &amp;une fois dans les référentiels</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ask the repositories for the search shown, this once</source>
        <translation>Poser la recherche affichée aux référentiels, cette fois seulement</translation>
    </message>
    <message>
        <source>&amp;Keep Offline</source>
        <translation>&amp;Garder hors ligne</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Bring the selected communications found in the repositories into the cache</source>
        <translation>Faire entrer dans le cache les communications sélectionnées trouvées dans les référentiels</translation>
    </message>
    <message>
        <source>Repositories too</source>
        <translation>Référentiels aussi</translation>
    </message>
    <message>
        <source>Search of the repositories</source>
        <translation>Recherche dans les référentiels</translation>
    </message>
    <message>
        <source>Progress of the search of the repositories</source>
        <translation>Progression de la recherche dans les référentiels</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the search of the repositories</source>
        <translation>Annuler la recherche dans les référentiels</translation>
    </message>
    <message>
        <source>Stop asking the repositories; what they answered so far is shown</source>
        <translation>Cesser d&apos;interroger les référentiels ; ce qu&apos;ils ont répondu jusqu&apos;ici est affiché</translation>
    </message>
    <message>
        <source>Type a search to search the repositories too: they are not asked for everything they hold.</source>
        <translation>Saisissez une recherche pour chercher aussi dans les référentiels : on ne leur demande pas tout ce qu&apos;ils contiennent.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Searching the repositories…</source>
        <translation>Recherche dans les référentiels…</translation>
    </message>
    <message>
        <source>Searching the repositories: %1 of %2 done,</source>
        <translation>Recherche dans les référentiels : %1 sur %2 terminés,</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n page lue</numerusform>
            <numerusform>%n pages lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Search of the repositories cancelled</source>
        <translation>Recherche dans les référentiels annulée</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies) searched:</source>
        <translation>
            <numerusform>%n référentiel interrogé :</numerusform>
            <numerusform>%n référentiels interrogés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) not cached</source>
        <translation>
            <numerusform>%n communication hors cache</numerusform>
            <numerusform>%n communications hors cache</numerusform>
        </translation>
    </message>
    <message>
        <source>The repositories could not be searched: %1</source>
        <translation>Les référentiels n&apos;ont pas pu être interrogés : %1</translation>
    </message>
    <message>
        <source>The repositories could not be searched</source>
        <translation>Les référentiels n&apos;ont pas pu être interrogés</translation>
    </message>
    <message numerus="yes">
        <source>The search of the repositories was cancelled: the %n communication(s) found before it stopped are listed, not all there are.</source>
        <translation>
            <numerusform>La recherche dans les référentiels a été annulée : la %n communication trouvée avant l&apos;arrêt est listée, pas toutes celles qui existent.</numerusform>
            <numerusform>La recherche dans les référentiels a été annulée : les %n communications trouvées avant l&apos;arrêt sont listées, pas toutes celles qui existent.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be searched: %2. The cached results are all there; what only %1 holds is not listed.</source>
        <translation>%1 n&apos;a pas pu être interrogé : %2. Les résultats du cache sont complets ; ce que seul %1 détient n&apos;est pas listé.</translation>
    </message>
    <message>
        <source>Not asked of %1: %2 — %3</source>
        <translation>Non demandé à %1 : %2 — %3</translation>
    </message>
    <message>
        <source>Keep Offline brings in communications found in the repositories (Where: In …); select one first.</source>
        <translation>Garder hors ligne fait entrer les communications trouvées dans les référentiels (Où : Dans …) ; sélectionnez-en une d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n communication(s) offline…</source>
        <translation>
            <numerusform>%n communication gardée hors ligne…</numerusform>
            <numerusform>%n communications gardées hors ligne…</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept offline to open it: %1 is in the cache now; its document is fetched from the repository and verified.</source>
        <translation>Gardée hors ligne pour l&apos;ouvrir : %1 est maintenant dans le cache ; son document est récupéré depuis le référentiel et vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>Kept offline: %n communication(s) are in the cache now, searched and opened like every cached one.</source>
        <translation>
            <numerusform>Gardée hors ligne : %n communication est maintenant dans le cache, recherchée et ouverte comme les autres.</numerusform>
            <numerusform>Gardées hors ligne : %n communications sont maintenant dans le cache, recherchées et ouvertes comme les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept offline: %1</source>
        <translation>Non gardée hors ligne : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) kept offline</source>
        <translation>
            <numerusform>%n communication gardée hors ligne</numerusform>
            <numerusform>%n communications gardées hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answered exactly by %1: %2 — %3</source>
        <translation>Pas de réponse exacte de %1 : %2 — %3</translation>
    </message>
</context>
<context>
    <name>RemoteSearchNotice</name>
    <message>
        <source>Search of the repositories</source>
        <translation>Recherche dans les référentiels</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>RepositoriesDialog</name>
    <message>
        <source>Repositories</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a repository</source>
        <translation>Ajouter un dépôt</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected repository&apos;s settings</source>
        <translation>Modifier les paramètres du dépôt sélectionné</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connect to the selected repository and read its first page, without changing the cache</source>
        <translation>Se connecter au dépôt sélectionné et lire sa première page, sans modifier le cache</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync the selected repository now</source>
        <translation>Synchroniser maintenant le dépôt sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Remove the selected repository and everything cached from it</source>
        <translation>Supprimer le dépôt sélectionné et tout ce qui en a été mis en cache</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Selected repository</source>
        <translation>Dépôt sélectionné</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation>Stockage des mots de passe</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>%1: %2. The cache keeps working with what was synced before.
Last error: %3</source>
        <translation>%1 : %2. Le cache continue de fonctionner avec ce qui a été synchronisé auparavant.
Dernière erreur : %3</translation>
    </message>
    <message>
        <source>No keychain service is running%1: passwords are kept in memory for this session only and are never written to disk. You will be asked again after Proofdesk restarts.</source>
        <translation>Aucun service de trousseau n’est actif%1 : les mots de passe sont conservés en mémoire pour cette session uniquement et ne sont jamais écrits sur le disque. Ils vous seront redemandés après le redémarrage de Proofdesk.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Use Test Connection or Sync Now.</source>
        <translation>« %1 » ajouté. Utilisez « Tester la connexion » ou « Synchroniser maintenant ».</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>Connecting to &quot;%1&quot;…</source>
        <translation>Connexion à « %1 »…</translation>
    </message>
    <message>
        <source>Remove Repository</source>
        <translation>Supprimer le dépôt</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and everything cached from it? Its records disappear from searches until the repository is added and synced again.</source>
        <translation>Supprimer « %1 » et tout ce qui en a été mis en cache ? Ses enregistrements disparaissent des recherches jusqu’à ce que le dépôt soit ajouté et synchronisé de nouveau.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be removed: %2</source>
        <translation>« %1 » n’a pas pu être supprimé : %2</translation>
    </message>
    <message>
        <source>Syncing &quot;%1&quot;…</source>
        <translation>Synchronisation de « %1 »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Stop the sync after the page being written; what was synced is kept</source>
        <translation>Arrêter la synchronisation après la page en cours d’écriture ; ce qui a été synchronisé est conservé</translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation>Témoi&amp;gner</translation>
    </message>
    <message>
        <source>Read the selected repository whole and record each letter it changed or deleted without a record</source>
        <translation>Lire tout le dépôt sélectionné et consigner chaque courrier qu’il a modifié ou supprimé sans trace</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln letter(s) listed</source>
        <translation>
            <numerusform>%1 : %Ln courrier listé</numerusform>
            <numerusform>%1 : %Ln courriers listés</numerusform>
        </translation>
    </message>
    <message>
        <source>Witnessing &quot;%1&quot;…</source>
        <translation>Témoignage de « %1 »…</translation>
    </message>
    <message>
        <source>Reading &quot;%1&quot; whole, to compare it with what the desk saw…</source>
        <translation>Lecture complète de « %1 », pour la comparer avec ce que le poste a vu…</translation>
    </message>
</context>
<context>
    <name>RepositoriesModel</name>
    <message>
        <source>Drop folder</source>
        <translation>Dossier de dépôt</translation>
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
        <translation>Service de workflow</translation>
    </message>
    <message>
        <source>Delivery feed</source>
        <translation>Flux de distribution</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>RepositoryForm</name>
    <message>
        <source>Edit Repository</source>
        <translation>Modifier le dépôt</translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation>Ajouter un dépôt</translation>
    </message>
    <message>
        <source>Repository name</source>
        <translation>Nom du dépôt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Repository kind</source>
        <translation>Nature du dépôt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Na&amp;ture :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>Choose the drop folder</source>
        <translation>Choisir le dossier de dépôt</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings or the cache</source>
        <translation>Conservé dans le trousseau du système, jamais dans les paramètres ni dans le cache</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 du certificat épinglé</translation>
    </message>
    <message>
        <source>Only for a self-signed certificate: AB:CD:… (64 hex digits)</source>
        <translation>Uniquement pour un certificat auto-signé : AB:CD:… (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>Certificate &amp;SHA-256:</source>
        <translation>&amp;SHA-256 du certificat :</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Correspondance :</translation>
    </message>
    <message>
        <source>One key=value a line, e.g. page_size=200</source>
        <translation>Une clé=valeur par ligne, p. ex. page_size=200</translation>
    </message>
    <message>
        <source>Other settings</source>
        <translation>Autres paramètres</translation>
    </message>
    <message>
        <source>&amp;Other settings:</source>
        <translation>Autres &amp;paramètres :</translation>
    </message>
    <message>
        <source>Password storage</source>
        <translation>Stockage des mots de passe</translation>
    </message>
    <message>
        <source>Problem with the form</source>
        <translation>Problème dans le formulaire</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Drop folder</source>
        <translation>Dossier de dépôt</translation>
    </message>
    <message>
        <source>Repository address</source>
        <translation>Adresse du dépôt</translation>
    </message>
    <message>
        <source>The folder the drops are written to</source>
        <translation>Le dossier dans lequel les dépôts sont écrits</translation>
    </message>
    <message>
        <source>https://repository.example.org/…</source>
        <translation>https://repository.example.org/…</translation>
    </message>
    <message>
        <source>No keychain service is running%1: the password will be kept in memory for this session only and you will be asked for it again after Proofdesk restarts. It is never written to disk.</source>
        <translation>Aucun service de trousseau n’est actif%1 : le mot de passe sera conservé en mémoire pour cette session uniquement et vous sera redemandé après le redémarrage de Proofdesk. Il n’est jamais écrit sur le disque.</translation>
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
        <translation>Le type et la correspondance documentés d&apos;un produit comme point de départ ; modifiez n&apos;importe quel champ ci-dessous</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil :</translation>
    </message>
    <message>
        <source>CMIS type of the communications</source>
        <translation>Type CMIS des communications</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>None: the connector&apos;s defaults</source>
        <translation>Aucun : les valeurs par défaut du connecteur</translation>
    </message>
    <message>
        <source>%1 (the profile&apos;s)</source>
        <translation>%1 (celui du profil)</translation>
    </message>
    <message>
        <source>CMIS type of the template versions</source>
        <translation>Type CMIS des versions de modèle</translation>
    </message>
    <message>
        <source>T&amp;emplate type:</source>
        <translation>Type de &amp;modèle :</translation>
    </message>
    <message>
        <source>CMIS type of the content-block versions</source>
        <translation>Type CMIS des versions de bloc de contenu</translation>
    </message>
    <message>
        <source>&amp;Block type:</source>
        <translation>Type de &amp;bloc :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Read none: %1</source>
        <translation>N&apos;en lire aucun : %1</translation>
    </message>
    <message>
        <source>The repository keeps none of these: read none</source>
        <translation>Le dépôt n&apos;en contient pas : n&apos;en lire aucun</translation>
    </message>
    <message>
        <source>Sync scope: the communications this desk keeps</source>
        <translation>Périmètre de synchronisation : les communications que ce poste conserve</translation>
    </message>
    <message>
        <source>Everything. Or a query, e.g. issued:&gt;=now-24m unit:retail</source>
        <translation>Tout. Ou une recherche, p. ex. issued:&gt;=now-24m unit:retail</translation>
    </message>
    <message>
        <source>The communications the cache keeps, in the search syntax over the repository&apos;s properties (issue date, type, channel, unit, …). What lies outside stays in the repository: Search the repositories too finds it. Held communications and those in a reissue always stay.</source>
        <translation>Les communications que le cache conserve, dans la syntaxe de recherche sur les propriétés du référentiel (date d&apos;émission, type, canal, unité, …). Ce qui est en dehors reste dans le référentiel : Chercher aussi dans les référentiels le trouve. Les communications conservées pour motif légal et celles d&apos;une réémission restent toujours.</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Périmètre :</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Copy &amp;Id</source>
        <translation>Copier l’&amp;identifiant</translation>
    </message>
    <message>
        <source>Copy the communication id</source>
        <translation>Copier l’identifiant de la communication</translation>
    </message>
    <message>
        <source>Copy &amp;Row</source>
        <translation>Copier la &amp;ligne</translation>
    </message>
    <message>
        <source>Copy the row as shown, tab-separated</source>
        <translation>Copier la ligne telle qu’affichée, séparée par des tabulations</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>Ouvrir dans une nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>Show this communication in a window of its own</source>
        <translation>Afficher cette communication dans une fenêtre à part</translation>
    </message>
    <message>
        <source>These results are for the last valid search, not for the text in the box.</source>
        <translation>Ces résultats correspondent à la dernière recherche valide, pas au texte du champ.</translation>
    </message>
    <message>
        <source>Communications matching the search, newest first unless a column header sorts them. Use the arrow keys to move, Return to open the document.</source>
        <translation>Communications correspondant à la recherche, les plus récentes d’abord sauf si un en-tête de colonne les trie autrement. Utilisez les flèches pour vous déplacer et Entrée pour ouvrir le document.</translation>
    </message>
</context>
<context>
    <name>ReviewPane</name>
    <message>
        <source>&amp;Unreviewed only</source>
        <translation>Non &amp;examinées seulement</translation>
    </message>
    <message>
        <source>The matter&apos;s review set</source>
        <translation>Le corpus d’examen de l’affaire</translation>
    </message>
    <message>
        <source>1 to 9 set or clear a tag, N the next unreviewed letter, E its note</source>
        <translation>1 à 9 posent ou retirent une étiquette, N passe à la lettre non examinée suivante, E à sa note</translation>
    </message>
    <message>
        <source>Note on the current letter</source>
        <translation>Note sur la lettre en cours</translation>
    </message>
    <message>
        <source>A note on this letter (E); Return saves it</source>
        <translation>Une note sur cette lettre (E) ; Entrée l’enregistre</translation>
    </message>
    <message>
        <source>Show the letters tagged</source>
        <translation>Afficher les lettres portant l’étiquette</translation>
    </message>
    <message>
        <source>Show the letters reviewed by</source>
        <translation>Afficher les lettres examinées par</translation>
    </message>
    <message>
        <source>N in the list</source>
        <translation>N dans la liste</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Tag the letter %1 (key %2)</source>
        <translation>Étiqueter la lettre « %1 » (touche %2)</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Every letter of the list is reviewed.</source>
        <translation>Toutes les lettres de la liste sont examinées.</translation>
    </message>
    <message>
        <source>Ne&amp;xt Unreviewed</source>
        <translation>S&amp;uivante non examinée</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>Éti&amp;quette :</translation>
    </message>
    <message>
        <source>Rev&amp;iewer:</source>
        <translation>Exa&amp;miné par :</translation>
    </message>
</context>
<context>
    <name>RoleSwitcher</name>
    <message>
        <source>Current user</source>
        <translation>Utilisateur actuel</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Rôle actuel</translation>
    </message>
    <message>
        <source>The role you act in; switching is recorded in the audit trail</source>
        <translation>Le rôle dans lequel vous agissez ; tout changement est consigné dans la piste d’audit</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Connecté en tant que &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The operating-system account</source>
        <translation>Le compte du système d’exploitation</translation>
    </message>
    <message>
        <source>The login of %1</source>
        <translation>L’identifiant de %1</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(aucun rôle)</translation>
    </message>
    <message>
        <source>Switch Role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>en tant que %1</translation>
    </message>
    <message>
        <source>with no role in this data folder</source>
        <translation>sans rôle dans ce dossier de données</translation>
    </message>
</context>
<context>
    <name>RoleTitle</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Responsable de la conformité</translation>
    </message>
    <message>
        <source>Records manager</source>
        <translation>Responsable de l’archivage</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>SavedSearchWatcher</name>
    <message>
        <source>The watched searches cannot be counted: %1</source>
        <translation>Les recherches observées ne peuvent pas être comptées : %1</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
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
        <translation>Cliquez ou appuyez sur Entrée pour lancer une recherche enregistrée ; F2 la renomme</translation>
    </message>
    <message>
        <source>Save the current search under a name</source>
        <translation>Enregistrer la recherche actuelle sous un nom</translation>
    </message>
    <message>
        <source>Rename the selected saved search</source>
        <translation>Renommer la recherche enregistrée sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected saved search</source>
        <translation>Supprimer la recherche enregistrée sélectionnée</translation>
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
    <message>
        <source>S&amp;ave…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>New Letters…</source>
        <translation>Nouvelles lettres…</translation>
    </message>
    <message>
        <source>Count the letters the selected search finds after each sync that were not there when you last looked</source>
        <translation>Compter après chaque synchronisation les lettres que la recherche choisie trouve et qui n’y étaient pas lors de votre dernier passage</translation>
    </message>
    <message>
        <source>List the selected watched search&apos;s new letters</source>
        <translation>Lister les nouvelles lettres de la recherche observée choisie</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search communications</source>
        <translation>Rechercher des communications</translation>
    </message>
    <message>
        <source>Words, field:value filters such as customer: or type:, issued: dates or ranges, OR, - to exclude, quotes for phrases. Results update as you type.</source>
        <translation>Mots, filtres champ:valeur comme customer: ou type:, dates ou périodes avec issued:, OR, - pour exclure, guillemets pour les expressions. Les résultats se mettent à jour pendant la saisie.</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>1,000,000 communications</source>
        <translation>1&#x202f;000&#x202f;000 communications</translation>
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
        <translation>
            <numerusform>%1 communication</numerusform>
            <numerusform>%1 communications</numerusform>
        </translation>
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
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>%1 cached + searching the repositories…</source>
        <translation>%1 en cache + recherche dans les référentiels…</translation>
    </message>
    <message>
        <source>%1 cached + %2 in repositories</source>
        <translation>%1 en cache + %2 dans les référentiels</translation>
    </message>
    <message>
        <source>Search: garcia  customer:CUS-0000006  type:statement channel:email  issued:2026-10  &quot;two words&quot;  -status:delivered</source>
        <translation>Rechercher : garcia  customer:CUS-0000006  type:statement channel:email  issued:2026-10  &quot;deux mots&quot;  -status:delivered</translation>
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
        <translation>L’archive de démonstration n’a pas été terminée. Utilisez Fichier &gt; Importer un dépôt… pour l’importer, ou pour importer un dépôt de votre choix.

%1</translation>
    </message>
    <message>
        <source>The demo archive could not be prepared.

%1</source>
        <translation>L’archive de démonstration n’a pas pu être préparée.

%1</translation>
    </message>
</context>
<context>
    <name>StorageNotice</name>
    <message>
        <source>Data folder warning</source>
        <translation>Avertissement sur le dossier de données</translation>
    </message>
    <message>
        <source>Read only: disk full</source>
        <translation>Lecture seule : disque plein</translation>
    </message>
    <message>
        <source>The data folder was opened for reading only: %1. Searching and reading work; free some space before importing, syncing or recording anything.</source>
        <translation>Le dossier de données a été ouvert en lecture seule : %1. La recherche et la lecture fonctionnent ; libérez de l’espace avant d’importer, de synchroniser ou d’enregistrer quoi que ce soit.</translation>
    </message>
    <message>
        <source>Views not recorded in the audit trail</source>
        <translation>Consultations non enregistrées dans la piste d’audit</translation>
    </message>
    <message>
        <source>What you view and search is not being recorded in the audit trail: %1</source>
        <translation>Ce que vous consultez et recherchez n’est pas enregistré dans la piste d’audit : %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync every repository now</source>
        <translation>Synchroniser maintenant tous les dépôts</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Setti&amp;ngs</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Repositories…</source>
        <translation>&amp;Dépôts…</translation>
    </message>
    <message>
        <source>Add, edit, test and remove repositories</source>
        <translation>Ajouter, modifier, tester et supprimer des dépôts</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Stop the sync after the page being written; what was synced is kept</source>
        <translation>Arrêter la synchronisation après la page en cours d’écriture ; ce qui a été synchronisé est conservé</translation>
    </message>
    <message>
        <source>Repository status</source>
        <translation>État des dépôts</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synchronisation de %1…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Hors ligne : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories offline</source>
        <translation>
            <numerusform>%n dépôt hors ligne</numerusform>
            <numerusform>%n dépôts hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync failed; the cache keeps working with what was synced before.

%1</source>
        <translation>La dernière synchronisation a échoué ; le cache continue de fonctionner avec ce qui a été synchronisé auparavant.

%1</translation>
    </message>
    <message>
        <source>Syncing %1:</source>
        <translation>Synchronisation de %1 :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for another sync of %1 to finish…</source>
        <translation>En attente de la fin d’une autre synchronisation de %1…</translation>
    </message>
</context>
<context>
    <name>TeamStatus</name>
    <message>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de l&apos;équipe</translation>
    </message>
    <message>
        <source>● Team: %1 as %2</source>
        <translation>● Équipe : %1 en tant que %2</translation>
    </message>
    <message>
        <source>○ Team: %1 — offline</source>
        <translation>○ Équipe : %1 — hors ligne</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached: %2
Requests, approvals and holds made now wait in this data folder and are sent when it is back; searching the cache goes on.</source>
        <translation>La base de l&apos;équipe %1 est injoignable : %2
Les demandes, approbations et gels faits maintenant attendent dans ce dossier et seront envoyées à son retour ; la recherche dans le cache continue.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>● Team: %1 as %2 — not verified</source>
        <translation>● Équipe : %1 en tant que %2 — non vérifiée</translation>
    </message>
    <message>
        <source>Records are shared on the team database %1, as the login %2. Other people&apos;s holds, reissue requests and audit entries appear here as they happen.
Connection: %3</source>
        <translation>Les dossiers sont partagés dans la base de l&apos;équipe %1, sous l&apos;identifiant %2. Les gels, demandes de réémission et entrées d&apos;audit des autres apparaissent ici dès qu&apos;ils ont lieu.
Connexion : %3</translation>
    </message>
    <message>
        <source> — on a read-only standby</source>
        <translation> — sur un serveur de secours en lecture seule</translation>
    </message>
    <message>
        <source> — commits not replicated</source>
        <translation> — validations non répliquées</translation>
    </message>
    <message>
        <source> — no standby streaming</source>
        <translation> — aucun serveur de secours connecté</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>TemplateHistoryDialog</name>
    <message>
        <source>Loading the history of %1…</source>
        <translation>Chargement de l’historique de %1…</translation>
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
        <translation>Versions du modèle</translation>
    </message>
    <message>
        <source>Differences between the two versions</source>
        <translation>Différences entre les deux versions</translation>
    </message>
    <message>
        <source>Search for every communication produced with the selected version</source>
        <translation>Rechercher toutes les communications produites avec la version sélectionnée</translation>
    </message>
    <message>
        <source>Older version to compare</source>
        <translation>Version plus ancienne à comparer</translation>
    </message>
    <message>
        <source>Newer version to compare</source>
        <translation>Version plus récente à comparer</translation>
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
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n version</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; %2 — %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L’historique n’a pas pu être lu : %1</translation>
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
            <numerusform>%Ln ligne supprimée</numerusform>
            <numerusform>%Ln lignes supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajoutée</numerusform>
            <numerusform>%Ln ajoutées</numerusform>
        </translation>
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
        <translation>Version du modèle</translation>
    </message>
    <message>
        <source>Approval at issue time</source>
        <translation>Approbation à la date d’émission</translation>
    </message>
    <message>
        <source>Show every version of this template, with approvals and differences</source>
        <translation>Afficher toutes les versions de ce modèle, avec les approbations et les différences</translation>
    </message>
    <message>
        <source>Search for every communication produced with this template version</source>
        <translation>Rechercher toutes les communications produites avec cette version du modèle</translation>
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
        <translation>Blocs de contenu</translation>
    </message>
    <message>
        <source>No communication selected.</source>
        <translation>Aucune communication sélectionnée.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#e53935&quot;&gt;&lt;b&gt;Unknown template version&lt;/b&gt;: the cache has no record of it, so it cannot be shown to have been approved.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#e53935&quot;&gt;&lt;b&gt;Version de modèle inconnue&lt;/b&gt; : le cache n’en a aucune trace ; son approbation ne peut donc pas être démontrée.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#e53935&quot;&gt;&lt;b&gt;Not approved at issue time.&lt;/b&gt;&lt;/span&gt; This communication was produced with a version that had no approval in force when it was issued.</source>
        <translation>&lt;span style=&quot;color:#e53935&quot;&gt;&lt;b&gt;Non approuvé à la date d’émission.&lt;/b&gt;&lt;/span&gt; Cette communication a été produite avec une version qui n’avait aucune approbation en vigueur au moment de son émission.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#43a047&quot;&gt;&lt;b&gt;&amp;#10004; Approved at issue time&lt;/b&gt;&lt;/span&gt;: %1 by %2 on %3%4</source>
        <translation>&lt;span style=&quot;color:#43a047&quot;&gt;&lt;b&gt;&amp;#10004; Approuvé à la date d’émission&lt;/b&gt;&lt;/span&gt; : %1 par %2 le %3%4</translation>
    </message>
    <message>
        <source>%1 version %2 — %3
Status now: %4. Effective from %5%6</source>
        <translation>%1 version %2 — %3
Statut actuel : %4. En vigueur à partir du %5%6</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> jusqu’au %1</translation>
    </message>
</context>
<context>
    <name>TombstoneNotice</name>
    <message>
        <source>Disposed communication</source>
        <translation>Communication détruite</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was disposed of&lt;/b&gt; on %2 by %3, under retention class %4 (batch %5).</source>
        <translation>&lt;b&gt;%1 a été détruite&lt;/b&gt; le %2 par %3, classe de conservation %4 (lot %5).</translation>
    </message>
    <message>
        <source>Certificate: &lt;a href=&quot;%1&quot; style=&quot;color: #ffe0b2&quot;&gt;%2&lt;/a&gt; (SHA-256 %3).</source>
        <translation>Certificat : &lt;a href=&quot;%1&quot; style=&quot;color: #ffe0b2&quot;&gt;%2&lt;/a&gt; (SHA-256 %3).</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
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
        <translation>Ctrl+I</translation>
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
        <translation>Ctrl+E</translation>
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
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
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
        <translation>Ctrl+Shift+A</translation>
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
        <translation>Ctrl+Down</translation>
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
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
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
        <translation>Ctrl+1</translation>
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
        <translation>Ctrl+2</translation>
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
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>The version history of the shown template</source>
        <translation>L’historique des versions du modèle affiché</translation>
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
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>word — a word of the text, the recipient or an id (garcia finds García)
word* — words starting with it
&quot;two words&quot; — a phrase
field:value — customer:, account:, policy:, claim:, loan:, case:, workspace:, type:, channel:, template:, version:, block:, unit:, batch:, campaign:, language:, origin:, status:, hold:, fixity:, repo:, id:
issued:2026-10-03, issued:2026-10, issued:2026, issued:2026-01-01..2026-03-31
finding:unapproved_template, retired_block, undelivered, fixity_failed, retention_overdue, reissue_unfulfilled, or finding:any — has that kind of finding now
a b — both;  a OR b — either;  -a — not a;  ( … ) — grouping</source>
        <translation>mot — un mot du texte, le destinataire ou un identifiant (garcia trouve García)
mot* — les mots qui commencent ainsi
&quot;deux mots&quot; — une expression
champ:valeur — customer:, account:, policy:, claim:, loan:, case:, workspace:, type:, channel:, template:, version:, block:, unit:, batch:, campaign:, language:, origin:, status:, hold:, fixity:, repo:, id:
issued:2026-10-03, issued:2026-10, issued:2026, issued:2026-01-01..2026-03-31
finding:unapproved_template, retired_block, undelivered, fixity_failed, retention_overdue, reissue_unfulfilled ou finding:any — a maintenant un constat de ce type
a b — les deux ;  a OR b — l’un ou l’autre ;  -a — pas a ;  ( … ) — regroupement</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s style and light or dark palette</source>
        <translation>Utiliser le style et la palette claire ou sombre du bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Light palette, whatever the desktop uses</source>
        <translation>Palette claire, quel que soit le réglage du bureau</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Dark palette, whatever the desktop uses</source>
        <translation>Palette sombre, quel que soit le réglage du bureau</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Proofdesk uses the new language from its next start.</source>
        <translation>Proofdesk utilise la nouvelle langue à partir du prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Records and audit for customer communications.</source>
        <translation>Archivage et audit des communications clients.</translation>
    </message>
    <message>
        <source>The data folder (cache and documents).</source>
        <translation>Le dossier de données (cache et documents).</translation>
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
        <source>Appearance for this run: system, light or dark.</source>
        <translation>Apparence pour cette exécution : system, light ou dark.</translation>
    </message>
    <message>
        <source>The cache was damaged: it failed its integrity check and could not be trusted. It was moved to %1 and a new, empty cache was created; it fills again on the next sync, and until then a search finds only what has been synced.</source>
        <translation>Le cache était endommagé : il a échoué à son contrôle d’intégrité et n’était plus fiable. Il a été déplacé vers %1 et un nouveau cache vide a été créé ; il se remplit à la prochaine synchronisation, et d’ici là une recherche ne trouve que ce qui a été synchronisé.</translation>
    </message>
</context>
<context>
    <name>proofdesk::audit::ActionLabels</name>
    <message>
        <source>Audit anchor written</source>
        <translation>Ancre d’audit écrite</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Piste d’audit exportée</translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation>Piste d’audit vérifiée</translation>
    </message>
    <message>
        <source>Kept offline</source>
        <translation>Conservée hors ligne</translation>
    </message>
    <message>
        <source>Disposition approved</source>
        <translation>Élimination approuvée</translation>
    </message>
    <message>
        <source>Disposition reviewed</source>
        <translation>Élimination examinée</translation>
    </message>
    <message>
        <source>Disposition pending</source>
        <translation>Élimination en attente</translation>
    </message>
    <message>
        <source>Evidence package exported</source>
        <translation>Dossier de preuve exporté</translation>
    </message>
    <message>
        <source>Audit report exported</source>
        <translation>Rapport d’audit exporté</translation>
    </message>
    <message>
        <source>Exception case opened</source>
        <translation>Cas d’exception ouvert</translation>
    </message>
    <message>
        <source>Exception case ended by the workflow</source>
        <translation>Cas d’exception clos par le workflow</translation>
    </message>
    <message>
        <source>Finding reviewed</source>
        <translation>Constat examiné</translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation>Gel juridique placé</translation>
    </message>
    <message>
        <source>Letters added to a hold</source>
        <translation>Lettres ajoutées à un gel</translation>
    </message>
    <message>
        <source>Letters removed from a hold</source>
        <translation>Lettres retirées d’un gel</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Gel juridique levé</translation>
    </message>
    <message>
        <source>Hold sent to the repository</source>
        <translation>Gel envoyé au référentiel</translation>
    </message>
    <message>
        <source>Matter opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Matter closed</source>
        <translation>Dossier clos</translation>
    </message>
    <message>
        <source>Search added to a matter</source>
        <translation>Recherche ajoutée à un dossier</translation>
    </message>
    <message>
        <source>Matter member changed</source>
        <translation>Membre du dossier modifié</translation>
    </message>
    <message>
        <source>Letter tagged</source>
        <translation>Lettre étiquetée</translation>
    </message>
    <message>
        <source>Search watched</source>
        <translation>Recherche surveillée</translation>
    </message>
    <message>
        <source>Production started</source>
        <translation>Production commencée</translation>
    </message>
    <message>
        <source>Production made</source>
        <translation>Production réalisée</translation>
    </message>
    <message>
        <source>Records restored</source>
        <translation>Dossiers restaurés</translation>
    </message>
    <message>
        <source>Records started empty</source>
        <translation>Dossiers recommencés à vide</translation>
    </message>
    <message>
        <source>Reissue requested</source>
        <translation>Réémission demandée</translation>
    </message>
    <message>
        <source>Reissue submitted</source>
        <translation>Réémission soumise</translation>
    </message>
    <message>
        <source>Reissue approved</source>
        <translation>Réémission approuvée</translation>
    </message>
    <message>
        <source>Reissue rejected</source>
        <translation>Réémission rejetée</translation>
    </message>
    <message>
        <source>Reissue cancelled</source>
        <translation>Réémission annulée</translation>
    </message>
    <message>
        <source>Reissue queued</source>
        <translation>Réémission mise en file</translation>
    </message>
    <message>
        <source>Reissue fulfilled</source>
        <translation>Réémission accomplie</translation>
    </message>
    <message>
        <source>Reissue withheld</source>
        <translation>Réémission retenue</translation>
    </message>
    <message>
        <source>Reissue ended by the workflow</source>
        <translation>Réémission close par le workflow</translation>
    </message>
    <message>
        <source>Repository added</source>
        <translation>Référentiel ajouté</translation>
    </message>
    <message>
        <source>Repository changed</source>
        <translation>Référentiel modifié</translation>
    </message>
    <message>
        <source>Repository removed</source>
        <translation>Référentiel retiré</translation>
    </message>
    <message>
        <source>Repository password changed</source>
        <translation>Mot de passe du référentiel modifié</translation>
    </message>
    <message>
        <source>Sync scope changed</source>
        <translation>Périmètre de synchronisation modifié</translation>
    </message>
    <message>
        <source>Held letter deleted in the repository</source>
        <translation>Lettre gelée supprimée dans le référentiel</translation>
    </message>
    <message>
        <source>Retention extended</source>
        <translation>Conservation prolongée</translation>
    </message>
    <message>
        <source>Role granted</source>
        <translation>Rôle accordé</translation>
    </message>
    <message>
        <source>Role revoked</source>
        <translation>Rôle retiré</translation>
    </message>
    <message>
        <source>Role switched</source>
        <translation>Rôle changé</translation>
    </message>
    <message>
        <source>Role taken</source>
        <translation>Rôle pris</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Réglage modifié</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Team session ended</source>
        <translation>Session d’équipe terminée</translation>
    </message>
    <message>
        <source>Joined the team database</source>
        <translation>Base de l’équipe rejointe</translation>
    </message>
    <message>
        <source>Team member added</source>
        <translation>Membre de l’équipe ajouté</translation>
    </message>
    <message>
        <source>Letters published to the team</source>
        <translation>Lettres publiées pour l’équipe</translation>
    </message>
    <message>
        <source>Letters withdrawn from the team</source>
        <translation>Lettres retirées de l’équipe</translation>
    </message>
    <message>
        <source>Search results exported</source>
        <translation>Résultats de recherche exportés</translation>
    </message>
    <message>
        <source>Reissue withdrawn</source>
        <translation>Réémission retirée</translation>
    </message>
    <message>
        <source>Legal hold applied</source>
        <translation>Gel juridique appliqué</translation>
    </message>
    <message>
        <source>Letter viewed</source>
        <translation>Lettre consultée</translation>
    </message>
    <message>
        <source>Audit trail viewed</source>
        <translation>Piste d’audit consultée</translation>
    </message>
    <message>
        <source>Own audit entries viewed</source>
        <translation>Propres entrées d’audit consultées</translation>
    </message>
    <message>
        <source>Findings run</source>
        <translation>Constats calculés</translation>
    </message>
    <message>
        <source>Matter managed</source>
        <translation>Dossier géré</translation>
    </message>
    <message>
        <source>Matter produced</source>
        <translation>Dossier produit</translation>
    </message>
    <message>
        <source>Matter reviewed</source>
        <translation>Dossier examiné</translation>
    </message>
    <message>
        <source>Repository configured</source>
        <translation>Référentiel configuré</translation>
    </message>
    <message>
        <source>Disposition decided</source>
        <translation>Élimination décidée</translation>
    </message>
    <message>
        <source>Not permitted in the role</source>
        <translation>Non permis dans ce rôle</translation>
    </message>
    <message>
        <source>Changed in the repository without a record</source>
        <translation>Modifié dans le dépôt sans trace de modification</translation>
    </message>
    <message>
        <source>Gone from the repository without a deletion</source>
        <translation>Disparu du dépôt sans suppression</translation>
    </message>
    <message>
        <source>Repository witnessed</source>
        <translation>Témoignage du dépôt</translation>
    </message>
</context>
<context>
    <name>proofdesk::audit::AuditReason</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 has not been granted the %2 role in this data folder (granted: %3). An admin grants roles.</source>
        <translation>%1 ne dispose pas du rôle %2 dans ce dossier de données (rôles attribués : %3). Les rôles sont attribués par un administrateur.</translation>
    </message>
    <message>
        <source>%1 needs the %2 role; %3 has %4 in this data folder. An admin grants roles.</source>
        <translation>%1 nécessite le rôle %2 ; %3 dispose de %4 dans ce dossier de données. Les rôles sont attribués par un administrateur.</translation>
    </message>
    <message>
        <source>%1 is not permitted in the %2 role: %3 needs the %4 role. Switch role if you have it, or ask someone who does.</source>
        <translation>%1 n’est pas autorisé avec le rôle %2 : %3 nécessite le rôle %4. Changez de rôle si vous le détenez, ou demandez à quelqu’un qui le détient.</translation>
    </message>
    <message>
        <source>searching communications</source>
        <translation>la recherche de communications</translation>
    </message>
    <message>
        <source>viewing a communication</source>
        <translation>la consultation d’une communication</translation>
    </message>
    <message>
        <source>exporting search results</source>
        <translation>l’export de résultats de recherche</translation>
    </message>
    <message>
        <source>requesting a reissue</source>
        <translation>la demande d’une réémission</translation>
    </message>
    <message>
        <source>approving a reissue</source>
        <translation>l’approbation d’une réémission</translation>
    </message>
    <message>
        <source>exporting an evidence package</source>
        <translation>l’export d’un dossier de preuve</translation>
    </message>
    <message>
        <source>viewing your own audit entries</source>
        <translation>la consultation de vos propres entrées d’audit</translation>
    </message>
    <message>
        <source>viewing, verifying or exporting the whole audit trail</source>
        <translation>la consultation, la vérification ou l’export de toute la piste d’audit</translation>
    </message>
    <message>
        <source>running the compliance findings</source>
        <translation>l’exécution des contrôles de conformité</translation>
    </message>
    <message>
        <source>marking a finding reviewed</source>
        <translation>le marquage d’un constat comme examiné</translation>
    </message>
    <message>
        <source>opening an exception case from a finding</source>
        <translation>l’ouverture d’un cas d’exception à partir d’un constat</translation>
    </message>
    <message>
        <source>applying or changing a legal hold</source>
        <translation>l’application ou la modification d’un gel juridique</translation>
    </message>
    <message>
        <source>releasing a legal hold</source>
        <translation>la levée d’un gel juridique</translation>
    </message>
    <message>
        <source>reviewing what is due for disposition</source>
        <translation>l’examen de ce qui est à éliminer</translation>
    </message>
    <message>
        <source>approving a disposition</source>
        <translation>l’approbation d’une élimination</translation>
    </message>
    <message>
        <source>changing retention</source>
        <translation>la modification de la conservation</translation>
    </message>
    <message>
        <source>adding or configuring repositories</source>
        <translation>l’ajout ou la configuration de dépôts</translation>
    </message>
    <message>
        <source>granting roles</source>
        <translation>l’attribution de rôles</translation>
    </message>
    <message>
        <source>changing settings</source>
        <translation>la modification des réglages</translation>
    </message>
    <message>
        <source>a regeneration or a changed channel or destination needs a compliance officer&apos;s approval</source>
        <translation>une régénération ou un changement de canal ou de destination nécessite l’approbation d’un responsable de la conformité</translation>
    </message>
    <message>
        <source>a resend to the original destination needs no approval</source>
        <translation>un renvoi à la destination d’origine ne nécessite pas d’approbation</translation>
    </message>
    <message>
        <source>waiting in the outbox for the repository</source>
        <translation>en attente dans la boîte d’envoi pour le dépôt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>%1 requested reissue %2 and cannot approve it: nobody approves their own request. Another compliance officer must approve it.</source>
        <translation>%1 a demandé la réémission %2 et ne peut pas l’approuver : personne n’approuve sa propre demande. Un autre responsable de la conformité doit l’approuver.</translation>
    </message>
    <message>
        <source>the workflow engine rejected it without giving a reason</source>
        <translation>le moteur de workflow l’a rejetée sans donner de motif</translation>
    </message>
    <message>
        <source>the workflow engine deleted its process instance without giving a reason</source>
        <translation>le moteur de workflow a supprimé son instance de processus sans donner de motif</translation>
    </message>
    <message>
        <source>the repository returned %1 for this request</source>
        <translation>le dépôt a renvoyé %1 pour cette demande</translation>
    </message>
    <message>
        <source>Legal hold %1 was released on %2 and cannot be changed; create a new hold.</source>
        <translation>Le gel juridique %1 a été levé le %2 et ne peut plus être modifié ; créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Retention of %1 ends %2; %3 would shorten it, and retention is never shortened here.</source>
        <translation>La conservation de %1 prend fin le %2 ; %3 la raccourcirait, et la conservation n’est jamais raccourcie ici.</translation>
    </message>
    <message>
        <source>%1 is not in the cache or has no retention class with a trigger date</source>
        <translation>%1 n’est pas dans le cache ou n’a pas de classe de conservation avec date de déclenchement</translation>
    </message>
    <message>
        <source>%1 is kept until %2 (%3)</source>
        <translation>%1 est conservée jusqu’au %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is under an active legal hold and cannot be disposed of</source>
        <translation>%1 est sous gel juridique actif et ne peut pas être éliminée</translation>
    </message>
    <message>
        <source>first use of a demo or empty data folder: its first user gets every role</source>
        <translation>première utilisation d’un dossier de démonstration ou vide : sa première personne reçoit tous les rôles</translation>
    </message>
    <message>
        <source>import of a drop folder</source>
        <translation>import d’un dossier de dépôt</translation>
    </message>
    <message>
        <source>the request was %1 when its outbox item was to leave: withdrawn, not sent</source>
        <translation>la demande était à l’état %1 quand son élément devait quitter la boîte d’envoi : retiré, non envoyé</translation>
    </message>
    <message>
        <source>opening, changing or closing a matter</source>
        <translation>l’ouverture, la modification ou la clôture d’une affaire</translation>
    </message>
    <message>
        <source>reviewing a matter&apos;s letters</source>
        <translation>l’examen des lettres d’une affaire</translation>
    </message>
    <message>
        <source>producing a matter&apos;s letters</source>
        <translation>la production des lettres d’une affaire</translation>
    </message>
    <message>
        <source>%1 was not added to matter %2 and may not see it.</source>
        <translation>%1 n’a pas été ajouté à l’affaire %2 et ne peut pas la voir.</translation>
    </message>
    <message>
        <source>Carried over from the matter that legal holds named in free text before matters existed.</source>
        <translation>Repris de l’affaire que les gels juridiques nommaient en texte libre avant l’existence des affaires.</translation>
    </message>
    <message>
        <source>the legal holds are not what the audit trail says (%1: %2); `audit verify` names each such row</source>
        <translation>les gels ne sont pas ce que dit la piste d’audit (%1 : %2) ; `audit verify` nomme chacune de ces lignes</translation>
    </message>
    <message>
        <source>the role %2 of %1 in this data folder was granted by no entry of the audit trail: it was added outside Proofdesk, and gives nothing; `audit verify` names each such row</source>
        <translation>le rôle %2 de %1 dans ce dossier de données n’a été accordé par aucune entrée de la piste d’audit : il a été ajouté hors de Proofdesk et ne donne rien ; `audit verify` nomme chacune de ces lignes</translation>
    </message>
    <message>
        <source>the request is not what the audit trail says: %1; `audit verify` names each such row</source>
        <translation>la demande n’est pas ce que dit la piste d’audit : %1 ; `audit verify` nomme chacune de ces lignes</translation>
    </message>
</context>
<context>
    <name>proofdesk::cache::BulkLoad</name>
    <message>
        <source>A large import is building the cache&apos;s indexes; this view works again when it has finished.</source>
        <translation>Une importation volumineuse reconstruit les index du cache ; cette vue fonctionnera de nouveau une fois celle-ci terminée.</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance</name>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>the stored bytes no longer match the recorded SHA-256 %1</source>
        <translation>les octets stockés ne correspondent plus au SHA-256 enregistré %1</translation>
    </message>
    <message>
        <source>the bytes with the recorded SHA-256 %1 are not in the local store (fixity: %2)</source>
        <translation>les octets correspondant au SHA-256 enregistré %1 ne sont pas dans le stockage local (intégrité : %2)</translation>
    </message>
    <message>
        <source>No communication with id &quot;%1&quot; in the cache: no evidence package was written.</source>
        <translation>Aucune communication d’identifiant « %1 » dans le cache : aucun dossier de preuve n’a été écrit.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune entrée.</translation>
    </message>
    <message>
        <source>What was sent</source>
        <translation>Ce qui a été envoyé</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>Émise (UTC)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>, reissue of %1</source>
        <translation>, réémission de %1</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Statut de distribution</translation>
    </message>
    <message>
        <source>Fixity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation>Classe de conservation</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Template version and approvals</source>
        <translation>Version du modèle et approbations</translation>
    </message>
    <message>
        <source>The template version is not known to the cache.</source>
        <translation>La version du modèle est inconnue du cache.</translation>
    </message>
    <message>
        <source>%1 v%2 &quot;%3&quot;, status %4, effective %5 to %6.</source>
        <translation>%1 v%2 « %3 », statut %4, en vigueur du %5 au %6.</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(sans fin)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delivery events</source>
        <translation>Événements de distribution</translation>
    </message>
    <message>
        <source>At (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Content blocks</source>
        <translation>Blocs de contenu</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>released or removed</source>
        <translation>levée ou retirée</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçue</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>examiné</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Conservations légales</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reissues</source>
        <translation>Réémissions</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>By / request</source>
        <translation>Par / demande</translation>
    </message>
    <message>
        <source>Compliance findings</source>
        <translation>Constats de conformité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>How to verify this package</source>
        <translation>Comment vérifier ce dossier</translation>
    </message>
    <message>
        <source>The document %1 (%2 bytes) is included as sent; its SHA-256 %3 was checked against the repository&apos;s record when it was exported.</source>
        <translation>Le document %1 (%2 octets) est inclus tel qu’envoyé ; son SHA-256 %3 a été vérifié par rapport à l’enregistrement du dépôt lors de l’exportation.</translation>
    </message>
    <message>
        <source>The document is not included: %1</source>
        <translation>Le document n’est pas inclus : %1</translation>
    </message>
    <message>
        <source>Every file is listed with its SHA-256 in SHA256SUMS; run &quot;sha256sum -c SHA256SUMS&quot; in the unpacked folder. audit.json holds the audit trail entries about this communication with their chain hashes.</source>
        <translation>Chaque fichier est listé avec son SHA-256 dans SHA256SUMS ; exécutez « sha256sum -c SHA256SUMS » dans le dossier décompressé. audit.json contient les entrées de la piste d’audit concernant cette communication, avec leurs hachages de chaîne.</translation>
    </message>
    <message>
        <source>Audit entries: %1; latest chain hash: %2</source>
        <translation>Entrées de la piste d’audit : %1 ; dernier hachage de chaîne : %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Evidence package: %1</source>
        <translation>Dossier de preuve : %1</translation>
    </message>
    <message>
        <source>Exported %1 by %2 (%3) on device %4.</source>
        <translation>Exporté le %1 par %2 (%3) sur l’appareil %4.</translation>
    </message>
    <message>
        <source>Evidence package %1</source>
        <translation>Dossier de preuve %1</translation>
    </message>
    <message>
        <source>Template not approved at issue</source>
        <translation>Modèle non approuvé à l’émission</translation>
    </message>
    <message>
        <source>Retired content block</source>
        <translation>Bloc de contenu retiré</translation>
    </message>
    <message>
        <source>Undelivered, not reissued</source>
        <translation>Non distribuée, non réémise</translation>
    </message>
    <message>
        <source>Fixity failed or document missing</source>
        <translation>Intégrité en échec ou document manquant</translation>
    </message>
    <message>
        <source>Past retention, not disposed</source>
        <translation>Durée de conservation dépassée, non éliminée</translation>
    </message>
    <message>
        <source>Reissue not fulfilled</source>
        <translation>Réémission non accomplie</translation>
    </message>
    <message>
        <source>Unapproved template</source>
        <translation>Modèle non approuvé</translation>
    </message>
    <message>
        <source>Retired block</source>
        <translation>Bloc retiré</translation>
    </message>
    <message>
        <source>Undelivered</source>
        <translation>Non distribuée</translation>
    </message>
    <message>
        <source>Fixity failed</source>
        <translation>Intégrité en échec</translation>
    </message>
    <message>
        <source>Retention overdue</source>
        <translation>Conservation dépassée</translation>
    </message>
    <message>
        <source>Reissue open</source>
        <translation>Réémission en suspens</translation>
    </message>
    <message>
        <source>template %1 has no approval; issued on %2</source>
        <translation>le modèle %1 n’a aucune approbation ; émise le %2</translation>
    </message>
    <message>
        <source>template %1 was approved on %2, after issue on %3</source>
        <translation>le modèle %1 a été approuvé le %2, après l’émission du %3</translation>
    </message>
    <message>
        <source>template %1 stopped being effective on %2, at or before issue on %3</source>
        <translation>le modèle %1 a cessé d’être en vigueur le %2, au plus tard à l’émission du %3</translation>
    </message>
    <message>
        <source>template %1 is not known to the cache (no such version); issued on %2</source>
        <translation>le modèle %1 est inconnu du cache (version inexistante) ; émise le %2</translation>
    </message>
    <message>
        <source>A review needs a note saying what was checked or done.</source>
        <translation>Un examen nécessite une note indiquant ce qui a été vérifié ou fait.</translation>
    </message>
    <message>
        <source>Findings by kind</source>
        <translation>Constats par nature</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>%1 findings over %2 communications</source>
        <translation>%1 constats sur %2 communications</translation>
    </message>
    <message>
        <source>Findings by template version</source>
        <translation>Constats par version de modèle</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <source>the %1 template versions with the most findings</source>
        <translation>les %1 versions de modèle ayant le plus de constats</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of finding.</source>
        <translation>« %1 » n&apos;est pas un type de constat.</translation>
    </message>
    <message>
        <source>A review names the communication whose finding was checked.</source>
        <translation>Une revue nomme la communication dont le constat a été vérifié.</translation>
    </message>
    <message>
        <source>The audit report was cancelled; nothing was written.</source>
        <translation>Le rapport d’audit a été annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>there is no manifest: the folder is not a complete production</source>
        <translation>il n’y a pas de manifeste : le dossier n’est pas une production complète</translation>
    </message>
    <message>
        <source>line %1 is not &quot;&lt;SHA-256&gt;  &lt;path in the folder&gt;&quot; of a file listed once</source>
        <translation>la ligne %1 n’est pas « &lt;SHA-256&gt;  &lt;chemin dans le dossier&gt; » d’un fichier listé une seule fois</translation>
    </message>
    <message>
        <source>the manifest lists it and it is gone: a file was removed</source>
        <translation>le manifeste le liste et il a disparu : un fichier a été supprimé</translation>
    </message>
    <message>
        <source>its bytes are not the ones the manifest lists: the file was changed</source>
        <translation>ses octets ne sont pas ceux que liste le manifeste : le fichier a été modifié</translation>
    </message>
    <message>
        <source>the production was never finished: its journal is still there</source>
        <translation>la production n’a jamais été terminée : son journal est toujours là</translation>
    </message>
    <message>
        <source>the manifest does not list it: a file was added</source>
        <translation>le manifeste ne le liste pas : un fichier a été ajouté</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>it is missing or not a production&apos;s description</source>
        <translation>il manque ou n’est pas la description d’une production</translation>
    </message>
    <message>
        <source>The production was stopped after %1 of %2 letters. %3 holds what was done: the same command with the same folder finishes it; its numbers stay reserved.</source>
        <translation>La production a été arrêtée après %1 lettres sur %2. %3 contient ce qui a été fait : la même commande avec le même dossier la termine ; ses numéros restent réservés.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 par %2 le %3 : %4</translation>
    </message>
    <message>
        <source>The cache&apos;s row of %1 was changed outside Proofdesk since it was written: no evidence package was written (proofdesk-cli cache verify names every such row).</source>
        <translation>La ligne de %1 dans le cache a été modifiée hors de Proofdesk depuis son écriture : aucun paquet de preuves n’a été écrit (proofdesk-cli cache verify nomme chaque ligne de ce genre).</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::AuditReport</name>
    <message>
        <source>Audit report</source>
        <translation>Rapport d’audit</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Portée : %1</translation>
    </message>
    <message>
        <source>the whole cache</source>
        <translation>tout le cache</translation>
    </message>
    <message>
        <source>%1 communications; generated %2%3</source>
        <translation>%1 communications ; généré le %2%3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Statut de distribution</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Template versions used</source>
        <translation>Versions de modèle utilisées</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Approval records</source>
        <translation>Approbations enregistrées</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::DashboardQueries</name>
    <message>
        <source>Communications per week by channel</source>
        <translation>Communications par semaine et par canal</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Delivery outcomes by week of issue</source>
        <translation>Résultats de distribution par semaine d’émission</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Eligible for disposition, next twelve months</source>
        <translation>Éligibles à l’élimination, douze prochains mois</translation>
    </message>
    <message>
        <source>already due</source>
        <translation>déjà échues</translation>
    </message>
    <message>
        <source>by retention class; held and disposed not counted</source>
        <translation>par classe de conservation ; communications sous conservation légale ou éliminées non comptées</translation>
    </message>
    <message>
        <source>Retention class and trigger date are not search fields: a bar marked approximate opens the communications of its types issued in its months, which is not exactly the bar.</source>
        <translation>La classe de conservation et la date de déclenchement ne sont pas des champs de recherche : une barre marquée comme approximative ouvre les communications de ses types émises pendant ses mois, ce qui ne correspond pas exactement à la barre.</translation>
    </message>
    <message>
        <source>Active legal holds</source>
        <translation>Conservations légales actives</translation>
    </message>
    <message>
        <source>Communications held</source>
        <translation>Communications sous conservation</translation>
    </message>
    <message>
        <source>communications held</source>
        <translation>communications sous conservation</translation>
    </message>
    <message>
        <source>%1 active holds, %2 communications held</source>
        <translation>%1 conservations actives, %2 communications sous conservation</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::FindingChecks</name>
    <message>
        <source>content block %1 was retired on %2, at or before issue on %3</source>
        <translation>le bloc de contenu %1 a été retiré le %2, au plus tard à l’émission du %3</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>delivery %1%2%3; no later delivery and no reissue</source>
        <translation>distribution %1%2%3 ; aucune distribution ultérieure ni réémission</translation>
    </message>
    <message>
        <source>document %1 does not hash to the recorded SHA-256 %2</source>
        <translation>le hachage du document %1 ne correspond pas au SHA-256 enregistré %2</translation>
    </message>
    <message>
        <source>document %1 hashes to %2…, not to the recorded %3…</source>
        <translation>le document %1 a pour hachage %2…, et non le %3… enregistré</translation>
    </message>
    <message>
        <source>document %1 is missing from the repository</source>
        <translation>le document %1 est absent du dépôt</translation>
    </message>
    <message>
        <source>trigger date %1</source>
        <translation>la date de déclenchement %1</translation>
    </message>
    <message>
        <source>issue on %1</source>
        <translation>l’émission du %1</translation>
    </message>
    <message>
        <source>retention %1 (%2 from %3) ended on %4; not disposed and under no active hold</source>
        <translation>la conservation %1 (%2 à compter de %3) a pris fin le %4 ; non éliminée et sous aucune conservation légale active</translation>
    </message>
    <message>
        <source>reissue request %1 (%2) open since %3 (%4 days), status %5</source>
        <translation>demande de réémission %1 (%2) ouverte depuis le %3 (%4 jours), statut %5</translation>
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
        <translation>examiné par %1</translation>
    </message>
    <message>
        <source>%1
Reviewed by %2 on %3: %4</source>
        <translation>%1
Examiné par %2 le %3 : %4</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>case queued</source>
        <translation>cas en file d’attente</translation>
    </message>
    <message>
        <source>case started</source>
        <translation>cas démarré</translation>
    </message>
    <message>
        <source>case running</source>
        <translation>cas en cours</translation>
    </message>
    <message>
        <source>case completed</source>
        <translation>cas terminé</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation>cas supprimé</translation>
    </message>
    <message>
        <source>case deleted: %1</source>
        <translation>cas supprimé : %1</translation>
    </message>
    <message>
        <source>Exception case %1, opened by %2 on %3: %4</source>
        <translation>Cas d’exception %1, ouvert par %2 le %3 : %4</translation>
    </message>
    <message>
        <source>Exception Case</source>
        <translation>Cas d’exception</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::ProductionLetter</name>
    <message>
        <source>disposed of on %1 (disposition %2): only its tombstone is left</source>
        <translation>éliminée le %1 (élimination %2) : seul son marqueur de suppression reste</translation>
    </message>
    <message>
        <source>no longer in the cache (removed from its repository or outside the sync scope)</source>
        <translation>plus dans le cache (retirée de son dépôt ou hors du périmètre de synchronisation)</translation>
    </message>
    <message>
        <source>its bytes are not on this desk and could not be fetched from its repository: %1</source>
        <translation>ses octets ne sont pas sur ce poste et n’ont pas pu être récupérés depuis son dépôt : %1</translation>
    </message>
    <message>
        <source>fixity failed: its bytes hash to %1, not to the recorded %2</source>
        <translation>intégrité en échec : le hash de ses octets est %1, et non le %2 enregistré</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>autre chose</translation>
    </message>
    <message>
        <source>its bytes (SHA-256 %1) are not on this desk and its repository was not asked</source>
        <translation>ses octets (SHA-256 %1) ne sont pas sur ce poste et son dépôt n’a pas été interrogé</translation>
    </message>
    <message>
        <source>nothing (they could not be read)</source>
        <translation>rien (ils n’ont pas pu être lus)</translation>
    </message>
    <message>
        <source>its row in the cache was changed outside Proofdesk since it was written (proofdesk-cli cache verify names every such row)</source>
        <translation>sa ligne dans le cache a été modifiée hors de Proofdesk depuis son écriture (proofdesk-cli cache verify nomme chaque ligne de ce genre)</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::ProductionRows</name>
    <message>
        <source>row %1: &quot;%2&quot; is not a production number of this production</source>
        <translation>ligne %1 : « %2 » n’est pas un numéro de production de cette production</translation>
    </message>
    <message>
        <source>row %1: %2 comes again or out of order (%3 was expected): a row was repeated or the rows reordered</source>
        <translation>ligne %1 : %2 revient ou arrive hors d’ordre (%3 était attendu) : une ligne a été répétée ou les lignes réordonnées</translation>
    </message>
    <message>
        <source>row %1: %2 where %3 was expected: the numbers have a gap (a row was removed)</source>
        <translation>ligne %1 : %2 là où %3 était attendu : les numéros ont un trou (une ligne a été supprimée)</translation>
    </message>
    <message>
        <source>the load file cannot be read: %1</source>
        <translation>le fichier de chargement ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>its first row is not the header of a production&apos;s load file</source>
        <translation>sa première ligne n’est pas l’en-tête du fichier de chargement d’une production</translation>
    </message>
    <message>
        <source>row %1 is not a row of %2 fields between þ and U+0014</source>
        <translation>la ligne %1 n’est pas une ligne de %2 champs entre þ et U+0014</translation>
    </message>
    <message>
        <source>its last number is not %1, the last production.json names</source>
        <translation>son dernier numéro n’est pas %1, le dernier que nomme production.json</translation>
    </message>
    <message>
        <source>it has %1 rows where production.json says %2 documents</source>
        <translation>il a %1 lignes là où production.json indique %2 documents</translation>
    </message>
    <message>
        <source>row %1: ENDDOC %2 is not its BEGDOC %3 (one number a document)</source>
        <translation>ligne %1 : ENDDOC %2 n’est pas son BEGDOC %3 (un numéro par document)</translation>
    </message>
    <message>
        <source>row %1: its %2 %3 is not a file of the manifest</source>
        <translation>ligne %1 : son %2 %3 n’est pas un fichier du manifeste</translation>
    </message>
    <message>
        <source>row %1: its %2 is not the SHA-256 the manifest gives %3: the row was edited</source>
        <translation>ligne %1 : son %2 n’est pas le SHA-256 que le manifeste donne pour %3 : la ligne a été modifiée</translation>
    </message>
    <message>
        <source>row %1: DOCID %2 numbered %3 is not the document its metadata %4 describes</source>
        <translation>ligne %1 : le DOCID %2 numéroté %3 n’est pas le document que décrivent ses métadonnées %4</translation>
    </message>
    <message>
        <source>row %1: its %2 &quot;%3&quot; is not the letter&apos;s &quot;%4&quot; (%5): the row was edited</source>
        <translation>ligne %1 : son %2 « %3 » n’est pas celui de la lettre, « %4 » (%5) : la ligne a été modifiée</translation>
    </message>
    <message>
        <source>audit entry %1 does not hash to its recorded hash: it was changed</source>
        <translation>l’entrée d’audit %1 ne correspond pas à son hash enregistré : elle a été modifiée</translation>
    </message>
    <message>
        <source>audit entry %1 is not older than the production&apos;s anchor %2</source>
        <translation>l’entrée d’audit %1 n’est pas antérieure à l’ancre %2 de la production</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow entry %2 in the chain</source>
        <translation>l’entrée d’audit %1 ne suit pas l’entrée %2 dans la chaîne</translation>
    </message>
    <message>
        <source>the CSV load file cannot be read: %1</source>
        <translation>le fichier de chargement CSV ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>its first row is not the header of the DAT load file</source>
        <translation>sa première ligne n’est pas l’en-tête du fichier de chargement DAT</translation>
    </message>
    <message>
        <source>row %1 is not row %1 of the DAT load file</source>
        <translation>la ligne %1 n’est pas la ligne %1 du fichier de chargement DAT</translation>
    </message>
    <message>
        <source>it has %1 rows where the DAT load file has %2</source>
        <translation>il a %1 lignes là où le fichier de chargement DAT en a %2</translation>
    </message>
    <message>
        <source>the exceptions file cannot be read: %1</source>
        <translation>le fichier des exceptions ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>its first row is not id,reason</source>
        <translation>sa première ligne n’est pas id,reason</translation>
    </message>
    <message>
        <source>row %1 does not name a letter and why it was not produced</source>
        <translation>la ligne %1 ne nomme pas une lettre et la raison pour laquelle elle n’a pas été produite</translation>
    </message>
    <message>
        <source>it names %1 letters where production.json counts %2 exceptions</source>
        <translation>il nomme %1 lettres là où production.json compte %2 exceptions</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::ProductionWriter</name>
    <message>
        <source>Matter %1 is not produced: its records are not what its audit trail says (%2: %3). `audit verify` names every such row.</source>
        <translation>L’affaire %1 n’est pas produite : ses enregistrements ne correspondent pas à ce que dit sa piste d’audit (%2 : %3). `audit verify` nomme chacune de ces lignes.</translation>
    </message>
    <message>
        <source>Matter %1 has no letters in its review set: nothing to produce.</source>
        <translation>L’affaire %1 n’a aucune lettre dans son corpus d’examen : rien à produire.</translation>
    </message>
    <message>
        <source>No letter of matter %1 is tagged &quot;%2&quot;: nothing to produce.</source>
        <translation>Aucune lettre de l’affaire %1 n’est étiquetée « %2 » : rien à produire.</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>it cannot be renamed into place</source>
        <translation>il ne peut pas être mis en place par renommage</translation>
    </message>
    <message>
        <source>%1 holds an unfinished production of matter %2, not of %3: choose another folder.</source>
        <translation>%1 contient une production inachevée de l’affaire %2, pas de %3 : choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty: a production is written into an empty or new folder.</source>
        <translation>%1 n’est pas vide : une production s’écrit dans un dossier vide ou nouveau.</translation>
    </message>
</context>
<context>
    <name>proofdesk::compliance::SentenceWords</name>
    <message>
        <source>bounced</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>retournée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>resend</source>
        <translation>renvoi</translation>
    </message>
    <message>
        <source>regeneration</source>
        <translation>régénération</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en attente d’approbation</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>queued to send</source>
        <translation>en file d’envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
</context>
<context>
    <name>proofdesk::domain::CodeLabels</name>
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
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
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
        <translation>Réémission</translation>
    </message>
    <message>
        <source>Regeneration</source>
        <translation>Régénération</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Document de police</translation>
    </message>
    <message>
        <source>Renewal letter</source>
        <translation>Lettre de renouvellement</translation>
    </message>
    <message>
        <source>Premium notice</source>
        <translation>Avis d’échéance</translation>
    </message>
    <message>
        <source>Claim acknowledgement</source>
        <translation>Accusé de réception de sinistre</translation>
    </message>
    <message>
        <source>Missing information request</source>
        <translation>Demande d’informations manquantes</translation>
    </message>
    <message>
        <source>Settlement notice</source>
        <translation>Avis de règlement</translation>
    </message>
    <message>
        <source>Denial letter</source>
        <translation>Lettre de refus</translation>
    </message>
    <message>
        <source>Complaint response</source>
        <translation>Réponse à une réclamation</translation>
    </message>
    <message>
        <source>Fee change notice</source>
        <translation>Avis de modification des frais</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Avis de confidentialité</translation>
    </message>
    <message>
        <source>Terms update</source>
        <translation>Mise à jour des conditions</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Échéancier de paiement</translation>
    </message>
    <message>
        <source>Approval letter</source>
        <translation>Lettre d’accord</translation>
    </message>
    <message>
        <source>Condition notice</source>
        <translation>Avis de conditions</translation>
    </message>
    <message>
        <source>Closing package</source>
        <translation>Dossier de clôture</translation>
    </message>
    <message>
        <source>Account change notice</source>
        <translation>Avis de modification de compte</translation>
    </message>
    <message>
        <source>Service confirmation</source>
        <translation>Confirmation de service</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::AuditEntriesModel</name>
    <message>
        <source>Device %1
hash %2
previous %3</source>
        <translation>Appareil %1
hachage %2
précédent %3</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <source>search “%1” (%Ln found)</source>
        <translation>
            <numerusform>recherche « %1 » (%Ln trouvée)</numerusform>
            <numerusform>recherche « %1 » (%Ln trouvées)</numerusform>
        </translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>recherche « %1 »</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>gel</translation>
    </message>
    <message>
        <source>reissue</source>
        <translation>réémission</translation>
    </message>
    <message>
        <source>exception case</source>
        <translation>cas d’exception</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>élimination</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>dépôt</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>group&apos;s roles</source>
        <translation>rôles du groupe</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>piste d’audit</translation>
    </message>
    <message>
        <source>records file</source>
        <translation>fichier des dossiers</translation>
    </message>
    <message>
        <source>search</source>
        <translation>recherche</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée ; aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) exported to %1</source>
        <translation>
            <numerusform>%n communication exportée vers %1</numerusform>
            <numerusform>%n communications exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::DeliveryEventsModel</name>
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
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>Police %1</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Sinistre %1</translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation>Prêt %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>This communication is no longer in the cache.</source>
        <translation>Cette communication n’est plus dans le cache.</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original : %1</translation>
    </message>
    <message>
        <source>Reissue (%1): %2</source>
        <translation>Réémission (%1) : %2</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Espace de travail %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::DiffModel</name>
    <message>
        <source>Old</source>
        <translation>Ancienne</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::DispositionModel</name>
    <message numerus="yes">
        <source>%1 (%n year(s))</source>
        <translation>
            <numerusform>%1 (%n an)</numerusform>
            <numerusform>%1 (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (extended)</source>
        <translation>%1 (prolongée)</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation>Classe de conservation</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Eligible since</source>
        <translation>Éligible depuis le</translation>
    </message>
    <message>
        <source>Why it is eligible</source>
        <translation>Motif d’éligibilité</translation>
    </message>
    <message>
        <source>%1: %2 from %3 ended %4%5; under no active hold</source>
        <translation>%1 : %2 à compter du %3, échus le %4%5 ; aucun gel actif</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (prolongée)</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::HoldRegisterModel</name>
    <message>
        <source>Every %1 %2 (also later ones)</source>
        <translation>Tout ce qui concerne %1 %2 (y compris à l’avenir)</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <source>Selected communications</source>
        <translation>Communications sélectionnées</translation>
    </message>
    <message>
        <source>Hold %1: %2</source>
        <translation>Conservation %1 : %2</translation>
    </message>
    <message>
        <source>Released by %1: %2</source>
        <translation>Levée par %1 : %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>Levée le %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>%1 confirmed</source>
        <translation>%1 confirmés</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 refusés</translation>
    </message>
    <message>
        <source>%1 (%2): %3 confirmed, %4 pending, %5 refused</source>
        <translation>%1 (%2) : %3 confirmés, %4 en attente, %5 refusés</translation>
    </message>
    <message>
        <source>    last problem: %1</source>
        <translation>    dernier problème : %1</translation>
    </message>
    <message>
        <source>The hold concerns no repository yet.</source>
        <translation>Le gel ne concerne encore aucun dépôt.</translation>
    </message>
    <message>
        <source>In repositories</source>
        <translation>Dans les dépôts</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>police</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>sinistre</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message numerus="yes">
        <source>key written in %n drop(s)</source>
        <translation>
            <numerusform>clé écrite dans %n dépôt</numerusform>
            <numerusform>clé écrite dans %n dépôts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>key pending for %n drop(s)</source>
        <translation>
            <numerusform>clé en attente pour %n dépôt</numerusform>
            <numerusform>clé en attente pour %n dépôts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>key refused by %n drop(s)</source>
        <translation>
            <numerusform>clé refusée par %n dépôt</numerusform>
            <numerusform>clé refusée par %n dépôts</numerusform>
        </translation>
    </message>
    <message>
        <source>    the key: written</source>
        <translation>    la clé : écrite</translation>
    </message>
    <message>
        <source>    the key: pending</source>
        <translation>    la clé : en attente</translation>
    </message>
    <message>
        <source>    the key: refused</source>
        <translation>    la clé : refusée</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::MattersModel</name>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 sur %2 examinées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>no new letters</source>
        <translation>aucune nouvelle lettre</translation>
    </message>
    <message numerus="yes">
        <source>%n new letter(s)</source>
        <translation>
            <numerusform>%n nouvelle lettre</numerusform>
            <numerusform>%n nouvelles lettres</numerusform>
        </translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Watched searches</source>
        <translation>Recherches observées</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
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
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation>Gel juridique</translation>
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
    <message>
        <source>%1 (matter %2)</source>
        <translation>%1 (affaire %2)</translation>
    </message>
    <message>
        <source>%1 · %2 · since %3 by %4</source>
        <translation>%1 · %2 · depuis le %3 par %4</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Deleted in the repository</source>
        <translation>Supprimée dans le référentiel</translation>
    </message>
    <message>
        <source>on %1 · kept in the cache while under legal hold</source>
        <translation>le %1 · conservée dans le cache tant qu’une conservation légale s’applique</translation>
    </message>
    <message>
        <source>%1 deleted this communication on %2. It is kept here, marked deleted, because a legal hold covers it; the repository no longer has it.</source>
        <translation>%1 a supprimé cette communication le %2. Elle est conservée ici, marquée supprimée, car une conservation légale la couvre ; le référentiel ne l’a plus.</translation>
    </message>
    <message>
        <source>regeneration</source>
        <translation>régénération</translation>
    </message>
    <message>
        <source>resend</source>
        <translation>renvoi</translation>
    </message>
    <message>
        <source>%1 · %2 · requested %3 by %4 · to %5 %6</source>
        <translation>%1 · %2 · demandée le %3 par %4 · vers %5 %6</translation>
    </message>
    <message>
        <source>%1 · %2 · requested %3 by %4 · to the original destination</source>
        <translation>%1 · %2 · demandée le %3 par %4 · vers la destination d’origine</translation>
    </message>
    <message>
        <source>Request %1
Reason: %2
Original: %3 %4</source>
        <translation>Demande %1
Motif : %2
Origine : %3 %4</translation>
    </message>
    <message>
        <source>Pending reissue</source>
        <translation>Réémission en cours</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::ReissueQueueModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Queued to send</source>
        <translation>En file d’envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Accomplie</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Request %1
Original: %2 %3</source>
        <translation>Demande %1
Original : %2 %3</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation>Destination d’origine (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Needs a second person</source>
        <translation>Requiert une seconde personne</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Request %1
Original: %2 %3
%4: %5</source>
        <translation>Demande %1
Original : %2 %3
%4 : %5</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Motif de la fin</translation>
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
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 is under an active legal hold</source>
        <translation>%1 est sous gel juridique actif</translation>
    </message>
    <message>
        <source>The bytes of %1 do not match the recorded SHA-256</source>
        <translation>Les octets de %1 ne correspondent pas au SHA-256 enregistré</translation>
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
        <translation>Cliquez pour inverser l’ordre (les plus récentes ou les plus anciennes d’abord)</translation>
    </message>
    <message>
        <source>Click to sort by this column, again to reverse; newest first within each value</source>
        <translation>Cliquez pour trier selon cette colonne, à nouveau pour inverser ; les plus récentes d’abord pour une même valeur</translation>
    </message>
    <message>
        <source>A reissue of %1 was requested and has not been fulfilled yet (Details lists it)</source>
        <translation>Une réémission de %1 a été demandée et n’est pas encore réalisée (voir Détails)</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Cached, or the repository that holds a communication the cache does not (Search the Repositories Too)</source>
        <translation>En cache, ou le référentiel qui détient une communication absente du cache (Chercher aussi dans les référentiels)</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>Non récupéré</translation>
    </message>
    <message>
        <source>%1 was kept offline: it is in the cache now</source>
        <translation>%1 a été gardée hors ligne : elle est maintenant dans le cache</translation>
    </message>
    <message>
        <source>%1 is not in the cache: %2 holds it. Opening it keeps it offline first; its document is then fetched and verified.</source>
        <translation>%1 n&apos;est pas dans le cache : %2 la détient. L&apos;ouvrir la garde d&apos;abord hors ligne ; son document est ensuite récupéré et vérifié.</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::ReviewModel</name>
    <message>
        <source>No longer in the cache: disposed of, or outside the sync scope</source>
        <translation>Plus dans le cache : éliminée, ou hors du périmètre de synchronisation</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
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
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Examiné par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::SavedSearchesModel</name>
    <message numerus="yes">
        <source>%1 (%Ln new)</source>
        <extracomment>A watched saved search and how many letters it finds that were not there when last seen.</extracomment>
        <translation>
            <numerusform>%1 (%Ln nouvelle)</numerusform>
            <numerusform>%1 (%Ln nouvelles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proofdesk::itemmodels::TemplateVersionsModel</name>
    <message>
        <source>%1: %2 by %3 on %4</source>
        <translation>%1 : %2 par %3 le %4</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>open</source>
        <translation>sans fin</translation>
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
        <translation>En vigueur du</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>En vigueur jusqu’au</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Note de modification</translation>
    </message>
</context>
<context>
    <name>proofdesk::records</name>
    <message>
        <source>Certificate of disposition %1</source>
        <translation>Certificat d’élimination %1</translation>
    </message>
    <message>
        <source>cannot write the certificate %1</source>
        <translation>impossible d’écrire le certificat %1</translation>
    </message>
    <message>
        <source>Certificate of disposition</source>
        <translation>Certificat d’élimination</translation>
    </message>
    <message>
        <source>Each was past its retention period and under no active legal hold when the decision was recorded (holds re-checked in the same transaction).</source>
        <translation>Chacune avait dépassé sa durée de conservation et n’était sous aucune conservation légale active lorsque la décision a été enregistrée (conservations revérifiées dans la même transaction).</translation>
    </message>
    <message>
        <source>A legal hold needs %1.</source>
        <translation>Une conservation légale nécessite %1.</translation>
    </message>
    <message>
        <source>Extending retention needs a reason.</source>
        <translation>La prolongation de la conservation nécessite un motif.</translation>
    </message>
    <message>
        <source>%1 is not in the cache or has no retention class with a trigger date.</source>
        <translation>%1 n’est pas dans le cache ou n’a pas de classe de conservation avec date de déclenchement.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>%1 (records manager)</source>
        <translation>%1 (responsable de l’archivage)</translation>
    </message>
    <message>
        <source>Approved at (UTC)</source>
        <translation>Approuvé le (UTC)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Communications disposed of</source>
        <translation>Communications éliminées</translation>
    </message>
    <message>
        <source>This certifies that the communications listed below were disposed of under an approved retention decision. Their records are replaced by tombstones, and document bytes that no other communication shares are purged from this cache.</source>
        <translation>Le présent certificat atteste que les communications énumérées ci-dessous ont été éliminées en vertu d’une décision de conservation approuvée. Leurs enregistrements sont remplacés par des marqueurs de suppression, et les octets de documents qu’aucune autre communication ne partage sont purgés de ce cache.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Each SHA-256 is of the communication&apos;s record (its metadata as canonical JSON, RFC 8785) as it stood when it was disposed of.</source>
        <translation>Chaque SHA-256 porte sur l’enregistrement de la communication (ses métadonnées en JSON canonique, RFC 8785) tel qu’il était au moment de son élimination.</translation>
    </message>
    <message>
        <source>disposition batch %1 is not recorded</source>
        <translation>le lot de destruction %1 n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>Reissue request %1 was already rejected by %2 at %3.</source>
        <translation>La demande de réémission %1 a déjà été rejetée par %2 le %3.</translation>
    </message>
    <message>
        <source>Reissue request %1 was already cancelled by %2 at %3.</source>
        <translation>La demande de réémission %1 a déjà été annulée par %2 le %3.</translation>
    </message>
    <message>
        <source>Reissue request %1 was already submitted by %2 at %3 and waits for approval.</source>
        <translation>La demande de réémission %1 a déjà été soumise par %2 le %3 et attend une approbation.</translation>
    </message>
    <message>
        <source>Reissue request %1 was already approved by %2 at %3 and is %4 now.</source>
        <translation>La demande de réémission %1 a déjà été approuvée par %2 le %3 et est maintenant à l’état %4.</translation>
    </message>
    <message>
        <source>Reissue request %1 needed no approval: %2 submitted it at %3 and it is %4 now.</source>
        <translation>La demande de réémission %1 ne nécessitait pas d’approbation : %2 l’a soumise le %3 et elle est maintenant à l’état %4.</translation>
    </message>
    <message>
        <source>Reissue request %1 is a draft: it has not been submitted for approval.</source>
        <translation>La demande de réémission %1 est un brouillon : elle n’a pas été soumise pour approbation.</translation>
    </message>
    <message>
        <source>Reissue request %1 is %2.</source>
        <translation>La demande de réémission %1 est à l’état %2.</translation>
    </message>
    <message>
        <source>It has left for the repository and can no longer be cancelled here.</source>
        <translation>Elle est déjà partie vers le dépôt et ne peut plus être annulée ici.</translation>
    </message>
    <message>
        <source>Matter %1 is closed: a new hold for it is not placed.</source>
        <translation>L’affaire %1 est close : aucun nouveau gel n’est placé pour elle.</translation>
    </message>
    <message>
        <source>Matter %1 has no letters in its review set yet: add a search first.</source>
        <translation>L’affaire %1 n’a encore aucune lettre dans son corpus d’examen : ajoutez d’abord une recherche.</translation>
    </message>
    <message>
        <source>search</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>review of</source>
        <translation>examen de</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>search %1 of matter %2</source>
        <translation>recherche %1 de l’affaire %2</translation>
    </message>
    <message>
        <source>its %1 frozen ids are not the %2 its entry recorded: they were changed outside Proofdesk</source>
        <translation>ses %1 identifiants figés ne sont pas les %2 que son entrée a enregistrés : ils ont été modifiés hors de Proofdesk</translation>
    </message>
    <message>
        <source>review set of matter %1</source>
        <translation>corpus d’examen de l’affaire %1</translation>
    </message>
    <message>
        <source>it holds %1 letters where its searches found %2: letters were added or removed outside Proofdesk</source>
        <translation>il contient %1 lettres là où ses recherches en ont trouvé %2 : des lettres ont été ajoutées ou retirées hors de Proofdesk</translation>
    </message>
    <message>
        <source>letter %1 of it is %2 where its searches found %3 there</source>
        <translation>sa lettre n° %1 est %2 là où ses recherches ont trouvé %3</translation>
    </message>
    <message>
        <source>%1 was reviewed meanwhile by %2 at %3 (tags: %4). Read it again before you change it.</source>
        <translation>%1 a été examinée entre-temps par %2 le %3 (étiquettes : %4). Relisez-la avant de la modifier.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>legal hold %1</source>
        <translation>gel %1</translation>
    </message>
    <message>
        <source>no entry of the audit trail made this hold: it was added outside Proofdesk</source>
        <translation>aucune entrée de la piste d’audit n’a créé ce gel : il a été ajouté hors de Proofdesk</translation>
    </message>
    <message>
        <source>letters are held by a hold that does not exist: they were added outside Proofdesk</source>
        <translation>des lettres sont gelées par un gel qui n’existe pas : elles ont été ajoutées hors de Proofdesk</translation>
    </message>
    <message>
        <source>entry %1 made this hold and it is gone: it was deleted outside Proofdesk</source>
        <translation>l’entrée %1 a créé ce gel et il a disparu : il a été supprimé hors de Proofdesk</translation>
    </message>
    <message>
        <source>the hold is not what entry %1 made it: it was changed outside Proofdesk (the row: %2; the entry: %3)</source>
        <translation>le gel n’est pas ce que l’entrée %1 en a fait : il a été modifié hors de Proofdesk (la ligne : %2 ; l’entrée : %3)</translation>
    </message>
    <message numerus="yes">
        <source>the %n letter(s) it holds now are not those its entries added and removed: a letter was added to it, removed from it or deleted outside Proofdesk</source>
        <translation>
            <numerusform>la %n lettre qu’il gèle maintenant n’est pas celle que ses entrées ont ajoutée et retirée : une lettre a été ajoutée, retirée ou supprimée hors de Proofdesk</numerusform>
            <numerusform>les %n lettres qu’il gèle maintenant ne sont pas celles que ses entrées ont ajoutées et retirées : une lettre a été ajoutée, retirée ou supprimée hors de Proofdesk</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipient has no address for %1 on record: type the address it goes to.</source>
        <translation>Le destinataire n’a pas d’adresse enregistrée pour %1 : saisissez l’adresse de destination.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2 goes to an address such as name@example.org.</source>
        <translation>« %1 » n’est pas une adresse e-mail : %2 va à une adresse comme nom@example.org.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: %2 goes to a number such as +44 20 7946 0000.</source>
        <translation>« %1 » n’est pas un numéro de téléphone : %2 va à un numéro comme +44 20 7946 0000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postal address: %2 goes to a street, a town and a postcode.</source>
        <translation>« %1 » n’est pas une adresse postale : %2 va à une rue, une ville et un code postal.</translation>
    </message>
    <message>
        <source>%1 goes to the customer&apos;s portal and takes no address: leave the address empty or choose another channel.</source>
        <translation>%1 va au portail client et ne prend pas d’adresse : laissez l’adresse vide ou choisissez un autre canal.</translation>
    </message>
    <message>
        <source>reissue request %1</source>
        <translation>demande de renvoi %1</translation>
    </message>
    <message>
        <source>no entry of the audit trail made this request: it was added outside Proofdesk</source>
        <translation>aucune entrée de la piste d’audit n’a créé cette demande : elle a été ajoutée hors de Proofdesk</translation>
    </message>
    <message>
        <source>entry %1 made this request and it is gone: it was deleted outside Proofdesk</source>
        <translation>l’entrée %1 a créé cette demande et elle a disparu : elle a été supprimée hors de Proofdesk</translation>
    </message>
    <message>
        <source>the request is not what entry %1 made it: it was changed outside Proofdesk (the row: %2; the entry: %3)</source>
        <translation>la demande n’est pas ce que l’entrée %1 en a fait : elle a été modifiée hors de Proofdesk (la ligne : %2 ; l’entrée : %3)</translation>
    </message>
    <message>
        <source>no entry of the audit trail granted it: it was added outside Proofdesk</source>
        <translation>aucune entrée de la piste d’audit ne l’a accordé : il a été ajouté hors de Proofdesk</translation>
    </message>
    <message>
        <source>the row says it was granted by %1, entry %2 by %3: it was changed outside Proofdesk</source>
        <translation>la ligne dit qu’il a été accordé par %1, l’entrée %2 par %3 : il a été modifié hors de Proofdesk</translation>
    </message>
    <message>
        <source>entry %1 granted it and it is gone: it was deleted outside Proofdesk</source>
        <translation>l’entrée %1 l’a accordé et il a disparu : il a été supprimé hors de Proofdesk</translation>
    </message>
    <message>
        <source>role %1 of %2</source>
        <translation>rôle %1 de %2</translation>
    </message>
    <message>
        <source>role %1 of group %2</source>
        <translation>rôle %1 du groupe %2</translation>
    </message>
    <message>
        <source>%1 is marked disposed by it, and entry %2 did not dispose of it: its tombstone was added outside Proofdesk</source>
        <translation>%1 est marquée détruite par lui, et l’entrée %2 ne l’a pas détruite : sa pierre tombale a été ajoutée hors de Proofdesk</translation>
    </message>
    <message>
        <source>entry %1 disposed of %2 and its tombstone is gone: it was deleted outside Proofdesk</source>
        <translation>l’entrée %1 a détruit %2 et sa pierre tombale a disparu : elle a été supprimée hors de Proofdesk</translation>
    </message>
    <message>
        <source>disposition batch %1</source>
        <translation>lot de destruction %1</translation>
    </message>
    <message>
        <source>no entry of the audit trail approved this batch: it was added outside Proofdesk</source>
        <translation>aucune entrée de la piste d’audit n’a approuvé ce lot : il a été ajouté hors de Proofdesk</translation>
    </message>
    <message>
        <source>entry %1 approved this batch and it is gone: it was deleted outside Proofdesk</source>
        <translation>l’entrée %1 a approuvé ce lot et il a disparu : il a été supprimé hors de Proofdesk</translation>
    </message>
    <message>
        <source>the batch is not what entry %1 made it: it was changed outside Proofdesk (the row: %2, %3 letters, &quot;%4&quot;; the entry: %5, %6 letters, &quot;%7&quot;)</source>
        <translation>le lot n’est pas ce que l’entrée %1 en a fait : il a été modifié hors de Proofdesk (la ligne : %2, %3 lettres, « %4 » ; l’entrée : %5, %6 lettres, « %7 »)</translation>
    </message>
    <message>
        <source>no row</source>
        <translation>aucune ligne</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::Comparison</name>
    <message>
        <source>matter %1</source>
        <translation>affaire %1</translation>
    </message>
    <message>
        <source>%1 %2 of matter %3</source>
        <translation>%1 %2 de l’affaire %3</translation>
    </message>
    <message>
        <source>no entry of the audit trail made this row: it was added outside Proofdesk</source>
        <translation>aucune entrée de la piste d’audit n’a créé cette ligne : elle a été ajoutée hors de Proofdesk</translation>
    </message>
    <message>
        <source>the row is not what entry %1 made it: it was changed outside Proofdesk (the row: %2; the entry: %3)</source>
        <translation>la ligne n’est pas ce qu’en a fait l’entrée %1 : elle a été modifiée hors de Proofdesk (la ligne : %2 ; l’entrée : %3)</translation>
    </message>
    <message>
        <source>entry %1 made this row and it is gone: it was deleted outside Proofdesk</source>
        <translation>l’entrée %1 a créé cette ligne et elle a disparu : elle a été supprimée hors de Proofdesk</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::DispositionService</name>
    <message>
        <source>A disposition approval needs a reason.</source>
        <translation>Une approbation d’élimination nécessite un motif.</translation>
    </message>
    <message>
        <source>Name the communications to dispose of (from `disposition review`).</source>
        <translation>Indiquez les communications à éliminer (issues de `disposition review`).</translation>
    </message>
    <message>
        <source>Nothing was disposed of: %1.</source>
        <translation>Rien n’a été éliminé : %1.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::ExceptionCaseRegister</name>
    <message>
        <source>An exception case is opened from an undelivered or fixity_failed finding, not from &quot;%1&quot;.</source>
        <translation>Un cas d’exception s’ouvre depuis un constat undelivered ou fixity_failed, pas depuis « %1 ».</translation>
    </message>
    <message>
        <source>Opening an exception case needs a reason.</source>
        <translation>L’ouverture d’un cas d’exception demande un motif.</translation>
    </message>
    <message>
        <source>%1 has no %2 finding: an exception case is opened from a finding that holds.</source>
        <translation>%1 n’a pas de constat %2 : un cas d’exception s’ouvre depuis un constat avéré.</translation>
    </message>
    <message>
        <source>An exception case for this finding was opened by %1 on %2 and is %3.</source>
        <translation>Un cas d’exception pour ce constat a été ouvert par %1 le %2 et est %3.</translation>
    </message>
    <message>
        <source>No workflow repository is configured to run exception cases: an admin adds one with proofdesk-cli repo add NAME --kind workflow --url URL.</source>
        <translation>Aucun dépôt de workflow n’est configuré pour les cas d’exception : un administrateur en ajoute un avec proofdesk-cli repo add NOM --kind workflow --url URL.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::HoldService</name>
    <message>
        <source>No communication with id %1 in the cache: nothing was put on hold. Check the ids, or sync first.</source>
        <translation>Aucune communication d’identifiant %1 dans le cache : rien n’a été placé sous conservation. Vérifiez les identifiants ou synchronisez d’abord.</translation>
    </message>
    <message>
        <source>A legal hold covers exactly one of: a list of communication ids, a search query, or a business key scope (customer, account, policy, claim, loan, case).</source>
        <translation>Une conservation légale couvre exactement l’un des éléments suivants : une liste d’identifiants de communication, une requête de recherche ou une clé métier (customer, account, policy, claim, loan, case).</translation>
    </message>
    <message>
        <source>&quot;%1=%2&quot; is not a hold scope: use customer, account, policy, claim, loan or case with a value, e.g. claim=CLM-88812.</source>
        <translation>« %1=%2 » n’est pas une portée de conservation valide : utilisez customer, account, policy, claim, loan ou case avec une valeur, p. ex. claim=CLM-88812.</translation>
    </message>
    <message>
        <source>The hold&apos;s query is not valid at character %1: %2</source>
        <translation>La requête de la conservation n’est pas valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>There is no legal hold %1. `hold list` shows them.</source>
        <translation>Il n’existe pas de conservation légale %1. `hold list` les affiche.</translation>
    </message>
    <message>
        <source>There is no matter &quot;%1&quot;: a hold names its matter by the matter&apos;s id (MAT-…); `matter list` shows them, `matter open` opens one.</source>
        <translation>Il n’existe aucune affaire « %1 » : un gel désigne son affaire par l’identifiant de celle-ci (MAT-…) ; `matter list` les affiche, `matter open` en ouvre une.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::LocalMatterRecords</name>
    <message>
        <source>There is no matter %1 that you may see. `matter list` shows yours.</source>
        <translation>Il n’existe aucune affaire %1 que vous puissiez voir. `matter list` affiche les vôtres.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::MatterGate</name>
    <message>
        <source>There is no matter %1 that you may see. `matter list` shows yours.</source>
        <translation>Il n’existe aucune affaire %1 que vous puissiez voir. `matter list` affiche les vôtres.</translation>
    </message>
    <message>
        <source>Matter %1 was closed by %2 at %3 and takes no more changes.</source>
        <translation>L’affaire %1 a été close par %2 le %3 et n’accepte plus de modifications.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::MatterReview</name>
    <message>
        <source>&quot;%1&quot; is not a review tag of matter %2; its tags are: %3.</source>
        <translation>« %1 » n’est pas une étiquette d’examen de l’affaire %2 ; ses étiquettes sont : %3.</translation>
    </message>
    <message>
        <source>A review note has at most %1 characters; this one has %2.</source>
        <translation>Une note d’examen fait au plus %1 caractères ; celle-ci en fait %2.</translation>
    </message>
    <message>
        <source>%1 is not in the review set of matter %2.</source>
        <translation>%1 n’est pas dans le corpus d’examen de l’affaire %2.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::MatterService</name>
    <message>
        <source>A review tag is a word or a few, of 1 to %1 characters: &quot;%2&quot; is not.</source>
        <translation>Une étiquette d’examen est un mot ou quelques-uns, de 1 à %1 caractères : « %2 » n’en est pas une.</translation>
    </message>
    <message>
        <source>The review tag &quot;%1&quot; is named twice.</source>
        <translation>L’étiquette d’examen « %1 » est nommée deux fois.</translation>
    </message>
    <message>
        <source>A matter has at most %1 review tags, one key each; %2 were named.</source>
        <translation>Une affaire a au plus %1 étiquettes d’examen, une touche chacune ; %2 ont été nommées.</translation>
    </message>
    <message>
        <source>A matter needs a title.</source>
        <translation>Une affaire doit avoir un titre.</translation>
    </message>
    <message>
        <source>A matter needs a reason: the question it answers.</source>
        <translation>Une affaire doit avoir un motif : la question à laquelle elle répond.</translation>
    </message>
    <message>
        <source>A matter&apos;s search needs a query.</source>
        <translation>La recherche d’une affaire doit avoir une requête.</translation>
    </message>
    <message>
        <source>The search is not valid at character %1: %2</source>
        <translation>La recherche n’est pas valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>Matter %1 has no search %2. `matter show %1` lists its searches.</source>
        <translation>L’affaire %1 n’a pas de recherche %2. `matter show %1` liste ses recherches.</translation>
    </message>
    <message>
        <source>Name the person to add to the matter.</source>
        <translation>Nommez la personne à ajouter à l’affaire.</translation>
    </message>
    <message>
        <source>Adding someone to a matter needs a reason.</source>
        <translation>L’ajout d’une personne à une affaire demande un motif.</translation>
    </message>
    <message>
        <source>%1 was already added to matter %2.</source>
        <translation>%1 a déjà été ajouté à l’affaire %2.</translation>
    </message>
    <message>
        <source>Closing a matter needs a reason.</source>
        <translation>La clôture d’une affaire demande un motif.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::OutboxDispatcher</name>
    <message>
        <source>%1 waits unsent: %2</source>
        <translation>%1 attend sans être envoyée : %2</translation>
    </message>
    <message>
        <source>reissue request %1 waits unsent: its outbox item is not what the request&apos;s queue entry put there (it was changed outside Proofdesk)</source>
        <translation>la demande de renvoi %1 attend sans être envoyée : son élément de la boîte d’envoi n’est pas ce que l’entrée de sa mise en file y a mis (il a été modifié hors de Proofdesk)</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::ProductionNumbers</name>
    <message>
        <source>&quot;%1&quot; cannot begin a production number: use 1 to %2 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>« %1 » ne peut pas commencer un numéro de production : utilisez de 1 à %2 lettres, chiffres, « - » ou « _ ».</translation>
    </message>
    <message>
        <source>There is no production %1.</source>
        <translation>Il n’existe aucune production %1.</translation>
    </message>
    <message>
        <source>Production %1 was already completed by %2.</source>
        <translation>La production %1 a déjà été terminée par %2.</translation>
    </message>
    <message>
        <source>Production %1 reserved %2 numbers and cannot number %3 documents.</source>
        <translation>La production %1 a réservé %2 numéros et ne peut pas numéroter %3 documents.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::RecordsSession</name>
    <message>
        <source>The current user could not be determined (no USER, LOGNAME or account name).</source>
        <translation>L’utilisateur actuel n’a pas pu être déterminé (ni USER, ni LOGNAME, ni nom de compte).</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::ReissueService</name>
    <message>
        <source>There is no reissue request %1. `reissue list` shows them.</source>
        <translation>Il n’existe pas de demande de réémission %1. `reissue list` les affiche.</translation>
    </message>
    <message>
        <source>The reissue mode must be resend or regenerate, not &quot;%1&quot;.</source>
        <translation>Le mode de réémission doit être resend ou regenerate, et non « %1 ».</translation>
    </message>
    <message>
        <source>A reissue request needs a reason.</source>
        <translation>Une demande de réémission nécessite un motif.</translation>
    </message>
    <message>
        <source>No communication with id %1 in the cache.</source>
        <translation>Aucune communication d’identifiant %1 dans le cache.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: use print, email, web, mobile or sms.</source>
        <translation>« %1 » n’est pas un canal : utilisez print, email, web, mobile ou sms.</translation>
    </message>
    <message>
        <source>%1 has no archived data snapshot, so it cannot be regenerated; resend the archived copy instead.</source>
        <translation>%1 n’a pas d’instantané de données archivé et ne peut donc pas être régénérée ; renvoyez plutôt la copie archivée.</translation>
    </message>
    <message>
        <source>%1 is no longer in the cache; sync before queueing the reissue.</source>
        <translation>%1 n’est plus dans le cache ; synchronisez avant de mettre la réémission en file d’attente.</translation>
    </message>
    <message>
        <source>Rejecting a reissue request needs a reason.</source>
        <translation>Le rejet d’une demande de réémission nécessite un motif.</translation>
    </message>
    <message>
        <source>Cancelling a reissue request needs a reason.</source>
        <translation>L’annulation d’une demande de réémission nécessite un motif.</translation>
    </message>
    <message>
        <source>Reissue request %1 was not changed: %2.</source>
        <translation>La demande de renvoi %1 n’a pas été modifiée : %2.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::Retention</name>
    <message>
        <source> (extended)</source>
        <translation> (prolongée)</translation>
    </message>
    <message>
        <source>%1: %2 from %3 ended %4%5; under no active hold</source>
        <translation>%1 : %2 à compter du %3, échus le %4%5 ; aucun gel actif</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::RoleGrants</name>
    <message>
        <source>A change of roles needs a reason.</source>
        <translation>Un changement de rôles nécessite un motif.</translation>
    </message>
</context>
<context>
    <name>proofdesk::records::mattersets</name>
    <message>
        <source>Search %1 of matter %2 is not valid at character %3: %4</source>
        <translation>La recherche %1 de l’affaire %2 n’est pas valide au caractère %3 : %4</translation>
    </message>
</context>
<context>
    <name>proofdesk::render</name>
    <message>
        <source>it has more than %1 characters; longer letters are not shown</source>
        <translation>il a plus de %1 caractères ; les courriers plus longs ne sont pas affichés</translation>
    </message>
</context>
<context>
    <name>proofdesk::render::HtmlScan</name>
    <message>
        <source>it has %1 characters; letters of more than %2 are not shown</source>
        <translation>il a %1 caractères ; les courriers de plus de %2 ne sont pas affichés</translation>
    </message>
    <message>
        <source>it has a word longer than %1 characters with no place to break a line</source>
        <translation>il contient un mot de plus de %1 caractères sans endroit où couper la ligne</translation>
    </message>
    <message>
        <source>matching its style sheets to its elements would cost more than %1 units (each selector tested 1/16, each that may match 1, each step up to an ancestor 4, to a sibling 1)</source>
        <translation>appliquer ses feuilles de style à ses éléments coûterait plus de %1 unités (chaque sélecteur testé 1/16, chaque sélecteur susceptible de correspondre 1, chaque pas vers un ancêtre 4, vers un élément frère 1)</translation>
    </message>
    <message>
        <source>its elements are nested more than %1 deep</source>
        <translation>ses éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>its tables would have more than %1 cells (rows × columns, with the columns and rows its cells span)</source>
        <translation>ses tableaux auraient plus de %1 cellules (lignes × colonnes, en comptant les colonnes et les lignes que couvrent ses cellules)</translation>
    </message>
    <message>
        <source>laying it out would cost more than %1 units (each character 1, more in long words, each element and table cell 16, more inside long words and long paragraphs, doubled inside each table around them)</source>
        <translation>sa mise en page coûterait plus de %1 unités (chaque caractère 1, davantage dans les mots longs, chaque élément et chaque cellule de tableau 16, davantage dans les mots longs et les longs paragraphes, doublé dans chaque tableau qui les entoure)</translation>
    </message>
</context>
<context>
    <name>proofdesk::render::PdfRenderProcess</name>
    <message>
        <source>the PDF renderer %1 answered something else than pages</source>
        <translation>le moteur de rendu PDF %1 a répondu autre chose que des pages</translation>
    </message>
    <message>
        <source>QtPdf cannot read it: %1</source>
        <translation>QtPdf ne peut pas le lire : %1</translation>
    </message>
    <message>
        <source>the PDF renderer answered an image of another size</source>
        <translation>le moteur de rendu PDF a répondu une image d’une autre taille</translation>
    </message>
    <message>
        <source>opening it took longer than %1 s</source>
        <translation>son ouverture a pris plus de %1 s</translation>
    </message>
    <message>
        <source>drawing it took longer than %1 s</source>
        <translation>son dessin a pris plus de %1 s</translation>
    </message>
    <message>
        <source>the PDF renderer %1 could not be started (%2)</source>
        <translation>le moteur de rendu PDF %1 n’a pas pu être lancé (%2)</translation>
    </message>
    <message>
        <source>drawing it needed more than %1 MB of memory</source>
        <translation>son dessin a demandé plus de %1 Mo de mémoire</translation>
    </message>
    <message>
        <source>drawing it took more than %1 s of processor time</source>
        <translation>son dessin a pris plus de %1 s de temps processeur</translation>
    </message>
    <message>
        <source>the PDF renderer stopped on it (signal %1): the PDF is damaged or needs more than %2 MB of memory</source>
        <translation>le moteur de rendu PDF s’est arrêté dessus (signal %1) : le PDF est endommagé ou demande plus de %2 Mo de mémoire</translation>
    </message>
    <message>
        <source>the PDF renderer stopped on it (exit status %1)</source>
        <translation>le moteur de rendu PDF s’est arrêté dessus (code de sortie %1)</translation>
    </message>
</context>
<context>
    <name>proofdesk::render::TextLimits</name>
    <message>
        <source>it has more than %1 characters; longer text letters are not shown</source>
        <translation>il a plus de %1 caractères ; les courriers texte plus longs ne sont pas affichés</translation>
    </message>
    <message>
        <source>it has more than %1 lines</source>
        <translation>il a plus de %1 lignes</translation>
    </message>
    <message>
        <source>it has a word longer than %1 characters with no place to break a line</source>
        <translation>il contient un mot de plus de %1 caractères sans endroit où couper la ligne</translation>
    </message>
    <message>
        <source>it has more than %1 combining marks on one character</source>
        <translation>il a plus de %1 signes combinants sur un même caractère</translation>
    </message>
    <message>
        <source>it has a line of more than %1 characters</source>
        <translation>il a une ligne de plus de %1 caractères</translation>
    </message>
</context>
<context>
    <name>proofdesk::search::QueryParser</name>
    <message>
        <source>&apos;%1&apos; is not a date: %2</source>
        <translation>« %1 » n&apos;est pas une date : %2</translation>
    </message>
    <message>
        <source>&apos;..&apos; needs a date on at least one side: %1</source>
        <translation>« .. » demande une date d&apos;au moins un côté : %1</translation>
    </message>
    <message>
        <source>the range %1 ends before it starts</source>
        <translation>la plage %1 se termine avant de commencer</translation>
    </message>
    <message>
        <source>&apos;-&apos; must be followed directly by what it excludes, e.g. -word, -field:value or -(group)</source>
        <translation>« - » doit être suivi directement de ce qu&apos;il exclut, p. ex. -mot, -champ:valeur ou -(groupe)</translation>
    </message>
    <message>
        <source>unclosed quote: add a closing &quot; to end it</source>
        <translation>guillemet non fermé : ajoutez &quot; pour le fermer</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value after the colon (put a value with spaces in quotes: %1:&quot;a value&quot;)</source>
        <translation>« %1: » demande une valeur après les deux-points (une valeur avec espaces entre guillemets : %1:&quot;une valeur&quot;)</translation>
    </message>
    <message>
        <source>unmatched &apos;)&apos;: there is no &apos;(&apos; before it</source>
        <translation>« ) » sans « ( » avant</translation>
    </message>
    <message>
        <source>expected a search term here</source>
        <translation>un terme de recherche est attendu ici</translation>
    </message>
    <message>
        <source>&apos;OR&apos; needs a search term on both sides, e.g. a OR b (write &apos;or&apos; in lower case to search for the word)</source>
        <translation>« OR » demande un terme de chaque côté, p. ex. a OR b (écrivez « or » en minuscules pour chercher le mot)</translation>
    </message>
    <message>
        <source>empty parentheses: put search terms between them</source>
        <translation>parenthèses vides : mettez-y des termes de recherche</translation>
    </message>
    <message>
        <source>unclosed &apos;(&apos;: add a &apos;)&apos; to close it</source>
        <translation>« ( » non fermée : ajoutez « ) » pour la fermer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no letters or digits to search for</source>
        <translation>« %1 » ne contient ni lettre ni chiffre à chercher</translation>
    </message>
    <message>
        <source>empty quotes: put words between them</source>
        <translation>guillemets vides : mettez-y des mots</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to search for</source>
        <translation>« %1 » ne contient ni lettre ni chiffre à chercher</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;: the fields are %2 (put text containing a colon in quotes to search for it as words)</source>
        <translation>champ inconnu « %1 » : les champs sont %2 (mettez un texte contenant deux-points entre guillemets pour le chercher comme mots)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of finding: expected one of %2, or any</source>
        <translation>« %1 » n&apos;est pas un type de constat : attendu l&apos;un de %2, ou any</translation>
    </message>
    <message>
        <source>use a UTC day 2026-10-03, a month 2026-10, a year 2026, a day counted back from today (now-30d, now-2w, now-24m, now-1y), an inclusive range 2026-01-01..2026-03-31 (either end may be left open: ..2026-03-31, 2026-01-01..), or a bound &gt;now-24m, &lt;2026</source>
        <translation>utilisez un jour UTC 2026-10-03, un mois 2026-10, une année 2026, un jour compté depuis aujourd&apos;hui (now-30d, now-2w, now-24m, now-1y), un intervalle inclusif 2026-01-01..2026-03-31 (une borne peut rester ouverte : ..2026-03-31, 2026-01-01..), ou une borne &gt;now-24m, &lt;2026</translation>
    </message>
    <message>
        <source>the query is nested too deeply: a search takes at most %1 groups and &apos;-&apos; inside each other</source>
        <translation>la requête est trop imbriquée : une recherche accepte au plus %1 groupes et « - » les uns dans les autres</translation>
    </message>
    <message>
        <source>a search takes at most %1 terms (each word, each word of a phrase, each field and date), and this one has more from here: narrow it with fewer words, or search in parts</source>
        <translation>une recherche accepte au plus %1 termes (chaque mot, chaque mot d’une expression, chaque champ et date), et celle-ci en a davantage à partir d’ici : réduisez-la avec moins de mots, ou cherchez en plusieurs fois</translation>
    </message>
    <message>
        <source>the query is %1 characters long, and a search takes at most %2: narrow it, or search in parts</source>
        <translation>la requête fait %1 caractères, et une recherche en accepte au plus %2 : réduisez-la, ou cherchez en plusieurs fois</translation>
    </message>
    <message>
        <source>the search was stopped after %1 seconds, the most one search may take: narrow it with a field, a date or fewer words</source>
        <translation>la recherche a été arrêtée après %1 secondes, la durée maximale d’une recherche : réduisez-la avec un champ, une date ou moins de mots</translation>
    </message>
</context>
<context>
    <name>proofdesk::services</name>
    <message>
        <source>The watched search “%1” is not valid at character %2: %3</source>
        <translation>La recherche observée « %1 » n’est pas valide au caractère %2 : %3</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::DocumentFetchJob</name>
    <message>
        <source>There is no communication &quot;%1&quot; in the cache.</source>
        <translation>Il n’y a pas de communication « %1 » dans le cache.</translation>
    </message>
    <message>
        <source>%1 is a drop: its documents arrive with it and are not fetched.</source>
        <translation>%1 est un dossier de dépôt : ses documents arrivent avec lui et ne sont pas récupérés.</translation>
    </message>
    <message>
        <source>The document could not be fetched from %1: %2</source>
        <translation>Le document n’a pas pu être récupéré depuis %1 : %2</translation>
    </message>
    <message>
        <source>The document could not be fetched: %1</source>
        <translation>Le document n’a pas pu être récupéré : %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::ImportJob</name>
    <message>
        <source>Writing the demo archive…</source>
        <translation>Écriture de l’archive de démonstration…</translation>
    </message>
    <message>
        <source>The demo archive could not be written: %1</source>
        <translation>L’archive de démonstration n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>Importing communications…</source>
        <translation>Importation des communications…</translation>
    </message>
    <message>
        <source>Building the search indexes…</source>
        <translation>Construction des index de recherche…</translation>
    </message>
    <message>
        <source>Import cancelled. What was imported is kept; import again to continue.</source>
        <translation>Importation annulée. Ce qui a été importé est conservé ; relancez l’importation pour continuer.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>%n enregistrement importé</numerusform>
            <numerusform>%n enregistrements importés</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, but: %1</source>
        <translation>Importé, mais : %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::ReadSession</name>
    <message>
        <source>This is a read: it changes nothing.</source>
        <translation>Ceci est une lecture : elle ne modifie rien.</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::RepositoryAdmin</name>
    <message>
        <source>A repository named &quot;%1&quot; exists already; `repo remove %1` first, or choose another name.</source>
        <translation>Un dépôt nommé « %1 » existe déjà ; exécutez d’abord `repo remove %1` ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>No repository named &quot;%1&quot;.</source>
        <translation>Aucun dépôt nommé « %1 ».</translation>
    </message>
    <message>
        <source>The new sync scope of &quot;%1&quot; was stored and recorded in the audit trail, but removing the communications now outside it failed: %2. %3 communication(s) were removed; the rest are removed by the next sync of &quot;%1&quot;.</source>
        <translation>Le nouveau périmètre de synchronisation de « %1 » a été enregistré et consigné dans la piste d’audit, mais le retrait des communications désormais hors de ce périmètre a échoué : %2. %3 communication(s) ont été retirées ; le reste le sera à la prochaine synchronisation de « %1 ».</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::RepositoryWitness</name>
    <message>
        <source>Bringing the cache up to date</source>
        <translation>Mise à jour du cache</translation>
    </message>
    <message>
        <source>The repository was removed meanwhile.</source>
        <translation>Le dépôt a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Reading the repository</source>
        <translation>Lecture du dépôt</translation>
    </message>
    <message>
        <source>The repository listed nothing, where the cache holds %1 letters from it: an empty answer is not taken for the deletion of every letter. Check its address, type and scope (`proofdesk-cli repo test`).</source>
        <translation>Le dépôt n’a rien listé, alors que le cache en détient %1 courriers : une réponse vide n’est pas prise pour la suppression de tous les courriers. Vérifiez son adresse, son type et son périmètre (`proofdesk-cli repo test`).</translation>
    </message>
    <message>
        <source>Reading the change log</source>
        <translation>Lecture du journal des modifications</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::SearchWatch</name>
    <message>
        <source>What the watched search “%1” found before cannot be read from %2: %3</source>
        <translation>Ce que la recherche observée « %1 » avait trouvé ne peut pas être lu depuis %2 : %3</translation>
    </message>
    <message>
        <source>The folder for watched searches cannot be made beside %1.</source>
        <translation>Le dossier des recherches observées ne peut pas être créé à côté de %1.</translation>
    </message>
    <message>
        <source>What the watched search found cannot be kept in %1: %2</source>
        <translation>Ce que la recherche observée a trouvé ne peut pas être conservé dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::SyncJob</name>
    <message>
        <source>There is no repository named &quot;%1&quot;.</source>
        <translation>Il n’existe aucun dépôt nommé « %1 ».</translation>
    </message>
    <message>
        <source>No repository is configured: add one in Settings → Repositories.</source>
        <translation>Aucun dépôt n’est configuré : ajoutez-en un dans Paramètres → Dépôts.</translation>
    </message>
    <message>
        <source>%1 is offline: %2</source>
        <translation>%1 est hors ligne : %2</translation>
    </message>
    <message>
        <source>Sync cancelled. What was synced is kept; sync again to continue.</source>
        <translation>Synchronisation annulée. Ce qui a été synchronisé est conservé ; relancez la synchronisation pour continuer.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) synced</source>
        <translation>
            <numerusform>%n enregistrement synchronisé</numerusform>
            <numerusform>%n enregistrements synchronisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) under legal hold were deleted in the repository: they are kept here, marked deleted in the repository (their details say since when).</source>
        <translation>
            <numerusform>%n communication sous conservation légale a été supprimée dans le référentiel : elle est conservée ici, marquée supprimée dans le référentiel (ses détails disent depuis quand).</numerusform>
            <numerusform>%n communications sous conservation légale ont été supprimées dans le référentiel : elles sont conservées ici, marquées supprimées dans le référentiel (leurs détails disent depuis quand).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s) left the cache: they are outside the repository&apos;s sync scope now (Search the repositories too finds them).</source>
        <translation>
            <numerusform>%n communication a quitté le cache : elle est désormais hors du périmètre de synchronisation du référentiel (Chercher aussi dans les référentiels la trouve).</numerusform>
            <numerusform>%n communications ont quitté le cache : elles sont désormais hors du périmètre de synchronisation du référentiel (Chercher aussi dans les référentiels les trouve).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be synced: the disk of the data folder is full: %2</source>
        <translation>%1 n’a pas pu être synchronisé : le disque du dossier de données est plein : %2</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::SyncRun</name>
    <message>
        <source>The records upkeep failed (it runs again after the next import or sync): %1</source>
        <translation>L’entretien de l’archivage a échoué (il reprend après la prochaine importation ou synchronisation) : %1</translation>
    </message>
    <message>
        <source>Disposed letters were not taken out of the cache: %1 (Records › Audit Trail › Verify Chain names each such row)</source>
        <translation>Les courriers détruits n’ont pas été retirés du cache : %1 (Archivage › Piste d’audit › Vérifier la chaîne nomme chaque ligne concernée)</translation>
    </message>
</context>
<context>
    <name>proofdesk::services::WitnessJob</name>
    <message>
        <source>There is no repository named &quot;%1&quot;.</source>
        <translation>Il n’existe aucun dépôt nommé « %1 ».</translation>
    </message>
    <message>
        <source>The witness pass was cancelled: nothing was concluded or recorded.</source>
        <translation>Le passage de témoin a été annulé : rien n’a été conclu ni consigné.</translation>
    </message>
    <message>
        <source>The witness pass of &quot;%1&quot; stopped, and nothing was concluded from it: %2</source>
        <translation>Le passage de témoin de « %1 » s’est arrêté, et rien n’en a été conclu : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists %2 letters; the desk held %3.</source>
        <translation>« %1 » liste %2 courriers ; le poste en détenait %3.</translation>
    </message>
    <message>
        <source>Nothing changed or went without a record.</source>
        <translation>Rien n’a été modifié ni n’a disparu sans trace.</translation>
    </message>
    <message>
        <source>%1 changed without a record, %2 gone without a deletion: each is in the audit trail with what the desk saw before, and the cache now says what the repository says.</source>
        <translation>%1 modifiés sans trace, %2 disparus sans suppression : chacun figure dans la piste d’audit avec ce que le poste voyait avant, et le cache dit désormais ce que dit le dépôt.</translation>
    </message>
    <message>
        <source>The pass was cancelled while it compared the sample&apos;s bytes.</source>
        <translation>Le passage a été annulé pendant qu’il comparait les octets de l’échantillon.</translation>
    </message>
    <message>
        <source>Then it stopped: %1</source>
        <translation>Puis il s’est arrêté : %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::sync</name>
    <message>
        <source>Connected to %1. The first page holds %n record(s)</source>
        <translation>Connecté à %1. La première page contient %n enregistrement(s)</translation>
    </message>
    <message>
        <source>, and more follow.</source>
        <translation>, et d’autres suivent.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Line %1 is not key=value: &quot;%2&quot;</source>
        <translation>La ligne %1 n’est pas de la forme clé=valeur : « %2 »</translation>
    </message>
    <message>
        <source>Give the repository a name.</source>
        <translation>Donnez un nom au dépôt.</translation>
    </message>
    <message>
        <source>Choose the kind of repository.</source>
        <translation>Choisissez la nature du dépôt.</translation>
    </message>
    <message>
        <source>Choose the drop folder.</source>
        <translation>Choisissez le dossier de dépôt.</translation>
    </message>
    <message>
        <source>Enter the repository&apos;s address.</source>
        <translation>Saisissez l’adresse du dépôt.</translation>
    </message>
    <message>
        <source>Other settings: %1</source>
        <translation>Autres paramètres : %1</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Correspondance : %1</translation>
    </message>
    <message>
        <source>The certificate fingerprint must be a SHA-256: 64 hex digits (colons allowed).</source>
        <translation>L’empreinte du certificat doit être un SHA-256 : 64 chiffres hexadécimaux (deux-points autorisés).</translation>
    </message>
    <message>
        <source>The repository no longer exists.</source>
        <translation>Le dépôt n’existe plus.</translation>
    </message>
    <message>
        <source>A repository named &quot;%1&quot; exists already: choose another name.</source>
        <translation>Un dépôt nommé « %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 answers, but the configuration does not fit it:
%2</source>
        <translation>%1 répond, mais la configuration ne lui correspond pas :
%2</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; reads &quot;%2&quot;, which an ArchivesSpace digital object does not have (it has uri, title, digital_object_id, digital_object_type, create_time, user_defined.string_1 … and the other user_defined fields).</source>
        <translation>Le champ « %1 » lit « %2 », qu&apos;un objet numérique ArchivesSpace n&apos;a pas (il a uri, title, digital_object_id, digital_object_type, create_time, user_defined.string_1 … et les autres champs user_defined).</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; reads &quot;%2&quot;, which is not a CMIS property id.</source>
        <translation>Le champ « %1 » lit « %2 », qui n&apos;est pas un identifiant de propriété CMIS.</translation>
    </message>
    <message>
        <source>The mapping must be an object of field: property, e.g. {&quot;customer_id&quot;: &quot;acme:customerNo&quot;}.</source>
        <translation>La correspondance doit être un objet champ : propriété, par ex. {&quot;customer_id&quot;: &quot;acme:customerNo&quot;}.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the mapping; the fields are: %2.</source>
        <translation>Champ « %1 » inconnu dans la correspondance ; les champs sont : %2.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must name a property (a string).</source>
        <translation>Le champ « %1 » doit nommer une propriété (une chaîne).</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required: map it to a property, or to a fixed value written =value.</source>
        <translation>Le champ « %1 » est obligatoire : associez-le à une propriété ou à une valeur fixe écrite =valeur.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;; the profiles are: %2.</source>
        <translation>Profil « %1 » inconnu ; les profils sont : %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is for %2 repositories, not %3.</source>
        <translation>Le profil « %1 » est pour les dépôts %2, pas %3.</translation>
    </message>
    <message>
        <source>Only CMIS repositories have a type; &quot;%1&quot; is %2.</source>
        <translation>Seuls les dépôts CMIS ont un type ; « %1 » est %2.</translation>
    </message>
    <message>
        <source>The query reads FROM %1 but the type is %2: name the same type in both, or leave the query out (it is then SELECT * FROM %2).</source>
        <translation>La requête lit FROM %1 mais le type est %2 : nommez le même type dans les deux, ou omettez la requête (elle devient SELECT * FROM %2).</translation>
    </message>
    <message>
        <source>A %1 repository takes no &quot;%2&quot; setting.</source>
        <translation>Un dépôt %1 n&apos;accepte pas le réglage « %2 ».</translation>
    </message>
    <message>
        <source>Only CMIS repositories have a &quot;%1&quot; setting; this one is %2.</source>
        <translation>Seuls les dépôts CMIS ont le paramètre « %1 » ; celui-ci est %2.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must name a CMIS type (or be empty for none).</source>
        <translation>Le paramètre « %1 » doit nommer un type CMIS (ou être vide pour aucun).</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must name a process definition key, e.g. %1=%2.</source>
        <translation>Le paramètre « %1 » doit nommer une clé de définition de processus, p. ex. %1=%2.</translation>
    </message>
    <message>
        <source>The setting &quot;page_size&quot; must be a number from 1 to 1000.</source>
        <translation>Le paramètre « page_size » doit être un nombre de 1 à 1000.</translation>
    </message>
    <message>
        <source>The address carries a secret (%1); a repository&apos;s address is stored and shown, so it must not. Give the address without it, the login with --user USER and the password on standard input with --password-stdin (kept in the OS keychain) or in an owner-only file with --password-file FILE.</source>
        <translation>L’adresse contient un secret (%1) ; l’adresse d’un référentiel est enregistrée et affichée, elle ne doit donc pas en contenir. Donnez l’adresse sans lui, l’identifiant avec --user USER et le mot de passe sur l’entrée standard avec --password-stdin (conservé dans le trousseau du système) ou dans un fichier lisible par son seul propriétaire avec --password-file FILE.</translation>
    </message>
    <message>
        <source>The setting %1 carries a secret (%2); settings are stored and shown, so it must not. Give the password with --password-stdin or --password-file FILE.</source>
        <translation>Le réglage %1 contient un secret (%2) ; les réglages sont enregistrés et affichés, ils ne doivent donc pas en contenir. Donnez le mot de passe avec --password-stdin ou --password-file FILE.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must name a process variable, e.g. %1=%2.</source>
        <translation>Le réglage « %1 » doit nommer une variable de processus, par ex. %1=%2.</translation>
    </message>
    <message>
        <source>Only CMIS repositories have a &quot;version_labels&quot; setting; this one is %1.</source>
        <translation>Seuls les dépôts CMIS ont le paramètre « version_labels » ; celui-ci est %1.</translation>
    </message>
    <message>
        <source>The setting &quot;version_labels&quot; is &quot;major&quot; (a label N.0 is version N) or &quot;exact&quot;, not &quot;%1&quot;.</source>
        <translation>Le paramètre « version_labels » vaut « major » (une étiquette N.0 est la version N) ou « exact », pas « %1 ».</translation>
    </message>
    <message>
        <source>A %1 repository brings no communications, so it takes no sync scope.</source>
        <translation>Un référentiel %1 n&apos;apporte aucune communication : il ne prend donc pas de périmètre de synchronisation.</translation>
    </message>
    <message>
        <source>The setting &quot;scope&quot; is a query in the search syntax, e.g. issued:&gt;=now-24m.</source>
        <translation>Le réglage « scope » est une recherche dans la syntaxe de recherche, p. ex. issued:&gt;=now-24m.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a scope selects by properties (issued, type, channel, unit, …), not by words</source>
        <translation>« %1 » : un périmètre choisit par propriétés (issued, type, channel, unit, …), pas par mots</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is known to the desk, not to the repository, so it cannot choose what the cache keeps</source>
        <translation>« %1 » : %2 est connu du poste, pas du référentiel ; il ne peut donc pas choisir ce que le cache conserve</translation>
    </message>
</context>
<context>
    <name>proofdesk::sync::MappedField</name>
    <message>
        <source>the communication&apos;s id (searches, holds and links use it)</source>
        <translation>l&apos;identifiant de la communication (recherches, gels et liens l&apos;utilisent)</translation>
    </message>
    <message>
        <source>the kind of communication: statement, policy, claim letter, notice…</source>
        <translation>le genre de communication : relevé, police, lettre de sinistre, avis…</translation>
    </message>
    <message>
        <source>when it was issued (a date and time)</source>
        <translation>quand elle a été émise (date et heure)</translation>
    </message>
    <message>
        <source>how it was sent: email, print, sms, web</source>
        <translation>comment elle a été envoyée : e-mail, courrier, SMS, web</translation>
    </message>
    <message>
        <source>the template it was generated from</source>
        <translation>le modèle dont elle a été générée</translation>
    </message>
    <message>
        <source>that template&apos;s version</source>
        <translation>la version de ce modèle</translation>
    </message>
    <message>
        <source>the document&apos;s MIME type</source>
        <translation>le type MIME du document</translation>
    </message>
    <message>
        <source>the document&apos;s size in bytes</source>
        <translation>la taille du document en octets</translation>
    </message>
    <message>
        <source>the recipient&apos;s name</source>
        <translation>le nom du destinataire</translation>
    </message>
    <message>
        <source>the recipient&apos;s postal address</source>
        <translation>l&apos;adresse postale du destinataire</translation>
    </message>
    <message>
        <source>the recipient&apos;s email address</source>
        <translation>l&apos;adresse e-mail du destinataire</translation>
    </message>
    <message>
        <source>the recipient&apos;s phone number</source>
        <translation>le numéro de téléphone du destinataire</translation>
    </message>
    <message>
        <source>the customer number</source>
        <translation>le numéro de client</translation>
    </message>
    <message>
        <source>the account number</source>
        <translation>le numéro de compte</translation>
    </message>
    <message>
        <source>the policy number</source>
        <translation>le numéro de police</translation>
    </message>
    <message>
        <source>the claim number</source>
        <translation>le numéro de sinistre</translation>
    </message>
    <message>
        <source>the loan number</source>
        <translation>le numéro de prêt</translation>
    </message>
    <message>
        <source>the case number</source>
        <translation>le numéro de dossier</translation>
    </message>
    <message>
        <source>the business workspace&apos;s type (Extended ECM)</source>
        <translation>le type de l&apos;espace de travail métier (Extended ECM)</translation>
    </message>
    <message>
        <source>the business workspace&apos;s id</source>
        <translation>l&apos;identifiant de l&apos;espace de travail métier</translation>
    </message>
    <message>
        <source>the business workspace&apos;s name</source>
        <translation>le nom de l&apos;espace de travail métier</translation>
    </message>
    <message>
        <source>the business unit that sent it</source>
        <translation>l&apos;unité qui l&apos;a envoyée</translation>
    </message>
    <message>
        <source>the production batch or run</source>
        <translation>le lot ou la passe de production</translation>
    </message>
    <message>
        <source>the campaign it belongs to</source>
        <translation>la campagne dont elle fait partie</translation>
    </message>
    <message>
        <source>its language</source>
        <translation>sa langue</translation>
    </message>
    <message>
        <source>its text, for full-text search</source>
        <translation>son texte, pour la recherche plein texte</translation>
    </message>
    <message>
        <source>its retention class (how long it is kept)</source>
        <translation>sa classe de conservation (combien de temps elle est gardée)</translation>
    </message>
    <message>
        <source>when its retention period starts</source>
        <translation>quand commence sa durée de conservation</translation>
    </message>
    <message>
        <source>where it came from (original or reissue)</source>
        <translation>son origine (original ou réémission)</translation>
    </message>
    <message>
        <source>the communication it reissues</source>
        <translation>la communication qu&apos;elle réémet</translation>
    </message>
    <message>
        <source>the reissue request that produced it</source>
        <translation>la demande de réémission qui l&apos;a produite</translation>
    </message>
    <message>
        <source>the template&apos;s id (communications name it)</source>
        <translation>l&apos;identifiant du modèle (les communications le citent)</translation>
    </message>
    <message>
        <source>the template version (each version of the series is one)</source>
        <translation>la version du modèle (chaque version de la série en est une)</translation>
    </message>
    <message>
        <source>the template&apos;s name</source>
        <translation>le nom du modèle</translation>
    </message>
    <message>
        <source>draft, in_review, approved, retired or superseded</source>
        <translation>draft, in_review, approved, retired ou superseded</translation>
    </message>
    <message>
        <source>the business unit that owns the template</source>
        <translation>l&apos;unité métier propriétaire du modèle</translation>
    </message>
    <message>
        <source>the channels it may be sent on (every value)</source>
        <translation>les canaux par lesquels il peut être envoyé (chaque valeur)</translation>
    </message>
    <message>
        <source>when the version takes effect</source>
        <translation>date d&apos;entrée en vigueur de la version</translation>
    </message>
    <message>
        <source>when the version stops being in effect</source>
        <translation>date de fin de validité de la version</translation>
    </message>
    <message>
        <source>its approvals: a JSON array, or one JSON object per value</source>
        <translation>ses approbations : un tableau JSON, ou un objet JSON par valeur</translation>
    </message>
    <message>
        <source>what changed in this version</source>
        <translation>ce qui a changé dans cette version</translation>
    </message>
    <message>
        <source>the content blocks it uses: ID:VERSION per value, or a JSON array</source>
        <translation>les blocs de contenu utilisés : ID:VERSION par valeur, ou un tableau JSON</translation>
    </message>
    <message>
        <source>the content block&apos;s id (templates name it)</source>
        <translation>l&apos;identifiant du bloc de contenu (les modèles le citent)</translation>
    </message>
    <message>
        <source>the block version (each version of the series is one)</source>
        <translation>la version du bloc (chaque version de la série en est une)</translation>
    </message>
    <message>
        <source>clause, disclosure, insert, image or legal_text</source>
        <translation>clause, disclosure, insert, image ou legal_text</translation>
    </message>
    <message>
        <source>the block&apos;s title</source>
        <translation>le titre du bloc</translation>
    </message>
    <message>
        <source>the block&apos;s status (approved, retired…)</source>
        <translation>le statut du bloc (approved, retired…)</translation>
    </message>
    <message>
        <source>when the block version was approved</source>
        <translation>date d&apos;approbation de la version du bloc</translation>
    </message>
    <message>
        <source>when the block version was retired</source>
        <translation>date de retrait de la version du bloc</translation>
    </message>
    <message>
        <source>the content block versions placed in it: ID:VERSION per value, or a JSON array</source>
        <translation>les versions de blocs de contenu qui y sont placées : ID:VERSION par valeur, ou un tableau JSON</translation>
    </message>
    <message>
        <source>each approval&apos;s step, one value per approval (a repeating attribute)</source>
        <translation>l&apos;étape de chaque approbation, une valeur par approbation (un attribut répété)</translation>
    </message>
    <message>
        <source>who gave each approval, one value per approval</source>
        <translation>l&apos;auteur de chaque approbation, une valeur par approbation</translation>
    </message>
    <message>
        <source>when each approval was given, one value per approval</source>
        <translation>la date de chaque approbation, une valeur par approbation</translation>
    </message>
    <message>
        <source>each approval&apos;s decision (approved, rejected…), one value per approval</source>
        <translation>la décision de chaque approbation (approved, rejected…), une valeur par approbation</translation>
    </message>
    <message>
        <source>each approval&apos;s note, one value per approval</source>
        <translation>la note de chaque approbation, une valeur par approbation</translation>
    </message>
</context>
<context>
    <name>proofdesk::sync::SyncScope</name>
    <message>
        <source>The scope is not a valid query at character %1: %2</source>
        <translation>Le périmètre n&apos;est pas une recherche valide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>The scope cannot use %1.</source>
        <translation>Le périmètre ne peut pas utiliser %1.</translation>
    </message>
    <message>
        <source>The repository&apos;s stored scope is ignored (the cache keeps everything): %1</source>
        <translation>Le périmètre enregistré du référentiel est ignoré (le cache conserve tout) : %1</translation>
    </message>
</context>
<context>
    <name>proofdesk::team::TeamListener</name>
    <message>
        <source>The connection to the team database was lost; trying again.</source>
        <translation>La connexion à la base de l&apos;équipe est perdue ; nouvel essai en cours.</translation>
    </message>
</context>
<context>
    <name>recordsui</name>
    <message>
        <source>%1

The refusal was recorded in the audit trail. Switch role in the status bar if you hold another role that may do this.</source>
        <translation>%1

Le refus a été consigné dans la piste d’audit. Changez de rôle dans la barre d’état si vous détenez un autre rôle autorisé à le faire.</translation>
    </message>
    <message>
        <source>It could not be done: %1</source>
        <translation>L’opération n’a pas pu être effectuée : %1</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Retention class</source>
        <translation>Classe de conservation</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
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
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Not in This Role</source>
        <translation>Pas dans ce rôle</translation>
    </message>
    <message>
        <source>%1 takes the %2 role, which you do not have in this data folder (you act as %3). An administrator can grant it.</source>
        <translation>%1 demande le rôle %2, que vous n’avez pas dans ce dossier de données (vous agissez en tant que %3). Un administrateur peut l’accorder.</translation>
    </message>
    <message>
        <source>Switch Role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>%1 takes the %2 role; you act as %3. Switch to %2 and go on? (The switch is recorded in the audit trail.)</source>
        <translation>%1 demande le rôle %2 ; vous agissez en tant que %3. Passer à %2 et continuer ? (Le changement est consigné dans la piste d’audit.)</translation>
    </message>
</context>
</TS>
