#pragma once

#include "httpoptions.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <atomic>

class QIODevice;

namespace proofdesk::sync {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QIODevice *sink = nullptr; // when set, a 200/206 body streams here instead of into memory
    // False for a request that must not be sent twice blindly (a POST that creates
    // something): nothing below its caller resends it. HttpSession returns every answer
    // (429 and 503 included) and throws on a lost one; HttpClient keeps Qt's network layer
    // from resending it on its own (OneShotBody). The caller looks before it resends.
    bool idempotent = true;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    // "GET /path": how messages name a request. Never the query: it may carry a secret.
    QString label() const;
};

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error; // transport problem: refused, timed out, TLS, dropped
    bool timedOut = false;
    // The server's certificate was refused (not trusted, not the pinned one): a retry would
    // meet the same certificate, so none is made.
    bool certificateRefused = false;
    bool cancelled = false; // the cancel flag was set while waiting: the reply was aborted
    qint64 bodyBytes = 0;   // bytes received (when streamed to a sink: bytes it took)
    // The sink refused bytes (a full disk): the reply was aborted there and `error` has the
    // sink's errorString(). Not the server's doing, so nothing is retried.
    bool sinkFailed = false;

    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300 && error.isEmpty(); }
};

// One HTTP exchange, synchronous: a local QEventLoop waits for the reply, with an
// inactivity timeout. Uses one QNetworkAccessManager per thread (QThreadStorage), because
// the sync engine calls connectors from pool threads and a QNAM must only be used from
// the thread it lives in; connections are reused between calls on the same thread.
// TLS is verified; a certificate error is forgiven only when the peer certificate's
// SHA-256 equals the pinned fingerprint, and with a pin set no other certificate is
// accepted, even one the system trusts. Connections are reused only among requests with
// the same pin. With a cancel flag, a request in flight is aborted soon after it is set.
class HttpClient
{
public:
    explicit HttpClient(HttpOptions options);

    HttpResponse execute(const HttpRequest &request) const;
    const HttpOptions &options() const { return m_options; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; } // not owned

private:
    HttpOptions m_options;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace proofdesk::sync
