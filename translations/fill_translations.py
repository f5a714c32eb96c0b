#!/usr/bin/env python3
"""Fills proofdesk_de.ts and proofdesk_fr.ts with the translations kept below, and writes the
English plural forms into proofdesk_en.ts. Run after `cmake --build BUILD --target
proofdesk_lupdate` has brought new source texts into the .ts files; texts not listed stay
unfinished (Qt shows the English source for them)."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# source: (German, French). Numerus texts: a pair of (singular, plural) per language.
T = {
    # The team database (status bar)
    "this machine": ("diesem Rechner", "cette machine"),
    "%1 on %2": ("%1 auf %2", "%1 sur %2"),
    "Team database": ("Team-Datenbank", "Base de l'équipe"),
    "● Team: %1 as %2": ("● Team: %1 als %2", "● Équipe : %1 en tant que %2"),
    "Records are shared on the team database %1, as the login %2. Other people's holds, reissue requests and audit entries appear here as they happen.": ("Die Aufzeichnungen liegen in der Team-Datenbank %1, angemeldet als %2. Sperren, Neuausstellungsanträge und Prüfprotokolleinträge anderer erscheinen hier, sobald sie entstehen.", "Les dossiers sont partagés dans la base de l'équipe %1, sous l'identifiant %2. Les conservations, demandes de réémission et entrées d'audit des autres apparaissent ici dès qu'elles ont lieu."),
    "○ Team: %1 — offline": ("○ Team: %1 — nicht erreichbar", "○ Équipe : %1 — hors ligne"),
    "The team database %1 cannot be reached: %2\nRequests, approvals and holds made now wait in this data folder and are sent when it is back; searching the cache goes on.": ("Die Team-Datenbank %1 ist nicht erreichbar: %2\nAnträge, Genehmigungen und Sperren warten in diesem Datenordner und werden gesendet, sobald sie wieder erreichbar ist; die Suche im Cache geht weiter.", "La base de l'équipe %1 est injoignable : %2\nLes demandes, approbations et conservations faites maintenant attendent dans ce dossier et seront envoyées à son retour ; la recherche dans le cache continue."),
    "connecting…": ("Verbindung wird aufgebaut…", "connexion…"),
    "The connection to the team database was lost; trying again.": ("Die Verbindung zur Team-Datenbank ist abgebrochen; neuer Versuch läuft.", "La connexion à la base de l'équipe est perdue ; nouvel essai en cours."),
    "\"%1\" is not a kind of finding.": ("„%1“ ist keine Art von Befund.", "« %1 » n'est pas un type de constat."),
    "A review names the communication whose finding was checked.": ("Eine Prüfung nennt die Kommunikation, deren Befund geprüft wurde.", "Une revue nomme la communication dont le constat a été vérifié."),
    # Menus and actions
    "&File": ("&Datei", "&Fichier"),
    "&Import Drop…": ("Ablage &importieren…", "&Importer un dépôt…"),
    "Import an output drop folder into the cache": ("Einen Ausgabe-Ablageordner in den Cache importieren", "Importer un dossier de dépôt dans le cache"),
    "&Export Results to CSV…": ("Ergebnisse als CSV &exportieren…", "&Exporter les résultats en CSV…"),
    "Write the current results to a CSV file": ("Die aktuellen Ergebnisse in eine CSV-Datei schreiben", "Écrire les résultats actuels dans un fichier CSV"),
    "&Quit": ("&Beenden", "&Quitter"),
    "Quit Proofdesk": ("Proofdesk beenden", "Quitter Proofdesk"),
    "&Search": ("&Suche", "&Recherche"),
    "&Go": ("&Gehe zu", "A&ller"),
    "&Help": ("&Hilfe", "&Aide"),
    "Search &Syntax": ("Such&syntax", "&Syntaxe de recherche"),
    "How to write searches": ("Wie man Suchen formuliert", "Comment écrire une recherche"),
    "&About Proofdesk": ("Ü&ber Proofdesk", "À &propos de Proofdesk"),
    "About Proofdesk": ("Über Proofdesk", "À propos de Proofdesk"),
    "Proofdesk %1\nRecords and audit for customer communications.": ("Proofdesk %1\nArchiv und Prüfung der Kundenkommunikation.", "Proofdesk %1\nArchivage et audit des communications clients."),
    "&Find": ("&Suchen", "&Rechercher"),
    "Go to the search box": ("Zum Suchfeld", "Aller au champ de recherche"),
    "&Save Search…": ("Suche &speichern…", "&Enregistrer la recherche…"),
    "Save the current search in the side list": ("Die aktuelle Suche in der Seitenliste speichern", "Enregistrer la recherche actuelle dans la liste latérale"),
    "&Back": ("&Zurück", "&Précédent"),
    "The previous search": ("Die vorige Suche", "La recherche précédente"),
    "F&orward": ("&Vorwärts", "&Suivant"),
    "The next search": ("Die nächste Suche", "La recherche suivante"),
    "Show &All": ("&Alle anzeigen", "&Tout afficher"),
    "Clear the search and show every communication": ("Suche leeren und alle Kommunikationen zeigen", "Effacer la recherche et afficher toutes les communications"),
    "&Next Result": ("&Nächstes Ergebnis", "Résultat &suivant"),
    "Select the next result": ("Das nächste Ergebnis auswählen", "Sélectionner le résultat suivant"),
    "&Previous Result": ("&Vorheriges Ergebnis", "Résultat &précédent"),
    "Select the previous result": ("Das vorherige Ergebnis auswählen", "Sélectionner le résultat précédent"),
    "&Results": ("&Ergebnisse", "&Résultats"),
    "Go to the results list": ("Zur Ergebnisliste", "Aller à la liste des résultats"),
    "&Open Document": ("Dokument ö&ffnen", "&Ouvrir le document"),
    "Go to the document of the selected communication": ("Zum Dokument der ausgewählten Kommunikation", "Aller au document de la communication sélectionnée"),
    "&Template History…": ("&Vorlagenhistorie…", "&Historique du modèle…"),
    "The version history of the shown template": ("Die Versionshistorie der angezeigten Vorlage", "L’historique des versions du modèle affiché"),
    # Main window
    "Proofdesk": ("Proofdesk", "Proofdesk"),
    "Undelivered (bounced, returned, failed)": ("Nicht zugestellt (abgewiesen, retourniert, fehlgeschlagen)", "Non distribuées (rejetées, retournées, en échec)"),
    "Under legal hold": ("Unter Aufbewahrungssperre", "Sous conservation légale"),
    "Fixity failed": ("Integrität verletzt", "Intégrité en échec"),
    "Reissues and regenerations": ("Neuausstellungen und Neuerstellungen", "Réémissions et régénérations"),
    "Sent by post": ("Per Post versandt", "Envoyées par courrier"),
    "Cache contents": ("Cache-Inhalt", "Contenu du cache"),
    "Data folder": ("Datenordner", "Dossier de données"),
    "Data: %1": ("Daten: %1", "Données : %1"),
    "Searched in %1 ms": ("Gesucht in %1 ms", "Recherche en %1 ms"),
    "%1 communications from %n repository(ies) in the cache": (("%1 Kommunikationen aus %n Repository im Cache", "%1 Kommunikationen aus %n Repositorys im Cache"), ("%1 communications d’%n dépôt dans le cache", "%1 communications de %n dépôts dans le cache")),
    "The cache cannot be read: %1": ("Der Cache kann nicht gelesen werden: %1", "Le cache ne peut pas être lu : %1"),
    "Import a drop folder": ("Einen Ablageordner importieren", "Importer un dossier de dépôt"),
    "Import": ("Import", "Importation"),
    "%1 record(s) imported, %2 line(s) rejected.": ("%1 Datensätze importiert, %2 Zeilen abgewiesen.", "%1 enregistrements importés, %2 lignes rejetées."),
    "The drop could not be imported.\n\n%1": ("Die Ablage konnte nicht importiert werden.\n\n%1", "Le dépôt n’a pas pu être importé.\n\n%1"),
    "Export to CSV": ("CSV-Export", "Export CSV"),
    "The results are still being counted; try again in a moment.": ("Die Ergebnisse werden noch gezählt; bitte gleich noch einmal versuchen.", "Les résultats sont encore en cours de comptage ; réessayez dans un instant."),
    "Export results to CSV": ("Ergebnisse als CSV exportieren", "Exporter les résultats en CSV"),
    "CSV files (*.csv)": ("CSV-Dateien (*.csv)", "Fichiers CSV (*.csv)"),
    "Search syntax": ("Suchsyntax", "Syntaxe de recherche"),
    # Search bar
    "Search: garcia  customer:CUST-1  type:statement channel:email  issued:2026-10  \"two words\"  -status:delivered": ("Suche: garcia  customer:CUST-1  type:statement channel:email  issued:2026-10  \"zwei Wörter\"  -status:delivered", "Rechercher : garcia  customer:CUST-1  type:statement channel:email  issued:2026-10  \"deux mots\"  -status:delivered"),
    "Search communications": ("Kommunikationen durchsuchen", "Rechercher des communications"),
    "Number of results": ("Anzahl der Ergebnisse", "Nombre de résultats"),
    "Search error": ("Suchfehler", "Erreur de recherche"),
    "Searching…": ("Suche läuft…", "Recherche…"),
    "%1 communication(s)": (("%1 Kommunikation", "%1 Kommunikationen"), ("%1 communication", "%1 communications")),
    "<b>%1</b> (at character %2)": ("<b>%1</b> (bei Zeichen %2)", "<b>%1</b> (au caractère %2)"),
    "%1, at character %2": ("%1, bei Zeichen %2", "%1, au caractère %2"),
    "Query error": ("Fehler in der Suche", "Erreur dans la requête"),
    "<b>The cache could not be searched:</b> %1": ("<b>Der Cache konnte nicht durchsucht werden:</b> %1", "<b>Le cache n’a pas pu être interrogé :</b> %1"),
    # Filters
    "Type": ("Art", "Type"),
    "Channel": ("Kanal", "Canal"),
    "Unit": ("Bereich", "Unité"),
    "Delivery": ("Zustellung", "Distribution"),
    "Origin": ("Herkunft", "Origine"),
    "On &hold": ("&Gesperrt", "&Conservées"),
    "Only communications of this type": ("Nur Kommunikationen dieser Art", "Seulement les communications de ce type"),
    "Only communications sent through this channel": ("Nur über diesen Kanal versandte Kommunikationen", "Seulement les communications envoyées par ce canal"),
    "Only communications of this business unit": ("Nur Kommunikationen dieses Geschäftsbereichs", "Seulement les communications de cette unité"),
    "Only communications whose latest delivery event is this": ("Nur Kommunikationen mit diesem letzten Zustellereignis", "Seulement les communications dont le dernier événement de distribution est celui-ci"),
    "Originals, reissues or regenerations": ("Originale, Neuausstellungen oder Neuerstellungen", "Originaux, réémissions ou régénérations"),
    "Only communications on hold": ("Nur gesperrte Kommunikationen", "Seulement les communications sous conservation"),
    "%1: any": ("%1: alle", "%1 : tous"),
    "Issued": ("Erstellt", "Émise"),
    "Issued: any time": ("Erstellt: jederzeit", "Émise : n’importe quand"),
    "Today": ("Heute", "Aujourd’hui"),
    "Last 7 days": ("Letzte 7 Tage", "7 derniers jours"),
    "Last 30 days": ("Letzte 30 Tage", "30 derniers jours"),
    "This month": ("Dieser Monat", "Ce mois-ci"),
    "This year": ("Dieses Jahr", "Cette année"),
    "Date range…": ("Zeitraum…", "Période…"),
    "Issued from": ("Erstellt ab", "Émise à partir du"),
    "Issued to": ("Erstellt bis", "Émise jusqu’au"),
    # Saved searches
    "&Save…": ("&Speichern…", "&Enregistrer…"),
    "Rename": ("Umbenennen", "Renommer"),
    "Delete": ("Löschen", "Supprimer"),
    "Saved searches": ("Gespeicherte Suchen", "Recherches enregistrées"),
    "Save search": ("Suche speichern", "Enregistrer la recherche"),
    "Name for the search “%1”:": ("Name für die Suche „%1“:", "Nom de la recherche « %1 » :"),
    "Delete saved search": ("Gespeicherte Suche löschen", "Supprimer la recherche enregistrée"),
    "Delete the saved search “%1”?": ("Die gespeicherte Suche „%1“ löschen?", "Supprimer la recherche enregistrée « %1 » ?"),
    # Results
    "Search results": ("Suchergebnisse", "Résultats de recherche"),
    "Columns": ("Spalten", "Colonnes"),
    "Loading…": ("Wird geladen…", "Chargement…"),
    "Id": ("Kennung", "Identifiant"),
    "Issued (UTC)": ("Erstellt (UTC)", "Émise (UTC)"),
    "Customer": ("Kunde", "Client"),
    "Recipient": ("Empfänger", "Destinataire"),
    "Fixity": ("Integrität", "Intégrité"),
    "Business unit": ("Geschäftsbereich", "Unité"),
    "Template": ("Vorlage", "Modèle"),
    "Version": ("Version", "Version"),
    "%1 is under an active legal hold": ("%1 unterliegt einer aktiven Aufbewahrungssperre", "%1 est sous conservation légale active"),
    # Detail pane
    "No communication selected": ("Keine Kommunikation ausgewählt", "Aucune communication sélectionnée"),
    "&Details": ("&Details", "&Détails"),
    "De&livery": ("&Zustellung", "D&istribution"),
    "&Template": ("&Vorlage", "&Modèle"),
    "&Related": ("Ver&wandte", "&Liées"),
    "Delivery timeline": ("Zustellverlauf", "Chronologie de distribution"),
    "Resulting status: <b>%1</b> (%n event(s))": (("Ergebnis: <b>%1</b> (%n Ereignis)", "Ergebnis: <b>%1</b> (%n Ereignisse)"), ("Statut résultant : <b>%1</b> (%n événement)", "Statut résultant : <b>%1</b> (%n événements)")),
    "Select a communication to see the document as it was sent.": ("Eine Kommunikation auswählen, um das Dokument so zu sehen, wie es versandt wurde.", "Sélectionnez une communication pour voir le document tel qu’il a été envoyé."),
    "The document has not been fetched, or is missing from its repository.": ("Das Dokument wurde noch nicht abgerufen oder fehlt im Repository.", "Le document n’a pas été récupéré ou manque dans son dépôt."),
    "The stored bytes of this document do not match its recorded SHA-256.\nThey are not shown, because they are not the version that was sent.": ("Die gespeicherten Bytes dieses Dokuments passen nicht zu seinem SHA-256.\nSie werden nicht gezeigt, weil sie nicht die versandte Fassung sind.", "Les octets stockés de ce document ne correspondent pas à son SHA-256.\nIls ne sont pas affichés, car ce n’est pas la version envoyée."),
    "<b>&#10004; Verified</b>: the exact version sent. SHA-256 <code>%1</code>": ("<b>&#10004; Geprüft</b>: genau die versandte Fassung. SHA-256 <code>%1</code>", "<b>&#10004; Vérifié</b> : exactement la version envoyée. SHA-256 <code>%1</code>"),
    "<b>&#10006; FIXITY FAILED</b>: the bytes do not match the recorded SHA-256. This is NOT the version sent.<br>expected <code>%1</code><br>found <code>%2</code>": ("<b>&#10006; INTEGRITÄT VERLETZT</b>: die Bytes passen nicht zum SHA-256. Dies ist NICHT die versandte Fassung.<br>erwartet <code>%1</code><br>gefunden <code>%2</code>", "<b>&#10006; INTÉGRITÉ EN ÉCHEC</b> : les octets ne correspondent pas au SHA-256. Ce n’est PAS la version envoyée.<br>attendu <code>%1</code><br>trouvé <code>%2</code>"),
    "<b>? Not available</b>: the document has not been fetched or is missing from the repository. Recorded SHA-256 <code>%1</code>": ("<b>? Nicht verfügbar</b>: das Dokument wurde nicht abgerufen oder fehlt im Repository. SHA-256 <code>%1</code>", "<b>? Indisponible</b> : le document n’a pas été récupéré ou manque dans le dépôt. SHA-256 <code>%1</code>"),
    # PDF viewer
    "Previous page": ("Vorherige Seite", "Page précédente"),
    "Next page": ("Nächste Seite", "Page suivante"),
    "Page number": ("Seitenzahl", "Numéro de page"),
    "Zoom out": ("Verkleinern", "Zoom arrière"),
    "Zoom in": ("Vergrößern", "Zoom avant"),
    "Fit width": ("Breite anpassen", "Ajuster à la largeur"),
    "Find in document": ("Im Dokument suchen", "Rechercher dans le document"),
    "No match": ("Kein Treffer", "Aucune correspondance"),
    "Match %1 of %2": ("Treffer %1 von %2", "Correspondance %1 sur %2"),
    "of %1": ("von %1", "sur %1"),
    # Template
    "Template &history…": ("Vorlagen&historie…", "&Historique du modèle…"),
    "Communications with this version": ("Kommunikationen mit dieser Version", "Communications avec cette version"),
    "&Communications with this version": ("&Kommunikationen mit dieser Version", "&Communications avec cette version"),
    "Content block": ("Textbaustein", "Bloc de contenu"),
    "Title": ("Titel", "Titre"),
    "Kind": ("Art", "Nature"),
    "Status": ("Status", "Statut"),
    "No communication selected.": ("Keine Kommunikation ausgewählt.", "Aucune communication sélectionnée."),
    "Template history — %1": ("Vorlagenhistorie — %1", "Historique du modèle — %1"),
    "Com&pare version": ("&Vergleiche Version", "Com&parer la version"),
    "with": ("mit", "avec"),
    "Version %1": ("Version %1", "Version %1"),
    "%1 line(s) removed, %2 added": ("%1 Zeile(n) entfernt, %2 hinzugefügt", "%1 ligne(s) supprimée(s), %2 ajoutée(s)"),
    # Related
    "Related communications": ("Verwandte Kommunikationen", "Communications liées"),
    "%1 — %n communication(s)": (("%1 — %n Kommunikation", "%1 — %n Kommunikationen"), ("%1 — %n communication", "%1 — %n communications")),
    "Nothing related in the cache.": ("Nichts Verwandtes im Cache.", "Rien de lié dans le cache."),
    # Import and first run
    "Preparing the import…": ("Import wird vorbereitet…", "Préparation de l’importation…"),
    "Cancel": ("Abbrechen", "Annuler"),
    "Importing": ("Import", "Importation"),
    "Cancelling…": ("Wird abgebrochen…", "Annulation…"),
    "Writing the demo archive…": ("Demo-Archiv wird geschrieben…", "Écriture de l’archive de démonstration…"),
    "Importing communications…": ("Kommunikationen werden importiert…", "Importation des communications…"),
    "Demo archive": ("Demo-Archiv", "Archive de démonstration"),
    "The demo archive could not be prepared.\n\n%1": ("Das Demo-Archiv konnte nicht vorbereitet werden.\n\n%1", "L’archive de démonstration n’a pas pu être préparée.\n\n%1"),
    "The data folder %1 cannot be used.": ("Der Datenordner %1 kann nicht verwendet werden.", "Le dossier de données %1 ne peut pas être utilisé."),
    # Delivery events
    "Queued": ("Eingereiht", "En file"), "Sent": ("Versandt", "Envoyé"), "Delivered": ("Zugestellt", "Distribué"),
    "Opened": ("Geöffnet", "Ouvert"), "Viewed": ("Angesehen", "Consulté"), "Bounced": ("Abgewiesen", "Rejeté"),
    "Returned": ("Retourniert", "Retourné"), "Failed": ("Fehlgeschlagen", "Échec"), "No event yet": ("Noch kein Ereignis", "Aucun événement"),
    "Time": ("Zeit", "Heure"), "Event": ("Ereignis", "Événement"), "Detail": ("Detail", "Détail"),
    "Provider reference": ("Referenz des Dienstleisters", "Référence du prestataire"),
    # Metadata
    "Address": ("Adresse", "Adresse"), "Email": ("E-Mail", "Courriel"), "Phone": ("Telefon", "Téléphone"),
    "Communication id": ("Kommunikations-ID", "Identifiant de communication"),
    "Account": ("Konto", "Compte"), "Policy": ("Police", "Police"), "Claim": ("Schadenfall", "Sinistre"),
    "Loan": ("Kredit", "Prêt"), "Case": ("Vorgang", "Dossier"), "Workspace": ("Arbeitsbereich", "Espace de travail"),
    "Workspace title": ("Titel des Arbeitsbereichs", "Titre de l’espace de travail"), "Batch": ("Lauf", "Lot"),
    "Campaign": ("Kampagne", "Campagne"), "Language": ("Sprache", "Langue"),
    "Retention class": ("Aufbewahrungsklasse", "Classe de conservation"),
    "Retention trigger": ("Beginn der Aufbewahrung", "Début de la conservation"),
    "Reissue of": ("Neuausstellung von", "Réémission de"), "Reissue request": ("Neuausstellungsauftrag", "Demande de réémission"),
    "Repository": ("Repository", "Dépôt"), "Rendition": ("Ausfertigung", "Rendu"), "Media type": ("Medientyp", "Type de média"),
    "Size": ("Größe", "Taille"), "Pages": ("Seiten", "Pages"), "Legal hold": ("Aufbewahrungssperre", "Conservation légale"),
    "%n byte(s)": (("%n Byte", "%n Bytes"), ("%n octet", "%n octets")),
    "Field": ("Feld", "Champ"), "Value": ("Wert", "Valeur"),
    "Double-click to search for %1": ("Doppelklick sucht nach %1", "Double-cliquez pour rechercher %1"),
    "%1 (matter %2)": ("%1 (Verfahren %2)", "%1 (affaire %2)"),
    "%1 · %2 · since %3 by %4": ("%1 · %2 · seit %3 durch %4", "%1 · %2 · depuis le %3 par %4"),
    "Reason: %1": ("Grund: %1", "Motif : %1"),
    # Code labels: channels, origins, fixity, template statuses, communication types
    "Print": ("Druck", "Impression"), "Web": ("Web", "Web"), "Mobile": ("Mobil", "Mobile"), "SMS": ("SMS", "SMS"),
    "Original": ("Original", "Original"), "Reissue": ("Neuausstellung", "Réémission"),
    "Regeneration": ("Neuerstellung", "Régénération"),
    "Verified": ("Geprüft", "Vérifié"), "Missing": ("Fehlt", "Manquant"),
    "Draft": ("Entwurf", "Brouillon"), "In review": ("In Prüfung", "En revue"), "Superseded": ("Ersetzt", "Remplacé"),
    "Statement": ("Kontoauszug", "Relevé"), "Invoice": ("Rechnung", "Facture"),
    "Policy document": ("Policendokument", "Document de police"),
    "Renewal letter": ("Verlängerungsschreiben", "Lettre de renouvellement"),
    "Premium notice": ("Beitragsmitteilung", "Avis d’échéance"),
    "Claim acknowledgement": ("Schadeneingangsbestätigung", "Accusé de réception de sinistre"),
    "Missing information request": ("Anforderung fehlender Angaben", "Demande d’informations manquantes"),
    "Settlement notice": ("Regulierungsmitteilung", "Avis de règlement"),
    "Denial letter": ("Ablehnungsschreiben", "Lettre de refus"),
    "Complaint response": ("Antwort auf Beschwerde", "Réponse à une réclamation"),
    "Fee change notice": ("Mitteilung über Gebührenänderung", "Avis de modification des frais"),
    "Privacy notice": ("Datenschutzhinweis", "Avis de confidentialité"),
    "Terms update": ("Aktualisierung der Bedingungen", "Mise à jour des conditions"),
    "Payment schedule": ("Zahlungsplan", "Échéancier de paiement"),
    "Approval letter": ("Zusageschreiben", "Lettre d’accord"),
    "Condition notice": ("Mitteilung über Auflagen", "Avis de conditions"),
    "Closing package": ("Abschlussunterlagen", "Dossier de clôture"),
    "Account change notice": ("Mitteilung über Kontoänderung", "Avis de modification de compte"),
    "Service confirmation": ("Servicebestätigung", "Confirmation de service"),
    # Results context menu and communication windows
    "Copy &Id": ("&ID kopieren", "Copier l’&identifiant"),
    "Copy the communication id": ("Die Kommunikations-ID kopieren", "Copier l’identifiant de la communication"),
    "Copy &Row": ("&Zeile kopieren", "Copier la &ligne"),
    "Copy the row as shown, tab-separated": ("Die Zeile wie angezeigt kopieren, durch Tabulatoren getrennt", "Copier la ligne telle qu’affichée, séparée par des tabulations"),
    "Open in New &Window": ("In neuem &Fenster öffnen", "Ouvrir dans une nouvelle &fenêtre"),
    "Show this communication in a window of its own": ("Diese Kommunikation in einem eigenen Fenster zeigen", "Afficher cette communication dans une fenêtre à part"),
    "These results are for the last valid search, not for the text in the box.": ("Diese Ergebnisse gehören zur letzten gültigen Suche, nicht zum Text im Suchfeld.", "Ces résultats correspondent à la dernière recherche valide, pas au texte du champ."),
    "Select a communication in the results to see the document sent.": ("Eine Kommunikation in den Ergebnissen auswählen, um das versandte Dokument zu sehen.", "Sélectionnez une communication dans les résultats pour voir le document envoyé."),
    "Loading… — Proofdesk": ("Wird geladen… — Proofdesk", "Chargement… — Proofdesk"),
    "%1 — Proofdesk": ("%1 — Proofdesk", "%1 — Proofdesk"),
    # Compliance actions (Alt+X in German: Alt+N is the results menu's Neuausstellung)
    "Export &Evidence Package…": ("Nachweispaket e&xportieren…", "Exporter un &dossier de preuve…"),
    "Export the evidence package of this communication": ("Das Nachweispaket dieser Kommunikation exportieren", "Exporter le dossier de preuve de cette communication"),
    "Ctrl+Shift+E": ("Ctrl+Shift+E", "Ctrl+Shift+E"),
    "Select a communication first: the package is made for the communication shown.": ("Wählen Sie zuerst eine Kommunikation aus: Das Paket wird für die angezeigte Kommunikation erstellt.", "Sélectionnez d’abord une communication : le dossier est constitué pour la communication affichée."),
    "Collecting the record of %1…": ("Datensatz von %1 wird zusammengestellt…", "Collecte de l’enregistrement de %1…"),
    "The evidence package was cancelled; nothing was written.": ("Das Nachweispaket wurde abgebrochen; es wurde nichts geschrieben.", "Le dossier de preuve a été annulé ; rien n’a été écrit."),
    "Counting and checking the communications…": ("Kommunikationen werden gezählt und geprüft…", "Comptage et contrôle des communications…"),
    "The audit report was cancelled; nothing was written.": ("Der Prüfbericht wurde abgebrochen; es wurde nichts geschrieben.", "Le rapport d’audit a été annulé ; rien n’a été écrit."),
    "Writing %1…": ("%1 wird geschrieben…", "Écriture de %1…"),
    # Reissue queue
    "&Approve…": ("&Genehmigen…", "A&pprouver…"),
    "&Withdraw…": ("&Zurückziehen…", "Re&tirer…"),
    "Withdraw your own request": ("Den eigenen Auftrag zurückziehen", "Retirer votre propre demande"),
    "&Open Communication": ("Kommunikation ö&ffnen", "&Ouvrir la communication"),
    "%1: %2 of %3 by %4 to %5 (%6).\nRequested by %7 because: %8\n\n%9": ("%1: %2 von %3 per %4 an %5 (%6).\nAngefordert von %7 mit der Begründung: %8\n\n%9", "%1 : %2 de %3 par %4 à %5 (%6).\nDemandée par %7 au motif : %8\n\n%9"),
    "regeneration": ("Neuerzeugung", "régénération"),
    "resend": ("erneuter Versand", "renvoi"),
    "Withdraw Reissue Request": ("Neuausstellungsauftrag zurückziehen", "Retirer la demande de réémission"),
    "Why it is withdrawn (recorded):": ("Grund für das Zurückziehen (wird protokolliert):", "Motif du retrait (consigné) :"),
    "What you checked before approving (recorded):": ("Was Sie vor der Genehmigung geprüft haben (wird protokolliert):", "Ce que vous avez vérifié avant d’approuver (consigné) :"),
    # Certificate of disposition
    "Approved by": ("Genehmigt von", "Approuvé par"),
    "%1 (records manager)": ("%1 (Schriftgutverwalter)", "%1 (responsable de l’archivage)"),
    "Approved at (UTC)": ("Genehmigt am (UTC)", "Approuvé le (UTC)"),
    "Device": ("Gerät", "Appareil"),
    "Communications disposed of": ("Vernichtete Kommunikationen", "Communications éliminées"),
    "Communication": ("Kommunikation", "Communication"),
    "Eligible": ("Fällig", "Éligible"),
    "SHA-256": ("SHA-256", "SHA-256"),
    "This certifies that the communications listed below were disposed of under an approved retention decision. Their records are replaced by tombstones, and document bytes that no other communication shares are purged from this cache.": ("Hiermit wird bestätigt, dass die unten aufgeführten Kommunikationen aufgrund einer genehmigten Aufbewahrungsentscheidung vernichtet wurden. Ihre Datensätze werden durch Löschvermerke ersetzt, und Dokument-Bytes, die keine andere Kommunikation teilt, werden endgültig aus diesem Cache gelöscht.", "Le présent certificat atteste que les communications énumérées ci-dessous ont été éliminées en vertu d’une décision de conservation approuvée. Leurs enregistrements sont remplacés par des marqueurs de suppression, et les octets de documents qu’aucune autre communication ne partage sont purgés de ce cache."),
    "Decision": ("Entscheidung", "Décision"),
    "Reason": ("Grund", "Motif"),
    "Each SHA-256 is of the communication's record (its metadata as canonical JSON, RFC 8785) as it stood when it was disposed of.": ("Jeder SHA-256 bezieht sich auf den Datensatz der Kommunikation (ihre Metadaten als kanonisches JSON, RFC 8785) in dem Stand, in dem sie vernichtet wurde.", "Chaque SHA-256 porte sur l’enregistrement de la communication (ses métadonnées en JSON canonique, RFC 8785) tel qu’il était au moment de son élimination."),
    # Services: import, sync, repositories
    "The demo archive could not be written: %1": ("Das Demo-Archiv konnte nicht geschrieben werden: %1", "L’archive de démonstration n’a pas pu être écrite : %1"),
    "Building the search indexes…": ("Suchindizes werden erstellt…", "Construction des index de recherche…"),
    "Import cancelled. What was imported is kept; import again to continue.": ("Import abgebrochen. Bereits Importiertes bleibt erhalten; importieren Sie erneut, um fortzufahren.", "Importation annulée. Ce qui a été importé est conservé ; relancez l’importation pour continuer."),
    "Imported, but the records upkeep failed (it runs again after the next import or sync): %1": ("Importiert, aber die Schriftgutpflege ist fehlgeschlagen (sie läuft nach dem nächsten Import oder der nächsten Synchronisierung erneut): %1", "Importé, mais la mise à jour de l’archivage a échoué (elle sera relancée après la prochaine importation ou synchronisation) : %1"),
    "%n record(s) imported": (("%n Datensatz importiert", "%n Datensätze importiert"), ("%n enregistrement importé", "%n enregistrements importés")),
    "%n record(s) synced": (("%n Datensatz synchronisiert", "%n Datensätze synchronisiert"), ("%n enregistrement synchronisé", "%n enregistrements synchronisés")),
    "There is no repository named \"%1\".": ("Es gibt kein Repository namens „%1“.", "Il n’existe aucun dépôt nommé « %1 »."),
    "No repository is configured: add one in Settings → Repositories.": ("Kein Repository eingerichtet: Fügen Sie eines unter Einstellungen → Repositorys hinzu.", "Aucun dépôt n’est configuré : ajoutez-en un dans Paramètres → Dépôts."),
    "%1 is offline: %2": ("%1 ist offline: %2", "%1 est hors ligne : %2"),
    "The records upkeep after the sync failed (it runs again after the next sync): %1": ("Die Schriftgutpflege nach der Synchronisierung ist fehlgeschlagen (sie läuft nach der nächsten Synchronisierung erneut): %1", "La mise à jour de l’archivage après la synchronisation a échoué (elle sera relancée après la prochaine synchronisation) : %1"),
    "Sync cancelled. What was synced is kept; sync again to continue.": ("Synchronisierung abgebrochen. Bereits Synchronisiertes bleibt erhalten; synchronisieren Sie erneut, um fortzufahren.", "Synchronisation annulée. Ce qui a été synchronisé est conservé ; relancez la synchronisation pour continuer."),
    "A repository named \"%1\" exists already; `repo remove %1` first, or choose another name.": ("Ein Repository namens „%1“ existiert bereits; führen Sie zuerst `repo remove %1` aus oder wählen Sie einen anderen Namen.", "Un dépôt nommé « %1 » existe déjà ; exécutez d’abord `repo remove %1` ou choisissez un autre nom."),
    "No repository named \"%1\".": ("Kein Repository namens „%1“.", "Aucun dépôt nommé « %1 »."),
    # The audit anchor reminder
    "&Write Anchor…": ("Anker &schreiben…", "É&crire l’ancre…"),
    "Audit anchor reminder": ("Erinnerung an den Prüfpfad-Anker", "Rappel d’ancre de la piste d’audit"),
    "Write the head of the audit chain to a file kept elsewhere": ("Das Ende der Prüfkette in eine Datei schreiben, die anderswo aufbewahrt wird", "Écrire la tête de la chaîne d’audit dans un fichier conservé ailleurs"),
    "Write one and keep it away from this computer: proofdesk-cli audit verify --anchor FILE then finds entries removed or rewritten since.": ("Schreiben Sie einen und bewahren Sie ihn außerhalb dieses Computers auf: proofdesk-cli audit verify --anchor DATEI findet dann seither entfernte oder umgeschriebene Einträge.", "Écrivez-en une et conservez-la hors de cet ordinateur : proofdesk-cli audit verify --anchor FICHIER trouve alors les entrées supprimées ou réécrites depuis."),
    "The last audit anchor was written %n day(s) ago.": (("Der letzte Prüfpfad-Anker wurde vor %n Tag geschrieben.", "Der letzte Prüfpfad-Anker wurde vor %n Tagen geschrieben."), ("La dernière ancre de la piste d’audit a été écrite il y a %n jour.", "La dernière ancre de la piste d’audit a été écrite il y a %n jours.")),
    "No audit anchor has been written.": ("Es wurde noch kein Prüfpfad-Anker geschrieben.", "Aucune ancre de la piste d’audit n’a été écrite."),
    "Write Audit Anchor": ("Prüfpfad-Anker schreiben", "Écrire l’ancre de la piste d’audit"),
    "Audit anchors (*.json)": ("Prüfpfad-Anker (*.json)", "Ancres de piste d’audit (*.json)"),
    "&Audit Anchor Reminder…": ("&Anker-Erinnerung…", "Rappel d’&ancre d’audit…"),
    "How many days after the last audit anchor the audit view reminds you": ("Nach wie vielen Tagen seit dem letzten Prüfpfad-Anker die Prüfpfad-Ansicht erinnert", "Après combien de jours depuis la dernière ancre la vue de la piste d’audit vous le rappelle"),
    "Audit Anchor Reminder": ("Anker-Erinnerung", "Rappel d’ancre d’audit"),
    "Remind to write an audit anchor when the last one is older than (days):": ("An einen neuen Prüfpfad-Anker erinnern, wenn der letzte älter ist als (Tage):", "Rappeler d’écrire une ancre d’audit quand la dernière date de plus de (jours) :"),
    # Issue 13, session 6: audit view, tombstones, disposition, reissue warning, language
    "E&xport…": ("E&xportieren…", "E&xporter…"),
    "Export the entries the filter selects": ("Die vom Filter gewählten Einträge exportieren", "Exporter les entrées choisies par le filtre"),
    "Write the entries the filter selects (all of them, not only the newest shown) to a JSON lines file; the export is recorded in the trail": ("Die vom Filter gewählten Einträge (alle, nicht nur die neuesten angezeigten) in eine JSON-Lines-Datei schreiben; der Export wird im Prüfpfad festgehalten", "Écrire les entrées choisies par le filtre (toutes, pas seulement les plus récentes affichées) dans un fichier JSON Lines ; l'export est consigné dans la piste d'audit"),
    "Double-click or press Return on an entry to see it whole": ("Doppelklick oder Eingabetaste auf einem Eintrag zeigt ihn vollständig", "Double-cliquez ou appuyez sur Entrée sur une entrée pour la voir en entier"),
    "The newest %Ln entries shown; narrow the filter for older ones.": (("Der neueste %Ln Eintrag wird angezeigt; für ältere den Filter eingrenzen.", "Die neuesten %Ln Einträge werden angezeigt; für ältere den Filter eingrenzen."), ("La plus récente entrée (%Ln) est affichée ; affinez le filtre pour les plus anciennes.", "Les %Ln entrées les plus récentes sont affichées ; affinez le filtre pour les plus anciennes.")),
    "%Ln entries shown, newest first.": (("%Ln Eintrag angezeigt, neueste zuerst.", "%Ln Einträge angezeigt, neueste zuerst."), ("%Ln entrée affichée, la plus récente d'abord.", "%Ln entrées affichées, les plus récentes d'abord.")),
    "Export Audit Entries": ("Prüfpfad-Einträge exportieren", "Exporter les entrées d'audit"),
    "JSON lines (*.jsonl)": ("JSON Lines (*.jsonl)", "JSON Lines (*.jsonl)"),
    "Exporting to %1…": ("Export nach %1…", "Export vers %1…"),
    "%Ln entries exported to %1.": (("%Ln Eintrag nach %1 exportiert.", "%Ln Einträge nach %1 exportiert."), ("%Ln entrée exportée vers %1.", "%Ln entrées exportées vers %1.")),
    "search “%1” (%Ln found)": (("Suche „%1“ (%Ln gefunden)", "Suche „%1“ (%Ln gefunden)"), ("recherche « %1 » (%Ln trouvée)", "recherche « %1 » (%Ln trouvées)")),
    "search “%1”": ("Suche „%1“", "recherche « %1 »"),
    "(none)": ("(keine)", "(aucun)"),
    "Audit Entry #%1": ("Prüfpfad-Eintrag #%1", "Entrée d'audit n° %1"),
    "Time:": ("Zeit:", "Heure :"),
    "User:": ("Benutzer:", "Utilisateur :"),
    "Role:": ("Rolle:", "Rôle :"),
    "Device:": ("Gerät:", "Appareil :"),
    "Action:": ("Aktion:", "Action :"),
    "Outcome:": ("Ergebnis:", "Résultat :"),
    "Object:": ("Objekt:", "Objet :"),
    "Reason:": ("Grund:", "Motif :"),
    "Before:": ("Vorher:", "Avant :"),
    "After:": ("Nachher:", "Après :"),
    "Previous hash:": ("Vorheriger Hash:", "Hash précédent :"),
    "Hash:": ("Hash:", "Hash :"),
    "State before": ("Zustand vorher", "État avant"),
    "State after": ("Zustand nachher", "État après"),
    "Fetch &Again and Verify": ("&Erneut abrufen und prüfen", "Récupérer à &nouveau et vérifier"),
    "Ask the repository for the document's bytes again and check them against the recorded SHA-256": ("Die Bytes des Dokuments erneut beim Repository anfordern und gegen den erfassten SHA-256 prüfen", "Redemander au dépôt les octets du document et les vérifier par rapport au SHA-256 enregistré"),
    "Fetching the document from %1 again…": ("Das Dokument wird erneut von %1 abgerufen…", "Nouvelle récupération du document depuis %1…"),
    "Disposed communication": ("Vernichtete Kommunikation", "Communication détruite"),
    "<b>%1 was disposed of</b> on %2 by %3, under retention class %4 (batch %5).": ("<b>%1 wurde vernichtet</b> am %2 durch %3, Aufbewahrungsklasse %4 (Lauf %5).", "<b>%1 a été détruite</b> le %2 par %3, classe de conservation %4 (lot %5)."),
    "Certificate: <a href=\"%1\" style=\"color: #ffe0b2\">%2</a> (SHA-256 %3).": ("Zertifikat: <a href=\"%1\" style=\"color: #ffe0b2\">%2</a> (SHA-256 %3).", "Certificat : <a href=\"%1\" style=\"color: #ffe0b2\">%2</a> (SHA-256 %3)."),
    "&Reason (required, recorded in the audit trail):": ("&Grund (erforderlich, wird im Prüfpfad festgehalten):", "&Motif (obligatoire, consigné dans la piste d'audit) :"),
    "Dispose of %n communication(s)? Their documents are purged, a tombstone is kept for each and a certificate is written. This cannot be undone.": (("%n Kommunikation vernichten? Ihr Dokument wird gelöscht, ein Grabstein bleibt und ein Zertifikat wird geschrieben. Das lässt sich nicht rückgängig machen.", "%n Kommunikationen vernichten? Ihre Dokumente werden gelöscht, für jede bleibt ein Grabstein und ein Zertifikat wird geschrieben. Das lässt sich nicht rückgängig machen."), ("Détruire %n communication ? Son document est purgé, une trace est conservée et un certificat est écrit. C'est irréversible.", "Détruire %n communications ? Leurs documents sont purgés, une trace est conservée pour chacune et un certificat est écrit. C'est irréversible.")),
    "Dispose of %n": (("%n vernichten", "%n vernichten"), ("Détruire %n", "Détruire %n")),
    "%Ln communication(s) past retention and under no hold%1;": (("%Ln Kommunikation nach Ablauf der Aufbewahrung und ohne Sperre%1;", "%Ln Kommunikationen nach Ablauf der Aufbewahrung und ohne Sperre%1;"), ("%Ln communication hors délai de conservation et sans gel%1 ;", "%Ln communications hors délai de conservation et sans gel%1 ;")),
    "%Ln more are past retention but held.": (("%Ln weitere ist abgelaufen, aber gesperrt.", "%Ln weitere sind abgelaufen, aber gesperrt."), ("%Ln autre est hors délai mais gelée.", "%Ln autres sont hors délai mais gelées.")),
    "Warning about the original destination": ("Warnung zum ursprünglichen Ziel", "Avertissement sur la destination d'origine"),
    "The letter sent to %1 was returned. A resend to the same address will likely come back again: choose a changed channel or address unless the address was corrected.": ("Der Brief an %1 kam zurück. Ein erneuter Versand an dieselbe Adresse kommt wahrscheinlich wieder zurück: Wählen Sie einen anderen Kanal oder eine andere Adresse, sofern die Adresse nicht korrigiert wurde.", "La lettre envoyée à %1 a été retournée. Un renvoi à la même adresse reviendra probablement : choisissez un autre canal ou une autre adresse, sauf si l'adresse a été corrigée."),
    "Delivery to %1 %2. A resend to the same destination will likely fail again: choose a changed channel or address unless it was corrected.": ("Zustellung an %1: %2. Ein erneuter Versand an dasselbe Ziel scheitert wahrscheinlich wieder: Wählen Sie einen anderen Kanal oder eine andere Adresse, sofern sie nicht korrigiert wurde.", "Remise à %1 : %2. Un renvoi à la même destination échouera probablement : choisissez un autre canal ou une autre adresse, sauf si elle a été corrigée."),
    "bounced": ("abgewiesen", "rejetée"),
    "failed": ("fehlgeschlagen", "échouée"),
    "&Language": ("&Sprache", "&Langue"),
    "Language": ("Sprache", "Langue"),
    "Proofdesk uses the new language from its next start.": ("Proofdesk verwendet die neue Sprache ab dem nächsten Start.", "Proofdesk utilise la nouvelle langue à partir du prochain démarrage."),
    "%Ln record(s) imported": (("%Ln Datensatz importiert", "%Ln Datensätze importiert"), ("%Ln enregistrement importé", "%Ln enregistrements importés")),
    "%Ln line(s) rejected.": (("%Ln Zeile abgewiesen.", "%Ln Zeilen abgewiesen."), ("%Ln ligne rejetée.", "%Ln lignes rejetées.")),
    "The legal hold “%1” now covers %Ln communication(s).": (("Die Sperre „%1“ umfasst jetzt %Ln Kommunikation.", "Die Sperre „%1“ umfasst jetzt %Ln Kommunikationen."), ("Le gel « %1 » couvre maintenant %Ln communication.", "Le gel « %1 » couvre maintenant %Ln communications.")),
    "The selected communication(s): %1": (("Die ausgewählte Kommunikation: %1", "Die ausgewählten Kommunikationen: %1"), ("La communication sélectionnée : %1", "Les communications sélectionnées : %1")),
    "Syncing %1:": ("Synchronisiere %1:", "Synchronisation de %1 :"),
    "%Ln record(s)": (("%Ln Datensatz", "%Ln Datensätze"), ("%Ln enregistrement", "%Ln enregistrements")),
    "%Ln page(s)": (("%Ln Seite", "%Ln Seiten"), ("%Ln page", "%Ln pages")),
    "%Ln line(s) removed": (("%Ln Zeile entfernt", "%Ln Zeilen entfernt"), ("%Ln ligne supprimée", "%Ln lignes supprimées")),
    "%Ln added": (("%Ln hinzugefügt", "%Ln hinzugefügt"), ("%Ln ajoutée", "%Ln ajoutées")),
    "%1: %2 from %3 ended %4%5; under no active hold": ("%1: %2 ab %3, abgelaufen am %4%5; keine aktive Sperre", "%1 : %2 à compter du %3, échus le %4%5 ; aucun gel actif"),
    "Refused": ("Abgelehnt", "Refusé"),
    "Done": ("Erledigt", "Fait"),
    "&New Hold…": ("&Neue Sperre…", "&Nouveau gel…"),
    "Apply a new legal hold": ("Eine neue Sperre verhängen", "Appliquer un nouveau gel"),
    "Hold the selected results, the current search, or everything of a customer, claim, policy, loan or case": ("Die ausgewählten Ergebnisse, die aktuelle Suche oder alles zu einem Kunden, Schaden, Vertrag, Darlehen oder Fall sperren", "Geler les résultats sélectionnés, la recherche en cours, ou tout ce qui concerne un client, un sinistre, une police, un prêt ou un dossier"),
    "Communications the selected hold covers": ("Kommunikationen, die die ausgewählte Sperre umfasst", "Communications couvertes par le gel sélectionné"),
    "Double-click or press Return to open the communication in Review": ("Doppelklick oder Eingabetaste öffnet die Kommunikation in der Prüfung", "Double-cliquez ou appuyez sur Entrée pour ouvrir la communication dans Revue"),
    "Communications it covers:": ("Umfasste Kommunikationen:", "Communications couvertes :"),
    "Communications it covers (the first %1 of %Ln):": (("Umfasste Kommunikationen (die ersten %1 von %Ln):", "Umfasste Kommunikationen (die ersten %1 von %Ln):"), ("Communications couvertes (les %1 premières sur %Ln) :", "Communications couvertes (les %1 premières sur %Ln) :")),
    "Communications it covers (%Ln):": (("Umfasste Kommunikationen (%Ln):", "Umfasste Kommunikationen (%Ln):"), ("Communications couvertes (%Ln) :", "Communications couvertes (%Ln) :")),
    "Release the legal hold “%1” (%2)? The %Ln communication(s) it covers may then be disposed of when their retention ends.": (("Die Sperre „%1“ (%2) aufheben? Die %Ln umfasste Kommunikation kann dann nach Ablauf ihrer Aufbewahrung vernichtet werden.", "Die Sperre „%1“ (%2) aufheben? Die %Ln umfassten Kommunikationen können dann nach Ablauf ihrer Aufbewahrung vernichtet werden."), ("Lever le gel « %1 » (%2) ? La communication couverte (%Ln) pourra alors être détruite à la fin de sa conservation.", "Lever le gel « %1 » (%2) ? Les %Ln communications couvertes pourront alors être détruites à la fin de leur conservation.")),
    "Release “%1”": ("„%1“ aufheben", "Lever « %1 »"),
    "Field mapping": ("Feldzuordnung", "Correspondance des champs"),
    "Repository property": ("Repository-Eigenschaft", "Propriété du dépôt"),
    "The property each field reads. Leave a property empty to read nothing into that field; write =value for a fixed value.": ("Die Eigenschaft, die jedes Feld liest. Leer lassen, um nichts in das Feld zu lesen; =Wert für einen festen Wert.", "La propriété que lit chaque champ. Laissez vide pour ne rien lire dans ce champ ; écrivez =valeur pour une valeur fixe."),
    "Profile": ("Profil", "Profil"),
    "A product's documented type and mapping to start from; change any field below": ("Dokumentierter Typ und Zuordnung eines Produkts als Ausgangspunkt; jedes Feld unten lässt sich ändern", "Le type et la correspondance documentés d'un produit comme point de départ ; modifiez n'importe quel champ ci-dessous"),
    "P&rofile:": ("P&rofil:", "P&rofil :"),
    "CMIS type of the communications": ("CMIS-Typ der Kommunikationen", "Type CMIS des communications"),
    "&Type:": ("&Typ:", "&Type :"),
    "None: the connector's defaults": ("Keins: die Vorgaben des Konnektors", "Aucun : les valeurs par défaut du connecteur"),
    "%1 (the profile's)": ("%1 (laut Profil)", "%1 (celui du profil)"),
    "CMIS type of the template versions": ("CMIS-Typ der Vorlagenversionen", "Type CMIS des versions de modèle"),
    "CMIS type of the content-block versions": ("CMIS-Typ der Textbausteinversionen", "Type CMIS des versions de bloc de contenu"),
    "T&emplate type:": ("&Vorlagentyp:", "Type de &modèle :"),
    "&Block type:": ("&Bausteintyp:", "Type de &bloc :"),
    "None": ("Keine", "Aucun"),
    "Read none: %1": ("Keine lesen: %1", "N'en lire aucun : %1"),
    "The repository keeps none of these: read none": ("Das Repository führt keine davon: keine lesen", "Le dépôt n'en contient pas : n'en lire aucun"),
    "Follow the &System": ("Dem &System folgen", "Suivre le &système"),
    "%1 confirmed": ("%1 bestätigt", "%1 confirmés"),
    "%1 pending": ("%1 ausstehend", "%1 en attente"),
    "%1 refused": ("%1 abgelehnt", "%1 refusés"),
    "%1 (%2): %3 confirmed, %4 pending, %5 refused": ("%1 (%2): %3 bestätigt, %4 ausstehend, %5 abgelehnt", "%1 (%2) : %3 confirmés, %4 en attente, %5 refusés"),
    "    last problem: %1": ("    letztes Problem: %1", "    dernier problème : %1"),
    "The hold concerns no repository yet.": ("Die Sperre betrifft noch kein Repository.", "Le gel ne concerne encore aucun dépôt."),
    "In repositories": ("In Repositorys", "Dans les dépôts"),
    "1 year": ("1 Jahr", "1 an"),
    "%1 years": ("%1 Jahre", "%1 ans"),
    "disposition batch %1 is not recorded": ("Vernichtungslauf %1 ist nicht erfasst", "le lot de destruction %1 n'est pas enregistré"),
    "%1 answers, but the configuration does not fit it:\n%2": ("%1 antwortet, aber die Konfiguration passt nicht dazu:\n%2", "%1 répond, mais la configuration ne lui correspond pas :\n%2"),
    "Field \"%1\" reads \"%2\", which an ArchivesSpace digital object does not have (it has uri, title, digital_object_id, digital_object_type, create_time, user_defined.string_1 … and the other user_defined fields).": ("Feld „%1“ liest „%2“, das ein ArchivesSpace-Digitalobjekt nicht hat (es hat uri, title, digital_object_id, digital_object_type, create_time, user_defined.string_1 … und die übrigen user_defined-Felder).", "Le champ « %1 » lit « %2 », qu'un objet numérique ArchivesSpace n'a pas (il a uri, title, digital_object_id, digital_object_type, create_time, user_defined.string_1 … et les autres champs user_defined)."),
    "Field \"%1\" reads \"%2\", which is not a CMIS property id.": ("Feld „%1“ liest „%2“, das keine CMIS-Eigenschaftskennung ist.", "Le champ « %1 » lit « %2 », qui n'est pas un identifiant de propriété CMIS."),
    "The mapping must be an object of field: property, e.g. {\"customer_id\": \"acme:customerNo\"}.": ("Die Zuordnung muss ein Objekt aus Feld: Eigenschaft sein, z. B. {\"customer_id\": \"acme:customerNo\"}.", "La correspondance doit être un objet champ : propriété, par ex. {\"customer_id\": \"acme:customerNo\"}."),
    "Unknown field \"%1\" in the mapping; the fields are: %2.": ("Unbekanntes Feld „%1“ in der Zuordnung; die Felder sind: %2.", "Champ « %1 » inconnu dans la correspondance ; les champs sont : %2."),
    "Field \"%1\" must name a property (a string).": ("Feld „%1“ muss eine Eigenschaft nennen (eine Zeichenkette).", "Le champ « %1 » doit nommer une propriété (une chaîne)."),
    "Field \"%1\" is required: map it to a property, or to a fixed value written =value.": ("Feld „%1“ ist erforderlich: einer Eigenschaft zuordnen oder einem festen Wert, geschrieben =Wert.", "Le champ « %1 » est obligatoire : associez-le à une propriété ou à une valeur fixe écrite =valeur."),
    "Unknown profile \"%1\"; the profiles are: %2.": ("Unbekanntes Profil „%1“; die Profile sind: %2.", "Profil « %1 » inconnu ; les profils sont : %2."),
    "The profile \"%1\" is for %2 repositories, not %3.": ("Das Profil „%1“ ist für %2-Repositorys, nicht %3.", "Le profil « %1 » est pour les dépôts %2, pas %3."),
    "Only CMIS repositories have a type; \"%1\" is %2.": ("Nur CMIS-Repositorys haben einen Typ; „%1“ ist %2.", "Seuls les dépôts CMIS ont un type ; « %1 » est %2."),
    "The query reads FROM %1 but the type is %2: name the same type in both, or leave the query out (it is then SELECT * FROM %2).": ("Die Abfrage liest FROM %1, der Typ ist aber %2: in beiden denselben Typ nennen oder die Abfrage weglassen (sie lautet dann SELECT * FROM %2).", "La requête lit FROM %1 mais le type est %2 : nommez le même type dans les deux, ou omettez la requête (elle devient SELECT * FROM %2)."),
    "A %1 repository takes no \"%2\" setting.": ("Ein %1-Repository kennt keine Einstellung „%2“.", "Un dépôt %1 n'accepte pas le réglage « %2 »."),
    "the communication's id (searches, holds and links use it)": ("die Kennung der Kommunikation (Suchen, Sperren und Verweise nutzen sie)", "l'identifiant de la communication (recherches, gels et liens l'utilisent)"),
    "the kind of communication: statement, policy, claim letter, notice…": ("die Art der Kommunikation: Auszug, Police, Schadenschreiben, Mitteilung…", "le genre de communication : relevé, police, lettre de sinistre, avis…"),
    "when it was issued (a date and time)": ("wann sie erstellt wurde (Datum und Uhrzeit)", "quand elle a été émise (date et heure)"),
    "how it was sent: email, print, sms, web": ("wie sie versandt wurde: E-Mail, Druck, SMS, Web", "comment elle a été envoyée : e-mail, courrier, SMS, web"),
    "the template it was generated from": ("die Vorlage, aus der sie erzeugt wurde", "le modèle dont elle a été générée"),
    "that template's version": ("die Version dieser Vorlage", "la version de ce modèle"),
    "the document's MIME type": ("der MIME-Typ des Dokuments", "le type MIME du document"),
    "the document's size in bytes": ("die Größe des Dokuments in Bytes", "la taille du document en octets"),
    "the recipient's name": ("der Name des Empfängers", "le nom du destinataire"),
    "the recipient's postal address": ("die Postanschrift des Empfängers", "l'adresse postale du destinataire"),
    "the recipient's email address": ("die E-Mail-Adresse des Empfängers", "l'adresse e-mail du destinataire"),
    "the recipient's phone number": ("die Telefonnummer des Empfängers", "le numéro de téléphone du destinataire"),
    "the customer number": ("die Kundennummer", "le numéro de client"),
    "the account number": ("die Kontonummer", "le numéro de compte"),
    "the policy number": ("die Policennummer", "le numéro de police"),
    "the claim number": ("die Schadennummer", "le numéro de sinistre"),
    "the loan number": ("die Darlehensnummer", "le numéro de prêt"),
    "the case number": ("die Fallnummer", "le numéro de dossier"),
    "the business workspace's type (Extended ECM)": ("der Typ des Business Workspace (Extended ECM)", "le type de l'espace de travail métier (Extended ECM)"),
    "the business workspace's id": ("die Kennung des Business Workspace", "l'identifiant de l'espace de travail métier"),
    "the business workspace's name": ("der Name des Business Workspace", "le nom de l'espace de travail métier"),
    "the business unit that sent it": ("die Geschäftseinheit, die sie versandt hat", "l'unité qui l'a envoyée"),
    "the production batch or run": ("der Produktionslauf", "le lot ou la passe de production"),
    "the campaign it belongs to": ("die Kampagne, zu der sie gehört", "la campagne dont elle fait partie"),
    "its language": ("ihre Sprache", "sa langue"),
    "its text, for full-text search": ("ihr Text, für die Volltextsuche", "son texte, pour la recherche plein texte"),
    "its retention class (how long it is kept)": ("ihre Aufbewahrungsklasse (wie lange sie aufbewahrt wird)", "sa classe de conservation (combien de temps elle est gardée)"),
    "when its retention period starts": ("wann ihre Aufbewahrungsfrist beginnt", "quand commence sa durée de conservation"),
    "where it came from (original or reissue)": ("woher sie stammt (Original oder Neuausstellung)", "son origine (original ou réémission)"),
    "the communication it reissues": ("die Kommunikation, die sie neu ausstellt", "la communication qu'elle réémet"),
    "the reissue request that produced it": ("der Neuausstellungsantrag, aus dem sie hervorging", "la demande de réémission qui l'a produite"),
    # Results sorted by a column (#13)
    "Click to sort by this column, again to reverse; newest first within each value": ("Klicken, um nach dieser Spalte zu sortieren, erneut klicken zum Umkehren; innerhalb eines Werts die neuesten zuerst", "Cliquez pour trier selon cette colonne, à nouveau pour inverser ; les plus récentes d’abord pour une même valeur"),
    "Communications matching the search, newest first unless a column header sorts them. Use the arrow keys to move, Return to open the document.": ("Kommunikationen, die der Suche entsprechen, neueste zuerst, sofern keine Spaltenüberschrift sie anders sortiert. Mit den Pfeiltasten bewegen, mit der Eingabetaste das Dokument öffnen.", "Communications correspondant à la recherche, les plus récentes d’abord sauf si un en-tête de colonne les trie autrement. Utilisez les flèches pour vous déplacer et Entrée pour ouvrir le document."),
    # Templates and content blocks from CMIS (#14)
    "Only CMIS repositories have a \"%1\" setting; this one is %2.": ("Nur CMIS-Repositorys haben die Einstellung \"%1\"; dieses ist %2.", "Seuls les dépôts CMIS ont le paramètre « %1 » ; celui-ci est %2."),
    "The setting \"%1\" must name a CMIS type (or be empty for none).": ("Die Einstellung \"%1\" muss einen CMIS-Typ nennen (oder leer sein für keinen).", "Le paramètre « %1 » doit nommer un type CMIS (ou être vide pour aucun)."),
    "the template's id (communications name it)": ("die ID der Vorlage (Mitteilungen verweisen darauf)", "l'identifiant du modèle (les communications le citent)"),
    "the template version (each version of the series is one)": ("die Vorlagenversion (jede Version der Versionsreihe ist eine)", "la version du modèle (chaque version de la série en est une)"),
    "the template's name": ("der Name der Vorlage", "le nom du modèle"),
    "draft, in_review, approved, retired or superseded": ("draft, in_review, approved, retired oder superseded", "draft, in_review, approved, retired ou superseded"),
    "the business unit that owns the template": ("der Geschäftsbereich, dem die Vorlage gehört", "l'unité métier propriétaire du modèle"),
    "the channels it may be sent on (every value)": ("die Kanäle, über die sie versendet werden darf (jeder Wert)", "les canaux par lesquels il peut être envoyé (chaque valeur)"),
    "when the version takes effect": ("ab wann die Version gilt", "date d'entrée en vigueur de la version"),
    "when the version stops being in effect": ("bis wann die Version gilt", "date de fin de validité de la version"),
    "its approvals: a JSON array, or one JSON object per value": ("ihre Freigaben: ein JSON-Array oder ein JSON-Objekt je Wert", "ses approbations : un tableau JSON, ou un objet JSON par valeur"),
    "what changed in this version": ("was sich in dieser Version geändert hat", "ce qui a changé dans cette version"),
    "the content blocks it uses: ID:VERSION per value, or a JSON array": ("die verwendeten Inhaltsbausteine: ID:VERSION je Wert oder ein JSON-Array", "les blocs de contenu utilisés : ID:VERSION par valeur, ou un tableau JSON"),
    "the content block's id (templates name it)": ("die ID des Inhaltsbausteins (Vorlagen verweisen darauf)", "l'identifiant du bloc de contenu (les modèles le citent)"),
    "the block version (each version of the series is one)": ("die Bausteinversion (jede Version der Versionsreihe ist eine)", "la version du bloc (chaque version de la série en est une)"),
    "clause, disclosure, insert, image or legal_text": ("clause, disclosure, insert, image oder legal_text", "clause, disclosure, insert, image ou legal_text"),
    "the block's title": ("der Titel des Bausteins", "le titre du bloc"),
    "the block's status (approved, retired…)": ("der Status des Bausteins (approved, retired …)", "le statut du bloc (approved, retired…)"),
    "when the block version was approved": ("wann die Bausteinversion freigegeben wurde", "date d'approbation de la version du bloc"),
    "when the block version was retired": ("wann die Bausteinversion zurückgezogen wurde", "date de retrait de la version du bloc"),
    # Workflow on Flowable: exception cases (#14)
    "An exception case is opened from an undelivered or fixity_failed finding, not from \"%1\".": ("Ein Ausnahmefall wird aus einem Befund undelivered oder fixity_failed eröffnet, nicht aus „%1“.", "Un cas d’exception s’ouvre depuis un constat undelivered ou fixity_failed, pas depuis « %1 »."),
    "Opening an exception case needs a reason.": ("Zum Eröffnen eines Ausnahmefalls ist eine Begründung nötig.", "L’ouverture d’un cas d’exception demande un motif."),
    "%1 has no %2 finding: an exception case is opened from a finding that holds.": ("%1 hat keinen Befund %2: Ein Ausnahmefall wird aus einem zutreffenden Befund eröffnet.", "%1 n’a pas de constat %2 : un cas d’exception s’ouvre depuis un constat avéré."),
    "An exception case for this finding was opened by %1 on %2 and is %3.": ("Ein Ausnahmefall zu diesem Befund wurde von %1 am %2 eröffnet und ist %3.", "Un cas d’exception pour ce constat a été ouvert par %1 le %2 et est %3."),
    "No workflow repository is configured to run exception cases: an admin adds one with proofdesk-cli repo add NAME --kind workflow --url URL.": ("Kein Workflow-Repository für Ausnahmefälle eingerichtet: Ein Admin fügt eines mit proofdesk-cli repo add NAME --kind workflow --url URL hinzu.", "Aucun dépôt de workflow n’est configuré pour les cas d’exception : un administrateur en ajoute un avec proofdesk-cli repo add NOM --kind workflow --url URL."),
    "The setting \"%1\" must name a process definition key, e.g. %1=%2.": ("Die Einstellung „%1“ muss einen Prozessdefinitionsschlüssel nennen, z. B. %1=%2.", "Le paramètre « %1 » doit nommer une clé de définition de processus, p. ex. %1=%2."),
    "The setting \"page_size\" must be a number from 1 to 1000.": ("Die Einstellung „page_size“ muss eine Zahl von 1 bis 1000 sein.", "Le paramètre « page_size » doit être un nombre de 1 à 1000."),
    "opening an exception case from a finding": ("das Eröffnen eines Ausnahmefalls aus einem Befund", "l’ouverture d’un cas d’exception depuis un constat"),
    "case queued": ("Fall in Warteschlange", "cas en file d’attente"),
    "case started": ("Fall gestartet", "cas démarré"),
    "case running": ("Fall läuft", "cas en cours"),
    "case completed": ("Fall abgeschlossen", "cas terminé"),
    "case deleted": ("Fall gelöscht", "cas supprimé"),
    "case deleted: %1": ("Fall gelöscht: %1", "cas supprimé : %1"),
    "Exception case %1, opened by %2 on %3: %4": ("Ausnahmefall %1, eröffnet von %2 am %3: %4", "Cas d’exception %1, ouvert par %2 le %3 : %4"),
    "Exception Case": ("Ausnahmefall", "Cas d’exception"),
    "Open Exception &Case…": ("Ausnahme&fall eröffnen…", "Ouvrir un &cas d’exception…"),
    "Start an exception case for this finding in the workflow service": ("Einen Ausnahmefall zu diesem Befund im Workflow-Dienst starten", "Démarrer un cas d’exception pour ce constat dans le service de workflow"),
    "Open Exception Case": ("Ausnahmefall eröffnen", "Ouvrir un cas d’exception"),
    "%1 — %2\n\nThe workflow service starts one exception case for this finding. Why is it needed (recorded in the audit trail)?": ("%1 — %2\n\nDer Workflow-Dienst startet einen Ausnahmefall zu diesem Befund. Warum ist er nötig (wird im Prüfprotokoll festgehalten)?", "%1 — %2\n\nLe service de workflow démarre un cas d’exception pour ce constat. Pourquoi est-il nécessaire (consigné dans la piste d’audit) ?"),
    # Query errors (#13)
    "unmatched ')': there is no '(' before it": ("„)“ ohne vorausgehende „(“", "« ) » sans « ( » avant"),
    "the query is nested too deeply": ("Die Suche ist zu tief verschachtelt", "La recherche est trop imbriquée"),
    "'-' must be followed directly by what it excludes, e.g. -word, -field:value or -(group)": ("Auf „-“ muss direkt folgen, was ausgeschlossen wird, z. B. -wort, -feld:wert oder -(gruppe)", "« - » doit être suivi directement de ce qu'il exclut, p. ex. -mot, -champ:valeur ou -(groupe)"),
    "expected a search term here": ("Hier wird ein Suchbegriff erwartet", "un terme de recherche est attendu ici"),
    "'OR' needs a search term on both sides, e.g. a OR b (write 'or' in lower case to search for the word)": ("„OR“ braucht auf beiden Seiten einen Suchbegriff, z. B. a OR b (klein geschrieben „or“ sucht nach dem Wort)", "« OR » demande un terme de chaque côté, p. ex. a OR b (écrivez « or » en minuscules pour chercher le mot)"),
    "empty parentheses: put search terms between them": ("Leere Klammern: Suchbegriffe hineinschreiben", "parenthèses vides : mettez-y des termes de recherche"),
    "unclosed '(': add a ')' to close it": ("„(“ ohne Ende: mit „)“ schließen", "« ( » non fermée : ajoutez « ) » pour la fermer"),
    "'%1' has no letters or digits to search for": ("„%1“ enthält keine Buchstaben oder Ziffern zum Suchen", "« %1 » ne contient ni lettre ni chiffre à chercher"),
    "\"%1\" has no letters or digits to search for": ("„%1“ enthält keine Buchstaben oder Ziffern zum Suchen", "« %1 » ne contient ni lettre ni chiffre à chercher"),
    "empty quotes: put words between them": ("Leere Anführungszeichen: Wörter hineinschreiben", "guillemets vides : mettez-y des mots"),
    "unknown field '%1': the fields are %2 (put text containing a colon in quotes to search for it as words)": ("Unbekanntes Feld „%1“: Die Felder sind %2 (Text mit Doppelpunkt in Anführungszeichen setzen, um nach den Wörtern zu suchen)", "champ inconnu « %1 » : les champs sont %2 (mettez un texte contenant deux-points entre guillemets pour le chercher comme mots)"),
    "'%1' is not a kind of finding: expected one of %2, or any": ("„%1“ ist keine Art von Befund: erwartet wird eine von %2 oder any", "« %1 » n'est pas un type de constat : attendu l'un de %2, ou any"),
    "unclosed quote: add a closing \" to end it": ("Anführungszeichen ohne Ende: mit \" schließen", "guillemet non fermé : ajoutez \" pour le fermer"),
    "'%1:' needs a value after the colon (put a value with spaces in quotes: %1:\"a value\")": ("„%1:“ braucht einen Wert nach dem Doppelpunkt (Werte mit Leerzeichen in Anführungszeichen: %1:\"ein Wert\")", "« %1: » demande une valeur après les deux-points (une valeur avec espaces entre guillemets : %1:\"une valeur\")"),
    "use a UTC day 2026-10-03, a month 2026-10, a year 2026, or an inclusive range 2026-01-01..2026-03-31 (either end may be left open: ..2026-03-31, 2026-01-01..)": ("Einen UTC-Tag 2026-10-03, einen Monat 2026-10, ein Jahr 2026 oder einen Bereich einschließlich der Enden 2026-01-01..2026-03-31 angeben (ein Ende darf offen bleiben: ..2026-03-31, 2026-01-01..)", "indiquez un jour UTC 2026-10-03, un mois 2026-10, une année 2026 ou une plage incluse 2026-01-01..2026-03-31 (une extrémité peut rester ouverte : ..2026-03-31, 2026-01-01..)"),
    "'%1' is not a date: %2": ("„%1“ ist kein Datum: %2", "« %1 » n'est pas une date : %2"),
    "'..' needs a date on at least one side: %1": ("„..“ braucht auf mindestens einer Seite ein Datum: %1", "« .. » demande une date d'au moins un côté : %1"),
    "the range %1 ends before it starts": ("Der Bereich %1 endet, bevor er beginnt", "la plage %1 se termine avant de commencer"),
    "Stop the sync after the page being written; what was synced is kept": ("Die Synchronisierung nach der gerade geschriebenen Seite beenden; bereits Synchronisiertes bleibt erhalten", "Arrêter la synchronisation après la page en cours d’écriture ; ce qui a été synchronisé est conservé"),
    # Document storage (Settings → Document Storage…) and the bounded content store
    "Document Storage": ("Dokumentspeicher", "Stockage des documents"),
    "&Document Storage…": ("&Dokumentspeicher…", "Stockage des &documents…"),
    "The space documents take on this computer, its limit, and Free Space Now": ("Der Platz, den Dokumente auf diesem Rechner belegen, seine Grenze und „Jetzt Platz freigeben“", "L’espace pris par les documents sur cet ordinateur, sa limite, et « Libérer de l’espace »"),
    "&Set Limit": ("Grenze &festlegen", "&Fixer la limite"),
    "&Free Space Now": ("Jetzt Platz &freigeben", "&Libérer de l’espace"),
    "Documents fetched from repositories, and those of drops on removable or network storage, are kept on this computer up to a limit. Past it, the least recently viewed are removed and read again from their repository or drop, and verified, when someone opens them. Documents under a legal hold are never removed. Drops on this computer's own disks are read where they are and take no space here.": ("Aus Repositorys abgerufene Dokumente und die von Ablagen auf Wechsel- oder Netzwerkspeichern werden bis zu einer Grenze auf diesem Rechner aufbewahrt. Darüber hinaus werden die am längsten nicht angesehenen entfernt und beim nächsten Öffnen erneut aus ihrem Repository oder ihrer Ablage gelesen und geprüft. Dokumente unter einer Sperre werden nie entfernt. Ablagen auf den eigenen Platten dieses Rechners werden dort gelesen, wo sie liegen, und belegen hier keinen Platz.", "Les documents récupérés des dépôts, et ceux des dépôts de fichiers sur support amovible ou réseau, sont gardés sur cet ordinateur jusqu’à une limite. Au-delà, les moins récemment consultés sont retirés, puis relus depuis leur dépôt et vérifiés quand quelqu’un les ouvre. Les documents sous conservation légale ne sont jamais retirés. Les dépôts sur les disques de cet ordinateur sont lus sur place et ne prennent pas de place ici."),
    "e.g. 20 GB, 500 MB or 1.5 GiB": ("z. B. 20 GB, 500 MB oder 1.5 GiB", "p. ex. 20 GB, 500 MB ou 1.5 GiB"),
    "A number of bytes, or a number with a unit: kB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024)": ("Eine Anzahl Bytes oder eine Zahl mit Einheit: kB, MB, GB, TB (Potenzen von 1000) oder KiB, MiB, GiB, TiB (Potenzen von 1024)", "Un nombre d’octets, ou un nombre avec une unité : kB, MB, GB, TB (puissances de 1000) ou KiB, MiB, GiB, TiB (puissances de 1024)"),
    "Remove the least recently viewed documents now, until the store is within its limit": ("Die am längsten nicht angesehenen Dokumente jetzt entfernen, bis der Speicher innerhalb seiner Grenze liegt", "Retirer maintenant les documents les moins récemment consultés, jusqu’à ce que le stockage respecte sa limite"),
    "Space used:": ("Belegter Platz:", "Espace utilisé :"),
    "&Limit:": ("&Grenze:", "&Limite :"),
    "Changing the limit is an administrator's setting.": ("Die Grenze ändert ein Administrator.", "La limite est un réglage d’administrateur."),
    "The document store could not be read: %1": ("Der Dokumentspeicher konnte nicht gelesen werden: %1", "Le stockage des documents n’a pas pu être lu : %1"),
    "%1 of %2 (%n document(s) kept on this computer)": (("%1 von %2 (%n Dokument auf diesem Rechner)", "%1 von %2 (%n Dokumente auf diesem Rechner)"), ("%1 sur %2 (%n document gardé sur cet ordinateur)", "%1 sur %2 (%n documents gardés sur cet ordinateur)")),
    "\"%1\" is not a size: write e.g. 20 GB, 500 MB or 1.5 GiB.": ("„%1“ ist keine Größe: z. B. 20 GB, 500 MB oder 1.5 GiB schreiben.", "« %1 » n’est pas une taille : écrivez p. ex. 20 GB, 500 MB ou 1.5 GiB."),
    "The limit is now %1. Documents past it are removed after the next import or sync, or with Free Space Now.": ("Die Grenze ist jetzt %1. Dokumente darüber werden nach dem nächsten Import oder der nächsten Synchronisierung entfernt, oder mit „Jetzt Platz freigeben“.", "La limite est maintenant de %1. Les documents au-delà sont retirés après le prochain import ou la prochaine synchronisation, ou avec « Libérer de l’espace »."),
    "Freeing space…": ("Platz wird freigegeben…", "Libération de l’espace…"),
    "Space could not be freed: %1": ("Platz konnte nicht freigegeben werden: %1", "L’espace n’a pas pu être libéré : %1"),
    "%n document(s) removed (%1). %2 stay over the limit: they are under legal hold or in an evidence package being built, and are never removed.": (("%n Dokument entfernt (%1). %2 bleiben über der Grenze: Sie stehen unter Sperre oder gehören zu einem Beweispaket, das gerade erstellt wird, und werden nie entfernt.", "%n Dokumente entfernt (%1). %2 bleiben über der Grenze: Sie stehen unter Sperre oder gehören zu einem Beweispaket, das gerade erstellt wird, und werden nie entfernt."), ("%n document retiré (%1). %2 restent au-delà de la limite : ils sont sous conservation légale ou dans un dossier de preuve en cours de création, et ne sont jamais retirés.", "%n documents retirés (%1). %2 restent au-delà de la limite : ils sont sous conservation légale ou dans un dossier de preuve en cours de création, et ne sont jamais retirés.")),
    "%n document(s) removed (%1); %2 are kept.": (("%n Dokument entfernt (%1); %2 bleiben erhalten.", "%n Dokumente entfernt (%1); %2 bleiben erhalten."), ("%n document retiré (%1) ; %2 sont gardés.", "%n documents retirés (%1) ; %2 sont gardés.")),
    "This document was removed from this computer to free space: fetching it again from %1 and verifying it…": ("Dieses Dokument wurde entfernt, um auf diesem Rechner Platz zu schaffen: Es wird erneut von %1 abgerufen und geprüft…", "Ce document a été retiré de cet ordinateur pour libérer de l’espace : nouvelle récupération depuis %1 et vérification…"),
    # A full disk (status bar)
    "Data folder warning": ("Warnung zum Datenordner", "Avertissement sur le dossier de données"),
    "Read only: disk full": ("Nur lesen: Datenträger voll", "Lecture seule : disque plein"),
    "The data folder was opened for reading only: %1. Searching and reading work; free some space before importing, syncing or recording anything.": ("Der Datenordner wurde nur zum Lesen geöffnet: %1. Suchen und Lesen funktionieren; geben Sie Platz frei, bevor Sie importieren, synchronisieren oder etwas aufzeichnen.", "Le dossier de données a été ouvert en lecture seule : %1. La recherche et la lecture fonctionnent ; libérez de l’espace avant d’importer, de synchroniser ou d’enregistrer quoi que ce soit."),
    "Views not recorded in the audit trail": ("Ansichten nicht im Prüfprotokoll erfasst", "Consultations non enregistrées dans la piste d’audit"),
    "What you view and search is not being recorded in the audit trail: %1": ("Was Sie ansehen und suchen, wird nicht im Prüfprotokoll erfasst: %1", "Ce que vous consultez et recherchez n’est pas enregistré dans la piste d’audit : %1"),
    "Not recorded in the audit trail: %1": ("Nicht im Prüfprotokoll erfasst: %1", "Non enregistré dans la piste d’audit : %1"),
    # A pending reissue on its letter; New Hold's own search with its count (#29 items 12, 13)
    "Pending reissue": ("In Neuausstellung", "Réémission en cours"),
    "%1 · %2 · requested %3 by %4 · to %5 %6": ("%1 · %2 · angefordert am %3 von %4 · Ziel: %5 %6", "%1 · %2 · demandée le %3 par %4 · vers %5 %6"),
    "%1 · %2 · requested %3 by %4 · to the original destination": ("%1 · %2 · angefordert am %3 von %4 · an das ursprüngliche Ziel", "%1 · %2 · demandée le %3 par %4 · vers la destination d’origine"),
    "Request %1\nReason: %2\nOriginal: %3 %4": ("Auftrag %1\nGrund: %2\nUrsprünglich: %3 %4", "Demande %1\nMotif : %2\nOrigine : %3 %4"),
    "A reissue of %1 was requested and has not been fulfilled yet (Details lists it)": ("Für %1 wurde eine Neuausstellung angefordert, die noch nicht erledigt ist (siehe Details)", "Une réémission de %1 a été demandée et n’est pas encore réalisée (voir Détails)"),
    "What a search finds now": ("Was eine Suche jetzt findet", "Ce qu’une recherche trouve maintenant"),
    "&Search:": ("Su&che:", "&Recherche :"),
    "Search to hold": ("Suche, die gesperrt wird", "Recherche à conserver"),
    "A search, e.g. claim:CLM-88812 or customer:CUST-1 issued:2026": ("Eine Suche, z. B. claim:CLM-88812 oder customer:CUST-1 issued:2026", "Une recherche, p. ex. claim:CLM-88812 ou customer:CUST-1 issued:2026"),
    "What the search would hold": ("Was die Suche sperren würde", "Ce que la recherche conserverait"),
    "Counting…": ("Wird gezählt…", "Comptage…"),
    "Type the search whose communications the hold covers.": ("Geben Sie die Suche ein, deren Kommunikationen die Sperre umfasst.", "Saisissez la recherche dont la conservation couvre les communications."),
    "Not a search: %1 (at character %2)": ("Keine gültige Suche: %1 (bei Zeichen %2)", "Recherche non valide : %1 (au caractère %2)"),
    "This search finds no communications: there is nothing to hold.": ("Diese Suche findet keine Kommunikationen: Es gibt nichts zu sperren.", "Cette recherche ne trouve aucune communication : il n’y a rien à conserver."),
    "Would hold %1 communication(s)": (("Würde %1 Kommunikation sperren", "Würde %1 Kommunikationen sperren"), ("Conserverait %1 communication", "Conserverait %1 communications")),
    "The cache could not be searched: %1": ("Der Cache konnte nicht durchsucht werden: %1", "Le cache n’a pas pu être interrogé : %1"),
    # Texts of other #29 items and of the fetch job's new home that reached the catalogues with
    # this update (lupdate had not been run since): translated here so that nothing falls back to English.
    "E&xport Evidence…": ("Nachweispaket e&xportieren…", "E&xporter le dossier de preuve…"),
    "Write an evidence package of this communication: the document as sent, its delivery, template, holds and audit entries, with SHA-256 sums": ("Ein Nachweispaket dieser Kommunikation schreiben: das Dokument wie versendet, seine Zustellung, Vorlage, Sperren und Prüfprotokolleinträge, mit SHA-256-Summen", "Écrire un dossier de preuve de cette communication : le document tel qu’envoyé, sa remise, son modèle, ses conservations et ses entrées d’audit, avec les sommes SHA-256"),
    "Proofdesk is quitting.": ("Proofdesk wird beendet.", "Proofdesk se ferme."),
    "There is no communication \"%1\" in the cache.": ("Es gibt keine Kommunikation „%1“ im Cache.", "Il n’y a pas de communication « %1 » dans le cache."),
    "%1 is a drop: its documents arrive with it and are not fetched.": ("%1 ist ein Ablageordner: Seine Dokumente kommen mit ihm an und werden nicht abgerufen.", "%1 est un dossier de dépôt : ses documents arrivent avec lui et ne sont pas récupérés."),
    "The document could not be fetched from %1: %2": ("Das Dokument konnte nicht von %1 abgerufen werden: %2", "Le document n’a pas pu être récupéré depuis %1 : %2"),
    "The document could not be fetched: %1": ("Das Dokument konnte nicht abgerufen werden: %1", "Le document n’a pas pu être récupéré : %1"),
    "Only CMIS repositories have a \"version_labels\" setting; this one is %1.": ("Nur CMIS-Repositorys haben die Einstellung \"version_labels\"; dieses ist %1.", "Seuls les dépôts CMIS ont le paramètre « version_labels » ; celui-ci est %1."),
    "The setting \"version_labels\" is \"major\" (a label N.0 is version N) or \"exact\", not \"%1\".": ("Die Einstellung \"version_labels\" ist \"major\" (eine Bezeichnung N.0 ist Version N) oder \"exact\", nicht \"%1\".", "Le paramètre « version_labels » vaut « major » (une étiquette N.0 est la version N) ou « exact », pas « %1 »."),
    "the content block versions placed in it: ID:VERSION per value, or a JSON array": ("die darin platzierten Inhaltsbaustein-Versionen: ID:VERSION je Wert oder ein JSON-Array", "les versions de blocs de contenu qui y sont placées : ID:VERSION par valeur, ou un tableau JSON"),
    "each approval's step, one value per approval (a repeating attribute)": ("der Schritt jeder Freigabe, ein Wert je Freigabe (ein wiederholtes Attribut)", "l'étape de chaque approbation, une valeur par approbation (un attribut répété)"),
    "who gave each approval, one value per approval": ("wer jede Freigabe erteilt hat, ein Wert je Freigabe", "l'auteur de chaque approbation, une valeur par approbation"),
    "when each approval was given, one value per approval": ("wann jede Freigabe erteilt wurde, ein Wert je Freigabe", "la date de chaque approbation, une valeur par approbation"),
    "each approval's decision (approved, rejected…), one value per approval": ("die Entscheidung jeder Freigabe (approved, rejected…), ein Wert je Freigabe", "la décision de chaque approbation (approved, rejected…), une valeur par approbation"),
    "each approval's note, one value per approval": ("die Anmerkung jeder Freigabe, ein Wert je Freigabe", "la note de chaque approbation, une valeur par approbation"),
}

# Where one source text needs another translation in one context (the French gender of a status,
# a column that carries a date): (context, source): (German, French). Looked up before T.
T_IN_CONTEXT = {
    ("proofdesk::domain::CodeLabels", "Approved"): ("Genehmigt", "Approuvé"),
    ("proofdesk::domain::CodeLabels", "Retired"): ("Zurückgezogen", "Retiré"),
    ("proofdesk::records", "Batch"): ("Vernichtungslauf", "Lot"),  # the certificate of disposition
    # Words inside findings' sentences (compliance::sentenceWord), the audit view, labels (#29).
    ("proofdesk::compliance::SentenceWords", "bounced"): ("abgewiesen", "rejetée"),
    ("proofdesk::compliance::SentenceWords", "returned"): ("zurückgesandt", "retournée"),
    ("proofdesk::compliance::SentenceWords", "failed"): ("fehlgeschlagen", "en échec"),
    ("proofdesk::compliance::SentenceWords", "resend"): ("erneuter Versand", "renvoi"),
    ("proofdesk::compliance::SentenceWords", "regeneration"): ("Neuerzeugung", "régénération"),
    ("proofdesk::compliance::SentenceWords", "draft"): ("Entwurf", "brouillon"),
    ("proofdesk::compliance::SentenceWords", "awaiting approval"): ("wartet auf Genehmigung", "en attente d’approbation"),
    ("proofdesk::compliance::SentenceWords", "approved"): ("genehmigt", "approuvée"),
    ("proofdesk::compliance::SentenceWords", "queued to send"): ("zum Versand eingereiht", "en file d’envoi"),
    ("proofdesk::compliance::SentenceWords", "sent"): ("gesendet", "envoyée"),
    ("AuditView", "Action, e.g. hold or reissue.approve"): ("Aktion, z. B. hold oder reissue.approve", "Action, p. ex. hold ou reissue.approve"),
    ("AuditView", "An object's id: a communication's id also finds its reissue requests, holds and exception cases"): ("Die Kennung eines Objekts: die Kennung einer Kommunikation findet auch ihre Neuausstellungsaufträge, Sperren und Ausnahmefälle", "L’identifiant d’un objet : celui d’une communication trouve aussi ses demandes de réémission, conservations et cas d’exception"),
    ("AuditView", "The audit trail is for compliance officers and records managers (agents see their own entries). Switch role in the status bar if you hold one of those roles."): ("Das Prüfprotokoll ist für Compliance-Beauftragte und Records-Manager (Sachbearbeiter sehen ihre eigenen Einträge). Wechseln Sie die Rolle in der Statusleiste, wenn Sie eine dieser Rollen haben.", "La piste d’audit est destinée aux responsables conformité et aux gestionnaires des archives (les agents voient leurs propres entrées). Changez de rôle dans la barre d’état si vous avez l’un de ces rôles."),
    ("proofdesk::itemmodels::DispositionModel", " (extended)"): (" (verlängert)", " (prolongée)"),
    ("proofdesk::itemmodels::ReissueQueueModel", "%1, %2"): ("%1, %2", "%1, %2"),
    # Coded audit reasons (models/audit/auditreason.cpp), read in the reader's language (#29).
    ("proofdesk::audit::AuditReason", "none"): ("keiner", "aucun"),
    ("proofdesk::audit::AuditReason", "%1 or %2"): ("%1 oder %2", "%1 ou %2"),
    ("proofdesk::audit::AuditReason", "%1 has not been granted the %2 role in this data folder (granted: %3). An admin grants roles."): ("%1 wurde die Rolle %2 in diesem Datenordner nicht erteilt (erteilt: %3). Rollen vergibt ein Administrator.", "%1 ne dispose pas du rôle %2 dans ce dossier de données (rôles attribués : %3). Les rôles sont attribués par un administrateur."),
    ("proofdesk::audit::AuditReason", "%1 needs the %2 role; %3 has %4 in this data folder. An admin grants roles."): ("%1 erfordert die Rolle %2; %3 hat in diesem Datenordner %4. Rollen vergibt ein Administrator.", "%1 nécessite le rôle %2 ; %3 dispose de %4 dans ce dossier de données. Les rôles sont attribués par un administrateur."),
    ("proofdesk::audit::AuditReason", "%1 is not permitted in the %2 role: %3 needs the %4 role. Switch role if you have it, or ask someone who does."): ("%1 ist in der Rolle %2 nicht erlaubt: %3 erfordert die Rolle %4. Wechseln Sie die Rolle, wenn Sie sie haben, oder bitten Sie jemanden, der sie hat.", "%1 n’est pas autorisé avec le rôle %2 : %3 nécessite le rôle %4. Changez de rôle si vous le détenez, ou demandez à quelqu’un qui le détient."),
    ("proofdesk::audit::AuditReason", "searching communications"): ("das Durchsuchen von Kommunikationen", "la recherche de communications"),
    ("proofdesk::audit::AuditReason", "viewing a communication"): ("das Ansehen einer Kommunikation", "la consultation d’une communication"),
    ("proofdesk::audit::AuditReason", "exporting search results"): ("das Exportieren von Suchergebnissen", "l’export de résultats de recherche"),
    ("proofdesk::audit::AuditReason", "requesting a reissue"): ("das Anfordern einer Neuausstellung", "la demande d’une réémission"),
    ("proofdesk::audit::AuditReason", "approving a reissue"): ("das Genehmigen einer Neuausstellung", "l’approbation d’une réémission"),
    ("proofdesk::audit::AuditReason", "exporting an evidence package"): ("das Exportieren eines Nachweispakets", "l’export d’un dossier de preuve"),
    ("proofdesk::audit::AuditReason", "viewing your own audit entries"): ("das Ansehen der eigenen Prüfprotokolleinträge", "la consultation de vos propres entrées d’audit"),
    ("proofdesk::audit::AuditReason", "viewing, verifying or exporting the whole audit trail"): ("das Ansehen, Prüfen oder Exportieren des gesamten Prüfprotokolls", "la consultation, la vérification ou l’export de toute la piste d’audit"),
    ("proofdesk::audit::AuditReason", "running the compliance findings"): ("das Ausführen der Compliance-Prüfungen", "l’exécution des contrôles de conformité"),
    ("proofdesk::audit::AuditReason", "marking a finding reviewed"): ("das Markieren eines Befunds als geprüft", "le marquage d’un constat comme examiné"),
    ("proofdesk::audit::AuditReason", "opening an exception case from a finding"): ("das Eröffnen eines Ausnahmefalls aus einem Befund", "l’ouverture d’un cas d’exception à partir d’un constat"),
    ("proofdesk::audit::AuditReason", "applying or changing a legal hold"): ("das Verhängen oder Ändern einer Aufbewahrungssperre", "l’application ou la modification d’une conservation légale"),
    ("proofdesk::audit::AuditReason", "releasing a legal hold"): ("das Aufheben einer Aufbewahrungssperre", "la levée d’une conservation légale"),
    ("proofdesk::audit::AuditReason", "reviewing what is due for disposition"): ("das Prüfen, was zur Vernichtung ansteht", "l’examen de ce qui est à éliminer"),
    ("proofdesk::audit::AuditReason", "approving a disposition"): ("das Genehmigen einer Vernichtung", "l’approbation d’une élimination"),
    ("proofdesk::audit::AuditReason", "changing retention"): ("das Ändern der Aufbewahrung", "la modification de la conservation"),
    ("proofdesk::audit::AuditReason", "adding or configuring repositories"): ("das Hinzufügen oder Konfigurieren von Repositories", "l’ajout ou la configuration de dépôts"),
    ("proofdesk::audit::AuditReason", "granting roles"): ("das Erteilen von Rollen", "l’attribution de rôles"),
    ("proofdesk::audit::AuditReason", "changing settings"): ("das Ändern von Einstellungen", "la modification des réglages"),
    ("proofdesk::audit::AuditReason", "a regeneration or a changed channel or destination needs a compliance officer's approval"): ("eine Neuerzeugung oder ein geänderter Kanal bzw. ein geändertes Ziel erfordert die Genehmigung eines Compliance-Beauftragten", "une régénération ou un changement de canal ou de destination nécessite l’approbation d’un responsable de la conformité"),
    ("proofdesk::audit::AuditReason", "a resend to the original destination needs no approval"): ("ein erneuter Versand an das ursprüngliche Ziel erfordert keine Genehmigung", "un renvoi à la destination d’origine ne nécessite pas d’approbation"),
    ("proofdesk::audit::AuditReason", "waiting in the outbox for the repository"): ("wartet im Postausgang auf das Repository", "en attente dans la boîte d’envoi pour le dépôt"),
    ("proofdesk::audit::AuditReason", "approved"): ("genehmigt", "approuvée"),
    ("proofdesk::audit::AuditReason", "%1 requested reissue %2 and cannot approve it: nobody approves their own request. Another compliance officer must approve it."): ("%1 hat die Neuausstellung %2 angefordert und kann sie nicht genehmigen: Niemand genehmigt den eigenen Auftrag. Ein anderer Compliance-Beauftragter muss sie genehmigen.", "%1 a demandé la réémission %2 et ne peut pas l’approuver : personne n’approuve sa propre demande. Un autre responsable de la conformité doit l’approuver."),
    ("proofdesk::audit::AuditReason", "the workflow engine rejected it without giving a reason"): ("die Workflow-Engine hat ihn ohne Begründung abgelehnt", "le moteur de workflow l’a rejetée sans donner de motif"),
    ("proofdesk::audit::AuditReason", "the workflow engine deleted its process instance without giving a reason"): ("die Workflow-Engine hat seine Prozessinstanz ohne Begründung gelöscht", "le moteur de workflow a supprimé son instance de processus sans donner de motif"),
    ("proofdesk::audit::AuditReason", "the repository returned %1 for this request"): ("das Repository hat für diesen Auftrag %1 zurückgegeben", "le dépôt a renvoyé %1 pour cette demande"),
    ("proofdesk::audit::AuditReason", "Legal hold %1 was released on %2 and cannot be changed; create a new hold."): ("Die Aufbewahrungssperre %1 wurde am %2 aufgehoben und kann nicht geändert werden; legen Sie eine neue Sperre an.", "La conservation légale %1 a été levée le %2 et ne peut plus être modifiée ; créez-en une nouvelle."),
    ("proofdesk::audit::AuditReason", "Retention of %1 ends %2; %3 would shorten it, and retention is never shortened here."): ("Die Aufbewahrung von %1 endet am %2; %3 würde sie verkürzen, und Aufbewahrungsfristen werden hier nie verkürzt.", "La conservation de %1 prend fin le %2 ; %3 la raccourcirait, et la conservation n’est jamais raccourcie ici."),
    ("proofdesk::audit::AuditReason", "%1 is not in the cache or has no retention class with a trigger date"): ("%1 ist nicht im Cache oder hat keine Aufbewahrungsklasse mit Stichtag", "%1 n’est pas dans le cache ou n’a pas de classe de conservation avec date de déclenchement"),
    ("proofdesk::audit::AuditReason", "%1 is kept until %2 (%3)"): ("%1 wird bis %2 aufbewahrt (%3)", "%1 est conservée jusqu’au %2 (%3)"),
    ("proofdesk::audit::AuditReason", "%1 is under an active legal hold and cannot be disposed of"): ("%1 steht unter einer aktiven Aufbewahrungssperre und kann nicht vernichtet werden", "%1 est sous conservation légale active et ne peut pas être éliminée"),
    ("proofdesk::audit::AuditReason", "first use of a demo or empty data folder: its first user gets every role"): ("erste Nutzung eines Demo- oder leeren Datenordners: die erste Person erhält alle Rollen", "première utilisation d’un dossier de démonstration ou vide : sa première personne reçoit tous les rôles"),
}

# English numerus forms that the (s)/(es)/(ies) rules below cannot spell: source: (singular, plural).
EN = {
    "Communications it covers (the first %1 of %Ln):": ("Communications it covers (the first %1 of %Ln):", "Communications it covers (the first %1 of %Ln):"),
    "Communications it covers (%Ln):": ("Communications it covers (%Ln):", "Communications it covers (%Ln):"),
    "The newest %Ln entries shown; narrow the filter for older ones.": ("The newest entry shown; narrow the filter for older ones.", "The newest %Ln entries shown; narrow the filter for older ones."),
    "%Ln entries shown, newest first.": ("%Ln entry shown, newest first.", "%Ln entries shown, newest first."),
    "%Ln entries exported to %1.": ("%Ln entry exported to %1.", "%Ln entries exported to %1."),
    "%Ln more are past retention but held.": ("%Ln more is past retention but held.", "%Ln more are past retention but held."),
    "Dispose of %n communication(s)? Their documents are purged, a tombstone is kept for each and a certificate is written. This cannot be undone.": (
        "Dispose of %n communication? Its document is purged, a tombstone is kept and a certificate is written. This cannot be undone.",
        "Dispose of %n communications? Their documents are purged, a tombstone is kept for each and a certificate is written. This cannot be undone."),
    "The selected communication(s): %1": ("The selected communication: %1", "The selected communications: %1"),
    "Dispose of %n communication(s)? Their documents are purged and a certificate is written. Reason (recorded):": (
        "Dispose of %n communication? Its documents are purged and a certificate is written. Reason (recorded):",
        "Dispose of %n communications? Their documents are purged and a certificate is written. Reason (recorded):"),
    "%n repositories offline": ("%n repository offline", "%n repositories offline"),
    "%n record(s) imported": ("%n record imported", "%n records imported"),
    "%n record(s) synced": ("%n record synced", "%n records synced"),
}

PLURAL_EN = [(r"y\(ies\)", "y", "ies"), (r"\(es\)", "", "es"), (r"\(s\)", "", "s")]


def escape(text):
    """As lupdate: markup characters as entities, control characters and non-ASCII spaces as &#x…;."""
    text = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace('"', "&quot;").replace("'", "&apos;")
    return "".join(f"&#x{ord(c):x};" if (ord(c) < 0x20 and c not in "\n\t") or (ord(c) > 0x7f and c.isspace())
                   else c for c in text)


def attributes(element):
    return "".join(f' {key}="{escape(value)}"' for key, value in element.attrib.items())


def write_ts(tree, path):
    """Writes the catalogue as lupdate does, so that a fill changes only the translations."""
    root = tree.getroot()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attributes(root)}>"]
    for context in root.findall("context"):
        lines.append("<context>")
        for child in context:
            if child.tag != "message":
                lines.append(f"    <{child.tag}{attributes(child)}>{escape(child.text)}</{child.tag}>")
                continue
            lines.append(f"    <message{attributes(child)}>")
            for part in child:
                forms = part.findall("numerusform")
                if part.tag == "translation" and forms:
                    lines.append(f"        <translation{attributes(part)}>")
                    lines += [f"            <numerusform>{escape(f.text)}</numerusform>" for f in forms]
                    lines.append("        </translation>")
                elif part.text is None and part.tag != "translation":
                    lines.append(f"        <{part.tag}{attributes(part)}/>")
                else:
                    lines.append(f"        <{part.tag}{attributes(part)}>{escape(part.text)}</{part.tag}>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def fill(ts_path, lang_index):
    tree = ET.parse(ts_path)
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            fill_message(message, T_IN_CONTEXT.get((name, message.find("source").text or ""), None), lang_index)
    write_ts(tree, ts_path)


def fill_message(message, in_context, lang_index):
    source = message.find("source").text or ""
    translation = message.find("translation")
    if in_context is None and source not in T:
        return
    value = (in_context or T[source])[lang_index]
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        forms = value if isinstance(value, tuple) else (value, value)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        translation.text = None
    else:
        translation.text = value[0] if isinstance(value, tuple) else value


def english_plurals(source_ts, out_path):
    """Only the numerus messages, with the English singular and plural spelled out."""
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "en")
    for context in list(root):
        for message in list(context.findall("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            source = message.find("source").text
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            singular, plural = source, source
            for pattern, one, many in PLURAL_EN:
                singular = re.sub(pattern, one, singular)
                plural = re.sub(pattern, many, plural)
            singular, plural = EN.get(source, (singular, plural))
            ET.SubElement(translation, "numerusform").text = singular
            ET.SubElement(translation, "numerusform").text = plural
        if not context.findall("message"):
            root.remove(context)
    write_ts(tree, out_path)


if __name__ == "__main__":
    fill(HERE / "proofdesk_de.ts", 0)
    fill(HERE / "proofdesk_fr.ts", 1)
    english_plurals(HERE / "proofdesk_de.ts", HERE / "proofdesk_en.ts")
    sys.exit(0)
