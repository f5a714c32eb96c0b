#include "readahead.h"

#include "sync/repositoryconnector.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace proofdesk::sync {

ReadAhead::ReadAhead(HttpSession &http, int depth)
    : m_http(http)
    , m_depth(qMax(0, depth))
{
    m_pool.setMaxThreadCount(qMax(1, m_depth));
    m_pool.setObjectName(QStringLiteral("read-ahead"));
}

ReadAhead::~ReadAhead()
{
    m_inFlight.clear();
    m_pool.waitForDone();
}

QString ReadAhead::keyOf(const HttpRequest &request)
{
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.toString(QUrl::FullyEncoded);
}

QFuture<ReadAhead::Outcome> ReadAhead::start(const HttpRequest &request)
{
    // Exceptions must not cross the thread boundary: the error travels as text and is
    // thrown again, with the same message, by the thread that takes the answer.
    return QtConcurrent::run(&m_pool, [this, request] {
        Outcome out;
        try {
            out.response = m_http.send(request);
        } catch (const std::exception &e) {
            out.error = QString::fromUtf8(e.what());
        }
        return out;
    });
}

HttpResponse ReadAhead::sendOk(const HttpRequest &request, const QList<HttpRequest> &expectedNext)
{
    QFuture<Outcome> mine = m_inFlight.take(keyOf(request));
    if (m_depth > 0) {
        QSet<QString> wanted;
        for (const HttpRequest &next : expectedNext)
            wanted.insert(keyOf(next));
        // A dropped request still runs to its end on the pool; nobody waits for its answer.
        m_inFlight.removeIf([&wanted](const auto &entry) { return !wanted.contains(entry.key()); });
        for (const HttpRequest &next : expectedNext) {
            if (m_inFlight.size() >= m_depth)
                break;
            const QString key = keyOf(next);
            if (!m_inFlight.contains(key))
                m_inFlight.insert(key, start(next));
        }
    }
    if (!mine.isValid())
        return m_http.sendOk(request);
    const Outcome out = mine.result();
    if (!out.error.isEmpty())
        throw ConnectorError(out.error);
    if (!out.response.isSuccess())
        m_http.fail(request, out.response);
    return out.response;
}

void ReadAhead::clear() { m_inFlight.clear(); }

} // namespace proofdesk::sync
