#include "compliancetab.h"

#include "complianceworkspace.h"
#include "compliance/findingstreemodel.h"
#include "dashboardpanel.h"
#include "detailpane.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "opencommunication.h"
#include "resultsview.h"
#include "searchbar.h"

#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace {

void buildMenu(MainWindow *window, QTabWidget *tabs, ComplianceWorkspace *workspace)
{
    QMenu *help = nullptr;
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu() && a->menu()->title() == MainWindow::tr("&Help"))
            help = a->menu();
    }
    auto *menu = new QMenu(ComplianceWorkspace::tr("&Compliance"), window);
    window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, menu);
    QAction *show = menu->addAction(ComplianceWorkspace::tr("&Findings and Dashboards"));
    show->setObjectName(QStringLiteral("showCompliance"));
    show->setShortcut(QKeySequence(ComplianceWorkspace::tr("Ctrl+Shift+C")));
    QObject::connect(show, &QAction::triggered, tabs, [tabs, workspace] { tabs->setCurrentWidget(workspace); });
    QAction *evidence = menu->addAction(ComplianceWorkspace::tr("Export &Evidence Package…"));
    evidence->setObjectName(QStringLiteral("exportEvidencePackage"));
    evidence->setShortcut(QKeySequence(ComplianceWorkspace::tr("Ctrl+Shift+E")));
    QObject::connect(evidence, &QAction::triggered, workspace, [window, tabs, workspace] {
        const bool inCompliance = tabs->currentWidget() == workspace && !workspace->selectedCommId().isEmpty();
        workspace->exportEvidence(inCompliance ? workspace->selectedCommId() : window->shownCommunicationId());
    });
    QAction *report = menu->addAction(ComplianceWorkspace::tr("&Audit Report…"));
    report->setObjectName(QStringLiteral("auditReport"));
    QObject::connect(report, &QAction::triggered, workspace, [workspace] { workspace->exportAuditReport(); });
}

} // namespace

ComplianceWorkspace *addComplianceTab(MainWindow *window)
{
    auto *workspace = new ComplianceWorkspace(window->recordsContext(), window);
    // The review workspace becomes the first tab; another workspace may have made the tabs.
    auto *tabs = qobject_cast<QTabWidget *>(window->centralWidget());
    if (!tabs) {
        tabs = new QTabWidget(window);
        tabs->setObjectName(QStringLiteral("workspaceTabs"));
        tabs->setDocumentMode(true);
        tabs->addTab(window->takeCentralWidget(), MainWindow::tr("Review"));
        window->setCentralWidget(tabs);
    }
    tabs->addTab(workspace, ComplianceWorkspace::tr("Compliance"));
    buildMenu(window, tabs, workspace);

    auto *results = window->resultsModel();
    QObject::connect(results, &proofdesk::itemmodels::ResultsModel::totalChanged, workspace,
                     [workspace, results] { workspace->setCurrentQuery(results->shownQuery()); });
    QObject::connect(workspace, &ComplianceWorkspace::searchRequested, window, [window, tabs](const QString &query) {
        tabs->setCurrentIndex(0);
        window->searchBar()->setQuery(query);
    });
    QObject::connect(workspace, &ComplianceWorkspace::communicationRequested, window,
                     [window](const QString &id) { showCommunicationInReview(window, id); });
    QObject::connect(window->recordsContext(), &proofdesk::itemmodels::RecordsContext::recordsChanged, workspace,
                     &ComplianceWorkspace::recordsChanged);
    // Evidence for the letter on screen, from the detail pane; where it went is said in the
    // window's status line, under Review as under Compliance.
    QObject::connect(window->detailPane(), &DetailPane::evidenceRequested, workspace,
                     [workspace](const QString &id) { workspace->exportEvidence(id); });
    QObject::connect(workspace, &ComplianceWorkspace::evidenceWritten, window,
                     [window](const QString &message) { window->statusBar()->showMessage(message, 60000); });
    // The checks run the first time the tab is shown, not at launch (launch stays fast).
    QObject::connect(tabs, &QTabWidget::currentChanged, workspace, [workspace, tabs](int) {
        if (tabs->currentWidget() == workspace && workspace->findingsModel()->report().ranAt == 0)
            workspace->refresh();
    });
    return workspace;
}
