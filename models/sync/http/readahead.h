#pragma once

#include "httpsession.h"

#include <QFuture>
#include <QHash>
#include <QThreadPool>

namespace proofdesk::sync {

// GET requests whose URLs are known before their answers are needed — query pages by
// skipCount, batches of ids — sent ahead on a few threads of their own, so that a distant
// repository's round trips and its own time to answer overlap with parsing and mapping the
// answer before. The sync engine already fetches the next page while the current one is
// written; this overlaps the requests within and between the pages it fetches.
//
// Only for requests that are safe to repeat and independent of each other's answers. The
// session must tolerate being used from several threads (BasicAuth does; a login session
// that must be renewed would not). An answer sent ahead is used once, or dropped.
class ReadAhead
{
public:
    // depth: requests in flight ahead of the one being waited for; 0 sends each when asked.
    ReadAhead(HttpSession &http, int depth);
    ~ReadAhead(); // waits for the requests in flight: they use the session

    int depth() const { return m_depth; }

    // HttpSession::sendOk(request), except that the answer may have been sent for earlier,
    // and that before waiting for it, up to depth() of `expectedNext` are sent ahead (those
    // not already in flight). Requests in flight that are in neither are dropped: the
    // caller's plans changed (the crawl ended, a page came back short).
    HttpResponse sendOk(const HttpRequest &request, const QList<HttpRequest> &expectedNext = {});
    // Drops everything in flight, e.g. when a crawl starts over: its answers would be old.
    void clear();

private:
    struct Outcome
    {
        HttpResponse response;
        QString error; // the session's ConnectorError message
    };
    static QString keyOf(const HttpRequest &request);
    QFuture<Outcome> start(const HttpRequest &request);

    HttpSession &m_http;
    int m_depth;
    QThreadPool m_pool;
    QHash<QString, QFuture<Outcome>> m_inFlight;
};

} // namespace proofdesk::sync
