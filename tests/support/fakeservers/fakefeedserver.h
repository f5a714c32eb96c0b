#pragma once

#include "fakehttpserver.h"

namespace fakeserver {

// A delivery hub's NDJSON feed (GET /feed?after=&limit=) and a workflow service
// (POST /requests with Idempotency-Key, GET /requests/{id}, GET /health), in one server.
class FakeFeedServer : public FakeHttpServer
{
public:
    void addEvent(const QString &communicationId, const QString &event, const QString &at);
    void addRawLine(const QByteArray &line); // for malformed lines
    int submissions() const;                // requests the workflow really created
    void setStatus(const QString &requestId, const QString &status);

protected:
    Response handle(const Request &request) override;

private:
    QList<QByteArray> m_lines;
    QHash<QString, QString> m_byKey;    // idempotency key → request id
    QHash<QString, QString> m_statuses; // request id → status
};

} // namespace fakeserver
