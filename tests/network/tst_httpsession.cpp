// HttpSession's patience and where it ends: Retry-After in seconds and as an HTTP date, and
// Cancel cutting short a backoff, a request in flight, or a download's wait between attempts.
// Over real HTTP against a fake server on 127.0.0.1.
#include "cache/contentstore.h"
#include "fakehttpserver.h"
#include "sync/http/documentdownload.h"
#include "sync/http/httpsession.h"
#include "tempdatafolder.h"

#include <QElapsedTimer>
#include <QtTest>
#include <thread>
#include <time.h>

using namespace proofdesk::sync;
using fakeserver::Fault;

namespace {

// Answers every request with a document large enough that a connection dropped mid-body
// has already delivered some of it.
class PlainServer : public fakeserver::FakeHttpServer
{
protected:
    fakeserver::Response handle(const fakeserver::Request &) override
    {
        fakeserver::Response r;
        r.body = QByteArray(64 * 1024, 'd');
        r.contentType = "application/octet-stream";
        return r;
    }
};

// As servers send it: IMF-fixdate, always GMT, English names whatever the locale.
QByteArray imfFixdate(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

// Sets the flag after `ms` from another thread, as Cancel does from the GUI thread.
class CancelLater
{
public:
    CancelLater(std::atomic_bool &flag, int ms)
        : m_thread([&flag, ms] {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            flag = true;
        })
    {}
    ~CancelLater() { m_thread.join(); }

private:
    std::thread m_thread;
};

// A sink on a disk with no room left: every write fails, as write(2) does with ENOSPC.
class FullDiskSink : public QIODevice
{
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("No space left on device"));
        return -1;
    }
};

constexpr int kCancelAfterMs = 300;
constexpr int kCancelWithinMs = 1000; // how long after the flag is set the call may still run

} // namespace

class TestHttpSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_server.reset(); }
    void readsRetryAfter_data();
    void readsRetryAfter();
    void honoursARetryAfterDate();
    void cancelEndsALongRetryAfterWait();
    void cancelAbortsARequestInFlight();
    void cancelEndsADownloadsWaitBetweenAttempts();
    void aLostAnswerIsResentOnlyWhenIdempotent_data();
    void aLostAnswerIsResentOnlyWhenIdempotent();
    void aSinkThatCannotBeWrittenEndsTheRequest();

private:
    // Patience of a real server's scale, so that only Cancel can end the waits early.
    static HttpOptions patientHttp();
    std::unique_ptr<PlainServer> m_server;
};

void TestHttpSession::initTestCase()
{
    // A zone with daylight saving time: an HTTP date must be read as UTC, never as local
    // time, where the hour the clocks skip does not exist.
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestHttpSession::init()
{
    m_server = std::make_unique<PlainServer>();
    QVERIFY(m_server->start());
}

HttpOptions TestHttpSession::patientHttp()
{
    HttpOptions o;
    o.timeoutMs = 60000;
    o.maxAttempts = 3;
    o.backoffBaseMs = 60000;
    o.backoffMaxMs = 60000;
    o.maxRetryAfterMs = 300000;
    return o;
}

void TestHttpSession::readsRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: absent or unreadable
    // "Now" in every row: Wednesday 21 October 2026, 07:27:00 UTC.
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("seconds, padded") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("zero seconds") << QByteArray("0") << qint64(0);
    QTest::newRow("negative seconds") << QByteArray("-3") << qint64(-1);
    QTest::newRow("IMF-fixdate, a minute ahead") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << qint64(60000);
    QTest::newRow("IMF-fixdate, a day ago") << QByteArray("Tue, 20 Oct 2026 07:28:00 GMT") << qint64(0);
    QTest::newRow("IMF-fixdate in the hour Berlin's clocks skip")
        << QByteArray("Sun, 29 Mar 2026 02:30:00 GMT") << qint64(0);
    QTest::newRow("IMF-fixdate in another zone") << QByteArray("Wed, 21 Oct 2026 07:28:00 CET") << qint64(-1);
    QTest::newRow("RFC 850, a minute ahead") << QByteArray("Wednesday, 21-Oct-26 07:28:00 GMT") << qint64(60000);
    QTest::newRow("RFC 850, last century") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(0);
    QTest::newRow("asctime, a minute ahead") << QByteArray("Wed Oct 21 07:28:00 2026") << qint64(60000);
    QTest::newRow("asctime, a one-digit day") << QByteArray("Sun Nov  1 07:27:00 2026") << qint64(11) * 86400000;
    QTest::newRow("garbage") << QByteArray("soon, please") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestHttpSession::readsRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 27), Qt::UTC);
    QCOMPARE(HttpSession::retryAfterMs(value, now), expectedMs);
}

// The retry after a 429 waits until the date the server named, not the usual backoff.
void TestHttpSession::honoursARetryAfterDate()
{
    // A whole second two to three seconds ahead: the date has no finer resolution.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QDateTime at = QDateTime::fromMSecsSinceEpoch((nowMs / 1000 + 3) * 1000, Qt::UTC);
    m_server->failRequest(0, Fault::httpStatus(429, imfFixdate(at)));
    HttpOptions options = patientHttp();
    options.backoffBaseMs = 5; // the backoff a date Retry-After that was ignored would fall back to
    options.backoffMaxMs = 20;
    HttpSession session(QStringLiteral("net"), options);
    HttpRequest request;
    request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/busy")));

    QCOMPARE(session.send(request).status, 200);
    const QList<fakeserver::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const qint64 retriedAt = requests.at(1).receivedMs;
    // Both clocks are this machine's; a little slack for the wall clock being adjusted.
    QVERIFY2(retriedAt >= at.toMSecsSinceEpoch() - 50,
             qPrintable(QStringLiteral("retried %1 ms before the date").arg(at.toMSecsSinceEpoch() - retriedAt)));
    QVERIFY2(retriedAt < at.toMSecsSinceEpoch() + 1500,
             qPrintable(QStringLiteral("retried %1 ms after the date").arg(retriedAt - at.toMSecsSinceEpoch())));
}

// A repository busy for two minutes must not keep Cancel waiting for two minutes.
void TestHttpSession::cancelEndsALongRetryAfterWait()
{
    m_server->failRequest(0, Fault::httpStatus(429, 120));
    HttpSession session(QStringLiteral("net"), patientHttp());
    std::atomic_bool cancel{false};
    session.setCancelFlag(&cancel);
    HttpRequest request;
    request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/busy")));

    QElapsedTimer timer;
    timer.start();
    CancelLater later(cancel, kCancelAfterMs);
    try {
        session.send(request);
        QFAIL("the request went on after Cancel");
    } catch (const CancelledError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("repository \"net\": GET /busy: cancelled")),
                 qPrintable(e.message()));
    }
    QVERIFY2(timer.elapsed() < kCancelAfterMs + kCancelWithinMs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->requestCount(), 1); // and no retry after it
}

// A server that never answers holds a request for the whole timeout; Cancel does not wait.
void TestHttpSession::cancelAbortsARequestInFlight()
{
    m_server->failRequest(0, Fault::of(Fault::Hang));
    HttpSession session(QStringLiteral("net"), patientHttp());
    std::atomic_bool cancel{false};
    session.setCancelFlag(&cancel);
    HttpRequest request;
    request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/slow")));

    QElapsedTimer timer;
    timer.start();
    CancelLater later(cancel, kCancelAfterMs);
    QVERIFY_THROWS_EXCEPTION(CancelledError, session.send(request));
    QVERIFY2(timer.elapsed() < kCancelAfterMs + kCancelWithinMs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->requestCount(), 1);
}

// A download broken mid-body waits (backoff) before asking for the rest: Cancel ends that
// wait too, and the bytes received so far stay for the next time.
void TestHttpSession::cancelEndsADownloadsWaitBetweenAttempts()
{
    m_server->setFaultHook([](const fakeserver::Request &) { return Fault::of(Fault::DropMidBody); });
    TempDataFolder data;
    proofdesk::cache::ContentStore store(data.path());
    HttpSession session(QStringLiteral("net"), patientHttp());
    std::atomic_bool cancel{false};
    session.setCancelFlag(&cancel);
    DocumentDownload download(session, store, data.path());

    QElapsedTimer timer;
    timer.start();
    CancelLater later(cancel, kCancelAfterMs);
    try {
        download.fetch(m_server->baseUrl().resolved(QUrl(QStringLiteral("/doc"))),
                       {QStringLiteral("D1"), QStringLiteral("D1"), QString(), 0});
        QFAIL("the download went on after Cancel");
    } catch (const CancelledError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("cancelled")), qPrintable(e.message()));
    }
    QVERIFY2(timer.elapsed() < kCancelAfterMs + kCancelWithinMs, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->requestCount(), 1);
    const QFileInfoList partial = QDir(data.filePath(QStringLiteral("partial"))).entryInfoList(QDir::Files);
    QCOMPARE(partial.size(), 1);
    QVERIFY(partial.first().size() > 0);
}

void TestHttpSession::aLostAnswerIsResentOnlyWhenIdempotent_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("reused");  // a request went over the connection before
    QTest::addColumn<int>("requests"); // the lost one, as the server received it
    QTest::addColumn<bool>("answered");
    // The server acted on the request, then closed the connection before a byte of the answer.
    QTest::newRow("GET: asked again, answered") << QByteArray("GET") << true << false << false << 2 << true;
    // Qt's network layer resent such a POST by itself (a closed keep-alive connection looks
    // the same): a second instance of whatever it started (issue #25). The caller must look
    // before it sends again.
    QTest::newRow("POST: sent once, the caller told") << QByteArray("POST") << false << false << false << 1 << false;
    QTest::newRow("POST on a kept-alive connection") << QByteArray("POST") << false << false << true << 1 << false;
    QTest::newRow("POST over TLS") << QByteArray("POST") << false << true << false << 1 << false;
    QTest::newRow("POST over TLS, kept alive") << QByteArray("POST") << false << true << true << 1 << false;
}

void TestHttpSession::aLostAnswerIsResentOnlyWhenIdempotent()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, idempotent);
    QFETCH(bool, tls);
    QFETCH(bool, reused);
    QFETCH(int, requests);
    QFETCH(bool, answered);
    HttpOptions fast = patientHttp();
    fast.backoffBaseMs = 5;
    fast.backoffMaxMs = 5;
    if (tls) {
        m_server = std::make_unique<PlainServer>();
        QVERIFY2(m_server->enableTls(), "no TLS backend, or tests/support/fakeservers/tls is unreadable");
        QVERIFY(m_server->start());
        fast.pinnedSha256 = fakeserver::FakeHttpServer::tlsCertificate().digest(QCryptographicHash::Sha256).toHex();
    }
    HttpSession session(QStringLiteral("net"), fast);
    if (reused) {
        HttpRequest first;
        first.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/engine")));
        QCOMPARE(session.send(first).status, 200);
    }
    const int before = m_server->requestCount();
    m_server->failRequest(before, Fault::of(Fault::CloseAfterHandling));
    HttpRequest request;
    request.method = method;
    request.idempotent = idempotent;
    request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/start")));
    request.body = R"({"businessKey":"REQ-7"})";
    request.setHeader("Content-Type", "application/json");
    try {
        const HttpResponse r = session.send(request);
        QVERIFY2(answered, "a lost answer to a non-idempotent request was made up for by sending it again");
        QCOMPARE(r.status, 200);
    } catch (const ConnectorError &e) {
        QVERIFY2(!answered, qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("POST /start")), qPrintable(e.message()));
    }
    QCOMPARE(m_server->requestCount() - before, requests);
}

// The body arrives but cannot be written (a full disk): the request ends there, and says so.
// Before, the write's failure was dropped and the answer counted as received in full.
void TestHttpSession::aSinkThatCannotBeWrittenEndsTheRequest()
{
    HttpSession session(QStringLiteral("net"), patientHttp());
    FullDiskSink sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    HttpRequest request;
    request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/doc")));
    request.sink = &sink;
    const HttpResponse r = session.send(request);
    QVERIFY(!r.isSuccess());
    QVERIFY2(r.error.contains(QStringLiteral("No space left on device")), qPrintable(r.error));
    QCOMPARE(r.bodyBytes, 0);              // bytes written, not bytes received
    QCOMPARE(m_server->requestCount(), 1); // a full disk is not helped by asking again
}

QTEST_GUILESS_MAIN(TestHttpSession)
#include "tst_httpsession.moc"
