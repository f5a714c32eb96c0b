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
    return Response::error(404, R"({"error":"not found"})");
}

} // namespace fakeserver
