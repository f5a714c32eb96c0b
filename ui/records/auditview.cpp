#include "auditview.h"

#include "anchorreminder.h"
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "auditentrydialog.h"
#include "filedialog.h"
#include "itemmodels/records/auditentriesmodel.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/records/roletitle.h"
#include "itemmodels/tones.h"
#include "records/recordserror.h"
#include "records/recordsstore.h"
#include "records/roles.h"
#include "recordsui.h"
#include "util/outputfile.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace proofdesk;
using itemmodels::AuditEntriesModel;

namespace {

constexpr int kShown = 5000;

struct EntriesDone : itemmodels::RecordsOutcome
{
    QList<audit::AuditEntry> entries;
    bool ownOnly = false;
};

struct VerifyDone : itemmodels::RecordsOutcome
{
    audit::VerifyResult result;
};

struct ExportDone : itemmodels::RecordsOutcome
{
    qint64 entries = 0;
};

// The object filter names an object of any type; a communication's id also finds the entries
// about its reissue requests, holds and exception cases (read on the worker thread).
void addRelatedObjects(audit::AuditFilter &filter, const records::AuditRecords &trail)
{
    if (filter.objects.size() != 1)
        return;
    for (const audit::AuditObject &related : trail.objectsAbout(filter.objects.first().id)) {
        if (related.type != QLatin1String("communication"))
            filter.objects << related;
    }
}

} // namespace

AuditView::AuditView(itemmodels::RecordsContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new AuditEntriesModel(this))
    , m_anchorReminder(new AnchorReminder(context, this))
    , m_user(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_object(new QLineEdit(this))
    , m_useDates(new QCheckBox(tr("Fro&m"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_table(new QTableView(this))
    , m_verify(new QPushButton(tr("Verif&y Chain"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_summary(new QLabel(this))
    , m_verifyResult(new QLabel(this))
{
    setObjectName(QStringLiteral("auditView"));
    setUpFilters();
    setUpTableAndActions();
    auto *apply = new QPushButton(tr("&Apply"), this);
    apply->setAccessibleName(tr("Apply the audit filter"));
    layOut(apply);
    connectControls(apply);
}

// The filter's fields: user, action, object and, when ticked, the dates.
void AuditView::setUpFilters()
{
    m_user->setPlaceholderText(tr("User"));
    m_user->setAccessibleName(tr("Filter by user"));
    m_action->setPlaceholderText(tr("Action, e.g. hold or reissue.approve"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_object->setPlaceholderText(tr("Object id"));
    m_object->setToolTip(tr("An object's id: a communication's id also finds its reissue requests, holds and "
                            "exception cases"));
    m_object->setAccessibleName(tr("Filter by object id"));
    m_useDates->setAccessibleName(tr("Filter by time"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date (inclusive)"));
}

// The table of entries, and what acts on the whole trail: verifying the chain, exporting.
void AuditView::setUpTableAndActions()
{
    m_table->setModel(m_model);
    recordsui::setUpTable(m_table, tr("Audit trail entries"));
    m_table->horizontalHeader()->resizeSection(AuditEntriesModel::Seq, 60);
    m_table->horizontalHeader()->resizeSection(AuditEntriesModel::Time, 130);
    // Wide enough for every role's title in the reader's language ("Compliance-Beauftragter").
    int roleWidth =
        m_table->fontMetrics().horizontalAdvance(proofdesk::itemmodels::roleTitle(QStringLiteral("system")));
    for (const proofdesk::records::Role role : proofdesk::records::allRoles())
        roleWidth = qMax(roleWidth, m_table->fontMetrics().horizontalAdvance(
                                        proofdesk::itemmodels::roleTitle(proofdesk::records::roleName(role))));
    m_table->horizontalHeader()->resizeSection(AuditEntriesModel::Role, roleWidth + 16);
    m_table->horizontalHeader()->resizeSection(AuditEntriesModel::Action, 160);
    m_table->horizontalHeader()->resizeSection(AuditEntriesModel::Object, 230);
    m_verify->setAccessibleName(tr("Verify the hash chain of the audit trail"));
    m_export->setAccessibleName(tr("Export the entries the filter selects"));
    m_export->setToolTip(tr("Write the entries the filter selects (all of them, not only the newest shown) to a "
                            "JSON lines file; the export is recorded in the trail"));
    m_table->setToolTip(tr("Double-click or press Return on an entry to see it whole"));
    m_verifyResult->setAccessibleName(tr("Result of the chain verification"));
    m_verifyResult->setWordWrap(true);
}

// The filter and the actions in a row above the verification's result and the table.
void AuditView::layOut(QPushButton *apply)
{
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_user);
    filters->addWidget(m_action);
    filters->addWidget(m_object);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(apply);
    filters->addSpacing(12);
    filters->addWidget(m_verify);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_anchorReminder);
    layout->addLayout(filters);
    layout->addWidget(m_verifyResult);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
}

void AuditView::connectControls(QPushButton *apply)
{
    connect(apply, &QPushButton::clicked, this, &AuditView::refresh);
    for (QLineEdit *e : {m_user, m_action, m_object})
        connect(e, &QLineEdit::returnPressed, this, &AuditView::refresh);
    connect(m_useDates, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useDates, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verify);
    connect(m_export, &QPushButton::clicked, this, [this] { exportEntries(); });
    connect(m_table, &QTableView::activated, this, &AuditView::showEntry);
    // The reminder reads the new anchor itself; the table shows its entry.
    connect(m_anchorReminder, &AnchorReminder::anchorWritten, this, &AuditView::refreshEntries);
    connect(m_context, &itemmodels::RecordsContext::roleChanged, this, &AuditView::refresh);
}

QString AuditView::verifyText() const { return m_verifyResult->text(); }

void AuditView::refresh()
{
    m_anchorReminder->refresh();
    refreshEntries();
}

void AuditView::refreshEntries()
{
    const bool everyone = m_context->permits(records::Action::ViewAuditTrail);
    m_user->setEnabled(everyone);
    m_verify->setEnabled(everyone);
    m_export->setEnabled(everyone || m_context->permits(records::Action::ViewOwnAuditEntries));
    if (!m_export->isEnabled()) {
        // Not asked of the library at every look (a refusal is recorded as an attempt, and
        // nobody attempted anything by switching role); Export would still be checked.
        m_model->setRows({});
        m_summary->setText(tr("The audit trail is for compliance officers and records managers (agents see their "
                              "own entries). Switch role in the status bar if you hold one of those roles."));
        emit refreshed();
        return;
    }
    // An agent's own name is shown as the filter that applies; once the role may see
    // everyone's entries, that name is not a filter the person chose.
    if (!everyone) {
        m_user->setText(m_context->identity().user);
        m_userIsOwnName = true;
    } else if (m_userIsOwnName) {
        m_user->clear();
        m_userIsOwnName = false;
    }
    audit::AuditFilter filter = currentFilter();
    m_summary->setText(tr("Reading…"));
    m_context->run<EntriesDone>(
        readAction(), this,
        [filter](services::ActionContext &a) mutable {
            EntriesDone out;
            // The store applies the role table: everyone's entries, or one's own only.
            const bool unfiltered =
                filter.user.isEmpty() && filter.action.isEmpty() && filter.objects.isEmpty() && !filter.from;
            addRelatedObjects(filter, a.records.audit());
            if (unfiltered) // the newest entries; the sequence has no gaps
                filter.afterSeq = qMax<qint64>(0, a.records.audit().auditCount() - kShown);
            filter.limit = kShown;
            out.entries = a.records.audit().auditEntries(filter, &out.ownOnly);
            std::reverse(out.entries.begin(), out.entries.end());
            return out;
        },
        [this](EntriesDone out) {
            m_model->setRows(out.entries);
            if (!out.ok())
                m_summary->setText(out.error);
            else
                m_summary->setText((out.ownOnly ? tr("Your own entries only (agents see their own). ") : QString())
                                   + (out.entries.size() >= kShown
                                          ? tr("The newest %Ln entries shown; narrow the filter for older ones.",
                                               nullptr, int(out.entries.size()))
                                          : tr("%Ln entries shown, newest first.", nullptr, int(out.entries.size())))
                                   // What was exported stays said until the next export (#41: it was
                                   // overwritten by the read that follows it within 0.3 s).
                                   + (m_exported.isEmpty() ? QString() : QLatin1Char(' ') + m_exported));
            emit refreshed();
        });
}

audit::AuditFilter AuditView::currentFilter() const
{
    audit::AuditFilter filter;
    filter.user = m_user->text().trimmed();
    filter.action = m_action->text().trimmed();
    filter.actionPrefix = true; // "evidence" finds evidence.export
    if (const QString object = m_object->text().trimmed(); !object.isEmpty())
        filter.objects = {{QString(), object}};
    if (m_useDates->isChecked()) {
        filter.from = m_from->date().startOfDay(Qt::LocalTime).toMSecsSinceEpoch();
        filter.to = m_to->date().addDays(1).startOfDay(Qt::LocalTime).toMSecsSinceEpoch();
    }
    return filter;
}

records::Action AuditView::readAction() const
{
    return m_context->permits(records::Action::ViewAuditTrail) ? records::Action::ViewAuditTrail
                                                               : records::Action::ViewOwnAuditEntries;
}

AuditEntryDialog *AuditView::showEntry(const QModelIndex &index)
{
    const audit::AuditEntry *entry = m_model->rowAt(index);
    if (!entry)
        return nullptr;
    auto *dialog = new AuditEntryDialog(*entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void AuditView::exportEntries(const QString &givenPath)
{
    const QString path = givenPath.isEmpty() ? FileDialog::getSaveFileName(
                             this, tr("Export Audit Entries"),
                             QStringLiteral("audit-%1.jsonl").arg(QDate::currentDate().toString(Qt::ISODate)),
                             tr("JSON lines (*.jsonl)"))
                                             : givenPath;
    if (path.isEmpty())
        return;
    m_export->setEnabled(false);
    m_summary->setText(tr("Exporting to %1…").arg(path));
    const audit::AuditFilter shown = currentFilter();
    m_context->run<ExportDone>(
        readAction(), this,
        [shown, path](services::ActionContext &a) {
            ExportDone out;
            audit::AuditFilter filter = shown;
            addRelatedObjects(filter, a.records.audit());
            // Written whole or not at all; the export is recorded only once the file is there.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                throw records::RecordsError(records::RecordsError::Kind::Invalid,
                                            QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
            out.entries =
                records::exportAuditRecorded(a.records.audit(), a.records.actor(), file, filter, path, [&file, &path] {
                    if (QString error; !util::commitWhole(file, &error))
                        throw records::RecordsError(records::RecordsError::Kind::Invalid,
                                                    QStringLiteral("Cannot write %1: %2").arg(path, error));
                });
            return out;
        },
        [this, path](ExportDone out) {
            m_export->setEnabled(true);
            if (recordsui::report(this, tr("Export Audit Entries"), out))
                m_exported = tr("%Ln entries exported to %1.", nullptr, int(out.entries)).arg(path);
            emit exported(out.ok(), path);
            refreshEntries();
        });
}

void AuditView::verify()
{
    m_verify->setEnabled(false);
    m_verifyResult->setText(tr("Verifying the chain…"));
    m_context->run<VerifyDone>(
        records::Action::ViewAuditTrail, this,
        [](services::ActionContext &a) {
            VerifyDone out;
            out.result = a.records.audit().verifyAudit();
            return out;
        },
        [this](VerifyDone out) {
            m_verify->setEnabled(m_context->permits(records::Action::ViewAuditTrail));
            if (!recordsui::report(this, tr("Verify Chain"), out)) {
                m_verifyResult->setText(out.error);
                emit verified(false, 0);
                return;
            }
            const auto &v = out.result;
            m_verifyResult->setText(v.ok ? tr("✔ The audit trail verifies: %1 entries, chain intact (%2 ms).")
                                               .arg(QLocale().toString(v.entries))
                                               .arg(v.elapsedMs)
                                         : tr("✘ The audit trail does NOT verify. First bad entry: #%1 — %2")
                                               .arg(v.firstBadSeq)
                                               .arg(v.problem));
            m_verifyResult->setStyleSheet(
                QStringLiteral("color: %1; font-weight: bold")
                    .arg(itemmodels::tones::text(v.ok ? itemmodels::tones::Tone::Good : itemmodels::tones::Tone::Bad)
                             .name()));
            emit verified(v.ok, v.firstBadSeq);
            refreshEntries();
        });
}
