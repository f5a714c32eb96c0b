#include "recordstab.h"

#include "dispositionview.h"
#include "holdregisterview.h"
#include "itemmodels/records/recordscontext.h"
#include "recordsactions.h"
#include "recordsworkspace.h"
#include "reissuequeueview.h"
#include "reviewselection.h"
#include "roleswitcher.h"
#include "teamstatus.h"

#include <QJsonObject>
#include <QMenu>

using proofdesk::itemmodels::RecordsContext;
using proofdesk::records::Action;

namespace {

HoldTargets holdTargets(const ReviewSelection &review)
{
    HoldTargets targets;
    const QJsonObject record = review.shownRecord();
    const QString id = record.value(QStringLiteral("id")).toString();
    if (!id.isEmpty())
        targets.selectedIds = {id};
    // The search as the box reads it now: the dialog counts it itself (and says so when the
    // box holds a query that is not valid), never with the total of an earlier search.
    targets.query = review.searchText().trimmed();
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

} // namespace

RecordsTab::RecordsTab(RecordsContext *context, const ReviewSelection *review, QWidget *parent)
    : QObject(parent)
    , m_context(context)
    , m_review(review)
    , m_actions(new RecordsActions(context, parent))
    , m_workspace(new RecordsWorkspace(context, parent))
    , m_menu(new QMenu(RecordsWorkspace::tr("Rec&ords"), parent))
    , m_status({new TeamStatus(context, parent), new RoleSwitcher(context, parent)})
{
    buildMenu();
    connectWorkspace();
    m_context->reload();
}

void RecordsTab::buildMenu()
{
    m_menu->setObjectName(QStringLiteral("recordsMenu"));
    m_reissue = addAction(m_menu, "requestReissue", RecordsWorkspace::tr("Request &Reissue…"),
                          RecordsWorkspace::tr("Resend or regenerate the shown communication"));
    m_hold = addAction(m_menu, "applyLegalHold", RecordsWorkspace::tr("Apply Legal &Hold…"),
                       RecordsWorkspace::tr("Hold the selection, the search, or a customer/claim/policy/loan/case"));
    connect(m_reissue, &QAction::triggered, m_actions, [this] {
        const QJsonObject r = m_review->shownRecord();
        m_actions->requestReissue(r.value(QStringLiteral("id")).toString(),
                                  r.value(QStringLiteral("status")).toString());
    });
    connect(m_hold, &QAction::triggered, m_actions, [this] { m_actions->applyHold(holdTargets(*m_review)); });
    m_menu->addSeparator();
    const QList<std::tuple<const char *, QString, QString>> views = {
        {"showReissueQueue", RecordsWorkspace::tr("Reissue &Queue"), RecordsWorkspace::tr("Ctrl+Shift+Q")},
        {"showHoldRegister", RecordsWorkspace::tr("&Legal Holds"), RecordsWorkspace::tr("Ctrl+Shift+H")},
        {"showDisposition", RecordsWorkspace::tr("&Disposition Review"), RecordsWorkspace::tr("Ctrl+Shift+D")},
        {"showAuditTrail", RecordsWorkspace::tr("&Audit Trail"), RecordsWorkspace::tr("Ctrl+Shift+U")},
    };
    for (int i = 0; i < views.size(); ++i) {
        const auto &[name, text, keys] = views.at(i);
        QAction *show = addAction(m_menu, name, text, text);
        show->setShortcut(QKeySequence(keys));
        connect(show, &QAction::triggered, this, [this, i] { showView(i); });
    }
    auto updateEnabled = [this] {
        m_reissue->setEnabled(m_context->permits(Action::RequestReissue));
        m_hold->setEnabled(m_context->permits(Action::ApplyHold));
    };
    connect(m_context, &RecordsContext::roleChanged, this, updateEnabled);
    updateEnabled();
}

void RecordsTab::connectWorkspace()
{
    connect(m_actions, &RecordsActions::recordsChanged, m_workspace, &RecordsWorkspace::refreshAll);
    connect(m_actions, &RecordsActions::recordsChanged, m_context, &RecordsContext::noteRecordsChanged);
    connect(m_workspace, &RecordsWorkspace::communicationRequested, this, &RecordsTab::communicationRequested);
    // Another desk's hold, request or audit entry: the views and the results' marks follow.
    connect(m_context, &RecordsContext::teamRecordsChanged, this, [this] {
        m_workspace->refreshAll();
        m_context->noteRecordsChanged();
        emit loadedRowsChanged();
    });
    connect(m_context, &RecordsContext::auditAppended, m_workspace, &RecordsWorkspace::refreshAll);
    // A decision or a withdrawal in the queue changes what is pending on the letter (its mark,
    // Details) and the open-reissue findings, as an action from the Records menu does.
    connect(m_workspace->reissueQueue(), &ReissueQueueView::decided, m_context, &RecordsContext::noteRecordsChanged);
    connect(m_workspace->reissueQueue(), &ReissueQueueView::withdrawn, m_context, &RecordsContext::noteRecordsChanged);
    connect(m_workspace->holdRegister(), &HoldRegisterView::newHoldRequested, m_actions,
            [this] { m_actions->applyHold(holdTargets(*m_review)); });
    // Disposed communications leave the cache: the counts and the results follow.
    connect(m_workspace->disposition(), &DispositionView::approved, this, [this](bool ok) {
        if (ok) {
            emit cacheChanged();
            m_context->noteRecordsChanged(); // the findings (past retention, not disposed) follow
        }
    });
}

void RecordsTab::shown() { m_workspace->refreshCurrent(); }

void RecordsTab::showView(int index)
{
    emit frontRequested();
    m_workspace->setCurrentIndex(index);
    m_workspace->refreshCurrent();
}
