// TLS as DESIGN.md "Repositories" requires: verified; a self-signed repository only with its
// certificate's SHA-256 fingerprint pinned in its settings, and then only that certificate.
// The fake CMIS server speaks HTTPS with the test certificate of tests/support/fakeservers/tls.
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "sync/http/httpsession.h"

#include <QScopeGuard>
#include <QSslConfiguration>
#include <QTest>

using namespace proofdesk;

namespace {

// As `openssl x509 -fingerprint -sha256` prints it, the form an administrator pastes.
QString colonFingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_server.reset(); }
    void testCertificateIsTheCommittedOne();
    void syncsOnlyWithAVerifiedOrPinnedServer_data();
    void syncsOnlyWithAVerifiedOrPinnedServer();
    void aPinAcceptsNoOtherCertificateEvenATrustedOne();
    void aRefusedCertificateIsNotRetried_data();
    void aRefusedCertificateIsNotRetried();
    void fetchesDocumentsOverPinnedTls();
    void aConnectionMadeUnderAPinServesNoOtherRepository();

private:
    void serve(bool tls);
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
};

void TestTls::serve(bool tls)
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    if (tls)
        QVERIFY2(m_server->enableTls(), "no TLS backend, or tests/support/fakeservers/tls is unreadable");
    QVERIFY(m_server->start());
    for (int i = 0; i < 5; ++i)
        m_server->addDocument(QStringLiteral("T%1").arg(i));
}

// The fingerprint in tls/README.md (from openssl) is the one Qt computes: what an
// administrator copies from openssl is what the client compares.
void TestTls::testCertificateIsTheCommittedOne()
{
    QCOMPARE(colonFingerprint(fakeserver::FakeHttpServer::tlsCertificate()),
             QStringLiteral(
                 "60:B5:E4:04:0E:13:F8:15:2F:BC:BD:78:2A:AC:83:40:5A:A7:80:45:3F:F6:27:B6:18:E3:AB:93:D7:B4:20:BE"));
}

void TestTls::syncsOnlyWithAVerifiedOrPinnedServer_data()
{
    const QSslCertificate certificate = fakeserver::FakeHttpServer::tlsCertificate();
    const QString colons = colonFingerprint(certificate);
    const QString hex = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    QString wrong = hex;
    wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');

    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QStringList>("errorMentions"); // empty: the sync succeeds
    QTest::newRow("plain http on loopback") << false << QString() << QStringList();
    QTest::newRow("self-signed, not pinned: refused")
        << true << QString()
        << QStringList{QStringLiteral("repository \"net\""), QStringLiteral("TLS"), QStringLiteral("not trusted"),
                       QStringLiteral("self-signed"), hex /* so that it can be pinned */};
    QTest::newRow("self-signed, pinned as openssl prints it") << true << colons << QStringList();
    QTest::newRow("self-signed, pinned as plain hex") << true << hex << QStringList();
    QTest::newRow("self-signed, wrong pin: refused")
        << true << wrong
        << QStringList{QStringLiteral("repository \"net\""), QStringLiteral("TLS"),
                       QStringLiteral("is not the pinned one"), hex, wrong};
}

void TestTls::syncsOnlyWithAVerifiedOrPinnedServer()
{
    QFETCH(bool, tls);
    QFETCH(QString, pin);
    QFETCH(QStringList, errorMentions);
    serve(tls);
    QJsonObject settings{{QStringLiteral("timeout_ms"), 5000}}; // handshakes on a busy machine
    if (!pin.isEmpty())
        settings.insert(QStringLiteral("pin"), pin);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), settings);
    QCOMPARE(m_server->serviceUrl().scheme(), tls ? QStringLiteral("https") : QStringLiteral("http"));
    const auto report = run.sync();
    if (errorMentions.isEmpty()) {
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(run.count("SELECT count(*) FROM communications"), 5);
        return;
    }
    QVERIFY(!report.ok());
    for (const QString &mention : errorMentions)
        QVERIFY2(report.error.contains(mention, Qt::CaseInsensitive), qPrintable(report.error));
    // The handshake failed before any request: no password went to the untrusted server.
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 0);
    QVERIFY(run.count("SELECT offline_since IS NOT NULL FROM repositories"));
    QVERIFY(run.writer.queryText("SELECT last_error FROM repositories").contains(QStringLiteral("TLS")));
}

// With the test certificate trusted as if a certificate authority had issued it, the sync
// works without a pin; a pin for another certificate still refuses it.
void TestTls::aPinAcceptsNoOtherCertificateEvenATrustedOne()
{
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(fakeserver::FakeHttpServer::tlsCertificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&original] { QSslConfiguration::setDefaultConfiguration(original); });

    serve(true);
    {
        NetRun trusted(QStringLiteral("cmis"), m_server->serviceUrl(), {{QStringLiteral("timeout_ms"), 5000}});
        const auto report = trusted.sync();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(trusted.count("SELECT count(*) FROM communications"), 5);
    }
    const int before = m_server->requestCount();
    NetRun pinned(QStringLiteral("cmis"), m_server->serviceUrl(),
                  {{QStringLiteral("timeout_ms"), 5000}, {QStringLiteral("pin"), QString(64, QLatin1Char('a'))}});
    const auto report = pinned.sync();
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QStringLiteral("is not the pinned one")), qPrintable(report.error));
    QCOMPARE(m_server->requestCount(), before);
    QCOMPARE(pinned.count("SELECT count(*) FROM communications"), 0);
}

void TestTls::aRefusedCertificateIsNotRetried_data()
{
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<QString>("errorMentions");
    QTest::newRow("self-signed, not pinned") << QByteArray() << QStringLiteral("is not trusted");
    QTest::newRow("self-signed, wrong pin") << QByteArray(64, 'a') << QStringLiteral("is not the pinned one");
}

// Another attempt meets the same certificate: one handshake, and the refusal is the error,
// not "gave up after N attempts" after the backoff has made the user wait for nothing.
void TestTls::aRefusedCertificateIsNotRetried()
{
    QFETCH(QByteArray, pin);
    QFETCH(QString, errorMentions);
    serve(true);
    sync::HttpOptions options = NetRun::fastHttp();
    options.timeoutMs = 5000; // handshakes on a busy machine
    options.pinnedSha256 = pin;
    sync::HttpSession session(QStringLiteral("net"), options);
    sync::HttpRequest request;
    request.url = m_server->serviceUrl();
    try {
        session.send(request);
        QFAIL("the refused server answered");
    } catch (const sync::ConnectorError &e) {
        QVERIFY2(e.message().contains(errorMentions), qPrintable(e.message()));
        QVERIFY2(!e.message().contains(QStringLiteral("attempts")), qPrintable(e.message()));
    }
    QCOMPARE(m_server->handshakeCount(), 1);
    QCOMPARE(m_server->requestCount(), 0);
}

// Document bytes come over the same verified connection (a pinned one here), Range and all.
void TestTls::fetchesDocumentsOverPinnedTls()
{
    serve(true);
    const QByteArray content = QByteArray("%PDF-1.7 ") + QByteArray(100000, 'y');
    m_server->addDocument(QStringLiteral("BIG"), {}, content);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(),
               {{QStringLiteral("timeout_ms"), 5000},
                {QStringLiteral("pin"), colonFingerprint(fakeserver::FakeHttpServer::tlsCertificate())}});
    QVERIFY(run.sync().ok());
    const QString sha = run.writer.queryText("SELECT rendition_sha256 FROM communications WHERE id = 'BIG'");
    m_server->failRequest(m_server->requestCount() + 1, fakeserver::Fault::of(fakeserver::Fault::DropMidBody));
    auto connector = run.connector();
    QCOMPARE(connector->fetchDocument({QStringLiteral("BIG"), QStringLiteral("BIG"), sha, content.size()}), sha);
    QCOMPARE(*run.folder.contentStore().read(sha), content);
    QVERIFY(m_server->requests().last().headers.value("range").startsWith("bytes="));
}

// Connections are kept open for reuse, and a reused connection is not verified again: one
// opened under repository A's pin must not carry a request of repository B, which has no pin
// for that server. Both fetch on this thread, so both would share its connection.
void TestTls::aConnectionMadeUnderAPinServesNoOtherRepository()
{
    serve(true);
    const QSslCertificate certificate = fakeserver::FakeHttpServer::tlsCertificate();
    NetRun pinned(QStringLiteral("cmis"), m_server->serviceUrl(),
                  {{QStringLiteral("timeout_ms"), 5000}, {QStringLiteral("pin"), colonFingerprint(certificate)}});
    QVERIFY(pinned.sync().ok());
    const QString sha = pinned.writer.queryText("SELECT rendition_sha256 FROM communications WHERE id = 'T1'");
    QVERIFY(!pinned.connector()->fetchDocument({QStringLiteral("T1"), QStringLiteral("T1"), sha, 0}).isEmpty());

    NetRun unpinned(QStringLiteral("cmis"), m_server->serviceUrl(), {{QStringLiteral("timeout_ms"), 5000}});
    const int before = m_server->requestCount();
    try {
        unpinned.connector()->fetchDocument({QStringLiteral("T2"), QStringLiteral("T2"), QString(), 0});
        QFAIL("a request went over a connection verified only under another repository's pin");
    } catch (const sync::ConnectorError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("not trusted")), qPrintable(e.message()));
    }
    QCOMPARE(m_server->requestCount(), before);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
