#include "holdregisterview.h"

#include "itemmodels/records/auditentriesmodel.h"
#include "itemmodels/records/holdregistermodel.h"
#include "itemmodels/records/recordscontext.h"
#include "reasondialog.h"
#include "reasoninput.h"
#include "records/holdservice.h"
#include "records/outboxdispatcher.h"
#include "recordsui.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace proofdesk;
using itemmodels::HoldRegisterModel;

namespace {

struct RegisterRead : itemmodels::RecordsOutcome
{
    QList<records::HoldInfo> holds;
};

struct ChangeDone : itemmodels::RecordsOutcome
{};

} // namespace

HoldRegisterView::HoldRegisterView(itemmodels::RecordsContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new HoldRegisterModel(this))
    , m_history(new itemmodels::AuditEntriesModel(this))
    , m_table(new QTableView(this))
    , m_historyTable(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Items…"), this))
    , m_remove(new QPushButton(tr("Re&move Items…"), this))
    , m_release(new QPushButton(tr("Re&lease…"), this))
    , m_newHold(new QPushButton(tr("Ne&w Hold…"), this))
    , m_members(new QListWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("holdRegister"));
    setUpTables();
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setAccessibleName(tr("Refresh the hold register"));
    describeControls();
    layOut(refresh);
    connectControls(refresh);
    updateButtons();
}

// The register of holds, and the history of the selected one.
void HoldRegisterView::setUpTables()
{
    m_table->setModel(m_model);
    recordsui::setUpTable(m_table, tr("Legal holds"));
    recordsui::selectWithCurrentRow(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    recordsui::fitColumns(m_table); // the headers until there are rows
    m_historyTable->setModel(m_history);
    recordsui::setUpTable(m_historyTable, tr("History of the selected hold"));
    m_historyTable->horizontalHeader()->resizeSection(itemmodels::AuditEntriesModel::Seq, 50);
    m_historyTable->horizontalHeader()->resizeSection(itemmodels::AuditEntriesModel::Time, 130);
    m_historyTable->horizontalHeader()->resizeSection(itemmodels::AuditEntriesModel::Action, 140);
    m_historyTable->horizontalHeader()->resizeSection(itemmodels::AuditEntriesModel::Object, 200);
}

// What the buttons and the list of members are, for screen readers and tooltips.
void HoldRegisterView::describeControls()
{
    m_add->setAccessibleName(tr("Add communications to the selected hold"));
    m_remove->setAccessibleName(tr("Remove communications from the selected hold"));
    m_release->setAccessibleName(tr("Release the selected hold"));
    m_newHold->setAccessibleName(tr("Apply a new legal hold"));
    m_newHold->setToolTip(tr("Hold the selected results, the current search, or everything of a customer, claim, "
                             "policy, loan or case"));
    m_members->setAccessibleName(tr("Communications the selected hold covers"));
    m_members->setToolTip(tr("Double-click or press Return to open the communication in Review"));
}

// The buttons above the register; below it, the selected hold's members beside its history.
void HoldRegisterView::layOut(QPushButton *refresh)
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    for (QPushButton *b : {m_newHold, m_add, m_remove, m_release, refresh})
        bar->addWidget(b);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto *historyBox = new QWidget(split);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 4, 0, 0);
    historyLayout->addWidget(new QLabel(tr("History of the selected hold:"), historyBox));
    historyLayout->addWidget(m_historyTable);
    auto *lower = new QSplitter(Qt::Horizontal, split);
    auto *membersBox = new QWidget(lower);
    auto *membersLayout = new QVBoxLayout(membersBox);
    membersLayout->setContentsMargins(0, 4, 0, 0);
    m_membersLabel = new QLabel(tr("Communications it covers:"), membersBox);
    membersLayout->addWidget(m_membersLabel);
    membersLayout->addWidget(m_members);
    lower->addWidget(membersBox);
    lower->addWidget(historyBox);
    lower->setSizes({260, 700});
    split->addWidget(lower);
    split->setSizes({300, 200});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void HoldRegisterView::connectControls(QPushButton *refresh)
{
    connect(refresh, &QPushButton::clicked, this, &HoldRegisterView::refresh);
    connect(m_add, &QPushButton::clicked, this, [this] { addItems(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeItems(); });
    connect(m_release, &QPushButton::clicked, this, [this] { release(); });
    connect(m_newHold, &QPushButton::clicked, this, &HoldRegisterView::newHoldRequested);
    connect(m_members, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit communicationRequested(item->text()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        loadHistory();
        loadMembers();
    });
    connect(m_context, &itemmodels::RecordsContext::roleChanged, this, &HoldRegisterView::updateButtons);
}

void HoldRegisterView::refresh()
{
    const QString keep = selectedId();
    // Through the records store: on a team, the team's holds.
    m_context->run<RegisterRead>(
        records::Action::Search, this, // the register is what `hold:` searches name: anyone may see it
        [](services::ActionContext &a) {
            RegisterRead out;
            out.holds = a.records.holds().list();
            return out;
        },
        [this, keep](RegisterRead read) {
            m_model->setRows(read.holds);
            recordsui::fitColumns(m_table);
            const auto active = std::count_if(read.holds.cbegin(), read.holds.cend(),
                                              [](const records::HoldInfo &h) { return h.active(); });
            m_summary->setText(read.ok() ? tr("%1 active, %2 released").arg(active).arg(read.holds.size() - active)
                                         : tr("The register cannot be read: %1").arg(read.error));
            selectHold(keep.isEmpty() && !read.holds.isEmpty() ? read.holds.first().id : keep);
            updateButtons();
            emit refreshed();
        });
}

void HoldRegisterView::selectHold(const QString &holdId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rows().at(row).id == holdId) {
            m_table->selectRow(row);
            return;
        }
    }
    m_history->setRows({});
}

QString HoldRegisterView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(HoldRegisterModel::IdRole).toString();
}

void HoldRegisterView::loadHistory()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_history->setRows({});
        return;
    }
    // Through the records store: on a team, the team's trail of the hold (every desk's
    // changes), not this folder's own.
    struct HistoryDone : itemmodels::RecordsOutcome
    {
        QList<audit::AuditEntry> entries;
    };
    m_context->run<HistoryDone>(
        records::Action::Search, this,
        [id](services::ActionContext &a) {
            HistoryDone out;
            out.entries = a.records.holds().holdHistory(id);
            return out;
        },
        [this, id](HistoryDone out) {
            if (id == selectedId())
                m_history->setRows(out.entries);
        });
}

void HoldRegisterView::loadMembers()
{
    const QString id = selectedId();
    m_members->clear();
    if (id.isEmpty())
        return;
    struct MembersDone : itemmodels::RecordsOutcome
    {
        QStringList ids;
    };
    m_context->run<MembersDone>(
        records::Action::Search, this, // what `hold:ID` would find: anyone who searches may see it
        [id](services::ActionContext &a) {
            MembersDone out;
            out.ids = a.records.holds().holdMembers(id);
            return out;
        },
        [this, id](MembersDone out) {
            if (id != selectedId())
                return;
            m_members->clear();
            if (!out.ok()) {
                m_membersLabel->setText(out.error);
                return;
            }
            // A hold may cover 100,000 letters: the list shows the first ones, the count says all.
            constexpr int kShown = 2000;
            m_members->addItems(out.ids.mid(0, kShown));
            m_membersLabel->setText(
                out.ids.size() > kShown
                    ? tr("Communications it covers (the first %1 of %Ln):", nullptr, int(out.ids.size())).arg(kShown)
                    : tr("Communications it covers (%Ln):", nullptr, int(out.ids.size())));
            emit membersShown(int(out.ids.size()));
        });
}

void HoldRegisterView::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool active = !rows.isEmpty() && rows.first().data(HoldRegisterModel::ActiveRole).toBool();
    m_add->setEnabled(active && m_context->permits(records::Action::ApplyHold));
    m_remove->setEnabled(active && m_context->permits(records::Action::ApplyHold));
    m_release->setEnabled(active && m_context->permits(records::Action::ReleaseHold));
    m_newHold->setEnabled(m_context->permits(records::Action::ApplyHold));
    const QString why =
        m_context->permits(records::Action::ApplyHold) ? QString() : tr("Holds are changed by records managers");
    for (QPushButton *b : {m_add, m_remove, m_release})
        b->setToolTip(why);
    if (!why.isEmpty())
        m_newHold->setToolTip(why);
}

bool HoldRegisterView::ask(const QString &title, QStringList *ids, QString *reason)
{
    bool ok = true;
    if (ids && ids->isEmpty()) {
        const QString text = reasoninput::getMultiLineText(this, title,
                                                           tr("Communication ids (one a line or "
                                                              "separated by spaces):"),
                                                           QString(), &ok);
        *ids = text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
        if (!ok || ids->isEmpty())
            return false;
    }
    if (reason->isEmpty()) {
        *reason =
            QInputDialog::getText(this, title, tr("Reason (required, recorded):"), QLineEdit::Normal, QString(), &ok);
        if (!ok || reason->trimmed().isEmpty())
            return false;
    }
    return true;
}

void HoldRegisterView::addItems(const QStringList &givenIds, const QString &givenReason)
{
    QStringList ids = givenIds;
    QString reason = givenReason;
    if (ask(tr("Add Items to Hold"), &ids, &reason))
        change(Change::Add, ids, reason);
}

void HoldRegisterView::removeItems(const QStringList &givenIds, const QString &givenReason)
{
    QStringList ids = givenIds;
    QString reason = givenReason;
    if (ask(tr("Remove Items from Hold"), &ids, &reason))
        change(Change::Remove, ids, reason);
}

void HoldRegisterView::release(const QString &givenReason)
{
    QString reason = givenReason;
    if (reason.isEmpty()) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const records::HoldInfo &hold = m_model->rows().at(rows.first().row());
        reason = ReasonDialog::ask(this, tr("Release Hold"),
                                   tr("Release the legal hold “%1” (%2)? The %Ln communication(s) it covers may "
                                      "then be disposed of when their retention ends.",
                                      nullptr, int(hold.items))
                                       .arg(hold.name, hold.id),
                                   tr("Release “%1”").arg(hold.name));
    }
    if (!reason.isEmpty())
        change(Change::Release, {}, reason);
}

void HoldRegisterView::change(Change kind, const QStringList &ids, const QString &reason)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_context->run<ChangeDone>(
        kind == Change::Release ? records::Action::ReleaseHold : records::Action::ApplyHold, this,
        [id, kind, ids, reason](services::ActionContext &a) {
            if (kind == Change::Add)
                a.records.holds().addHoldItems(id, ids, reason);
            else if (kind == Change::Remove)
                a.records.holds().removeHoldItems(id, ids, reason);
            else
                a.records.holds().releaseHold(id, reason);
            return ChangeDone{};
        },
        [this](ChangeDone out) {
            const bool ok = recordsui::report(this, tr("Legal Hold"), out);
            refresh();
            emit changed(ok);
        });
}
