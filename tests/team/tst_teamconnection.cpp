// How a desk connects to its team database (issue #24 item 9, issue #39 items 5-7): the server's
// certificate checked for every host of every URL form (only a Unix socket goes without), a
// weaker sslmode refused unless the person chose it, keepalives that find a silent drop within
// seconds, a bound on every wait, and URLs with several hosts kept whole when the folder stores
// them.
#include "team/conninfo.h"
#include "team/pgconnection.h"
#include "team/teamconfig.h"

#include <QTest>
#include <libpq-fe.h>

using namespace proofdesk;

class TestTeamConnection : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFillWhatTheUrlLeavesUnsaid_data();
    void defaultsFillWhatTheUrlLeavesUnsaid();
    void everyHostOfEveryFormIsVerified_data();
    void everyHostOfEveryFormIsVerified();
    void aWeakerModeIsRefusedUnlessChosen_data();
    void aWeakerModeIsRefusedUnlessChosen();
    void urlsKeepEveryHost_data();
    void urlsKeepEveryHost();
    void theCaFileGoesIntoTheUrl_data();
    void theCaFileGoesIntoTheUrl();
    void severalHostsConnectToThePrimary_data();
    void severalHostsConnectToThePrimary();
    void aServerGoneMidHandshakeIsNoCertificateFailure_data();
    void aServerGoneMidHandshakeIsNoCertificateFailure();
    void cleanup()
    {
        qunsetenv("PGSSLMODE");
        qunsetenv("PGHOST");
        qunsetenv("PGHOSTADDR");
        qunsetenv("PGTARGETSESSIONATTRS");
    }
};

namespace {

QString valueOf(const team::PgConnection::ConnectionDefaults &defaults, const char *key)
{
    for (const auto &[k, v] : defaults)
        if (k == key)
            return QString::fromUtf8(v);
    return QStringLiteral("(unset)");
}

// What libpq itself reads from a connection string: `key`'s value, or "(unset)".
QString libpqValue(const QString &url, const char *key)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.toUtf8().constData(), &error);
    PQfreemem(error);
    if (!options)
        return QStringLiteral("(does not parse)");
    QString out = QStringLiteral("(unset)");
    for (PQconninfoOption *o = options; o->keyword; ++o)
        if (qstrcmp(o->keyword, key) == 0 && o->val)
            out = QString::fromUtf8(o->val);
    PQconninfoFree(options);
    return out;
}

} // namespace

void TestTeamConnection::defaultsFillWhatTheUrlLeavesUnsaid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("sslmode");
    QTest::addColumn<QString>("keepalivesIdle");
    QTest::newRow("a server on the network") << "postgresql://ann@db.example/proofdesk"
                                             << "verify-full"
                                             << "5";
    QTest::newRow("key=value form") << "host=db.example dbname=proofdesk user=ann"
                                    << "verify-full"
                                    << "5";
    QTest::newRow("the person chose") << "postgresql://ann@db.example/proofdesk?sslmode=require"
                                      << "(unset)"
                                      << "5";
    QTest::newRow("a CA named") << "postgresql://ann@127.0.0.1/proofdesk?sslrootcert=/etc/ca.pem"
                                << "verify-full"
                                << "5";
    QTest::newRow("the loopback is a network too") << "postgresql://ann@127.0.0.1:5432/proofdesk"
                                                   << "verify-full"
                                                   << "5";
    QTest::newRow("the local socket") << "postgresql://ann@/proofdesk?host=/run/postgresql"
                                      << "(unset)"
                                      << "5";
    QTest::newRow("no host: the local socket") << "dbname=proofdesk"
                                               << "(unset)"
                                               << "5";
    QTest::newRow("keepalives set in the URL") << "postgresql://ann@db.example/p?keepalives_idle=30"
                                               << "verify-full"
                                               << "(unset)";
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

// Issue #39 item 5: hostaddr= alone was taken for the local socket, and host=127.0.0.1,<remote>
// for the loopback because it starts with "127.": neither was verified.
void TestTeamConnection::everyHostOfEveryFormIsVerified_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("pghost");
    QTest::addColumn<bool>("network");
    QTest::newRow("hostaddr alone, URI") << "postgresql://ann@/proofdesk?hostaddr=203.0.113.5" << QString() << true;
    QTest::newRow("hostaddr alone, key=value") << "hostaddr=203.0.113.5 dbname=proofdesk" << QString() << true;
    QTest::newRow("the loopback first, key=value") << "host=127.0.0.1,db.example dbname=proofdesk" << QString() << true;
    QTest::newRow("the loopback first, URI")
        << "postgresql://127.0.0.1:5432,db.example:5433/proofdesk" << QString() << true;
    QTest::newRow("a socket first, then a network host")
        << "host=/run/postgresql,db.example dbname=p" << QString() << true;
    QTest::newRow("IPv6 hosts, URI") << "postgresql://[::1]:5432,[2001:db8::2]:5433/proofdesk" << QString() << true;
    QTest::newRow("a socket with an address")
        << "host=/run/postgresql hostaddr=203.0.113.5 dbname=p" << QString() << true;
    QTest::newRow("PGHOST names a network host") << "dbname=proofdesk"
                                                 << "db.example" << true;
    QTest::newRow("two sockets") << "host=/run/postgresql,/tmp dbname=p" << QString() << false;
    QTest::newRow("an abstract socket") << "host=@proofdesk dbname=p" << QString() << false;
    QTest::newRow("PGHOST names a socket") << "dbname=proofdesk"
                                           << "/run/postgresql" << false;
}

void TestTeamConnection::everyHostOfEveryFormIsVerified()
{
    QFETCH(QString, url);
    QFETCH(QString, pghost);
    QFETCH(bool, network);
    if (!pghost.isEmpty())
        qputenv("PGHOST", pghost.toUtf8());
    QCOMPARE(valueOf(team::PgConnection::connectionDefaults(url), "sslmode"),
             network ? QStringLiteral("verify-full") : QStringLiteral("(unset)"));
    const team::PgConnection::Protection p = team::PgConnection::protectionOf(url);
    QCOMPARE(p.networkHosts.isEmpty(), !network);
    QVERIFY(p.verified());
}

// Issue #39 item 6: an explicit weaker sslmode, in the URL or PGSSLMODE, accepted a man in the
// middle without a word. It is refused, before anything is sent, unless the person chose it.
void TestTeamConnection::aWeakerModeIsRefusedUnlessChosen_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("pgsslmode");
    QTest::addColumn<QString>("chosenBy");
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca"})
        QTest::addRow("sslmode=%s in the URL", mode)
            << QStringLiteral("postgresql://ann@db.example/proofdesk?sslmode=%1").arg(QLatin1String(mode)) << QString()
            << "the URL";
    QTest::newRow("requiressl=1") << "host=db.example dbname=p requiressl=1" << QString() << "the URL";
    QTest::newRow("PGSSLMODE=prefer at connect") << "postgresql://ann@db.example/proofdesk"
                                                 << "prefer"
                                                 << "PGSSLMODE";
    QTest::newRow("sslmode=require on the loopback")
        << "host=127.0.0.1 sslmode=require dbname=p" << QString() << "the URL";
}

void TestTeamConnection::aWeakerModeIsRefusedUnlessChosen()
{
    QFETCH(QString, url);
    QFETCH(QString, pgsslmode);
    QFETCH(QString, chosenBy);
    if (!pgsslmode.isEmpty())
        qputenv("PGSSLMODE", pgsslmode.toUtf8());
    const team::PgConnection::Protection p = team::PgConnection::protectionOf(url);
    QVERIFY(!p.verified());
    QCOMPARE(p.chosenBy, chosenBy);
    QVERIFY2(p.summary().contains(QLatin1String("NOT verified")), qPrintable(p.summary()));
    try {
        team::PgConnection refused(url); // refused before connecting: no server is needed here
        QFAIL("an unverified connection was attempted without the person's choice");
    } catch (const team::TeamError &e) {
        QCOMPARE(e.kind(), team::TeamError::Kind::Refused);
        QVERIFY2(e.message().contains(QLatin1String("--insecure")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("man in the middle")), qPrintable(e.message()));
    }
}

// Issue #39 item 7: TeamConfig::withUser and withoutPassword kept one host of a URI with several.
void TestTeamConnection::urlsKeepEveryHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("withoutPassword");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("asCarl");
    QTest::newRow("URI, one host") << "postgresql://ann:pw@db.example/proofdesk"
                                   << "postgresql://ann@db.example/proofdesk"
                                   << "pw"
                                   << "postgresql://carl:pw@db.example/proofdesk";
    QTest::newRow("URI, two hosts and ports")
        << "postgresql://ann:s%40cret@db1.example:5432,db2.example:5433/proofdesk?target_session_attrs=read-write"
        << "postgresql://ann@db1.example:5432,db2.example:5433/proofdesk?target_session_attrs=read-write"
        << "s@cret"
        << "postgresql://carl:s%40cret@db1.example:5432,db2.example:5433/proofdesk?target_session_attrs=read-write";
    QTest::newRow("URI, IPv6 hosts, no user") << "postgresql://[::1]:5432,[2001:db8::2]:5433/proofdesk"
                                              << "postgresql://[::1]:5432,[2001:db8::2]:5433/proofdesk" << QString()
                                              << "postgresql://carl@[::1]:5432,[2001:db8::2]:5433/proofdesk";
    QTest::newRow("URI, password in the query") << "postgresql://db1,db2/proofdesk?password=x&sslmode=verify-full"
                                                << "postgresql://db1,db2/proofdesk?sslmode=verify-full"
                                                << "x"
                                                << "postgresql://carl:x@db1,db2/proofdesk?sslmode=verify-full";
    QTest::newRow("key=value, two hosts")
        << "host=db1,db2 port=5432,5433 dbname=proofdesk password='a b' target_session_attrs=read-write"
        << "host=db1,db2 port=5432,5433 dbname=proofdesk target_session_attrs=read-write"
        << "a b"
        << "host=db1,db2 port=5432,5433 dbname=proofdesk password='a b' target_session_attrs=read-write user=carl";
    QTest::newRow("key=value, a user replaced")
        << "user=ann host=db1,db2 dbname=p"
        << "user=ann host=db1,db2 dbname=p" << QString() << "host=db1,db2 dbname=p user=carl";
}

void TestTeamConnection::urlsKeepEveryHost()
{
    QFETCH(QString, url);
    QFETCH(QString, withoutPassword);
    QFETCH(QString, password);
    QFETCH(QString, asCarl);
    QString taken;
    QCOMPARE(team::TeamConfig::withoutPassword(url, &taken), withoutPassword);
    QCOMPARE(taken, password);
    QCOMPARE(team::TeamConfig::withUser(url, QStringLiteral("carl")), asCarl);
    // libpq reads the same hosts and ports from each, and carl as the user.
    for (const char *key : {"host", "port", "dbname", "target_session_attrs"}) {
        QCOMPARE(libpqValue(withoutPassword, key), libpqValue(url, key));
        QCOMPARE(libpqValue(asCarl, key), libpqValue(url, key));
    }
    QCOMPARE(libpqValue(asCarl, "user"), QStringLiteral("carl"));
    QCOMPARE(libpqValue(withoutPassword, "password"), QStringLiteral("(unset)"));
}

void TestTeamConnection::theCaFileGoesIntoTheUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("URI")
        << "postgresql://ann@db.example/proofdesk"
        << "postgresql://ann@db.example/proofdesk?sslrootcert=/home/ann/team%20ca.pem&sslmode=verify-full";
    QTest::newRow("URI with a weaker sslmode")
        << "postgresql://ann@db.example/proofdesk?sslmode=prefer"
        << "postgresql://ann@db.example/proofdesk?sslrootcert=/home/ann/team%20ca.pem&sslmode=verify-full";
    QTest::newRow("URI with two hosts")
        << "postgresql://ann@db1:5432,db2:5433/proofdesk"
        << "postgresql://ann@db1:5432,db2:5433/proofdesk?sslrootcert=/home/ann/team%20ca.pem&sslmode=verify-full";
    QTest::newRow("key=value")
        << "host=db.example dbname=proofdesk"
        << "host=db.example dbname=proofdesk sslrootcert='/home/ann/team ca.pem' sslmode=verify-full";
}

void TestTeamConnection::theCaFileGoesIntoTheUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(team::TeamConfig::withCertificateAuthority(url, QStringLiteral("/home/ann/team ca.pem")), expected);
}

// Issue #39 item 7: a URL with several hosts (a primary and its standbys) reached whichever
// answered first, a read-only standby included, where every action failed. libpq is asked for
// the server that takes writes unless the URL or PGTARGETSESSIONATTRS says otherwise.
void TestTeamConnection::severalHostsConnectToThePrimary_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("added");
    QTest::newRow("URI, two hosts") << "postgresql://ann@db1:5432,db2:5433/proofdesk" << QString() << "read-write";
    QTest::newRow("URI, hosts in the query")
        << "postgresql:///proofdesk?host=db1,db2&port=5432,5433" << QString() << "read-write";
    QTest::newRow("key=value, two hosts") << "host=db1,db2 dbname=proofdesk" << QString() << "read-write";
    QTest::newRow("key=value, two addresses")
        << "hostaddr=192.0.2.1,192.0.2.2 host=db1,db2 dbname=p" << QString() << "read-write";
    QTest::newRow("PGHOST names two") << "dbname=proofdesk"
                                      << "db1,db2"
                                      << "read-write";
    QTest::newRow("the URL chose primary")
        << "host=db1,db2 dbname=p target_session_attrs=primary" << QString() << "(unset)";
    QTest::newRow("one host") << "postgresql://ann@db1/proofdesk" << QString() << "(unset)";
    QTest::newRow("the local socket") << "dbname=proofdesk" << QString() << "(unset)";
}

void TestTeamConnection::severalHostsConnectToThePrimary()
{
    QFETCH(QString, url);
    QFETCH(QString, environment);
    QFETCH(QString, added);
    if (!environment.isEmpty())
        qputenv("PGHOST", environment.toUtf8());
    QCOMPARE(valueOf(team::PgConnection::connectionDefaults(url), "target_session_attrs"), added);
    qputenv("PGTARGETSESSIONATTRS", "any"); // the person's own choice, from the environment
    QCOMPARE(valueOf(team::PgConnection::connectionDefaults(url), "target_session_attrs"), QStringLiteral("(unset)"));
}

// tst_teamfailover found it: the primary killed while a desk's TLS handshake was under way was
// named "the team database's certificate was not accepted … a man in the middle", and the action
// refused, where the server was merely gone (the desk goes offline and tries again).
void TestTeamConnection::aServerGoneMidHandshakeIsNoCertificateFailure_data()
{
    QTest::addColumn<QString>("why");
    QTest::addColumn<bool>("certificate");
    const QString at = QStringLiteral("connection to server at \"localhost\" (127.0.0.1), port 5432 failed: ");
    QTest::newRow("killed mid-handshake") << at + QLatin1String("SSL SYSCALL error: EOF detected") << false;
    QTest::newRow("reset mid-handshake") << at + QLatin1String("SSL SYSCALL error: Connection reset by peer") << false;
    QTest::newRow("closed") << at + QLatin1String("SSL connection has been closed unexpectedly") << false;
    QTest::newRow("refused") << at + QLatin1String("Connection refused") << false;
    QTest::newRow("another CA") << at + QLatin1String("SSL error: certificate verify failed") << true;
    QTest::newRow("another name")
        << at + QLatin1String("server certificate for \"db.example\" does not match host name \"x\"") << true;
    QTest::newRow("no TLS offered") << at + QLatin1String("server does not support SSL, but SSL was required") << true;
    QTest::newRow("an alert") << at + QLatin1String("SSL error: tlsv1 alert unknown ca") << true;
}

void TestTeamConnection::aServerGoneMidHandshakeIsNoCertificateFailure()
{
    QFETCH(QString, why);
    QFETCH(bool, certificate);
    QCOMPARE(team::PgConnection::isCertificateFailure(why), certificate);
}

QTEST_GUILESS_MAIN(TestTeamConnection)
#include "tst_teamconnection.moc"
