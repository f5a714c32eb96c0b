#include "anchorreminder.h"

#include "filedialog.h"
#include "itemmodels/records/recordscontext.h"
#include "recordsui.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace proofdesk;

namespace {

const QString kReminderDaysKey = QStringLiteral("audit/anchorReminderDays");
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

struct NewestAnchorDone : itemmodels::RecordsOutcome
{
    std::optional<qint64> at; // ms since the epoch; none = no anchor was ever written
};

struct AnchorDone : itemmodels::RecordsOutcome
{
    audit::AuditAnchor anchor;
};

} // namespace

int AnchorReminder::reminderDays()
{
    return qMax(1, QSettings().value(kReminderDaysKey, kDefaultReminderDays).toInt());
}

void AnchorReminder::setReminderDays(int days)
{
    QSettings().setValue(kReminderDaysKey, qMax(1, days));
    for (QWidget *w : QApplication::allWidgets()) {
        if (auto *reminder = qobject_cast<AnchorReminder *>(w))
            reminder->refresh();
    }
}

AnchorReminder::AnchorReminder(itemmodels::RecordsContext *context, QWidget *parent)
    : QFrame(parent)
    , m_context(context)
    , m_label(new QLabel(this))
    , m_write(new QPushButton(tr("&Write Anchor…"), this))
{
    setObjectName(QStringLiteral("anchorReminder"));
    // The note style of the other dialogs, with a text colour that stays dark in a dark theme.
    setStyleSheet(QStringLiteral("#anchorReminder { background: #fff4ce; border: 1px solid #e0c060; }"
                                 "#anchorReminder QLabel { color: #3d3000; }"));
    m_label->setWordWrap(true);
    m_label->setAccessibleDescription(tr("Audit anchor reminder"));
    m_write->setAccessibleName(tr("Write the head of the audit chain to a file kept elsewhere"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_write);
    connect(m_write, &QPushButton::clicked, this, &AnchorReminder::writeAnchor);
    hide(); // until the newest anchor was read
}

QString AnchorReminder::text() const { return m_label->text(); }

void AnchorReminder::refresh()
{
    if (!m_context->permits(records::Action::ViewAuditTrail)) {
        hide();
        emit refreshed();
        return;
    }
    m_context->run<NewestAnchorDone>(
        records::Action::ViewAuditTrail, this,
        [](services::ActionContext &a) {
            NewestAnchorDone out;
            audit::AuditFilter anchors;
            anchors.action = QStringLiteral("audit.anchor");
            const QList<audit::AuditEntry> entries = a.records.audit().auditEntries(anchors);
            for (auto e = entries.crbegin(); e != entries.crend() && !out.at; ++e) {
                if (e->outcome == QLatin1String("done"))
                    out.at = e->at;
            }
            return out;
        },
        [this](NewestAnchorDone out) {
            if (out.ok())
                showAge(out.at);
            else
                hide(); // the audit view itself reports what went wrong reading the trail
            emit refreshed();
        });
}

void AnchorReminder::showAge(std::optional<qint64> newestAnchorAt)
{
    const qint64 ageDays = newestAnchorAt ? (QDateTime::currentMSecsSinceEpoch() - *newestAnchorAt) / kDayMs : 0;
    if (newestAnchorAt && ageDays < reminderDays()) {
        hide();
        return;
    }
    const QString why = tr("Write one and keep it away from this computer: proofdesk-cli audit verify --anchor FILE "
                           "then finds entries removed or rewritten since.");
    m_label->setText((newestAnchorAt ? tr("The last audit anchor was written %n day(s) ago.", nullptr, int(ageDays))
                                     : tr("No audit anchor has been written."))
                     + QLatin1Char(' ') + why);
    show();
}

void AnchorReminder::writeAnchor()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("audit-anchor-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        FileDialog::getSaveFileName(this, tr("Write Audit Anchor"), suggested, tr("Audit anchors (*.json)"));
    if (path.isEmpty())
        return;
    m_write->setEnabled(false);
    m_context->run<AnchorDone>(
        records::Action::ViewAuditTrail, this,
        [path](services::ActionContext &a) {
            AnchorDone out;
            out.anchor = a.records.audit().auditAnchor();
            out.anchor.writeFile(path); // a failure here becomes the outcome's error
            return out;
        },
        [this, path](AnchorDone out) {
            m_write->setEnabled(true);
            const bool ok = recordsui::report(this, tr("Write Audit Anchor"), out);
            emit anchorWritten(ok, path);
            refresh();
        });
}

void addAnchorReminderSetting(QMenu *settings, QWidget *window)
{
    QAction *action = settings->addAction(AnchorReminder::tr("&Audit Anchor Reminder…"));
    action->setObjectName(QStringLiteral("anchorReminderDays"));
    action->setStatusTip(AnchorReminder::tr("How many days after the last audit anchor the audit view reminds you"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        bool ok = false;
        const int days = QInputDialog::getInt(window, AnchorReminder::tr("Audit Anchor Reminder"),
                                              AnchorReminder::tr("Remind to write an audit anchor when the last one "
                                                                 "is older than (days):"),
                                              AnchorReminder::reminderDays(), 1, 3650, 1, &ok);
        if (ok)
            AnchorReminder::setReminderDays(days);
    });
}
