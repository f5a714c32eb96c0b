#pragma once

#include <QFrame>
#include <optional>

class QLabel;
class QMenu;
class QPushButton;

namespace proofdesk::itemmodels {
class RecordsContext;
}

// The audit view's reminder to anchor the trail (spec/cli.md `audit anchor`): without an
// anchor kept outside the data folder, removing the newest entries goes unnoticed. Shown to
// the roles that may view the whole trail when no anchor was written, or the newest
// "audit.anchor" entry is older than the setting "audit/anchorReminderDays" (default 7);
// "Write Anchor…" asks for a file and writes the chain head there. Never modal.
class AnchorReminder : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kDefaultReminderDays = 7;
    static int reminderDays(); // the setting, at least 1
    // Saves the setting and has every reminder shown read the anchor age again.
    static void setReminderDays(int days);

    explicit AnchorReminder(proofdesk::itemmodels::RecordsContext *context, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *writeButton() const { return m_write; }
    // Reads the newest anchor entry (worker thread), then shows or hides the reminder.
    void refresh();
    // Asks for a file (FileDialog) and writes the anchor there.
    void writeAnchor();

signals:
    void refreshed();
    // ok = the anchor was recorded and its file written; the trail gained an entry either way.
    void anchorWritten(bool ok, const QString &path);

private:
    void showAge(std::optional<qint64> newestAnchorAt);

    proofdesk::itemmodels::RecordsContext *m_context;
    QLabel *m_label;
    QPushButton *m_write;
};

// Settings → "Audit Anchor Reminder…" in `settings`: asks for the number of days (its dialog
// over `window`).
void addAnchorReminderSetting(QMenu *settings, QWidget *window);
