// MainWindow: the workspaces beside Review and the wiring between them (each takes what it
// needs and says by its signals what the window should do), the results' context menu, the
// window of a single communication, and the results' state while the query is not valid.
#include "compliance/compliancetab.h"
#include "compliance/complianceworkspace.h"
#include "demonotice.h"
#include "detailpane.h"
#include "documentstoragedialog.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/records/pendingreissues.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "records/anchorreminder.h"
#include "records/recordstab.h"
#include "records/recordsworkspace.h"
#include "remotesearchcontrols.h"
#include "remotesearchnotice.h"
#include "repositories/syncstatus.h"
#include "resultsview.h"
#include "searchbar.h"

#include <QAction>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

using proofdesk::itemmodels::AccessRecorder;
using proofdesk::itemmodels::PendingReissues;
using proofdesk::itemmodels::RecordsContext;
using proofdesk::itemmodels::ResultsModel;

// Once, in this order: the menus go between Go/View and Help, the status bar's widgets
// after the window's own, the results' context menu lists each workspace's entries.
void MainWindow::addWorkspaces()
{
    addRemoteSearch();
    addComplianceTab();
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
    });
}

void MainWindow::insertMenu(QMenu *menu) { menuBar()->insertMenu(m_helpMenu->menuAction(), menu); }

void MainWindow::addRemoteSearch()
{
    m_remote = new RemoteSearchControls({m_results, m_resultsView, m_searchBar, m_detail, m_remoteNotice, m_access},
                                        m_databasePath, m_dataDir, this);
    m_searchMenu->addSeparator();
    m_searchMenu->addActions(m_remote->menuActions());
    m_searchBar->addButton(m_remote->toggleAction());
    statusBar()->addWidget(m_remote->statusWidget());
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
    insertMenu(m_complianceTab->menu());
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

void MainWindow::addRecordsTab()
{
    m_recordsTab = new RecordsTab(m_records, this, this);
    RecordsWorkspace *workspace = m_recordsTab->workspace();
    m_tabs->addTab(workspace, RecordsWorkspace::tr("Records"));
    insertMenu(m_recordsTab->menu());
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
    QAction *afterImport = m_fileMenu->actions().value(1);
    m_fileMenu->insertAction(afterImport, m_sync->syncNowAction());
    m_fileMenu->insertAction(afterImport, m_sync->cancelAction());
    QMenu *settings = m_sync->settingsMenu();
    insertMenu(settings);
    addAnchorReminderSetting(settings, this);             // Audit Anchor Reminder…: ui/records/
    addDocumentStorageSetting(settings, this, m_records); // Document Storage…
    connect(m_sync, &SyncControls::cacheChanged, this, &MainWindow::cacheChanged);
    connect(m_demoNotice, &DemoNotice::connectRequested, settings->findChild<QAction *>(QStringLiteral("repositories")),
            &QAction::trigger);
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
        qCInfo(lcUi) << "first page of" << m_results->shownQuery() << "in" << m_searchTimer.elapsed() << "ms, counting";
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
    pane->resize(900, 900);
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
