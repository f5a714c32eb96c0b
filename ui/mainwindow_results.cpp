// MainWindow: what the results offer beyond selection: their context menu, the window of a
// single communication, and their state while the query in the box is not valid.
#include "mainwindow.h"

#include "compliance/complianceworkspace.h"
#include "detailpane.h"
#include "itemmodels/records/accessrecorder.h"
#include "itemmodels/records/pendingreissues.h"
#include "itemmodels/resultsmodel.h"
#include "resultsview.h"
#include "searchbar.h"

#include <QAction>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

using proofdesk::itemmodels::PendingReissues;
using proofdesk::itemmodels::ResultsModel;

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
        m_access->communicationShown(pane->shownId());
    });
    pane->showCommunication(rowid);
    pane->show();
    return pane;
}

void MainWindow::addEvidenceToResultsMenu()
{
    // The Compliance workspace owns the export (ComplianceWorkspace::exportEvidence, as its
    // menu's Export Evidence Package… does): the context menu only names the row's letter.
    auto *workspace = findChild<ComplianceWorkspace *>();
    if (!workspace)
        return;
    auto *evidence = new QAction(tr("Export &Evidence Package…"), m_resultsView);
    evidence->setObjectName(QStringLiteral("exportEvidenceFromResults"));
    evidence->setStatusTip(tr("Export the evidence package of this communication"));
    evidence->setToolTip(evidence->statusTip());
    connect(evidence, &QAction::triggered, workspace, [this, workspace] {
        const QString id = m_resultsView->currentCommunicationId();
        if (!id.isEmpty())
            workspace->exportEvidence(id);
    });
    m_resultsView->addAction(evidence);
}
