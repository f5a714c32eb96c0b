#include "fakefeedserver.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fakeserver {

void FakeFeedServer::addEvent(const QString &communicationId, const QString &event, const QString &at)
{
    QMutexLocker lock(&m_mutex);
    const QJsonObject o{{QStringLiteral("cursor"), QString::number(m_lines.size() + 1)},
                        {QStringLiteral("communication_id"), communicationId},
                        {QStringLiteral("event"), event},
                        {QStringLiteral("at"), at},
                        {QStringLiteral("channel"), QStringLiteral("email")}};
    m_lines << QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void FakeFeedServer::addRawLine(const QByteArray &line)
{
    QMutexLocker lock(&m_mutex);
    m_lines << line;
}

int FakeFeedServer::submissions() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_statuses.size());
}

void FakeFeedServer::setStatus(const QString &requestId, const QString &status)
{
    QMutexLocker lock(&m_mutex);
    m_statuses.insert(requestId, status);
}

Response FakeFeedServer::handle(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    if (request.path() == QLatin1String("/feed")) {
        const int after = request.query(QStringLiteral("after")).toInt();
        const int limit = request.query(QStringLiteral("limit")).toInt();
        Response r;
        r.contentType = "application/x-ndjson";
        for (int i = after; i < m_lines.size() && i < after + limit; ++i)
            r.body += m_lines.at(i) + '\n';
        return r;
    }
    if (request.path() == QLatin1String("/health"))
        return Response::json("{}");
    if (request.path() == QLatin1String("/requests") && request.method == "POST") {
        const QString key = QString::fromUtf8(request.headers.value("idempotency-key"));
        if (key.isEmpty())
            return Response::error(400, R"({"error":"Idempotency-Key is required"})");
        if (m_byKey.contains(key)) {
            Response r = Response::json(QJsonDocument(QJsonObject{{QStringLiteral("id"), m_byKey.value(key)}}).toJson());
            r.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
            return r;
        }
        const QString id = QStringLiteral("WF-%1").arg(m_byKey.size() + 1);
        m_byKey.insert(key, id);
        m_statuses.insert(id, QStringLiteral("received"));
        return Response::json(QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("received")}}).toJson(), 201);
    }
    if (request.path().startsWith(QLatin1String("/requests/"))) {
        const QString id = request.path().mid(10);
        if (!m_statuses.contains(id))
            return Response::error(404, R"({"error":"no such request"})");
        return Response::json(QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), m_statuses.value(id)}}).toJson());
    }
    return Response::error(404, R"({"error":"not found"})");
}

} // namespace fakeserver
