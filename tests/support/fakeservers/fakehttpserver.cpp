#include "fakehttpserver.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <algorithm>

namespace fakeserver {

namespace {

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::optional<QString> strictPart(QByteArray part)
{
    for (qsizetype i = 0; i < part.size(); ++i)
        if (part.at(i) == '%' && (i + 2 >= part.size() || !isHex(part.at(i + 1)) || !isHex(part.at(i + 2))))
            return std::nullopt;
    part.replace('+', ' ');
    const QByteArray bytes = QByteArray::fromPercentEncoding(part);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

QString valueOf(const QueryItems &items, const QString &key)
{
    for (const auto &[k, v] : items)
        if (k == key)
            return v;
    return QString();
}

QByteArray rawQueryOf(const QByteArray &target)
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

bool isForm(const Request &r)
{
    return r.headers.value("content-type").startsWith("application/x-www-form-urlencoded");
}

} // namespace

std::optional<QueryItems> strictlyDecoded(const QByteArray &encoded)
{
    QueryItems out;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto key = strictPart(eq < 0 ? pair : pair.left(eq));
        const auto value = strictPart(eq < 0 ? QByteArray() : pair.mid(eq + 1));
        if (!key || !value)
            return std::nullopt;
        out.append({*key, *value});
    }
    return out;
}

QueryItems Request::queryItems() const { return strictlyDecoded(rawQueryOf(target)).value_or(QueryItems()); }

QString Request::query(const QString &key) const { return valueOf(queryItems(), key); }

bool Request::hasQuery(const QString &key) const
{
    const QueryItems items = queryItems();
    return std::any_of(items.begin(), items.end(), [&key](const auto &item) { return item.first == key; });
}

QueryItems Request::formItems() const { return strictlyDecoded(body).value_or(QueryItems()); }

QString Request::form(const QString &key) const { return valueOf(formItems(), key); }

QString Request::problem() const
{
    for (const char c : target)
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f || c == '#')
            return QStringLiteral("the request target carries a raw character 0x%1")
                .arg(uchar(c), 2, 16, QLatin1Char('0'));
    if (!strictlyDecoded(rawQueryOf(target)))
        return QStringLiteral("the query is not well-formed percent-encoded UTF-8");
    if (isForm(*this) && !strictlyDecoded(body))
        return QStringLiteral("the form body is not well-formed percent-encoded UTF-8");
    return QString();
}

Response Response::json(const QByteArray &body, int status)
{
    Response r;
    r.status = status;
    r.body = body;
    return r;
}

Response Response::error(int status, const QByteArray &jsonBody) { return json(jsonBody, status); }

FakeHttpServer::FakeHttpServer()
    : m_thread(new QThread)
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("fake http")); // its CPU time is told apart in the benchmark
    m_context->moveToThread(m_thread);
    m_thread->start();
}

FakeHttpServer::~FakeHttpServer()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_server)
                m_server->close();
        },
        Qt::BlockingQueuedConnection);
    m_context->deleteLater(); // with the server and its sockets, on its own thread as it finishes
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QSslCertificate FakeHttpServer::tlsCertificate()
{
    QFile file(QStringLiteral(FAKESERVER_TLS_DIR "/server.crt"));
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(&file, QSsl::Pem) : QSslCertificate();
}

bool FakeHttpServer::enableTls()
{
    QFile keyFile(QStringLiteral(FAKESERVER_TLS_DIR "/server.key"));
    if (!QSslSocket::supportsSsl() || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    const QSslCertificate certificate = tlsCertificate();
    if (key.isNull() || certificate.isNull())
        return false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    m_tls = config;
    return true;
}

bool FakeHttpServer::start()
{
    QMetaObject::invokeMethod(
        m_context, [this] { listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

void FakeHttpServer::listen()
{
    if (m_tls) {
        auto *tls = new QSslServer(m_context);
        tls->setSslConfiguration(*m_tls);
        connect(tls, &QSslServer::startedEncryptionHandshake, tls, [this] { ++m_handshakes; });
        m_server = tls;
    } else {
        m_server = new QTcpServer(m_context);
    }
    if (!m_server->listen(QHostAddress::LocalHost, 0)) // loopback only, any free port
        return;
    m_port = m_server->serverPort();
    const auto accept = [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_connections.insert(socket, ++m_accepted);
            ++m_open;
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                m_buffers.remove(socket);
                {
                    QMutexLocker lock(&m_mutex);
                    m_closed.insert(m_connections.take(socket));
                }
                --m_open;
                socket->deleteLater();
            });
        }
    };
    // A QSslServer queues a connection only when its handshake is done, after newConnection.
    connect(m_server, &QTcpServer::newConnection, m_server, accept);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, m_server, accept);
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
}

QList<Request> FakeHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

bool FakeHttpServer::connectionClosed(int connection) const
{
    QMutexLocker lock(&m_mutex);
    return m_closed.contains(connection);
}

void FakeHttpServer::failRequest(int index, const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.insert(index, fault);
}

void FakeHttpServer::setFaultHook(std::function<Fault(const Request &)> hook)
{
    QMutexLocker lock(&m_mutex);
    m_hook = std::move(hook);
}

void FakeHttpServer::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
    m_hook = {};
}

void FakeHttpServer::holdAnswers(std::function<bool(const Request &)> which)
{
    QMutexLocker lock(&m_mutex);
    m_hold = std::move(which);
}

void FakeHttpServer::releaseHeld()
{
    {
        QMutexLocker lock(&m_mutex);
        m_hold = {};
    }
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            for (const auto &[socket, bytes] : std::exchange(m_held, {}))
                if (socket) // not closed by the client meanwhile
                    socket->write(bytes);
            m_heldCount = 0;
        },
        Qt::BlockingQueuedConnection);
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        request.url = QUrl::fromEncoded(request.target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        request.index = m_count.fetch_add(1);
        request.connection = m_connections.value(socket);
        request.receivedMs = QDateTime::currentMSecsSinceEpoch();
        answer(socket, request);
    }
}

QByteArray FakeHttpServer::serialize(const Response &r, qsizetype bodyBytes)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\nContent-Type: " + r.contentType
                     + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    for (const auto &[name, value] : r.headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + (bodyBytes < 0 ? r.body : r.body.left(bodyBytes));
}

void FakeHttpServer::answer(QTcpSocket *socket, const Request &request)
{
    Fault fault;
    std::function<Fault(const Request &)> hook;
    std::function<bool(const Request &)> hold;
    {
        QMutexLocker lock(&m_mutex);
        m_log << request;
        fault = m_faults.value(request.index);
        hook = m_hook;
        hold = m_hold;
    }
    if (const QString problem = request.problem(); !problem.isEmpty()) {
        const QByteArray message =
            QJsonDocument(QJsonObject{{QStringLiteral("exception"), QStringLiteral("invalidArgument")},
                                      {QStringLiteral("message"), problem},
                                      {QStringLiteral("error"), problem}})
                .toJson(QJsonDocument::Compact);
        socket->write(serialize(Response::error(400, message)));
        return;
    }
    if (fault.kind == Fault::None && hook)
        fault = hook(request);
    switch (fault.kind) {
    case Fault::CloseBeforeAnswer:
        socket->abort();
        return;
    case Fault::Hang:
        return; // the client's timeout has to notice
    case Fault::Status: {
        Response r = Response::error(
            fault.status, R"({"exception":"runtime","message":"injected failure","error":"injected failure"})");
        if (!fault.retryAfter.isEmpty())
            r.headers.append({"Retry-After", fault.retryAfter});
        else if (fault.retryAfterSeconds >= 0)
            r.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSeconds)});
        socket->write(serialize(r));
        return;
    }
    default:
        break;
    }
    Response r = handle(request);
    if (fault.kind == Fault::CloseAfterHandling) {
        socket->disconnectFromHost();
        return;
    }
    if (fault.kind == Fault::Transform && fault.transform)
        r.body = fault.transform(r.body);
    if (fault.kind == Fault::TruncateBody)
        r.body = r.body.left(r.body.size() / 2); // honest length, dishonest content
    if (fault.kind == Fault::DropMidBody) {
        socket->write(serialize(r, r.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (fault.kind == Fault::Delay) {
        QTimer::singleShot(fault.delayMs, socket, [socket, bytes = serialize(r)] { socket->write(bytes); });
        return;
    }
    if (hold && hold(request)) {
        m_held.append({socket, serialize(r)});
        ++m_heldCount;
        return;
    }
    socket->write(serialize(r));
}

} // namespace fakeserver
