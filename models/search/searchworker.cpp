#include "searchworker.h"

#include "cache/cachefile.h"
#include "queryinterrupter.h"
#include "searchengine.h"

namespace proofdesk::search {

SearchWorker::SearchWorker(const QString &databasePath, const std::atomic<int> &latestPage,
                           const std::atomic<int> &latestRowIds)
    : m_databasePath(databasePath)
    , m_latestPage(latestPage)
    , m_latestRowIds(latestRowIds)
    , m_timeLimitMs(SearchEngine::kTimeLimitMs)
{}

void SearchWorker::search(int generation, const QString &query, int limit, int offset, SearchOrder order)
{
    runGuarded(generation, m_latestPage, m_timeLimitMs.load(), [&](SearchEngine &engine) {
        const SearchResult result = engine.run(query, limit, offset, order,
                                               [&](const SearchResult &page) { emit pageFound(generation, page); });
        emit finished(generation, result);
    });
    emit requestDone();
}

void SearchWorker::rowIds(int generation, const QString &query, SearchOrder order)
{
    runGuarded(generation, m_latestRowIds, 0, [&](SearchEngine &engine) {
        const RowIdsResult result = engine.allRowIds(query, order);
        emit rowIdsFinished(generation, result);
    });
    emit requestDone();
}

void SearchWorker::runGuarded(int generation, const std::atomic<int> &latest, int timeLimitMs,
                              const std::function<void(SearchEngine &)> &work)
{
    const auto superseded = [&latest, generation] { return latest.load(std::memory_order_relaxed) != generation; };
    if (superseded())
        return; // a newer request came after this one: do not even start
    try {
        if (!m_db.isOpen()) {
            m_db = cache::CacheFile::openReader(m_databasePath);
            m_helper = cache::CacheFile::openReader(m_databasePath);
        }
        QueryInterrupter interrupter(m_db, superseded);
        QueryInterrupter helperInterrupter(m_helper, superseded);
        SearchEngine engine(m_db, &m_helper);
        engine.setTimeLimit(timeLimitMs); // past it, the search answers with the error that says so
        work(engine);
    } catch (const cache::SqliteError &e) {
        if (e.isInterrupt() && superseded())
            return; // stopped on purpose; the service would drop the result anyway
        emit failed(generation, QString::fromUtf8(e.what()));
    }
}

} // namespace proofdesk::search
