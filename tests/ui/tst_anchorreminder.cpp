// The audit view reminds whoever may view the whole trail to anchor it: when no anchor was
// written, or the newest "audit.anchor" entry is older than audit/anchorReminderDays (7 by
// default); "Write Anchor…" writes the chain head to the file asked for and quiets it.
#include "audit/auditanchor.h"
#include "filedialog.h"
#include "itemmodels/records/auditentriesmodel.h"
#include "itemmodels/records/recordscontext.h"
#include "messagebox.h"
#include "records/anchorreminder.h"
#include "records/auditview.h"
#include "recordsfixture.h"

#include <QApplication>
#include <QDateTime>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace proofdesk;
using itemmodels::RecordsContext;
using records::Role;

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

} // namespace

class TestAnchorReminder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void remindsWhenTheLastAnchorIsOld_data();
    void remindsWhenTheLastAnchorIsOld();
    void writingAnAnchorRecordsTheHeadAndQuietsTheReminder();
    void theSettingsMenuChangesTheDaysAndShownReminders();

private:
    // The audit view of `user`, acting in their only role, read once.
    std::unique_ptr<AuditView> shownView(const QString &user, Role role);
    std::unique_ptr<RecordsFixture> m_f;
    std::unique_ptr<RecordsContext> m_context;
};

void TestAnchorReminder::init()
{
    QSettings().clear();
    m_f = std::make_unique<RecordsFixture>();
    m_f->addCommunication(QStringLiteral("AN-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    m_f->import();
    MessageBox::setNextAnswer(QMessageBox::Ok); // a failure reported in a box must not wait for a person
}

void TestAnchorReminder::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_context.reset();
    m_f.reset();
}

std::unique_ptr<AuditView> TestAnchorReminder::shownView(const QString &user, Role role)
{
    m_f->grant(user, role);
    m_context =
        std::make_unique<RecordsContext>(m_f->folder->databasePath(), m_f->data.path(), RecordsFixture::identity(user));
    QSignalSpy loaded(m_context.get(), &RecordsContext::rolesChanged);
    m_context->reload();
    if (!loaded.wait(5000))
        qWarning("roles were not read");
    auto view = std::make_unique<AuditView>(m_context.get());
    QSignalSpy reminded(view->anchorReminder(), &AnchorReminder::refreshed);
    QSignalSpy listed(view.get(), &AuditView::refreshed);
    view->refresh();
    // Both reads, so that no job is still using the data folder when the test removes it.
    if (!QTest::qWaitFor([&] { return !reminded.isEmpty() && !listed.isEmpty(); }, 5000))
        qWarning("the audit view did not read the trail");
    return view;
}

void TestAnchorReminder::remindsWhenTheLastAnchorIsOld_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("anchorAgeDays"); // -1 = never anchored
    QTest::addColumn<int>("reminderDays");  // 0 = the setting is not set
    QTest::addColumn<QString>("says");      // empty = no reminder
    QTest::newRow("compliance, never anchored")
        << int(Role::Compliance) << -1 << 0 << QStringLiteral("No audit anchor has been written");
    QTest::newRow("records, 10 days ago, default 7")
        << int(Role::Records) << 10 << 0 << QStringLiteral("written 10 day");
    QTest::newRow("compliance, 3 days ago, default 7") << int(Role::Compliance) << 3 << 0 << QString();
    QTest::newRow("compliance, 3 days ago, remind after 2")
        << int(Role::Compliance) << 3 << 2 << QStringLiteral("written 3 day");
    QTest::newRow("compliance, 20 days ago, remind after 30") << int(Role::Compliance) << 20 << 30 << QString();
    QTest::newRow("agent, never anchored") << int(Role::Agent) << -1 << 0 << QString();
}

void TestAnchorReminder::remindsWhenTheLastAnchorIsOld()
{
    QFETCH(int, role);
    QFETCH(int, anchorAgeDays);
    QFETCH(int, reminderDays);
    QFETCH(QString, says);
    if (reminderDays > 0)
        QSettings().setValue(QStringLiteral("audit/anchorReminderDays"), reminderDays);
    if (anchorAgeDays >= 0) {
        m_f->now = QDateTime::currentMSecsSinceEpoch() - anchorAgeDays * kDayMs - 60 * 60 * 1000;
        m_f->as(QStringLiteral("zoe"), Role::Compliance)
            .record(QStringLiteral("audit.anchor"), QStringLiteral("audit"), QString());
    }
    const auto view = shownView(QStringLiteral("cora"), Role(role));
    const AnchorReminder *reminder = view->anchorReminder();
    QCOMPARE(!reminder->isHidden(), !says.isEmpty());
    if (!says.isEmpty()) {
        QVERIFY2(reminder->text().contains(says), qPrintable(reminder->text()));
        QVERIFY(reminder->writeButton()->isEnabled());
    }
}

void TestAnchorReminder::writingAnAnchorRecordsTheHeadAndQuietsTheReminder()
{
    const auto view = shownView(QStringLiteral("cora"), Role::Compliance);
    AnchorReminder *reminder = view->anchorReminder();
    QVERIFY(!reminder->isHidden());
    const QString path = m_f->dropDir.filePath(QStringLiteral("head.json"));
    FileDialog::setNextSavePath(path);
    QSignalSpy written(reminder, &AnchorReminder::anchorWritten);
    QSignalSpy reminded(reminder, &AnchorReminder::refreshed);
    QSignalSpy listed(view.get(), &AuditView::refreshed);
    reminder->writeButton()->click();
    QVERIFY(written.wait(10000));
    QVERIFY(written.first().at(0).toBool());
    QVERIFY(FileDialog::lastSuggested().endsWith(QStringLiteral(".json")));
    const audit::AuditAnchor anchor = audit::AuditAnchor::readFile(path);
    auto st =
        m_f->writer.prepare("SELECT hash, user FROM rec.audit_entries WHERE seq = ?1 AND action = 'audit.anchor'");
    st.bind(1, anchor.seq);
    QVERIFY(st.step());
    QCOMPARE(st.columnText(0), anchor.hash);
    QCOMPARE(st.columnText(1), QStringLiteral("cora"));
    QTRY_VERIFY_WITH_TIMEOUT(!reminded.isEmpty() && !listed.isEmpty(), 5000);
    QVERIFY(reminder->isHidden());                           // written today
    QCOMPARE(view->model()->rows().first().seq, anchor.seq); // the table shows its entry, newest first
}

void TestAnchorReminder::theSettingsMenuChangesTheDaysAndShownReminders()
{
    m_f->now = QDateTime::currentMSecsSinceEpoch() - 5 * kDayMs;
    m_f->as(QStringLiteral("cora"), Role::Compliance)
        .record(QStringLiteral("audit.anchor"), QStringLiteral("audit"), QString());
    const auto view = shownView(QStringLiteral("cora"), Role::Compliance);
    QVERIFY(view->anchorReminder()->isHidden()); // 5 days: within the default 7
    QMainWindow window;
    addAnchorReminderSetting(window.menuBar()->addMenu(QStringLiteral("Settings")), &window);
    auto *action = window.findChild<QAction *>(QStringLiteral("anchorReminderDays"));
    QVERIFY(action);
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] { // the person types 3 and presses OK
        QTRY_VERIFY(qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QCOMPARE(dialog->intValue(), AnchorReminder::kDefaultReminderDays);
        dialog->setIntValue(3);
        dialog->accept();
        answered = true;
    });
    QSignalSpy reminded(view->anchorReminder(), &AnchorReminder::refreshed);
    action->trigger();
    QVERIFY(answered);
    QCOMPARE(AnchorReminder::reminderDays(), 3);
    QVERIFY(reminded.wait(5000));
    QVERIFY(!view->anchorReminder()->isHidden());
    QVERIFY2(view->anchorReminder()->text().contains(QStringLiteral("written 5 day")),
             qPrintable(view->anchorReminder()->text()));
}

QTEST_MAIN(TestAnchorReminder)
#include "tst_anchorreminder.moc"
