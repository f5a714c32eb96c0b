#pragma once

#include "httpauth.h"
#include "httpclient.h"

#include <QJsonDocument>

namespace proofdesk::sync {

// A connector's conversation with one repository: every request goes out with the
// repository's authentication, retries what can be retried (Retry-After on 429/503,
// exponential backoff with jitter for timeouts, dropped connections and 5xx, within
// options().maxAttempts), logs in again once when the session expired, and turns what is
// left into a ConnectorError naming the repository and the request, never the secret.
// send() may run on several threads at once (ReadAhead) when its HttpAuth allows it.
class HttpSession
{
public:
    HttpSession(QString repositoryName, HttpOptions options);

    void setAuth(HttpAuth *auth) { m_auth = auth; } // not owned
    const HttpOptions &options() const { return m_client.options(); }
    QString repositoryName() const { return m_repository; }

    // The final answer, whatever its status, after retries; throws ConnectorError only
    // when no usable HTTP answer came (transport failures, retries exhausted).
    HttpResponse send(HttpRequest request);
    // send() that also throws for any status outside 2xx, with the repository's message.
    HttpResponse sendOk(HttpRequest request);
    // sendOk() and parse the body as JSON (object or array); malformed JSON throws.
    QJsonDocument getJson(const QUrl &url);
    QJsonDocument parseJson(const HttpRequest &request, const HttpResponse &response) const;

    // "repository "X": GET /path: <what>": the one shape of every network error.
    QString errorText(const HttpRequest &request, const QString &what) const;
    [[noreturn]] void fail(const HttpRequest &request, const HttpResponse &response) const;
    // The repository's own error text ({"message"}, {"error"}, {"exception"}) or the body.
    static QString serverMessage(const HttpResponse &response);

    // Without the sleeping, for the tests of the schedule itself.
    static int backoffMs(const HttpOptions &options, int attempt);
    // Retry-After (seconds or an HTTP date) in ms; -1 when absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &value);

private:
    bool shouldRetry(const HttpResponse &response) const;
    int waitBeforeRetry(const HttpRequest &request, const HttpResponse &response, int attempt) const;

    QString m_repository;
    HttpClient m_client;
    HttpAuth *m_auth = nullptr;
};

} // namespace proofdesk::sync
