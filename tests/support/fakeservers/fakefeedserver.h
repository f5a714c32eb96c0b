#pragma once

#include "fakehttpserver.h"

namespace fakeserver {

// A delivery hub's NDJSON feed (GET /feed?after=&limit=). The workflow service has its own
// server speaking Flowable's REST API (FakeFlowableServer).
class FakeFeedServer : public FakeHttpServer
{
public:
    void addEvent(const QString &communicationId, const QString &event, const QString &at);
    void addRawLine(const QByteArray &line); // for malformed lines

protected:
    Response handle(const Request &request) override;

private:
    QList<QByteArray> m_lines;
};

} // namespace fakeserver
