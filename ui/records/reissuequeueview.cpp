#include "reissuequeueview.h"

#include "itemmodels/records/recordscontext.h"
#include "itemmodels/records/reissuequeuemodel.h"
#include "reasoninput.h"
#include "recordsui.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace proofdesk;
using itemmodels::ReissueQueueModel;

namespace {

struct QueueRead : itemmodels::RecordsOutcome
{
    QList<records::ReissueRequest> requests;
};

struct Decision : itemmodels::RecordsOutcome
{};

} // namespace

ReissueQueueView::ReissueQueueView(itemmodels::RecordsContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new ReissueQueueModel(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_approve(new QPushButton(tr("&Approve…"), this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw…"), this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("reissueQueue"));
    m_approve->setObjectName(QStringLiteral("approveReissue"));
    m_status->addItem(tr("All requests"), QString());
    for (const char *s : {"pending_approval", "queued", "sent", "fulfilled", "rejected", "cancelled", "draft"})
        m_status->addItem(ReissueQueueModel::statusText(QLatin1String(s)), QLatin1String(s));
    m_status->setAccessibleName(tr("Show requests with status"));
    m_table->setModel(m_model);
    recordsui::setUpTable(m_table, tr("Reissue requests"));
    recordsui::selectWithCurrentRow(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    recordsui::fitColumns(m_table); // the headers until there are rows
    m_approve->setAccessibleName(tr("Approve the selected reissue"));
    m_reject->setAccessibleName(tr("Reject the selected reissue"));
    m_withdraw->setAccessibleName(tr("Withdraw your own request"));
    for (QPushButton *b : {m_approve, m_reject, m_withdraw})
        b->setAutoDefault(false); // a decision is never what Return does by accident
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setAccessibleName(tr("Refresh the reissue queue"));
    m_hint->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_status);
    bar->addStretch(1);
    bar->addWidget(m_approve);
    bar->addWidget(m_reject);
    bar->addWidget(m_withdraw);
    bar->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);

    connect(refresh, &QPushButton::clicked, this, &ReissueQueueView::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ReissueQueueView::refresh);
    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { rejectSelected(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdrawSelected(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (!selectedCommunication().isEmpty())
            emit communicationRequested(selectedCommunication());
    });
    buildContextMenu();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReissueQueueView::updateButtons);
    connect(m_context, &itemmodels::RecordsContext::roleChanged, this, &ReissueQueueView::updateButtons);
    updateButtons();
}

void ReissueQueueView::refresh()
{
    const QString status = m_status->currentData().toString();
    const QString keep = selectedId();
    // Through the records store: on a team, the team's queue.
    m_context->run<QueueRead>(
        records::Action::Search, this,
        [status](services::ActionContext &a) {
            QueueRead out;
            out.requests = a.records.reissues().list(status);
            return out;
        },
        [this, keep](QueueRead read) {
            m_model->setRows(read.requests);
            recordsui::fitColumns(m_table);
            m_hint->setText(read.ok() ? tr("%n request(s).", nullptr, int(read.requests.size()))
                                      : tr("The queue cannot be read: %1").arg(read.error));
            selectRequest(keep);
            updateButtons();
            emit refreshed();
        });
}

void ReissueQueueView::selectRequest(const QString &requestId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rows().at(row).id == requestId) {
            m_table->selectRow(row);
            return;
        }
    }
}

QString ReissueQueueView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ReissueQueueModel::IdRole).toString();
}

std::optional<records::ReissueRequest> ReissueQueueView::selectedRequest() const
{
    const QString id = selectedId();
    for (const auto &r : m_model->rows()) {
        if (!id.isEmpty() && r.id == id)
            return r;
    }
    return std::nullopt;
}

QString ReissueQueueView::selectedCommunication() const
{
    const auto request = selectedRequest();
    return request ? request->communicationId : QString();
}

void ReissueQueueView::buildContextMenu()
{
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *open = new QAction(tr("O&pen Communication"), m_table);
    open->setObjectName(QStringLiteral("openReissuedCommunication"));
    connect(open, &QAction::triggered, this, [this] {
        if (!selectedCommunication().isEmpty())
            emit communicationRequested(selectedCommunication());
    });
    m_table->addAction(open);
    for (QPushButton *button : {m_approve, m_reject, m_withdraw}) {
        auto *action = new QAction(button->text(), m_table);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_table->addAction(action);
        m_mirrors.append({button, action}); // enabled together in updateButtons()
    }
}

QString ReissueQueueView::askNote(const QString &title, const QString &question)
{
    const auto request = selectedRequest();
    if (!request)
        return QString();
    bool ok = false;
    const QString note = reasoninput::getMultiLineText(
        this, title,
        tr("%1: %2 of %3 by %4 to %5 (%6).\nRequested by %7 because: %8\n\n%9")
            .arg(request->id, request->mode == QLatin1String("regenerate") ? tr("regeneration") : tr("resend"),
                 request->communicationId, request->channel, request->destination,
                 ReissueQueueModel::statusText(request->status), request->requestedBy, request->reason, question),
        QString(), &ok);
    return ok ? note.trimmed() : QString();
}

void ReissueQueueView::withdrawSelected(const QString &givenReason)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    QString reason = givenReason;
    if (reason.isEmpty())
        reason = askNote(tr("Withdraw Reissue Request"), tr("Why it is withdrawn (recorded):"));
    if (reason.isEmpty())
        return;
    m_context->run<Decision>(
        records::Action::RequestReissue, this,
        [id, reason](services::ActionContext &a) {
            a.records.reissues().withdrawReissue(id, reason);
            return Decision{};
        },
        [this](Decision out) {
            const bool ok = recordsui::report(this, tr("Withdraw Reissue Request"), out);
            refresh();
            emit withdrawn(ok);
        });
}

void ReissueQueueView::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString status = rows.isEmpty() ? QString() : rows.first().data(ReissueQueueModel::StatusRole).toString();
    const bool pending = status == QLatin1String("pending_approval");
    const bool own = !rows.isEmpty()
                     && rows.first().data(ReissueQueueModel::RequestedByRole).toString() == m_context->identity().user;
    const bool may = m_context->permits(records::Action::ApproveReissue);
    m_approve->setEnabled(pending && may && !own);
    m_reject->setEnabled(pending && may && !own);
    m_withdraw->setEnabled(own && (pending || status == QLatin1String("draft"))
                           && m_context->permits(records::Action::RequestReissue));
    for (const auto &[button, action] : std::as_const(m_mirrors))
        action->setEnabled(button->isEnabled());
    m_approve->setToolTip(!may  ? tr("Only a compliance officer approves reissues")
                          : own ? tr("Nobody approves their own request")
                                : QString());
}

void ReissueQueueView::approveSelected(const QString &givenNote)
{
    QString note = givenNote;
    if (note.isEmpty())
        note = askNote(tr("Approve Reissue"), tr("What you checked before approving (recorded):"));
    if (note.isEmpty())
        return;
    decide(true, note);
}

void ReissueQueueView::rejectSelected(const QString &givenNote)
{
    QString note = givenNote;
    if (note.isEmpty())
        note = askNote(tr("Reject Reissue"), tr("Why it is rejected (recorded):"));
    if (note.isEmpty())
        return;
    decide(false, note);
}

void ReissueQueueView::decide(bool approve, const QString &note)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_context->run<Decision>(
        records::Action::ApproveReissue, this,
        [id, approve, note](services::ActionContext &a) {
            approve ? a.records.reissues().approveReissue(id, note) : a.records.reissues().rejectReissue(id, note);
            return Decision{};
        },
        [this, approve](Decision out) {
            const bool ok = recordsui::report(this, approve ? tr("Approve Reissue") : tr("Reject Reissue"), out);
            refresh();
            emit decided(ok);
        });
}
