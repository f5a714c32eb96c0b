// The team server's rules in SQL (tests/team/sql, pgTAP): each file run by pg_prove against a
// real server, on a team database made by `team init`'s code, with the logins the files act as
// (sql/README.md). Every attack of issue #24 that a member could make through psql is a row.
#include "pgtestserver.h"
#include "teamtestdatabase.h"

#include <QDebug>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace proofdesk;

class TestTeamRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverRule_data();
    void serverRule();

private:
    test::PgTestServer m_server;
    std::unique_ptr<test::TeamTestDatabase> m_team;
    std::unique_ptr<test::TeamTestDatabase> m_otherTeam;
    QString m_sqlDir = QStringLiteral(PROOFDESK_TEAM_SQL_DIR);
};

void TestTeamRules::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pg_prove")).isEmpty())
        QFAIL(
            "pg_prove is not installed (Debian libtap-parser-sourcehandler-pgtap-perl; .ci/install-deps installs it)");
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_team = std::make_unique<test::TeamTestDatabase>(m_server, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_team->addLogin(QStringLiteral("ann"), QStringList{QStringLiteral("agent")});
    m_team->addLogin(QStringLiteral("bob"), QStringList{QStringLiteral("agent")});
    m_team->addLogin(QStringLiteral("carl"), QStringList{QStringLiteral("compliance")});
    m_team->addLogin(QStringLiteral("cora"), QStringList{QStringLiteral("compliance")});
    m_team->addLogin(QStringLiteral("rita"), QStringList{QStringLiteral("records")});
    m_team->addLogin(QStringLiteral("adam"), QStringList{QStringLiteral("admin")});
    m_team->addLogin(QStringLiteral("pub"), QStringList{QStringLiteral("publisher")});
    m_team->addLogin(QStringLiteral("outsider"), QStringList{});
    // A login the cluster's steward made both agent and publisher by hand (13_publisher_is_no_person).
    m_team->addLogin(QStringLiteral("mixed"), QStringList{QStringLiteral("agent"), QStringLiteral("publisher")});
    // Another team on the cluster, with an agent of its own (10_team_isolation).
    m_otherTeam = std::make_unique<test::TeamTestDatabase>(m_server, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_otherTeam->addLogin(QStringLiteral("bea"), QStringList{QStringLiteral("agent")});
    // A member of migration 1's cluster-wide role only: what another team's officer looks like.
    QVERIFY2(
        m_server.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'oldcomp') "
                                     "THEN CREATE ROLE oldcomp LOGIN; END IF; END $$;"
                                     "GRANT proofdesk_compliance TO oldcomp;"),
                      &error, m_team->name()),
        qPrintable(error));
    QVERIFY2(m_server.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pgtap"), &error, m_team->name()),
             qPrintable(error));
}

void TestTeamRules::serverRule_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(m_sqlDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(m_sqlDir));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TestTeamRules::serverRule()
{
    QFETCH(QString, file);
    QProcess prove;
    prove.setWorkingDirectory(m_sqlDir); // the files include facts.psql relative to themselves
    prove.setProcessChannelMode(QProcess::MergedChannels);
    prove.start(QStringLiteral("pg_prove"),
                {QStringLiteral("--verbose"), QStringLiteral("--host"), m_server.socketDir(), QStringLiteral("--port"),
                 QString::number(m_server.port()), QStringLiteral("--username"), test::PgTestServer::superuser(),
                 QStringLiteral("--dbname"), m_team->name(), file});
    QVERIFY2(prove.waitForFinished(120000), "pg_prove did not finish within 2 minutes");
    const QByteArray out = prove.readAll();
    if (prove.exitStatus() != QProcess::NormalExit || prove.exitCode() != 0)
        qInfo().noquote() << QString::fromUtf8(out); // whole: a failure's message is cut short
    QVERIFY2(prove.exitStatus() == QProcess::NormalExit && prove.exitCode() == 0, out.constData());
    QVERIFY2(out.contains("\nok "), out.constData()); // it ran tests, not nothing
}

QTEST_GUILESS_MAIN(TestTeamRules)
#include "tst_teamrules.moc"
