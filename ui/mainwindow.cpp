#include "mainwindow.h"

#include "cachestatusline.h"
#include "compliance/compliancetab.h"
#include "compliance/complianceworkspace.h"
#include "demonotice.h"
#include "detailpane.h"
#include "documentstoragedialog.h"
#include "documentview.h"
#include "elidedlabel.h"
#include "filecommands.h"
#include "filterbar.h"
#include "icons.h"
#include "itemmodels/cachestatus.h"
#include "itemmodels/completionvalues.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/records/pendingreissues.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "itemmodels/savedsearchesmodel.h"
#include "matters/matterstab.h"
#include "matters/mattersworkspace.h"
#include "messagebox.h"
#include "plaintooltips.h"
#include "querytext.h"
#include "records/anchorreminder.h"
#include "records/recordsactions.h"
#include "records/recordstab.h"
#include "records/recordsworkspace.h"
#include "records/rolegate.h"
#include "remotesearchcontrols.h"
#include "remotesearchnotice.h"
#include "repositories/syncstatus.h"
#include "resultsview.h"
#include "savedsearchespanel.h"
#include "savedsearchwatcher.h"
#include "screenfit.h"
#include "searchbar.h"
#include "searchclock.h"
#include "statusbarlabel.h"
#include "storagenotice.h"
#include "templatehistorydialog.h"
#include "tombstonenotice.h"
#include "windowmenus.h"
#include "windowsettings.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "proofdesk.ui", QtInfoMsg)

using namespace proofdesk::itemmodels;

MainWindow::MainWindow(const QString &databasePath, const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_records(new RecordsContext(databasePath, dataDir, proofdesk::records::Identity::fromOperatingSystem(), this))
    , m_access(new AccessRecorder(m_records, this))
    , m_pendingReissues(new PendingReissues(m_records, this))
    , m_results(new ResultsModel(databasePath, this))
    , m_savedModel(new SavedSearchesModel(QStringLiteral("savedSearches"), this))
    , m_searchBar(new SearchBar(this))
    , m_filterBar(new FilterBar(this))
    , m_resultsView(new ResultsView(this))
    , m_saved(new SavedSearchesPanel(m_savedModel, this))
    , m_watcher(new SavedSearchWatcher(databasePath, dataDir, m_savedModel, this))
    , m_detail(new DetailPane(databasePath, dataDir, this))
    , m_tombstone(new TombstoneNotice(m_records, this))
    , m_demoNotice(new DemoNotice(this))
    , m_remoteNotice(new RemoteSearchNotice(this))
    , m_storageNotice(new StorageNotice(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_cacheStatus(new CacheStatusLine(databasePath, dataDir, this))
    , m_menus(new WindowMenus(this))
    , m_files(new FileCommands(databasePath, dataDir, m_results, m_access, this))
    , m_settings(std::make_unique<WindowSettings>(this, m_splitter, m_detail->splitter(), m_resultsView))
    , m_clock(new SearchClock(m_results, m_resultsView->viewport(), this))
{
    PlainToolTips::install(QCoreApplication::instance()); // repository text in tooltips is never markup
    setWindowTitle(tr("Proofdesk"));
    setWindowIcon(icons::app());
    setObjectName(QStringLiteral("MainWindow"));
    m_resultsView->setResultsModel(m_results);
    // Translated each time they are shown (the list remembers the source text), not once
    // in the language of the first start.
    m_savedModel->seedIfNeverSaved({
        {"MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Undelivered (bounced, returned, failed)"),
         QStringLiteral("status:bounced OR status:returned OR status:failed")},
        {"MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Under legal hold"), QStringLiteral("hold:any")},
        {"MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Fixity failed"), QStringLiteral("fixity:failed")},
        {"MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Reissues and regenerations"),
         QStringLiteral("origin:reissue OR origin:regeneration")},
        {"MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Sent by post"), QStringLiteral("channel:print")},
    });
    buildLayout();
    connectMenus();
    addWorkspaces();
    connectSearch();
    connectSelection();
    connectResultsState();
    connectWatches();
    m_settings->restore();
    loadCacheInfo();
    m_searchBar->lineEdit()->installEventFilter(this);
    m_searchBar->focusSearch();
    runSearch(QString());
}

MainWindow::~MainWindow() = default;

void MainWindow::setReadOnlyReason(const QString &reason) { m_storageNotice->setReadOnlyReason(reason); }

QString MainWindow::shownCommunicationId() const { return m_detail->shownId(); }

QJsonObject MainWindow::shownRecord() const { return m_detail->detail().record; }

QString MainWindow::searchText() const { return m_searchBar->text(); }

bool MainWindow::reviewInFront() const { return m_tabs->currentWidget() == m_reviewPage; }

void MainWindow::buildLayout()
{
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(8, 8, 8, 4);
    topLayout->setSpacing(4);
    topLayout->addWidget(m_searchBar);
    topLayout->addWidget(m_filterBar);
    topLayout->addWidget(m_demoNotice);
    topLayout->addWidget(m_tombstone);
    topLayout->addWidget(m_remoteNotice);

    m_splitter->addWidget(m_saved);
    m_splitter->addWidget(m_resultsView);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 4);
    // At 1280 px the results show Id … Fixity without scrolling, in every language; the document
    // keeps the rest.
    m_splitter->setSizes({140, 920, 540});
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_reviewPage = new QWidget(this);
    m_reviewPage->setObjectName(QStringLiteral("reviewWorkspace"));
    auto *layout = new QVBoxLayout(m_reviewPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(top);
    layout->addWidget(m_splitter, 1);
    // The workspaces, Review first; the others are added by addWorkspaces().
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workspaces"));
    m_tabs->addTab(m_reviewPage, tr("Review"));
    setCentralWidget(m_tabs);

    statusBar()->addWidget(m_cacheStatus->summaryLabel());
    statusBar()->addPermanentWidget(m_storageNotice);
    statusBar()->addPermanentWidget(m_cacheStatus->folderLabel());

    // The first start's demo drop alone: say it is made up, and how to connect real ones.
    connect(m_cacheStatus, &CacheStatusLine::read, m_demoNotice, [this](const CacheSummary &s) {
        m_demoNotice->update(s.error.isEmpty() && s.repositories == 1
                             && QFileInfo::exists(QDir(m_dataDir).filePath(QStringLiteral("demo-drop"))));
    });
}

void MainWindow::connectSearch()
{
    connect(m_searchBar, &SearchBar::searchRequested, this,
            [this](const QString &query) { startSearch(query, m_searchBar->msSinceLastKeystroke()); });
    connect(m_searchBar, &SearchBar::textEdited, m_filterBar, &FilterBar::syncFromQuery);
    connect(m_filterBar, &FilterBar::fieldEdited, this, [this](const QString &field, const QString &value) {
        m_searchBar->setQuery(querytext::setFieldValue(m_searchBar->text(), field, value));
    });
    connect(m_results, &ResultsModel::totalChanged, this, &MainWindow::onTotal);
    connect(m_results, &ResultsModel::queryError, m_searchBar, &SearchBar::showError);
    connect(m_results, &ResultsModel::searchFailed, m_searchBar, &SearchBar::showFailure);
    connect(m_results, &ResultsModel::storedRowsDamaged, this, [this](const QString &what) {
        statusBar()->showMessage(tr("The counts the cache keeps to answer faster were found altered (%1): this answer "
                                    "was counted without them and is exact; they are built again at the next sync.")
                                     .arg(what));
    });
    connect(m_saved, &SavedSearchesPanel::searchActivated, m_searchBar, &SearchBar::setQuery);
    connect(m_saved, &SavedSearchesPanel::addRequested, this, [this] { m_saved->addSearch(m_searchBar->text()); });
    connect(m_detail, &DetailPane::searchRequested, m_searchBar, &SearchBar::setQuery);
    connect(m_detail, &DetailPane::templateHistoryRequested, this, &MainWindow::openTemplateHistory);
    connect(m_detail, &DetailPane::documentFetched, m_results, &ResultsModel::refreshCommunication);
}

void MainWindow::connectSelection()
{
    connect(m_resultsView, &ResultsView::currentCommunicationChanged, this, [this](std::optional<qint64> rowid) {
        m_selectionTimer.start();
        m_detail->showCommunication(rowid);
        m_remote->currentRowChanged(); // a repository's row (no rowid): its metadata
    });
    connect(m_resultsView, &ResultsView::opened, m_detail, &DetailPane::focusDocument);
    // Return or a double-click opens the letter on purpose (a repository's row: once kept offline).
    connect(m_resultsView, &ResultsView::opened, this, [this] {
        const QModelIndex current = m_resultsView->currentIndex();
        if (current.isValid() && !m_results->remoteHitAt(current.row()))
            m_access->communicationOpened(m_resultsView->currentCommunicationId());
    });
    // What a person read is recorded (AccessRecorder: shown long enough, or opened on purpose).
    connect(m_detail, &DetailPane::detailShown, this, [this](qint64) {
        qCInfo(lcUi) << "detail shown" << m_selectionTimer.elapsed() << "ms after selection";
        const QString id = m_detail->shownId();
        if (!reviewInFront())
            return;
        if (!m_openingOnPurpose.isEmpty() && std::exchange(m_openingOnPurpose, QString()) == id)
            m_access->communicationOpened(id);
        else
            m_access->communicationShown(id);
    });
    // A view or search the trail refused is said, not lost in silence.
    connect(m_access, &AccessRecorder::refused, this, [this](const QString &message) {
        m_storageNotice->accessNotRecorded(message);
        statusBar()->showMessage(tr("Not recorded in the audit trail: %1").arg(message), 8000);
    });
    connect(m_access, &AccessRecorder::recorded, m_storageNotice, &StorageNotice::accessRecorded);
    connect(m_detail->documentView(), &DocumentView::pdfReady, this, [this](int pages) {
        qCInfo(lcUi) << "PDF ready (" << pages << "pages)" << m_selectionTimer.elapsed() << "ms after selection";
    });
}

void MainWindow::runSearch(const QString &query) { startSearch(query, -1); }

void MainWindow::startSearch(const QString &query, qint64 typedMsAgo)
{
    m_clock->started(typedMsAgo);
    m_searchBar->showSearching();
    m_results->setQuery(query);
}

void MainWindow::onTotal(qint64 total)
{
    m_searchBar->showTotal(total);
    m_tombstone->showFor(m_results->shownQuery(), total);
    m_access->searchShown(m_results->shownQuery(), total); // audited once the person stays on it
    m_complianceTab->workspace()->setCurrentQuery(m_results->shownQuery());
    if (!m_navigatingHistory)
        m_history.record(m_results->shownQuery());
    m_navigatingHistory = false;
    m_menus->setHistory(m_history.canGoBack(), m_history.canGoForward());
    statusBar()->showMessage(tr("Searched in %1 ms").arg(m_clock->elapsedMs()), 4000);
    m_remote->localTotalShown(); // after the local line: it adds the repositories' part
}

QString MainWindow::cacheSummaryText() const { return m_cacheStatus->summaryText(); }

void MainWindow::cacheChanged()
{
    loadCacheInfo();
    m_pendingReissues->refresh(); // a sync's upkeep fulfils the reissues that came back
    m_mattersTab->cacheChanged(); // the watched searches are counted again
    m_watcher->recount();
    // What the repositories' rows list may be cached now: asked again with the search.
    m_results->clearRemoteHits();
    runSearch(m_searchBar->text());
}

void MainWindow::reloadShownResults()
{
    loadCacheInfo();
    runSearch(m_results->shownQuery());
}

void MainWindow::loadCacheInfo()
{
    m_cacheStatus->reload();
    loadCompletionValues(m_databasePath, this, [this](CompletionValues values) {
        m_searchBar->setCompletions(values.completions());
        for (const char *field : {"type", "unit", "channel"})
            m_filterBar->setValues(QLatin1String(field), values.values.value(QLatin1String(field)));
    });
}

void MainWindow::goBack()
{
    if (!m_history.canGoBack())
        return;
    m_navigatingHistory = true;
    m_searchBar->setQuery(m_history.back());
}

void MainWindow::goForward()
{
    if (!m_history.canGoForward())
        return;
    m_navigatingHistory = true;
    m_searchBar->setQuery(m_history.forward());
}

// Down from the box goes into the results, as in a mail client.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchBar->lineEdit() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool popupOpen =
            m_searchBar->lineEdit()->completer() && m_searchBar->lineEdit()->completer()->popup()->isVisible();
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && !popupOpen) {
            m_resultsView->setFocus(Qt::TabFocusReason);
            if (!m_resultsView->currentIndex().isValid())
                m_resultsView->stepCurrent(1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// A shortcut of the review workspace acts on what is in front: Review comes to the front
// first, so that nothing is searched, read or exported out of sight.
std::function<void()> MainWindow::inReview(std::function<void()> act)
{
    return [this, act = std::move(act)] {
        showReview();
        act();
    };
}

QAction *MainWindow::action(const QString &objectName) const { return findChild<QAction *>(objectName); }

void MainWindow::connectMenus()
{
    WindowMenus *m = m_menus;
    connect(m, &WindowMenus::importRequested, this, [this] { importDrop(); });
    connect(m, &WindowMenus::exportRequested, this, inReview([this] { exportResults(); }));
    connect(m, &WindowMenus::findRequested, this, inReview([this] { m_searchBar->focusSearch(); }));
    connect(m, &WindowMenus::saveSearchRequested, this, inReview([this] { m_saved->addSearch(m_searchBar->text()); }));
    connect(m, &WindowMenus::backRequested, this, inReview([this] { goBack(); }));
    connect(m, &WindowMenus::forwardRequested, this, inReview([this] { goForward(); }));
    connect(m, &WindowMenus::showAllRequested, this, inReview([this] { m_searchBar->setQuery(QString()); }));
    connect(m, &WindowMenus::nextResultRequested, this, inReview([this] { m_resultsView->stepCurrent(1); }));
    connect(m, &WindowMenus::previousResultRequested, this, inReview([this] { m_resultsView->stepCurrent(-1); }));
    connect(m, &WindowMenus::resultsRequested, this, inReview([this] {
                m_resultsView->setFocus(Qt::ShortcutFocusReason);
                // A row current, so that Return opens it and Down moves on from it.
                if (!m_resultsView->currentIndex().isValid() && m_results->rowCount() > 0)
                    m_resultsView->setCurrentIndex(m_results->index(0, 0));
            }));
    connect(m, &WindowMenus::openDocumentRequested, this, inReview([this] {
                m_detail->focusDocument();
                m_access->communicationOpened(m_detail->shownId()); // opened on purpose
            }));
    connect(m, &WindowMenus::templateHistoryRequested, this, inReview([this] {
                const QJsonObject tpl = m_detail->detail().record.value(QStringLiteral("template")).toObject();
                if (!tpl.isEmpty())
                    openTemplateHistory(tpl.value(QStringLiteral("id")).toString(),
                                        tpl.value(QStringLiteral("version")).toString());
            }));
    m_files->setRecordsContext(m_records);
    connect(m_files, &FileCommands::cacheChanged, this, &MainWindow::cacheChanged);
}

void MainWindow::importDrop(const QString &dropPath) { m_files->importDrop(dropPath); }

void MainWindow::exportResults(const QString &filePath) { m_files->exportResults(filePath); }

void MainWindow::openTemplateHistory(const QString &templateId, const QString &version)
{
    auto *dialog = new TemplateHistoryDialog(m_databasePath, templateId, version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplateHistoryDialog::searchRequested, m_searchBar, &SearchBar::setQuery);
    dialog->show();
    dialog->activateWindow();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_settings->placeOnScreen(); // the frame is known once the window is on screen
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->save();
    QMainWindow::closeEvent(event);
}

// Once, in this order: the menus go between Go/View and Help, the status bar's widgets
// after the window's own, the results' context menu lists each workspace's entries.
void MainWindow::addWorkspaces()
{
    addRemoteSearch();
    addComplianceTab();
    addMattersTab();
    addRecordsTab();
    addSyncAndSettings();
    addResultsContextMenu();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        QWidget *front = m_tabs->currentWidget();
        // What Review shows is read only while it is in front: back in front, the letter counts
        // from now; out of sight, nothing waiting is recorded.
        if (front == m_reviewPage)
            m_access->communicationShown(m_detail->shownId());
        else
            m_access->screenHidden();
        if (front == m_recordsTab->workspace())
            m_recordsTab->shown();
        else if (front == m_complianceTab->workspace())
            m_complianceTab->shown();
        else if (front == m_mattersTab->workspace())
            m_mattersTab->shown();
    });
}

void MainWindow::addRemoteSearch()
{
    m_remote = new RemoteSearchControls({m_results, m_resultsView, m_searchBar, m_detail, m_remoteNotice, m_access},
                                        m_databasePath, m_dataDir, this);
    m_menus->searchMenu()->addSeparator();
    m_menus->searchMenu()->addActions(m_remote->menuActions());
    m_searchBar->addButton(m_remote->toggleAction());
    // Permanent, left of the others: a temporary message ("Searched in 12 ms", shown as the local
    // total comes) hid a normal widget, the search's Cancel with it, and one shown under a
    // message was drawn over its text (#41). Qt ends a message before the first visible
    // permanent widget. Index 1: the cache's summary (0) is the only normal widget.
    statusBar()->insertPermanentWidget(1, m_remote->statusWidget());
    connect(m_remote, &RemoteSearchControls::reloadRequested, this, &MainWindow::reloadShownResults);
    connect(m_remote, &RemoteSearchControls::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_remote, &RemoteSearchControls::frontRequested, this, &MainWindow::showReview);
    connect(m_remote, &RemoteSearchControls::keptRowOpened, m_access, &AccessRecorder::communicationOpened);
}

void MainWindow::addComplianceTab()
{
    m_complianceTab = new ComplianceTab(m_records, this, this);
    ComplianceWorkspace *workspace = m_complianceTab->workspace();
    m_tabs->addTab(workspace, ComplianceWorkspace::tr("Compliance"));
    m_menus->insertMenu(m_complianceTab->menu());
    connect(m_complianceTab, &ComplianceTab::frontRequested, this,
            [this, workspace] { m_tabs->setCurrentWidget(workspace); });
    connect(m_complianceTab, &ComplianceTab::reviewRequested, this, &MainWindow::showReview);
    connect(m_complianceTab, &ComplianceTab::searchRequested, this, [this](const QString &query) {
        showReview();
        m_searchBar->setQuery(query);
    });
    connect(m_complianceTab, &ComplianceTab::communicationRequested, this, &MainWindow::showCommunication);
    // Where the evidence went is said in the window's status line, under Review as under Compliance.
    connect(m_complianceTab, &ComplianceTab::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 60000); });
    // Evidence for the letter on screen, from the detail pane.
    connect(m_detail, &DetailPane::evidenceRequested, workspace,
            [workspace](const QString &id) { workspace->exportEvidence(id); });
}

void MainWindow::addMattersTab()
{
    m_mattersTab = new MattersTab(m_records, this, m_databasePath, m_dataDir, this);
    MattersWorkspace *workspace = m_mattersTab->workspace();
    m_tabs->addTab(workspace, MattersWorkspace::tr("Matters"));
    m_menus->insertMenu(m_mattersTab->menu());
    connect(m_mattersTab, &MattersTab::frontRequested, this,
            [this, workspace] { m_tabs->setCurrentWidget(workspace); });
    connect(m_mattersTab, &MattersTab::communicationRequested, this, &MainWindow::showCommunication);
    connect(m_mattersTab, &MattersTab::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 60000); });
}

void MainWindow::addRecordsTab()
{
    m_recordsTab = new RecordsTab(m_records, this, this);
    RecordsWorkspace *workspace = m_recordsTab->workspace();
    m_tabs->addTab(workspace, RecordsWorkspace::tr("Records"));
    m_menus->insertMenu(m_recordsTab->menu());
    for (QWidget *status : m_recordsTab->statusWidgets())
        statusBar()->addPermanentWidget(status);
    connect(m_recordsTab, &RecordsTab::frontRequested, this,
            [this, workspace] { m_tabs->setCurrentWidget(workspace); });
    connect(m_recordsTab, &RecordsTab::communicationRequested, this, &MainWindow::showCommunication);
    connect(m_recordsTab, &RecordsTab::cacheChanged, this, &MainWindow::cacheChanged);
    connect(m_recordsTab, &RecordsTab::loadedRowsChanged, m_results, &ResultsModel::refreshLoadedRows);
}

void MainWindow::addSyncAndSettings()
{
    m_sync = new SyncControls(
        m_databasePath, m_dataDir, [context = m_records] { return context->actor(); }, this);
    statusBar()->addPermanentWidget(m_sync->status());
    QMenu *file = m_menus->fileMenu();
    QAction *afterImport = file->actions().value(1);
    file->insertAction(afterImport, m_sync->syncNowAction());
    file->insertAction(afterImport, m_sync->cancelAction());
    QMenu *settings = m_sync->settingsMenu();
    m_menus->insertMenu(settings);
    addAnchorReminderSetting(settings, this);             // Audit Anchor Reminder…: ui/records/
    addDocumentStorageSetting(settings, this, m_records); // Document Storage…
    connect(m_sync, &SyncControls::cacheChanged, this, &MainWindow::cacheChanged);
    // The notice's button is for adding one: the role is asked first (Settings › Repositories
    // itself also lists them, for every role).
    connect(m_demoNotice, &DemoNotice::connectRequested, this,
            [this, repositories = settings->findChild<QAction *>(QStringLiteral("repositories"))] {
                rolegate::whenPermitted(this, m_records, proofdesk::records::Action::ConfigureRepositories,
                                        [repositories] { repositories->trigger(); });
            });
    connect(m_demoNotice, &DemoNotice::importRequested, this, [this] { importDrop(); });
    connect(m_sync, &SyncControls::recordsChanged, m_recordsTab->workspace(), &RecordsWorkspace::refreshAll);
}

void MainWindow::showReview() { m_tabs->setCurrentWidget(m_reviewPage); }

// Where a finding, a reissue request or a hold names a communication: Review searches its id
// and selects the one result as soon as it arrives, so the detail pane shows it.
void MainWindow::showCommunication(const QString &communicationId)
{
    if (communicationId.isEmpty())
        return;
    showReview();
    m_openingOnPurpose = communicationId;
    auto *once = new QObject(this);
    connect(m_results, &ResultsModel::totalChanged, once, [this, once] {
        m_resultsView->stepCurrent(1);
        once->deleteLater();
    });
    m_searchBar->setQuery(QStringLiteral("id:\"%1\"").arg(QString(communicationId).remove(QLatin1Char('"'))));
}

void MainWindow::connectResultsState()
{
    // An error keeps the old rows (a half-typed query must not blank the table) but greys
    // them out; the next valid query's answer brings them back.
    connect(m_results, &ResultsModel::queryError, m_resultsView, [this] { m_resultsView->setStale(true); });
    connect(m_results, &ResultsModel::searchFailed, m_resultsView, [this] { m_resultsView->setStale(true); });
    connect(m_results, &ResultsModel::totalChanged, m_resultsView, [this] { m_resultsView->setStale(false); });
    // The first page is the answer already; its total follows (never a guess in its place).
    connect(m_results, &ResultsModel::countingStarted, this, [this] {
        m_resultsView->setStale(false);
        m_searchBar->showCounting();
    });
    connect(m_resultsView, &ResultsView::openInNewWindowRequested, this, &MainWindow::openInNewWindow);
    // A reissue on its way is marked on its letter; the set is read when the records change.
    connect(m_pendingReissues, &PendingReissues::changed, m_results,
            [this] { m_results->setPendingReissues(m_pendingReissues->communicationIds()); });
    m_detail->setPendingReissues(m_pendingReissues);
}

DetailPane *MainWindow::openInNewWindow(qint64 rowid)
{
    // A detail pane of its own, so that two letters can be compared side by side; it closes
    // with the main window, and every document it shows is audited as the main pane's are.
    auto *pane = new DetailPane(m_databasePath, m_dataDir, this);
    pane->setWindowFlag(Qt::Window);
    pane->setAttribute(Qt::WA_DeleteOnClose);
    pane->setObjectName(QStringLiteral("communicationWindow"));
    pane->setWindowTitle(tr("Loading… — Proofdesk"));
    screenfit::placeOver(pane, this, QSize(900, 900));
    connect(pane, &DetailPane::searchRequested, m_searchBar, &SearchBar::setQuery);
    connect(pane, &DetailPane::templateHistoryRequested, this, &MainWindow::openTemplateHistory);
    pane->setPendingReissues(m_pendingReissues);
    connect(pane, &DetailPane::detailShown, this, [this, pane](qint64) {
        pane->setWindowTitle(tr("%1 — Proofdesk").arg(pane->shownId()));
        m_access->communicationOpened(pane->shownId()); // a window of its own: opened on purpose
    });
    pane->showCommunication(rowid);
    pane->show();
    return pane;
}

void MainWindow::addResultsContextMenu()
{
    // The Compliance workspace owns the export (ComplianceWorkspace::exportEvidence, as its
    // menu's Export Evidence Package… does): the context menu only names the row's letter.
    auto *evidence = new QAction(tr("Export &Evidence Package…"), m_resultsView);
    evidence->setObjectName(QStringLiteral("exportEvidenceFromResults"));
    evidence->setStatusTip(tr("Export the evidence package of this communication"));
    evidence->setToolTip(evidence->statusTip());
    ComplianceWorkspace *workspace = m_complianceTab->workspace();
    connect(evidence, &QAction::triggered, workspace, [this, workspace] {
        const QString id = m_resultsView->currentCommunicationId();
        if (!id.isEmpty())
            workspace->exportEvidence(id);
    });
    m_resultsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_resultsView->addAction(m_remote->keepOfflineAction());
    m_resultsView->addActions(m_recordsTab->communicationActions());
    m_resultsView->addAction(evidence);
}
