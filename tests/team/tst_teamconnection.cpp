// How a desk connects to its team database (issue #24 item 9): the server's certificate checked
// over a network, keepalives that find a silent drop within seconds, and a bound on every wait.
#include "team/pgconnection.h"
#include "team/teamconfig.h"

#include <QtTest>

using namespace proofdesk;

class TestTeamConnection : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFillWhatTheUrlLeavesUnsaid_data();
    void defaultsFillWhatTheUrlLeavesUnsaid();
    void theCaFileGoesIntoTheUrl_data();
    void theCaFileGoesIntoTheUrl();
};

namespace {

QString valueOf(const team::PgConnection::ConnectionDefaults &defaults, const char *key)
{
    for (const auto &[k, v] : defaults)
        if (k == key)
            return QString::fromUtf8(v);
    return QStringLiteral("(unset)");
}

} // namespace

void TestTeamConnection::defaultsFillWhatTheUrlLeavesUnsaid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("keepalivesIdle");
    QTest::newRow("a server on the network") << "postgresql://ann@db.example/proofdesk" << "verify-full" << "5";
    QTest::newRow("key=value form") << "host=db.example dbname=proofdesk user=ann" << "verify-full" << "5";
    QTest::newRow("the person chose") << "postgresql://ann@db.example/proofdesk?sslmode=require" << "(unset)" << "5";
    QTest::newRow("a CA named") << "postgresql://ann@127.0.0.1/proofdesk?sslrootcert=/etc/ca.pem" << "verify-full" << "5";
    QTest::newRow("the loopback") << "postgresql://ann@127.0.0.1:5432/proofdesk" << "(unset)" << "5";
    QTest::newRow("the local socket") << "postgresql://ann@/proofdesk?host=/run/postgresql" << "(unset)" << "5";
    QTest::newRow("keepalives set in the URL") << "postgresql://ann@db.example/p?keepalives_idle=30" << "verify-full" << "(unset)";
}

void TestTeamConnection::defaultsFillWhatTheUrlLeavesUnsaid()
{
    QFETCH(QString, url);
    QFETCH(QString, sslmode);
    QFETCH(QString, keepalivesIdle);
    const auto defaults = team::PgConnection::connectionDefaults(url);
    QCOMPARE(valueOf(defaults, "sslmode"), sslmode);
    QCOMPARE(valueOf(defaults, "keepalives_idle"), keepalivesIdle);
    QCOMPARE(valueOf(defaults, "keepalives"), QStringLiteral("1"));
    QCOMPARE(valueOf(defaults, "tcp_user_timeout"), QStringLiteral("10000"));
    QVERIFY(valueOf(defaults, "options").contains(QLatin1String("lock_timeout=5s")));
    QVERIFY(valueOf(defaults, "options").contains(QLatin1String("statement_timeout=")));
}

void TestTeamConnection::theCaFileGoesIntoTheUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("URI") << "postgresql://ann@db.example/proofdesk"
                         << "postgresql://ann@db.example/proofdesk?sslrootcert=/home/ann/team%20ca.pem&sslmode=verify-full";
    QTest::newRow("URI with a weaker sslmode") << "postgresql://ann@db.example/proofdesk?sslmode=prefer"
                         << "postgresql://ann@db.example/proofdesk?sslrootcert=/home/ann/team%20ca.pem&sslmode=verify-full";
    QTest::newRow("key=value") << "host=db.example dbname=proofdesk"
                               << "host=db.example dbname=proofdesk sslrootcert='/home/ann/team ca.pem' sslmode=verify-full";
}

void TestTeamConnection::theCaFileGoesIntoTheUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(team::TeamConfig::withCertificateAuthority(url, QStringLiteral("/home/ann/team ca.pem")), expected);
}

QTEST_GUILESS_MAIN(TestTeamConnection)
#include "tst_teamconnection.moc"
