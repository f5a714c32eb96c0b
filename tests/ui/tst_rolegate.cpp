// Asking the role before a form (#64: the demo notice's "Connect a Repository…" opened a form
// whose Add an agent may not press; File › Import Drop… added a repository as an agent).
#include "itemmodels/records/recordscontext.h"
#include "loadedcontext.h"
#include "messagebox.h"
#include "records/rolegate.h"
#include "recordsfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using proofdesk::itemmodels::RecordsContext;
using proofdesk::records::Action;
using proofdesk::records::Role;

class TestRoleGate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aRoleThatMayGoesOnWithoutAsking();
    void aGrantedRoleThatMayIsOfferedAndTheSwitchRecorded_data();
    void aGrantedRoleThatMayIsOfferedAndTheSwitchRecorded();
    void noRoleThatMaySaysSoAndOpensNothing();

private:
    std::unique_ptr<RecordsFixture> m_f;
    std::unique_ptr<RecordsContext> m_context;
    QWidget m_window;
    int m_went = 0;
};

void TestRoleGate::init()
{
    m_f = std::make_unique<RecordsFixture>();
    m_went = 0;
}

void TestRoleGate::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_context.reset();
    m_f.reset();
}

void TestRoleGate::aRoleThatMayGoesOnWithoutAsking()
{
    m_f->grant(QStringLiteral("ada"), Role::Admin);
    m_context = loadedContext(*m_f, QStringLiteral("ada"));
    QCOMPARE(m_context->role(), std::optional<Role>(Role::Admin));
    MessageBox::setNextAnswer(QMessageBox::No);
    const int boxes = MessageBox::shownCount();
    rolegate::whenPermitted(&m_window, m_context.get(), Action::ConfigureRepositories, [this] { ++m_went; });
    QCOMPARE(m_went, 1);
    QCOMPARE(MessageBox::shownCount(), boxes);
}

void TestRoleGate::aGrantedRoleThatMayIsOfferedAndTheSwitchRecorded_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<int>("went");
    QTest::addColumn<Role>("roleAfter");
    QTest::newRow("Yes: switched, then the form") << int(QMessageBox::Yes) << 1 << Role::Admin;
    QTest::newRow("No: nothing") << int(QMessageBox::No) << 0 << Role::Agent;
}

void TestRoleGate::aGrantedRoleThatMayIsOfferedAndTheSwitchRecorded()
{
    QFETCH(int, answer);
    QFETCH(int, went);
    QFETCH(Role, roleAfter);
    // Every role, as the first user of the demo archive: the window starts as an agent.
    for (const Role role : {Role::Agent, Role::Compliance, Role::Records, Role::Admin})
        m_f->grant(QStringLiteral("ada"), role);
    m_context = loadedContext(*m_f, QStringLiteral("ada"));
    QCOMPARE(m_context->role(), std::optional<Role>(Role::Agent));
    MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
    QSignalSpy changed(m_context.get(), &RecordsContext::roleChanged);
    rolegate::whenPermitted(&m_window, m_context.get(), Action::ConfigureRepositories, [this] { ++m_went; });
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("Admin")), qPrintable(MessageBox::lastText()));
    if (went)
        QVERIFY(changed.wait(5000));
    QCOMPARE(m_went, went);
    QCOMPARE(m_context->role(), std::optional<Role>(roleAfter));
    QCOMPARE(m_f->count("SELECT count(*) FROM rec.audit_entries WHERE action = 'role.switch'"), qint64(went));
}

void TestRoleGate::noRoleThatMaySaysSoAndOpensNothing()
{
    m_f->grant(QStringLiteral("ada"), Role::Agent);
    m_context = loadedContext(*m_f, QStringLiteral("ada"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int boxes = MessageBox::shownCount();
    rolegate::whenPermitted(&m_window, m_context.get(), Action::ConfigureRepositories, [this] { ++m_went; });
    QCOMPARE(m_went, 0);
    QCOMPARE(MessageBox::shownCount(), boxes + 1);
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("do not have")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_context->role(), std::optional<Role>(Role::Agent));
}

QTEST_MAIN(TestRoleGate)
#include "tst_rolegate.moc"
