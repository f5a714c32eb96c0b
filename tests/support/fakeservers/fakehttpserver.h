#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>
#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QThread;

namespace fakeserver {

// A request's query and form body are decoded as a strict server decodes them (a Java
// servlet container, Rack, Flask): `&` separates items, the first `=` key from value, `+` is a
// space, %XX a byte, and the bytes are UTF-8. A `%` not followed by two hex digits, bytes that
// are not UTF-8, or a character no request line may carry raw (a space, `#`, anything outside
// ASCII) make the request malformed: the server answers 400 without handling it. So a client
// that sends a value's `+`, `%`, `&`, `#` or `=` unencoded is caught by every fake server.
using QueryItems = QList<QPair<QString, QString>>;
std::optional<QueryItems> strictlyDecoded(const QByteArray &encoded);

struct Request
{
    int index = 0;      // 0-based count of requests this server received
    int connection = 0; // which connection it came on (1-based, in the order they were accepted)
    QByteArray method;
    QUrl url;                              // path and query, as sent
    QByteArray target;                     // the request line's target, byte for byte
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    qint64 receivedMs = 0; // when it was read (epoch ms): tests see which requests overlapped

    QString path() const { return url.path(QUrl::FullyDecoded); }
    // The query's items, strictly decoded (empty when malformed: see problem()).
    QueryItems queryItems() const;
    QString query(const QString &key) const;
    bool hasQuery(const QString &key) const;
    QString form(const QString &key) const; // application/x-www-form-urlencoded body
    QueryItems formItems() const;
    // Why a strict server refuses the request as malformed; empty when it does not.
    QString problem() const;
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(const QByteArray &body, int status = 200);
    static Response error(int status, const QByteArray &jsonBody);
};

// What to do to one answer instead of (or to) the real one.
struct Fault
{
    // CloseAfterHandling: the request takes effect (a POST starts what it starts), then the
    // connection closes before a byte of the answer: a lost answer the client cannot tell
    // from CloseBeforeAnswer, and must not resend blindly.
    enum Kind {
        None,
        Status,
        CloseBeforeAnswer,
        DropMidBody,
        Hang,
        Delay,
        TruncateBody,
        Transform,
        CloseAfterHandling
    };
    Kind kind = None;
    int status = 500;
    int retryAfterSeconds = -1;                              // with Status 429/503: the Retry-After header
    int delayMs = 0;                                         // Delay: answer normally after this long
    std::function<QByteArray(const QByteArray &)> transform; // Transform: rewrite the body
    QByteArray retryAfter; // with Status: this Retry-After as is (an HTTP date), not seconds

    static Fault httpStatus(int status, int retryAfter = -1) { return {Status, status, retryAfter, 0, {}, {}}; }
    static Fault httpStatus(int status, const QByteArray &retryAfter)
    {
        return {Status, status, -1, 0, {}, retryAfter};
    }
    static Fault of(Kind kind)
    {
        Fault f;
        f.kind = kind;
        return f;
    }
    static Fault delay(int ms)
    {
        Fault f = of(Delay);
        f.delayMs = ms;
        return f;
    }
};

// A real HTTP/1.1 server on 127.0.0.1 (only), on its own thread, so that a connector
// blocking the test's thread still gets answers. Subclasses serve an in-memory repository;
// tests change that repository and inject faults per request number or per request.
// enableTls() before start() makes it HTTPS with the self-signed test certificate of
// tests/support/fakeservers/tls (QSslServer: a connection is served once its handshake is
// done, so a client that refuses the certificate never gets to send a request).
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    FakeHttpServer();
    ~FakeHttpServer() override;

    // HTTPS from start() on; false when this build's Qt has no TLS backend or the test
    // certificate cannot be read.
    bool enableTls();
    // The certificate enableTls() serves (to compute the fingerprint a test pins).
    static QSslCertificate tlsCertificate();

    bool start();
    QUrl baseUrl() const;
    int requestCount() const { return m_count.load(); }
    // TLS handshakes begun: a client that refuses the certificate sends no request, so its
    // attempts are counted here.
    int handshakeCount() const { return m_handshakes.load(); }
    QList<Request> requests() const;
    // Connections the client has open now, and whether one (Request::connection) was closed:
    // a client that aborts a request in flight closes its connection.
    int openConnections() const { return m_open.load(); }
    bool connectionClosed(int connection) const;

    // The request with this index (0-based) gets the fault; others are answered normally.
    void failRequest(int index, const Fault &fault);
    // Consulted for every request (after failRequest): return a Fault of kind None to pass.
    void setFaultHook(std::function<Fault(const Request &)> hook);
    // Every answer `ms` later (a fault hook; 0 leaves the hook as it is): a distant server.
    void setLatency(int ms)
    {
        if (ms > 0)
            setFaultHook([slow = Fault::delay(ms)](const Request &) { return slow; });
    }
    void clearFaults();
    // Answers to the requests `which` picks are kept back (those a fault leaves to be answered
    // normally) until releaseHeld(), which sends them and answers every later one at once:
    // heldAnswers() is then how many of them the client has in flight together.
    void holdAnswers(std::function<bool(const Request &)> which);
    int heldAnswers() const { return m_heldCount.load(); }
    void releaseHeld();

protected:
    // Called on the server thread; subclasses guard their data with m_mutex.
    virtual Response handle(const Request &request) = 0;
    mutable QMutex m_mutex;

private:
    void listen();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);
    static QByteArray serialize(const Response &response, qsizetype bodyBytes = -1);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;   // lives on m_thread; owns the server and its sockets
    QTcpServer *m_server = nullptr; // a QSslServer with TLS; made on m_thread by listen()
    std::optional<QSslConfiguration> m_tls;
    quint16 m_port = 0;
    std::atomic_int m_count{0};
    std::atomic_int m_handshakes{0};
    QHash<int, Fault> m_faults;
    std::function<Fault(const Request &)> m_hook;
    QList<Request> m_log;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, int> m_connections; // the number of each open connection
    std::atomic_int m_accepted{0};
    std::atomic_int m_open{0};
    QSet<int> m_closed;                                    // guarded by m_mutex
    std::function<bool(const Request &)> m_hold;           // guarded by m_mutex
    QList<QPair<QPointer<QTcpSocket>, QByteArray>> m_held; // on m_thread only
    std::atomic_int m_heldCount{0};
};

} // namespace fakeserver
