#pragma once

#include "httpauth.h"
#include "httpclient.h"
#include "sync/repositoryconnector.h"

#include <QDateTime>
#include <QJsonDocument>
#include <atomic>

namespace proofdesk::sync {

// A request given up because its session's cancel flag was set (the user pressed Cancel,
// the application is quitting): not the repository's fault, and not worth a retry.
class CancelledError : public ConnectorError
{
public:
    using ConnectorError::ConnectorError;
};

// A connector's conversation with one repository: every request goes out with the
// repository's authentication, retries what can be retried (Retry-After on 429/503,
// exponential backoff with jitter for timeouts, dropped connections and 5xx, within
// options().maxAttempts) except a non-idempotent request (HttpRequest::idempotent), logs in
// again once when the session expired, and turns what is left into a ConnectorError naming
// the repository and the request, never the secret.
// With a cancel flag, no wait outlasts Cancel by more than a moment: a request in flight is
// aborted, a backoff cut short, and either throws CancelledError.
// send() may run on several threads at once (ReadAhead) when its HttpAuth allows it.
class HttpSession
{
public:
    HttpSession(QString repositoryName, HttpOptions options);

    void setAuth(HttpAuth *auth) { m_auth = auth; } // not owned
    // The flag Cancel sets (SyncJob's, for one); not owned, may be null.
    void setCancelFlag(const std::atomic_bool *cancel);
    bool isCancelled() const { return m_cancel && m_cancel->load(); }
    const std::atomic_bool *cancelFlag() const { return m_cancel; }
    const HttpOptions &options() const { return m_client.options(); }
    QString repositoryName() const { return m_repository; }

    // The final answer, whatever its status, after retries; throws ConnectorError only
    // when no usable HTTP answer came (transport failures, retries exhausted), and
    // CancelledError when the cancel flag is set before it comes. An answer the request's
    // sink could not take (HttpResponse::sinkFailed) is returned at once, for the caller
    // to tell as the failure of its own disk.
    HttpResponse send(HttpRequest request);
    // send() that also throws for any status outside 2xx, with the repository's message.
    HttpResponse sendOk(HttpRequest request);
    // sendOk() and parse the body as JSON (object or array); malformed JSON throws.
    QJsonDocument getJson(const QUrl &url);
    QJsonDocument parseJson(const HttpRequest &request, const HttpResponse &response) const;

    // "repository "X": GET /path: <what>": the one shape of every network error.
    QString errorText(const HttpRequest &request, const QString &what) const;
    [[noreturn]] void fail(const HttpRequest &request, const HttpResponse &response) const;
    // Waits ms before trying `request` again; throws CancelledError when cancelled first.
    void backOff(const HttpRequest &request, qint64 ms) const;
    // The repository's own error text ({"message"}, {"error"}, {"exception"}) or the body.
    static QString serverMessage(const HttpResponse &response);

    // Without the sleeping, for the tests of the schedule itself.
    static int backoffMs(const HttpOptions &options, int attempt);
    // How long to wait before `request` is sent again after answer `r`: its Retry-After on
    // a 429 or 503, else backoffMs(attempt). Throws ConnectorError when the Retry-After is
    // beyond options().maxRetryAfterMs.
    int waitBeforeRetry(const HttpRequest &request, const HttpResponse &r, int attempt) const;
    // Retry-After (seconds or an HTTP date) in ms from `now`; 0 for a date already past;
    // -1 when absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

private:
    bool shouldRetry(const HttpResponse &response) const;
    [[noreturn]] void throwCancelled(const HttpRequest &request) const;

    QString m_repository;
    HttpClient m_client;
    HttpAuth *m_auth = nullptr;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace proofdesk::sync
