// Issue #39 items 5 and 6: every URL form against a server whose certificate comes from another
// CA than the one named (a man in the middle): refused, and named a certificate failure, for
// every host of every form (hostaddr alone, several hosts, the loopback); the team's own CA
// connects, and the connection says how it is protected. A server without TLS is named too.
#include "pgtestserver.h"
#include "team/pgconnection.h"
#include "teamtestdatabase.h"

#include <QTest>

using namespace proofdesk;
using team::TeamError;

class TestTeamTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFormVerifiesEveryHost_data();
    void everyFormVerifiesEveryHost();
    void aServerWithoutTlsIsNamed();
    void cleanup() { qunsetenv("PGHOSTADDR"); }

private:
    test::PgTestServer m_server;
    std::unique_ptr<test::TeamTestDatabase> m_team;
};

void TestTeamTls::initTestCase()
{
    QString error;
    m_server.enableTls();
    QVERIFY2(m_server.start(&error), qPrintable(error));
    m_team = std::make_unique<test::TeamTestDatabase>(m_server, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_team->addLogin(QStringLiteral("tls_ann"), QStringList{QStringLiteral("agent")});
    QVERIFY2(m_server.exec(QStringLiteral("ALTER ROLE tls_ann PASSWORD 'ann-pw'"), &error), qPrintable(error));
}

void TestTeamTls::everyFormVerifiesEveryHost_data()
{
    QTest::addColumn<QString>("url"); // %P port, %D database, %CA the CA named
    QTest::addColumn<QString>("pghostaddr");
    // An address alone names no host to check a certificate against (libpq checks the default
    // socket's path): refused even with the team's CA, saying to name the host.
    QTest::addColumn<bool>("verifiable");
    QTest::newRow("URI") << "postgresql://tls_ann@127.0.0.1:%P/%D?sslrootcert=%CA" << QString() << true;
    QTest::newRow("URI, two hosts") << "postgresql://tls_ann@127.0.0.1:%P,localhost:%P/%D?sslrootcert=%CA" << QString()
                                    << true;
    QTest::newRow("URI, hostaddr alone") << "postgresql://tls_ann@/%D?hostaddr=127.0.0.1&port=%P&sslrootcert=%CA"
                                         << QString() << false;
    QTest::newRow("key=value") << "host=127.0.0.1 port=%P dbname=%D user=tls_ann sslrootcert=%CA" << QString() << true;
    QTest::newRow("key=value, two hosts")
        << "host=127.0.0.1,localhost port=%P,%P dbname=%D user=tls_ann sslrootcert=%CA" << QString() << true;
    QTest::newRow("key=value, host and hostaddr") << "host=localhost hostaddr=127.0.0.1 port=%P dbname=%D user=tls_ann "
                                                     "sslrootcert=%CA"
                                                  << QString() << true;
    QTest::newRow("key=value, hostaddr alone")
        << "hostaddr=127.0.0.1 port=%P dbname=%D user=tls_ann sslrootcert=%CA" << QString() << false;
    QTest::newRow("PGHOSTADDR") << "port=%P dbname=%D user=tls_ann sslrootcert=%CA"
                                << "127.0.0.1" << false;
}

void TestTeamTls::everyFormVerifiesEveryHost()
{
    QFETCH(QString, url);
    QFETCH(QString, pghostaddr);
    QFETCH(bool, verifiable);
    if (!pghostaddr.isEmpty())
        qputenv("PGHOSTADDR", pghostaddr.toUtf8());
    url.replace(QLatin1String("%P"), QString::number(m_server.port())).replace(QLatin1String("%D"), m_team->name());
    // A certificate from another CA than the one named: refused, and said to be the certificate.
    try {
        team::PgConnection mitm(QString(url).replace(QLatin1String("%CA"), m_server.otherCaFile()),
                                QStringLiteral("ann-pw"));
        QFAIL("connected to a server whose certificate another CA signed");
    } catch (const TeamError &e) {
        QCOMPARE(e.kind(), TeamError::Kind::Refused);
        QVERIFY2(e.message().contains(QLatin1String("certificate was not accepted")), qPrintable(e.message()));
    }
    if (!verifiable) {
        try {
            team::PgConnection unnamed(QString(url).replace(QLatin1String("%CA"), m_server.caFile()),
                                       QStringLiteral("ann-pw"));
            QFAIL("a certificate was taken as verified with no host name to check it against");
        } catch (const TeamError &e) {
            QVERIFY2(e.message().contains(QLatin1String("give host=NAME with hostaddr")), qPrintable(e.message()));
        }
        return;
    }
    // The team's CA: connected, over TLS, the certificate verified.
    team::PgConnection ok(QString(url).replace(QLatin1String("%CA"), m_server.caFile()), QStringLiteral("ann-pw"));
    QCOMPARE(ok.user(), QStringLiteral("tls_ann"));
    QVERIFY2(ok.protectionNow().contains(QLatin1String("TLS"))
                 && ok.protectionNow().contains(QLatin1String("verified")),
             qPrintable(ok.protectionNow()));
}

// "In clear text when the server has ssl=off": a server that offers no TLS is refused, and named.
void TestTeamTls::aServerWithoutTlsIsNamed()
{
    test::PgTestServer plain;
    QString error;
    QVERIFY2(plain.start(&error), qPrintable(error));
    try {
        team::PgConnection clear(plain.url(test::PgTestServer::superuser(), plain.superuserPassword())
                                 + QStringLiteral("?sslrootcert=") + m_server.caFile());
        QFAIL("connected in clear text");
    } catch (const TeamError &e) {
        QCOMPARE(e.kind(), TeamError::Kind::Refused);
        QVERIFY2(e.message().contains(QLatin1String("offers no TLS")), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TestTeamTls)
#include "tst_teamtls.moc"
