#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace proofdesk::search {

class SearchWorker;

// SearchService's worker threads. Each request goes to a worker with nothing to do, so that a
// search never waits for an older one to stop: one overtaken by the next keystroke stops at its
// next check (QueryInterrupter), but a step SQLite runs as one (a sort, FTS5 merging a prefix's
// postings), the other half of a large text read on the helper's thread (TextRows), or a core
// taken by other programs can hold it for tens or hundreds of milliseconds, and the page of the
// newer search is not made to wait for that. Workers are made when first needed, up to
// kMaxWorkers, and kept with their reader connections; past that a request queues behind the
// worker with the least to do. Lives on the service's thread; the workers on their own.
class SearchWorkerPool
{
public:
    static constexpr int kMaxWorkers = 3;

    // `context` lives on the thread the pool is used from (the service); `connectWorker` is
    // called for each worker made, before it gets a request (the service connects its signals).
    SearchWorkerPool(QObject *context, QString databasePath, const std::atomic<int> &latestPage,
                     const std::atomic<int> &latestRowIds, std::function<void(SearchWorker *)> connectWorker);
    // Waits for every worker to end what it runs (the service has superseded it first).
    ~SearchWorkerPool();
    SearchWorkerPool(const SearchWorkerPool &) = delete;
    SearchWorkerPool &operator=(const SearchWorkerPool &) = delete;

    // Runs `request` on the worker chosen for it, on that worker's thread.
    void run(const std::function<void(SearchWorker *)> &request);
    // The time each search submitted from now on may take (SearchEngine::setTimeLimit).
    void setTimeLimit(int ms);
    int workerCount() const { return int(m_workers.size()); }

private:
    struct Worker;
    Worker &choose();
    Worker &add();

    QObject *m_context;
    QString m_databasePath;
    const std::atomic<int> &m_latestPage;
    const std::atomic<int> &m_latestRowIds;
    std::function<void(SearchWorker *)> m_connectWorker;
    int m_timeLimitMs;
    std::vector<std::unique_ptr<Worker>> m_workers;
};

} // namespace proofdesk::search
