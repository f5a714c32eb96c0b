#include "httpclient.h"

#include "cancellablesleep.h"
#include "oneshotbody.h"
#include "proxychoice.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileDevice>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QThread>
#include <QThreadStorage>
#include <QTimer>

namespace proofdesk::sync {

namespace {

// One manager per thread and per pinned certificate. A manager keeps connections (and
// TLS sessions) open for reuse, and a reused connection is not verified again: one
// shared by repositories with different pins would let a request through to a server
// that only another repository's pin accepted. Deleted by Qt when the thread ends.
struct ThreadManagers
{
    QHash<QByteArray, QNetworkAccessManager *> byPin;
    ~ThreadManagers() { qDeleteAll(byPin); }
};

QThreadStorage<ThreadManagers *> &managers()
{
    static QThreadStorage<ThreadManagers *> storage;
    return storage;
}

// The main thread's managers go while the application still exists. Qt ends the main thread's
// storage only after QCoreApplication is gone, and a manager's own network thread may still be
// delivering an event then (a kept connection's timer): with the application already null,
// that delivery crashed at exit (tst_aspacesearch under ASan, a SEGV in notifyInternal2).
// Post routines run first thing in ~QCoreApplication, before it clears itself.
void deleteMainThreadManagers()
{
    if (managers().hasLocalData())
        managers().setLocalData(nullptr); // deletes them: each manager stops its thread
}

QNetworkAccessManager &threadManager(const QByteArray &pin)
{
    QThreadStorage<ThreadManagers *> &storage = managers();
    if (!storage.hasLocalData()) {
        storage.setLocalData(new ThreadManagers);
        const QCoreApplication *app = QCoreApplication::instance();
        if (app && QThread::currentThread() == app->thread())
            qAddPostRoutine(deleteMainThreadManagers);
    }
    QNetworkAccessManager *&nam = storage.localData()->byPin[pin];
    if (!nam) {
        nam = new QNetworkAccessManager;
        nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        nam->setProxyFactory(new ProxyChoice); // per request; the manager takes it
    }
    return *nam;
}

QNetworkRequest toNetworkRequest(const HttpRequest &request)
{
    QNetworkRequest r(request.url);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    r.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    return r;
}

// Why a handshake was refused, when it was.
struct TlsProblem
{
    QString text;
    bool lasting = false; // about the certificate itself: a retry is shown the same one
};

// Every error about the certificate the server presents lasts: expired, self-signed,
// untrusted, for another host. Only an OCSP responder's trouble may pass, and an error that
// names no cause is given the benefit of the doubt.
bool isLastingTrustFailure(QSslError::SslError error)
{
    switch (error) {
    case QSslError::NoError:
    case QSslError::UnspecifiedError:
    case QSslError::OcspNoResponseFound:
    case QSslError::OcspInternalError:
    case QSslError::OcspTryLater:
        return false;
    default:
        return true;
    }
}

QString notPinnedText(const QByteArray &digest, const QByteArray &pin)
{
    return QStringLiteral("TLS: the server's certificate (SHA-256 %1) is not the pinned one (%2); "
                          "the connection was refused")
        .arg(QString::fromLatin1(digest), QString::fromLatin1(pin));
}

// Forgives certificate errors only for the pinned certificate; remembers why otherwise.
void checkPin(QNetworkReply *reply, const QList<QSslError> &errors, const QByteArray &pin, TlsProblem *why)
{
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const QByteArray digest = peer.digest(QCryptographicHash::Sha256).toHex();
    if (!pin.isEmpty() && !peer.isNull() && digest == pin) {
        reply->ignoreSslErrors(errors);
        return;
    }
    QStringList texts;
    bool lasting = !pin.isEmpty(); // a pin accepts one certificate: this one never will be
    for (const QSslError &e : errors) {
        texts << e.errorString();
        lasting = lasting || isLastingTrustFailure(e.error());
    }
    why->lasting = lasting;
    why->text = pin.isEmpty() ? QStringLiteral("TLS: the server's certificate is not trusted (%1); its SHA-256 "
                                               "fingerprint is %2 — pin it in the repository's settings if "
                                               "you trust it")
                                    .arg(texts.join(QStringLiteral("; ")), QString::fromLatin1(digest))
                              : notPinnedText(digest, pin);
}

// A pin means "this certificate and no other": a certificate the system trusts but that is
// not the pinned one is refused too (no sslErrors are raised for it, so this is checked
// once the handshake is done, before any request goes out on the connection).
void enforcePin(QNetworkReply *reply, const QByteArray &pin, TlsProblem *why)
{
    if (pin.isEmpty())
        return;
    const QByteArray digest = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256).toHex();
    if (digest != pin) {
        why->text = notPinnedText(digest, pin);
        why->lasting = true;
        reply->abort();
    }
}

// A 200 answer to a ranged request is the whole body: drop the partial bytes first.
void restartSink(const HttpRequest &request)
{
    if (request.header("Range").isEmpty())
        return;
    if (auto *file = qobject_cast<QFileDevice *>(request.sink)) {
        file->resize(0);
        file->seek(0);
    }
}

// Qt resends a request by itself when its connection closes before a byte of the answer
// (it takes that for a keep-alive connection the server had closed), and no attribute
// turns that off; it rewinds the body first. A non-idempotent request's body cannot be
// rewound once read, so Qt gives up with an error instead, and the caller asks whether
// the first attempt took effect before sending again (issue #25: a second process
// instance). QBuffer is not used there: Qt reads a QBuffer's bytes directly and rewinds
// it whatever it says.
class UploadBody
{
public:
    explicit UploadBody(const HttpRequest &request)
        : m_oneShot(request.body)
    {
        if (request.idempotent) {
            m_rewindable.setData(request.body);
            m_device = &m_rewindable;
        }
        m_device->open(QIODevice::ReadOnly);
    }
    QIODevice *device() const { return m_device; }

private:
    QBuffer m_rewindable;
    OneShotBody m_oneShot;
    QIODevice *m_device = &m_oneShot;
};

// Streams a 200/206 answer into the request's sink as it arrives.
struct SinkFeed
{
    const HttpRequest &request;
    HttpResponse &response;
    QNetworkReply *reply;

    // A write the sink refuses (ENOSPC) ends the reply: a short file must never pass for the
    // whole document and be hashed into a false fixity failure.
    void write(const QByteArray &chunk)
    {
        if (chunk.isEmpty() || response.sinkFailed)
            return;
        if (request.sink->write(chunk) != chunk.size()) {
            response.sinkFailed = true;
            reply->abort();
            return;
        }
        response.bodyBytes += chunk.size();
    }

    // What has arrived so far, while the reply runs.
    void takeArrived()
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (request.sink && (status == 200 || status == 206) && !response.sinkFailed) {
            if (status == 200 && response.bodyBytes == 0)
                restartSink(request); // the server ignored our Range: it sends everything
            write(reply->readAll());
        }
    }
};

// Runs a local event loop until the reply finishes: aborted after timeoutMs without a byte
// either way, or soon after the cancel flag is set; a certificate is checked against the pin.
void waitForReply(QNetworkReply *reply, const HttpOptions &options, const std::atomic_bool *cancel, SinkFeed &sink,
                  TlsProblem *tlsProblem)
{
    HttpResponse &response = sink.response;
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(options.timeoutMs);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        response.timedOut = true;
        reply->abort();
    });
    // The flag cannot wake the loop (see cancellablesleep.h): it is looked at while waiting.
    QTimer cancelWatch;
    cancelWatch.setInterval(kCancelPollMs);
    QObject::connect(&cancelWatch, &QTimer::timeout, &loop, [&] {
        if (cancel->load()) {
            response.cancelled = true;
            reply->abort();
        }
    });
    if (cancel)
        cancelWatch.start();
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        checkPin(reply, errors, options.pinnedSha256, tlsProblem);
    });
    QObject::connect(reply, &QNetworkReply::encrypted, &loop,
                     [&] { enforcePin(reply, options.pinnedSha256, tlsProblem); });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        idle.start(); // an answer that keeps coming is not a timeout
        sink.takeArrived();
    });
    QObject::connect(reply, &QNetworkReply::uploadProgress, &idle, qOverload<>(&QTimer::start));
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

// The status, the headers and the rest of the body of a finished reply.
void readAnswer(QNetworkReply *reply, SinkFeed &sink)
{
    HttpResponse &response = sink.response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray(); // not after abort()
    if (sink.request.sink && (response.status == 200 || response.status == 206)) {
        if (response.status == 200 && response.bodyBytes == 0 && !response.sinkFailed)
            restartSink(sink.request);
        sink.write(rest);
    } else {
        response.body = rest;
        response.bodyBytes = rest.size();
    }
}

// Whether a reply that finished without an error brought fewer bytes than its Content-Length.
// Qt usually reports a connection closed mid-body (RemoteHostClosedError), but not always: when
// the close arrives with the last bytes, the reply can finish as if complete, and a truncated
// answer would be read as a whole one (tst_cmisconnector's "dropped mid-body" met it in a CI run:
// 5,860 bytes parsed as the whole answer). A body Qt decompressed is not compared: its length is
// not the one sent.
bool fewerBytesThanSaid(QNetworkReply *reply, const HttpRequest &request, const HttpResponse &response)
{
    if (request.method == "HEAD" || response.status == 204 || response.status == 304 || response.sinkFailed
        || !reply->rawHeader("Content-Encoding").isEmpty())
        return false;
    bool known = false;
    const qint64 said = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    return known && response.bodyBytes < said;
}

// Sets response.error when the exchange failed below HTTP; an HTTP error status is no error
// here (the caller reads the status).
void describeFailure(QNetworkReply *reply, const HttpRequest &request, int timeoutMs, const TlsProblem &tlsProblem,
                     HttpResponse &response)
{
    const auto error = reply->error();
    if (response.sinkFailed) {
        response.error = QStringLiteral("the answer could not be written: %1").arg(request.sink->errorString());
    } else if (response.cancelled) {
        response.error = QStringLiteral("cancelled");
    } else if (response.timedOut) {
        response.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    } else if (!tlsProblem.text.isEmpty()) {
        response.error = tlsProblem.text;
        response.certificateRefused = tlsProblem.lasting;
    } else if (error != QNetworkReply::NoError
               && (response.status == 0 || error < QNetworkReply::ContentAccessDenied)) {
        response.error = reply->errorString(); // transport, not an HTTP status
    }
    if (!response.error.isEmpty() && error == QNetworkReply::RemoteHostClosedError && response.status)
        response.error = QStringLiteral("the connection closed in the middle of the answer");
    if (response.error.isEmpty() && response.status && fewerBytesThanSaid(reply, request, response))
        response.error = QStringLiteral("the connection closed in the middle of the answer (%1 of %2 bytes)")
                             .arg(response.bodyBytes)
                             .arg(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QString HttpRequest::label() const
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + url.path(QUrl::FullyEncoded);
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

HttpClient::HttpClient(HttpOptions options)
    : m_options(std::move(options))
{}

HttpResponse HttpClient::execute(const HttpRequest &request) const
{
    HttpResponse response;
    if (m_cancel && m_cancel->load()) {
        response.cancelled = true;
        response.error = QStringLiteral("cancelled");
        return response;
    }
    QNetworkAccessManager &nam = threadManager(m_options.pinnedSha256);
    UploadBody upload(request);
    QNetworkReply *reply = nam.sendCustomRequest(toNetworkRequest(request), request.method, upload.device());
    TlsProblem tlsProblem;
    SinkFeed sink{request, response, reply};
    waitForReply(reply, m_options, m_cancel, sink, &tlsProblem);
    readAnswer(reply, sink);
    describeFailure(reply, request, m_options.timeoutMs, tlsProblem, response);
    delete reply; // no event loop may run on a pool thread to honour deleteLater
    return response;
}

} // namespace proofdesk::sync
