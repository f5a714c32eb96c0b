// HttpSession's patience and where it ends: Retry-After in seconds and as an HTTP date, and
// Cancel cutting short a backoff, a request in flight, or a download's wait between attempts.
// Over real HTTP against a fake server on 127.0.0.1.
#include "cache/contentstore.h"
#include "fakehttpserver.h"
#include "sync/http/documentdownload.h"
#include "sync/http/httpsession.h"
#include "tempdatafolder.h"

#include <QMutex>
#include <QRegularExpression>
#include <QTest>
#include <atomic>
#include <future>
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

// What the network code logs (proofdesk.sync.*) while this lives: the lines that say a wait
// begins ("retry 1 in 240000 ms"), so that a test presses Cancel during the wait, not before.
class SyncLog
{
public:
    SyncLog()
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&SyncLog::handle);
    }
    ~SyncLog()
    {
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
    }
    // The first line that matches, empty while none has.
    QString find(const QRegularExpression &pattern) const
    {
        const QMutexLocker lock(&m_lock);
        for (const QString &line : m_lines)
            if (pattern.match(line).hasMatch())
                return line;
        return QString();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        SyncLog *self = s_self;
        if (!self)
            return;
        if (QByteArray(context.category).startsWith("proofdesk.sync")) {
            const QMutexLocker lock(&self->m_lock);
            self->m_lines << message;
        }
        if (self->m_previous)
            self->m_previous(type, context, message);
    }

    static inline std::atomic<SyncLog *> s_self{nullptr};
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_lock;
    QStringList m_lines;
};

// Sets the flag from another thread, as Cancel does from the GUI thread, as soon as `due`
// says the code is where Cancel is to find it (in a wait, or with a request in flight).
class CancelWhen
{
public:
    CancelWhen(std::atomic_bool &flag, std::function<bool()> due)
        : m_thread([this, &flag, due = std::move(due)] {
            while (!m_stop && !due())
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            flag = true;
        })
    {}
    ~CancelWhen()
    {
        m_stop = true;
        m_thread.join();
    }

private:
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

// Every wait these tests cancel lasts minutes (patientHttp): a call that ended within this,
// however loaded the machine, was ended by Cancel.
constexpr auto kCancelledWithin = std::chrono::seconds(60);

// `call` on a thread of its own; true when it ended within kCancelledWithin (what it threw is
// in `ended`, for get()).
bool endsSoon(std::future<void> &ended, std::function<void()> call)
{
    ended = std::async(std::launch::async, std::move(call));
    return ended.wait_for(kCancelledWithin) == std::future_status::ready;
}

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
    // Patience of ten minutes, so that only Cancel can end the waits within kCancelledWithin.
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
    o.timeoutMs = 600000;
    o.maxAttempts = 3;
    o.backoffBaseMs = 600000; // at least five minutes, with the jitter
    o.backoffMaxMs = 600000;
    o.maxRetryAfterMs = 600000;
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

// The retry after a 429 waits until the date the server named, not the usual backoff: the
// retry comes no earlier than the date, and the wait the session took was the time left to it.
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

    SyncLog log;
    QCOMPARE(session.send(request).status, 200);
    const QList<fakeserver::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const qint64 retriedAt = requests.at(1).receivedMs;
    // Both clocks are this machine's; a little slack for the wall clock being adjusted.
    QVERIFY2(retriedAt >= at.toMSecsSinceEpoch() - 50,
             qPrintable(QStringLiteral("retried %1 ms before the date").arg(at.toMSecsSinceEpoch() - retriedAt)));
    // The wait was until the date from when the answer came (after nowMs): no more.
    const QRegularExpression retry(QStringLiteral("retry 1 in (\\d+) ms"));
    const QRegularExpressionMatch waited = retry.match(log.find(retry));
    QVERIFY(waited.hasMatch());
    QVERIFY2(waited.captured(1).toLongLong() <= at.toMSecsSinceEpoch() - nowMs, qPrintable(waited.captured(0)));
}

// A repository busy for four minutes must not keep Cancel waiting for four minutes: Cancel,
// pressed while the session waits for the date, ends the wait.
void TestHttpSession::cancelEndsALongRetryAfterWait()
{
    m_server->failRequest(0, Fault::httpStatus(429, 240));
    HttpSession session(QStringLiteral("net"), patientHttp());
    std::atomic_bool cancel{false};
    session.setCancelFlag(&cancel);
    HttpRequest request;
    request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/busy")));

    SyncLog log;
    const QRegularExpression waits(QStringLiteral("retry 1 in 240000 ms"));
    CancelWhen pressed(cancel, [&log, &waits] { return !log.find(waits).isEmpty(); });
    std::future<void> sent;
    QVERIFY2(endsSoon(sent, [&] { session.send(request); }), "the wait went on after Cancel");
    try {
        sent.get();
        QFAIL("the request went on after Cancel");
    } catch (const CancelledError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("repository \"net\": GET /busy: cancelled")),
                 qPrintable(e.message()));
    }
    QCOMPARE(m_server->requestCount(), 1); // and no retry after it
}

// A server that never answers holds a request for the whole timeout (ten minutes here);
// Cancel, pressed once the server has the request, does not wait for it.
void TestHttpSession::cancelAbortsARequestInFlight()
{
    m_server->failRequest(0, Fault::of(Fault::Hang));
    HttpSession session(QStringLiteral("net"), patientHttp());
    std::atomic_bool cancel{false};
    session.setCancelFlag(&cancel);
    HttpRequest request;
    request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/slow")));

    CancelWhen pressed(cancel, [this] { return m_server->requestCount() > 0; });
    std::future<void> sent;
    QVERIFY2(endsSoon(sent, [&] { session.send(request); }), "the request went on after Cancel");
    QVERIFY_THROWS_EXCEPTION(CancelledError, sent.get());
    QCOMPARE(m_server->requestCount(), 1);
}

// A download broken mid-body waits (backoff, five minutes or more here) before asking for the
// rest: Cancel, pressed in that wait, ends it too, and the bytes received so far stay for the
// next time.
void TestHttpSession::cancelEndsADownloadsWaitBetweenAttempts()
{
    m_server->setFaultHook([](const fakeserver::Request &) { return Fault::of(Fault::DropMidBody); });
    TempDataFolder data;
    proofdesk::cache::ContentStore store(data.path());
    HttpSession session(QStringLiteral("net"), patientHttp());
    std::atomic_bool cancel{false};
    session.setCancelFlag(&cancel);
    DocumentDownload download(session, store, data.path());

    SyncLog log;
    const QRegularExpression waits(QStringLiteral("D1.* stopped short: attempt 2 in"));
    CancelWhen pressed(cancel, [&log, &waits] { return !log.find(waits).isEmpty(); });
    std::future<void> fetched;
    QVERIFY2(endsSoon(fetched,
                      [&] {
                          download.fetch(m_server->baseUrl().resolved(QUrl(QStringLiteral("/doc"))),
                                         {QStringLiteral("D1"), QStringLiteral("D1"), QString(), 0});
                      }),
             "the download went on after Cancel");
    try {
        fetched.get();
        QFAIL("the download went on after Cancel");
    } catch (const CancelledError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("cancelled")), qPrintable(e.message()));
    }
    // The download's own second attempt would ask for the rest (a Range header). Qt itself
    // may send the first GET twice when the close reaches it before it has noted the request
    // as written (it takes that for a stale keep-alive connection): that is not a retry of ours.
    const QList<fakeserver::Request> sent = m_server->requests();
    QVERIFY(!sent.isEmpty());
    for (const fakeserver::Request &r : sent)
        QVERIFY2(!r.headers.contains("range"), "the download asked for the rest after Cancel");
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
