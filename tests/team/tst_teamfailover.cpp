// The team survives its server (issue #39 item 7): a real pg_auto_failover formation on this
// machine (monitor, primary, standby on loopback ports, synchronous replication), five desks
// acting, the primary's machine lost (its keeper, postgres and every backend killed at once).
// Nothing a desk was told is done is missing on the promoted standby, nothing is applied twice,
// the trail's chain verifies, and every desk acts again within 15 s. Every URL form with several
// hosts reaches the primary, before and after; `team status` and the window say which server
// and whether its commits are replicated synchronously, and warn when not (the promoted
// standby alone is pg_auto_failover's wait_primary), until the old primary rejoins.
#include "autofailovercluster.h"
#include "deskcrowd.h"
#include "itemmodels/records/recordscontext.h"
#include "records/teamstatus.h"
#include "team/serverreplication.h"
#include "team/teamauditverifier.h"
#include "team/teamlogin.h"
#include "teamdesk.h"

#include <QTest>

using namespace proofdesk;
using namespace teamtest;

// A desk acts every 200 ms or so (its action's time and this pause): busier than a person,
// and few enough actions wait in its folder during the failover to be sent in a second or two.
constexpr int kPauseMs = 150;

class TestTeamFailover : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyUrlFormReachesThePrimary_data() { urlForms(); }
    void everyUrlFormReachesThePrimary();
    void statusSaysCommitsAreReplicated();
    void aStandbysRefusalIsTriedAgain();
    void nothingDoneIsLostWhenThePrimaryIsKilled();
    void everyUrlFormReachesThePromotedStandby_data() { urlForms(); }
    void everyUrlFormReachesThePromotedStandby();
    void statusAndWindowWarnUntilTheOldPrimaryRejoins();

private:
    static void urlForms();
    void reachesPrimary(int node);
    void drainEveryDesk();
    void checkOutcomes(const std::vector<Outcome> &outcomes);

    std::unique_ptr<test::AutoFailoverCluster> m_cluster;
    std::unique_ptr<test::TeamTestDatabase> m_team;
    std::vector<std::unique_ptr<Desk>> m_desks; // four agents, then an officer
};

void TestTeamFailover::initTestCase()
{
    qputenv("PROOFDESK_NO_KEYCHAIN", "1"); // desks act on threads of their own: no keychain there
    m_cluster = std::make_unique<test::AutoFailoverCluster>();
    QString error;
    QVERIFY2(m_cluster->start(1, &error), qPrintable(error));
    m_team = std::make_unique<test::TeamTestDatabase>(*m_cluster, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (int i = 1; i <= 4; ++i)
        m_desks.push_back(std::make_unique<Desk>(*m_team, QStringLiteral("agent%1").arg(i), QList<Role>{Role::Agent}));
    m_desks.push_back(std::make_unique<Desk>(*m_team, QStringLiteral("officer"), QList<Role>{Role::Compliance}));
}

void TestTeamFailover::cleanupTestCase()
{
    m_desks.clear();
    m_team.reset();
    m_cluster.reset(); // every keeper and server stopped, even after a failure above
}

void TestTeamFailover::urlForms()
{
    // %1 the port of the node listed first, %2 the other's, %D the database, %CA the team's CA.
    QTest::addColumn<QString>("url");
    QTest::newRow("URI") << "postgresql://agent1@localhost:%1,localhost:%2/%D?sslrootcert=%CA";
    QTest::newRow("URI, the standby first") << "postgresql://agent1@localhost:%2,localhost:%1/%D?sslrootcert=%CA";
    QTest::newRow("URI, target_session_attrs=primary")
        << "postgresql://agent1@localhost:%2,localhost:%1/%D?sslrootcert=%CA&target_session_attrs=primary";
    QTest::newRow("URI, hosts in the query")
        << "postgresql:///%D?host=localhost,localhost&port=%2,%1&user=agent1&sslrootcert=%CA";
    QTest::newRow("key=value") << "host=localhost,localhost port=%1,%2 dbname=%D user=agent1 sslrootcert=%CA";
    QTest::newRow("key=value, the standby first")
        << "host=localhost,localhost port=%2,%1 dbname=%D user=agent1 sslrootcert=%CA";
    QTest::newRow("key=value, host and hostaddr")
        << "host=localhost,localhost hostaddr=127.0.0.1,127.0.0.1 port=%2,%1 dbname=%D user=agent1 sslrootcert=%CA";
    // As `team connect URL --user agent1 --ca FILE` keeps them: the password taken out.
    QTest::newRow("--user, --ca, a password, URI") << "--postgresql://someone:pw@localhost:%2,localhost:%1/%D";
    QTest::newRow("--user, --ca, a password, key=value")
        << "--host=localhost,localhost port=%2,%1 dbname=%D user=someone password='p w'";
}

// Connects as a desk does (TeamLogin::connect: the folder's URL, its login, verify-full) by the
// row's URL, and lands on `node` (the one the monitor calls primary).
void TestTeamFailover::reachesPrimary(int node)
{
    QFETCH(QString, url);
    const int other = node == 0 ? 1 : 0;
    url.replace(QLatin1String("%1"), QString::number(m_cluster->port(node)))
        .replace(QLatin1String("%2"), QString::number(m_cluster->port(other)))
        .replace(QLatin1String("%D"), m_team->name());
    team::TeamConfig config;
    config.user = QStringLiteral("agent1");
    if (url.startsWith(QLatin1String("--"))) {
        QString password;
        config.url = team::TeamConfig::withCertificateAuthority(
            team::TeamConfig::withoutPassword(team::TeamConfig::withUser(url.mid(2), config.user), &password),
            m_cluster->caFile());
        QVERIFY(!password.isEmpty());
        QVERIFY2(!config.url.contains(password), qPrintable(config.url));
    } else {
        config.url = url.replace(QLatin1String("%CA"), m_cluster->caFile());
    }
    const auto connection = team::TeamLogin::connect(config);
    QCOMPARE(connection->user(), QStringLiteral("agent1"));
    QCOMPARE(connection->serverAddress(), QStringLiteral("localhost:%1").arg(m_cluster->port(node)));
    QVERIFY2(connection->protectionNow().contains(QLatin1String("verified against its name")),
             qPrintable(connection->protectionNow()));
    QVERIFY(team::ServerReplication::read(*connection).primary);
}

void TestTeamFailover::everyUrlFormReachesThePrimary() { reachesPrimary(0); }

void TestTeamFailover::statusSaysCommitsAreReplicated()
{
    const auto agent = m_team->as(QStringLiteral("agent1"));
    const team::ServerReplication r = team::ServerReplication::read(*agent);
    QCOMPARE(r.server, QStringLiteral("localhost:%1").arg(m_cluster->port(0)));
    QVERIFY(r.primary);
    QVERIFY2(r.synchronous(), qPrintable(r.summary()));
    QCOMPARE(r.standbyNames, QStringLiteral("ANY 1 (pgautofailover_standby_2)"));
    QCOMPARE(r.standbys, 1);
    QCOMPARE(r.syncStandbys, -1); // a desk's login may not read which standby is synchronous
    QVERIFY2(r.warning().isEmpty(), qPrintable(r.warning()));
}

// A desk connected to a server that is (or became) a standby is told "read-only transaction":
// nothing was written, and a new connection finds the primary, so the call is tried again as
// after a dropped connection (Unreachable), not failed.
void TestTeamFailover::aStandbysRefusalIsTriedAgain()
{
    const QString standby = QStringLiteral("postgresql://agent1@localhost:%1/%2?sslrootcert=%3")
                                .arg(m_cluster->port(1))
                                .arg(m_team->name(), m_cluster->caFile());
    team::PgConnection connection(standby);
    QVERIFY(!team::ServerReplication::read(connection).primary);
    QVERIFY(!team::ServerReplication::read(connection).warning().isEmpty());
    try {
        connection.exec(QStringLiteral("SELECT proofdesk.record($1, 'agent', 'communication.view', 'done', "
                                       "'communication', 'EXS-1', NULL, NULL, NULL, 'test')"),
                        {QStringLiteral("standby-view")});
        QFAIL("a standby took a write");
    } catch (const team::TeamError &e) {
        QCOMPARE(e.sqlState(), QStringLiteral("25006"));
        QCOMPARE(e.kind(), team::TeamError::Kind::Unreachable);
        QVERIFY2(e.message().contains(QLatin1String("is a standby now")), qPrintable(e.message()));
    }
}

void TestTeamFailover::nothingDoneIsLostWhenThePrimaryIsKilled()
{
    std::vector<Desk *> desks;
    for (const auto &desk : m_desks)
        desks.push_back(desk.get());
    DeskCrowd crowd(desks, {false, false, false, false, true}, false, kPauseMs);
    crowd.start();
    QTest::qWait(4000); // the desks at work
    const qint64 killedAt = m_cluster->killNode(0);
    QString error;
    const bool promoted = m_cluster->waitForPrimary(1, 30000, true, &error);
    // Every desk acts again (an action applied on the server, not waiting in its folder).
    QElapsedTimer waited;
    waited.start();
    const auto everyDeskActed = [&] {
        for (size_t i = 0; i < desks.size(); ++i)
            if (crowd.doneAfter(i, killedAt) < 0)
                return false;
        return true;
    };
    while (waited.elapsed() < 25000 && !everyDeskActed())
        QTest::qWait(200);
    crowd.stop();
    QVERIFY2(promoted, qPrintable(error));
    QStringList again;
    for (size_t i = 0; i < desks.size(); ++i) {
        again << QStringLiteral("%1 %2 ms").arg(desks.at(i)->login).arg(crowd.doneAfter(i, killedAt));
        const qint64 after = crowd.doneAfter(i, killedAt);
        QVERIFY2(after >= 0 && after < 15000, qPrintable(again.join(QLatin1String(", "))));
    }
    qInfo("acted again after the primary's loss: %s", qPrintable(again.join(QLatin1String(", "))));
    drainEveryDesk();
    checkOutcomes(crowd.outcomes());
}

// Each desk's next action sends first what waited in its folder (in order, each once).
void TestTeamFailover::drainEveryDesk()
{
    for (const auto &desk : m_desks) {
        desk->act(Action::Search, [](RecordsStore &r) { r.reissues(); });
        QCOMPARE(pendingRows(*desk, "pending"), 0);
    }
}

void TestTeamFailover::checkOutcomes(const std::vector<Outcome> &outcomes)
{
    int done = 0, waited = 0, failed = 0;
    for (const Outcome &o : outcomes) {
        done += o.told == Outcome::Done;
        waited += o.told == Outcome::Waits;
        failed += o.told == Outcome::Failed;
        if (o.told == Outcome::Failed) // told it failed: it may or may not have reached the server, once
            qInfo("%s's %s failed: %s", qPrintable(o.desk), qPrintable(o.action), qPrintable(o.error));
    }
    qInfo("%d actions done, %d waited in a folder and were sent, %d failed", done, waited, failed);
    QVERIFY(done > 20);
    // Done, or waited and sent since: the promoted server has it.
    const QStringList missing = missingOnServer(*m_team, outcomes);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    // Nothing twice: each request, approval and letter once in the trail.
    QCOMPARE(appliedTwice(*m_team), 0);
    QCOMPARE(m_team->count(QStringLiteral("SELECT count(*) FROM proofdesk.reissue_requests WHERE status = 'approved'")),
             0); // every approval was queued for its letter by the officer's desk
    const qint64 entries = m_team->count(QStringLiteral("SELECT count(*) FROM proofdesk.audit_entries"));
    QCOMPARE(m_team->count(QStringLiteral("SELECT max(seq) FROM proofdesk.audit_entries")), entries);
    const audit::VerifyResult chain = team::verifyTeamChain(*m_team->asOwner());
    QVERIFY2(chain.ok, qPrintable(chain.problem));
}

void TestTeamFailover::everyUrlFormReachesThePromotedStandby() { reachesPrimary(1); }

void TestTeamFailover::statusAndWindowWarnUntilTheOldPrimaryRejoins()
{
    const auto agent = m_team->as(QStringLiteral("agent1"));
    const team::ServerReplication alone = team::ServerReplication::read(*agent);
    QCOMPARE(alone.server, QStringLiteral("localhost:%1").arg(m_cluster->port(1)));
    QVERIFY2(!alone.synchronous(), qPrintable(alone.summary()));
    QVERIFY2(alone.warning().contains(QLatin1String("wait_primary")), qPrintable(alone.warning()));
    Desk &officer = *m_desks.back();
    itemmodels::RecordsContext context(officer.folder.folder->databasePath(), officer.folder.data.path());
    TeamStatus status(&context);
    status.show();
    QTRY_VERIFY_WITH_TIMEOUT(status.text().contains(QStringLiteral("commits not replicated")), 15000);
    QVERIFY2(status.toolTip().contains(QStringLiteral("localhost:%1").arg(m_cluster->port(1))),
             qPrintable(status.toolTip()));
    // The old primary's machine is back: its keeper rewinds it and it follows as a standby.
    QString error;
    QVERIFY2(m_cluster->restartNode(0, &error), qPrintable(error));
    QVERIFY2(m_cluster->waitForPrimary(1, 90000, false, &error), qPrintable(error));
    QVERIFY2(team::ServerReplication::read(*m_team->as(QStringLiteral("agent1"))).synchronous(),
             qPrintable(team::ServerReplication::read(*m_team->as(QStringLiteral("agent1"))).summary()));
    // The window hears it at its next heartbeat, without a reconnection.
    QTRY_VERIFY_WITH_TIMEOUT(!status.text().contains(QStringLiteral("commits not replicated")), 15000);
    QVERIFY2(status.toolTip().contains(QStringLiteral("replicated synchronously")), qPrintable(status.toolTip()));
}

QTEST_MAIN(TestTeamFailover)
#include "tst_teamfailover.moc"
