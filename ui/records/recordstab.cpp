#include "recordstab.h"

#include "detailpane.h"
#include "dispositionview.h"
#include "holdregisterview.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "opencommunication.h"
#include "recordsactions.h"
#include "recordsworkspace.h"
#include "reissuequeueview.h"
#include "resultsview.h"
#include "roleswitcher.h"
#include "searchbar.h"
#include "teamstatus.h"

#include <QJsonObject>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

using proofdesk::itemmodels::RecordsContext;
using proofdesk::records::Action;

namespace {

QTabWidget *workspaceTabs(MainWindow *window)
{
    if (auto *tabs = qobject_cast<QTabWidget *>(window->centralWidget()))
        return tabs;
    auto *tabs = new QTabWidget(window);
    tabs->setObjectName(QStringLiteral("workspaceTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(window->takeCentralWidget(), MainWindow::tr("Review"));
    window->setCentralWidget(tabs);
    return tabs;
}

HoldTargets holdTargets(MainWindow *window)
{
    HoldTargets targets;
    const QJsonObject record = window->detailPane()->detail().record;
    const QString id = record.value(QStringLiteral("id")).toString();
    if (!id.isEmpty())
        targets.selectedIds = {id};
    // The search as the box reads it now: the dialog counts it itself (and says so when the
    // box holds a query that is not valid), never with the total of an earlier search.
    targets.query = window->searchBar()->text().trimmed();
    for (const char *key : {"customer_id", "account_id", "policy_id", "claim_id", "loan_id", "case_id"}) {
        const QString value = record.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            targets.keys.append({QLatin1String(key).chopped(3), value});
    }
    return targets;
}

QAction *addAction(QMenu *menu, const char *name, const QString &text, const QString &tip)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QLatin1String(name));
    action->setStatusTip(tip);
    action->setToolTip(tip);
    return action;
}

void buildMenu(MainWindow *window, QTabWidget *tabs, const RecordsTab &tab)
{
    QMenu *help = nullptr;
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu() && a->menu()->title() == MainWindow::tr("&Help"))
            help = a->menu();
    }
    auto *menu = new QMenu(RecordsWorkspace::tr("Rec&ords"), window);
    window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, menu);
    QAction *reissue = addAction(menu, "requestReissue", RecordsWorkspace::tr("Request &Reissue…"),
                                 RecordsWorkspace::tr("Resend or regenerate the shown communication"));
    QAction *hold = addAction(menu, "applyLegalHold", RecordsWorkspace::tr("Apply Legal &Hold…"),
                              RecordsWorkspace::tr("Hold the selection, the search, or a customer/claim/policy/loan/case"));
    QObject::connect(reissue, &QAction::triggered, tab.actions, [window, tab] {
        const QJsonObject r = window->detailPane()->detail().record;
        tab.actions->requestReissue(r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("status")).toString());
    });
    QObject::connect(hold, &QAction::triggered, tab.actions, [window, tab] { tab.actions->applyHold(holdTargets(window)); });
    window->resultsView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    window->resultsView()->addActions({reissue, hold});
    menu->addSeparator();
    const QList<std::tuple<const char *, QString, QString>> views = {
        {"showReissueQueue", RecordsWorkspace::tr("Reissue &Queue"), RecordsWorkspace::tr("Ctrl+Shift+Q")},
        {"showHoldRegister", RecordsWorkspace::tr("&Legal Holds"), RecordsWorkspace::tr("Ctrl+Shift+H")},
        {"showDisposition", RecordsWorkspace::tr("&Disposition Review"), RecordsWorkspace::tr("Ctrl+Shift+D")},
        {"showAuditTrail", RecordsWorkspace::tr("&Audit Trail"), RecordsWorkspace::tr("Ctrl+Shift+U")},
    };
    for (int i = 0; i < views.size(); ++i) {
        const auto &[name, text, keys] = views.at(i);
        QAction *show = addAction(menu, name, text, text);
        show->setShortcut(QKeySequence(keys));
        QObject::connect(show, &QAction::triggered, tab.workspace, [tabs, tab, i] {
            tabs->setCurrentWidget(tab.workspace);
            tab.workspace->setCurrentIndex(i);
            tab.workspace->refreshCurrent();
        });
    }
    auto updateEnabled = [reissue, hold, context = tab.context] {
        reissue->setEnabled(context->permits(Action::RequestReissue));
        hold->setEnabled(context->permits(Action::ApplyHold));
    };
    QObject::connect(tab.context, &RecordsContext::roleChanged, reissue, updateEnabled);
    updateEnabled();
}

} // namespace

RecordsTab addRecordsTab(MainWindow *window)
{
    RecordsTab tab;
    tab.context = window->recordsContext();
    tab.actions = new RecordsActions(tab.context, window);
    tab.workspace = new RecordsWorkspace(tab.context, window);
    QTabWidget *tabs = workspaceTabs(window);
    tabs->addTab(tab.workspace, RecordsWorkspace::tr("Records"));
    window->statusBar()->addPermanentWidget(new TeamStatus(tab.context, window));
    window->statusBar()->addPermanentWidget(new RoleSwitcher(tab.context, window));
    buildMenu(window, tabs, tab);
    QObject::connect(tab.actions, &RecordsActions::recordsChanged, tab.workspace, &RecordsWorkspace::refreshAll);
    QObject::connect(tab.actions, &RecordsActions::recordsChanged, tab.context, &RecordsContext::noteRecordsChanged);
    QObject::connect(tab.workspace, &RecordsWorkspace::communicationRequested, window,
                     [window](const QString &id) { showCommunicationInReview(window, id); });
    QObject::connect(tabs, &QTabWidget::currentChanged, tab.workspace, [tabs, tab](int) {
        if (tabs->currentWidget() == tab.workspace)
            tab.workspace->refreshCurrent();
    });
    // Another desk's hold, request or audit entry: the views and the results' marks follow.
    QObject::connect(tab.context, &RecordsContext::teamRecordsChanged, window, [window, tab] {
        tab.workspace->refreshAll();
        tab.context->noteRecordsChanged();
        window->resultsModel()->refreshLoadedRows();
    });
    QObject::connect(tab.context, &RecordsContext::auditAppended, tab.workspace, &RecordsWorkspace::refreshAll);
    // A decision or a withdrawal in the queue changes what is pending on the letter (its mark,
    // Details) and the open-reissue findings, as an action from the Records menu does.
    QObject::connect(tab.workspace->reissueQueue(), &ReissueQueueView::decided, tab.context,
                     &RecordsContext::noteRecordsChanged);
    QObject::connect(tab.workspace->reissueQueue(), &ReissueQueueView::withdrawn, tab.context,
                     &RecordsContext::noteRecordsChanged);
    QObject::connect(tab.workspace->holdRegister(), &HoldRegisterView::newHoldRequested, tab.actions,
                     [window, tab] { tab.actions->applyHold(holdTargets(window)); });
    // Disposed communications leave the cache: the counts and the results follow.
    QObject::connect(tab.workspace->disposition(), &DispositionView::approved, window, [window, tab](bool ok) {
        if (ok) {
            window->cacheChanged();
            tab.context->noteRecordsChanged(); // the findings (past retention, not disposed) follow
        }
    });
    tab.context->reload();
    return tab;
}
