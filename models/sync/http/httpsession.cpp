#include "httpsession.h"

#include "cancellablesleep.h"
#include "httpdate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <limits>

Q_LOGGING_CATEGORY(lcHttp, "proofdesk.sync.http")

namespace proofdesk::sync {

HttpSession::HttpSession(QString repositoryName, HttpOptions options)
    : m_repository(std::move(repositoryName))
    , m_client(std::move(options))
{}

void HttpSession::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
    m_client.setCancelFlag(cancel);
}

QString HttpSession::errorText(const HttpRequest &request, const QString &what) const
{
    return QStringLiteral("repository \"%1\": %2: %3").arg(m_repository, request.label(), what);
}

QString HttpSession::serverMessage(const HttpResponse &response)
{
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    const QJsonObject o = doc.object();
    QStringList parts;
    for (const char *key : {"exception", "error", "message"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            parts << v.toString();
        else if (!v.isUndefined() && !v.isNull())
            parts << QString::fromUtf8(
                QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                    .toJson(QJsonDocument::Compact));
    }
    if (!parts.isEmpty())
        return parts.join(QStringLiteral(": "));
    return QString::fromUtf8(response.body.left(200)).simplified();
}

void HttpSession::fail(const HttpRequest &request, const HttpResponse &response) const
{
    if (!response.error.isEmpty())
        throw ConnectorError(errorText(request, response.error));
    const QString text = serverMessage(response);
    throw ConnectorError(errorText(request, text.isEmpty()
                                                ? QStringLiteral("HTTP %1").arg(response.status)
                                                : QStringLiteral("HTTP %1 (%2)").arg(response.status).arg(text)));
}

void HttpSession::throwCancelled(const HttpRequest &request) const
{
    throw CancelledError(errorText(request, QStringLiteral("cancelled")));
}

void HttpSession::backOff(const HttpRequest &request, qint64 ms) const
{
    if (!sleepUnlessCancelled(ms, m_cancel))
        throwCancelled(request);
}

bool HttpSession::shouldRetry(const HttpResponse &r) const
{
    if (!r.error.isEmpty())
        return !r.certificateRefused; // the same certificate comes back on every attempt
    return r.status == 429 || r.status == 500 || r.status == 502 || r.status == 503 || r.status == 504;
}

int HttpSession::backoffMs(const HttpOptions &o, int attempt)
{
    const qint64 base = qMin<qint64>(o.backoffMaxMs, qint64(o.backoffBaseMs) << qMin(attempt, 20));
    // Full jitter in [base/2, base]: clients that failed together do not retry together.
    return int(base / 2 + QRandomGenerator::global()->bounded(int(base / 2) + 1));
}

qint64 HttpSession::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return -1;
        constexpr qint64 most = std::numeric_limits<qint64>::max() / 1000;
        return seconds > most ? std::numeric_limits<qint64>::max() : seconds * 1000;
    }
    const QDateTime at = parseHttpDate(v, now);
    if (!at.isValid())
        return -1;
    return qMax<qint64>(0, now.msecsTo(at));
}

int HttpSession::waitBeforeRetry(const HttpRequest &request, const HttpResponse &r, int attempt) const
{
    if (r.status == 429 || r.status == 503) {
        const qint64 after = retryAfterMs(r.header("Retry-After"), QDateTime::currentDateTimeUtc());
        if (after > options().maxRetryAfterMs)
            throw ConnectorError(
                errorText(request, QStringLiteral("HTTP %1, busy for %2 s (Retry-After); try again later")
                                       .arg(r.status)
                                       .arg(after / 1000)));
        if (after >= 0)
            return int(after);
    }
    return backoffMs(options(), attempt);
}

HttpResponse HttpSession::send(HttpRequest request)
{
    bool reauthenticated = false;
    for (int attempt = 0;;) {
        if (isCancelled())
            throwCancelled(request);
        HttpRequest decorated = request;
        if (m_auth)
            m_auth->decorate(decorated);
        HttpResponse r = m_client.execute(decorated);
        if (r.cancelled)
            throwCancelled(request);
        if (r.sinkFailed)
            return r; // the caller's sink (a file on a full disk): its error, never retried
        if (m_auth && r.error.isEmpty() && m_auth->isExpired(r)) {
            if (reauthenticated)
                throw ConnectorError(errorText(request, QStringLiteral("HTTP %1 after logging in again: "
                                                                       "check the user name and password")
                                                            .arg(r.status)));
            reauthenticated = true;
            m_auth->reauthenticate(*this);
            continue;
        }
        ++attempt;
        // A download that already wrote bytes is resumed by its caller with a Range request.
        // A non-idempotent request is never resent here, not even after a 429 or 503 (a
        // gateway's 503 may come after the server behind it acted): its caller first asks
        // whether the first attempt took effect.
        if (!shouldRetry(r) || (request.sink && r.bodyBytes > 0) || !request.idempotent) {
            if (!r.error.isEmpty())
                fail(request, r);
            return r;
        }
        if (attempt >= options().maxAttempts) {
            const QString last =
                r.error.isEmpty() ? QStringLiteral("HTTP %1 (%2)").arg(r.status).arg(serverMessage(r)) : r.error;
            throw ConnectorError(
                errorText(request, QStringLiteral("%1; gave up after %2 attempts").arg(last).arg(attempt)));
        }
        const int wait = waitBeforeRetry(request, r, attempt - 1);
        qCInfo(lcHttp) << m_repository << request.label() << "retry" << attempt << "in" << wait << "ms";
        backOff(request, wait);
    }
}

HttpResponse HttpSession::sendOk(HttpRequest request)
{
    HttpResponse r = send(request);
    if (!r.isSuccess())
        fail(request, r);
    return r;
}

QJsonDocument HttpSession::parseJson(const HttpRequest &request, const HttpResponse &response) const
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &err);
    if (err.error != QJsonParseError::NoError)
        throw ConnectorError(errorText(request, QStringLiteral("the answer is not valid JSON (%1 at byte %2 of %3)")
                                                    .arg(err.errorString())
                                                    .arg(err.offset)
                                                    .arg(response.body.size())));
    return doc;
}

QJsonDocument HttpSession::getJson(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.setHeader("Accept", "application/json");
    return parseJson(request, sendOk(request));
}

} // namespace proofdesk::sync
