#include "workflowconnector.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

void WorkflowConnector::authorize(HttpRequest &request) const
{
    // A bearer token, when the service wants one, is the repository's stored secret.
    if (!user().isEmpty() || setting("auth") == QLatin1String("bearer"))
        request.setHeader("Authorization", "Bearer " + secret().toUtf8());
}

ChangePage WorkflowConnector::fetchChanges(const QByteArray &cursor)
{
    HttpRequest request;
    request.url = resolve(QStringLiteral("health"));
    authorize(request);
    m_http.sendOk(request);
    ChangePage page;
    page.nextCursor = cursor.isEmpty() ? QByteArrayLiteral("{}") : cursor;
    return page;
}

SendResult WorkflowConnector::send(const OutboxItem &item)
{
    HttpRequest request;
    request.method = "POST";
    request.url = resolve(QStringLiteral("requests"));
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Idempotency-Key", item.idempotencyKey.toUtf8());
    QJsonObject body = QJsonDocument::fromJson(item.payloadJson).object();
    body.insert(QStringLiteral("kind"), item.kind);
    body.insert(QStringLiteral("target_id"), item.targetId);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    try {
        authorize(request);
        const HttpResponse r = m_http.send(request);
        const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
        const QString id = answer.value(QStringLiteral("id")).toString();
        if (r.status == 200 && r.header("Idempotent-Replayed") == "true")
            return {SendResult::Status::Duplicate, id, {}};
        if (r.status == 409)
            return {SendResult::Status::Duplicate, id, {}};
        if (r.isSuccess())
            return {SendResult::Status::Accepted, id, {}};
        if (r.status >= 400 && r.status < 500)
            return {SendResult::Status::Rejected, {}, m_http.errorText(request, HttpSession::serverMessage(r))};
        return {SendResult::Status::Retry, {}, m_http.errorText(request, QStringLiteral("HTTP %1").arg(r.status))};
    } catch (const ConnectorError &e) {
        return {SendResult::Status::Retry, {}, e.message()};
    }
}

WorkflowConnector::Status WorkflowConnector::status(const QString &requestId)
{
    HttpRequest request;
    request.url = resolve(QStringLiteral("requests/%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(requestId))));
    request.setHeader("Accept", "application/json");
    authorize(request);
    const QJsonObject o = m_http.parseJson(request, m_http.sendOk(request)).object();
    const QJsonValue status = o.value(QStringLiteral("status"));
    if (!status.isString())
        throw ConnectorError(m_http.errorText(request, QStringLiteral("\"status\" is missing or not a string")));
    return {o.value(QStringLiteral("id")).toString(requestId), status.toString(),
            o.value(QStringLiteral("communication_id")).toString(), o.value(QStringLiteral("detail")).toString()};
}

} // namespace proofdesk::sync
