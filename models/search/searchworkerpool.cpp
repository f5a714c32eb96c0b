#include "searchworkerpool.h"

#include "searchengine.h"
#include "searchworker.h"

#include <QThread>

namespace proofdesk::search {

struct SearchWorkerPool::Worker
{
    QThread thread;
    SearchWorker *worker = nullptr; // lives on `thread`, deleted there when it finishes
    int outstanding = 0;            // requests given and not yet done (counted on the pool's thread)
};

SearchWorkerPool::SearchWorkerPool(QObject *context, QString databasePath, const std::atomic<int> &latestPage,
                                   const std::atomic<int> &latestRowIds,
                                   std::function<void(SearchWorker *)> connectWorker)
    : m_context(context)
    , m_databasePath(std::move(databasePath))
    , m_latestPage(latestPage)
    , m_latestRowIds(latestRowIds)
    , m_connectWorker(std::move(connectWorker))
    , m_timeLimitMs(SearchEngine::kTimeLimitMs)
{}

SearchWorkerPool::~SearchWorkerPool()
{
    for (const auto &w : m_workers) {
        w->thread.quit();
        w->thread.wait();
    }
}

SearchWorkerPool::Worker &SearchWorkerPool::add()
{
    auto w = std::make_unique<Worker>();
    w->thread.setObjectName(m_workers.empty() ? QStringLiteral("proofdesk-search")
                                              : QStringLiteral("proofdesk-search-%1").arg(m_workers.size() + 1));
    w->worker = new SearchWorker(m_databasePath, m_latestPage, m_latestRowIds);
    w->worker->setTimeLimit(m_timeLimitMs);
    w->worker->moveToThread(&w->thread);
    QObject::connect(&w->thread, &QThread::finished, w->worker, &QObject::deleteLater);
    Worker *self = w.get();
    // Counted on the context's thread, where choose() reads the count.
    QObject::connect(w->worker, &SearchWorker::requestDone, m_context, [self] { --self->outstanding; });
    m_connectWorker(w->worker);
    w->thread.start();
    m_workers.push_back(std::move(w));
    return *m_workers.back();
}

// The first idle worker (the earliest made has the warmest connections), else a new one, else
// the one with the fewest requests waiting.
SearchWorkerPool::Worker &SearchWorkerPool::choose()
{
    Worker *least = nullptr;
    for (const auto &w : m_workers) {
        if (w->outstanding == 0)
            return *w;
        if (!least || w->outstanding < least->outstanding)
            least = w.get();
    }
    if (int(m_workers.size()) < kMaxWorkers)
        return add();
    return *least;
}

void SearchWorkerPool::run(const std::function<void(SearchWorker *)> &request)
{
    Worker &w = choose();
    ++w.outstanding;
    SearchWorker *worker = w.worker;
    QMetaObject::invokeMethod(
        worker, [worker, request] { request(worker); }, Qt::QueuedConnection);
}

void SearchWorkerPool::setTimeLimit(int ms)
{
    m_timeLimitMs = ms;
    for (const auto &w : m_workers)
        w->worker->setTimeLimit(ms);
}

} // namespace proofdesk::search
