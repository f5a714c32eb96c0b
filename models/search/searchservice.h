#pragma once

#include "searchorder.h"
#include "searchresult.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace proofdesk::search {

class SearchWorker;
class SearchWorkerPool;

// Runs searches off the GUI thread, on worker threads with reader connections of their own to
// the cache at `databasePath` (SearchWorkerPool: a request goes to a worker with nothing to do,
// so a newer search never waits for an older one to stop). Lives on the GUI thread (the thread
// that creates it).
//
// Each submit returns a generation number. A newer submit of the same kind supersedes the
// older ones: one still queued never starts, one running is interrupted (QueryInterrupter),
// and an older generation's result or failure is never emitted once a newer one was
// submitted. Signals arrive on the service's thread.
//
// A search delivers its page first (pageReady: total SearchResult::kCounting while the
// matches are being counted, or already exact), then its exact total (totalReady, the same
// generation, from the same snapshot as the page), then both in finished(). A newer submit
// interrupts the count of an older one, whose total is then never emitted.
//
// A malformed query is not a failure: it finishes with SearchResult::error (or
// RowIdsResult::error) set, with the position to highlight; so does one too large to run
// (QueryParser's bounds) or stopped at the time limit (setTimeLimit), naming the bound. failed() reports a cache that
// cannot be read (missing file, I/O error).
class SearchService : public QObject
{
    Q_OBJECT

public:
    explicit SearchService(const QString &databasePath, QObject *parent = nullptr);
    ~SearchService() override;

    // One page of results in `order` and the exact total (see above).
    int submit(const QString &query, int limit, int offset = 0, SearchOrder order = SearchOrder::newestFirst());
    // The rowids of every match in `order`; superseded only by newer submitRowIds() (and
    // cancelRowIds()). It has no time limit (see SearchWorker).
    int submitRowIds(const QString &query, SearchOrder order = SearchOrder::newestFirst());
    // Stops whatever runs and drops whatever waits; nothing submitted so far is emitted.
    void cancel();
    // Stops the rowid list under way, if any, and drops one waiting; searches go on.
    void cancelRowIds();
    // The time a search may take before it answers with a QueryError of kind TooSlow (default
    // SearchEngine::kTimeLimitMs; 0 none). Applies to searches submitted from now on.
    void setTimeLimit(int ms);
    // The worker threads made so far (SearchWorkerPool::kMaxWorkers at most).
    int workerCount() const;

signals:
    void pageReady(int generation, const proofdesk::search::SearchResult &page);
    void totalReady(int generation, qint64 total);
    // pageReady and totalReady are not emitted for a malformed query: only finished(), with the error.
    void finished(int generation, const proofdesk::search::SearchResult &result);
    void rowIdsFinished(int generation, const proofdesk::search::RowIdsResult &result);
    void failed(int generation, const QString &message);

private:
    bool isLatest(int generation) const;
    void connectWorker(SearchWorker *worker);

    int m_lastGeneration = 0;
    std::atomic<int> m_latestPage{0};
    std::atomic<int> m_latestRowIds{0};
    std::unique_ptr<SearchWorkerPool> m_pool; // after the generations it reads: ended first
};

} // namespace proofdesk::search
