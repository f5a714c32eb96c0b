#include "searchservice.h"

#include "searchworker.h"
#include "searchworkerpool.h"

namespace proofdesk::search {

SearchService::SearchService(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<proofdesk::search::SearchResult>();
    qRegisterMetaType<proofdesk::search::RowIdsResult>();
    m_pool = std::make_unique<SearchWorkerPool>(this, databasePath, m_latestPage, m_latestRowIds,
                                                [this](SearchWorker *worker) { connectWorker(worker); });
}

SearchService::~SearchService()
{
    cancel(); // interrupts whatever runs so that the workers end promptly
    m_pool.reset();
}

// The generation checks run here, on the service's thread, where submit() also runs: a result
// queued before a newer submit is dropped when it arrives after it.
void SearchService::connectWorker(SearchWorker *worker)
{
    connect(worker, &SearchWorker::pageFound, this, [this](int generation, const SearchResult &page) {
        if (generation == m_latestPage.load())
            emit pageReady(generation, page);
    });
    connect(worker, &SearchWorker::finished, this, [this](int generation, const SearchResult &result) {
        if (generation != m_latestPage.load())
            return;
        if (!result.error)
            emit totalReady(generation, result.total);
        emit finished(generation, result);
    });
    connect(worker, &SearchWorker::rowIdsFinished, this, [this](int generation, const RowIdsResult &result) {
        if (generation == m_latestRowIds.load())
            emit rowIdsFinished(generation, result);
    });
    connect(worker, &SearchWorker::failed, this, [this](int generation, const QString &message) {
        if (isLatest(generation))
            emit failed(generation, message);
    });
}

bool SearchService::isLatest(int generation) const
{
    return generation == m_latestPage.load() || generation == m_latestRowIds.load();
}

int SearchService::submit(const QString &query, int limit, int offset, SearchOrder order)
{
    const int generation = ++m_lastGeneration;
    m_latestPage.store(generation);
    m_pool->run([generation, query, limit, offset, order](SearchWorker *worker) {
        worker->search(generation, query, limit, offset, order);
    });
    return generation;
}

int SearchService::submitRowIds(const QString &query, SearchOrder order)
{
    const int generation = ++m_lastGeneration;
    m_latestRowIds.store(generation);
    m_pool->run([generation, query, order](SearchWorker *worker) { worker->rowIds(generation, query, order); });
    return generation;
}

void SearchService::setTimeLimit(int ms) { m_pool->setTimeLimit(ms); }

int SearchService::workerCount() const { return m_pool->workerCount(); }

void SearchService::cancel()
{
    // A generation that no request has: everything running stops, nothing queued starts.
    const int none = ++m_lastGeneration;
    m_latestPage.store(none);
    m_latestRowIds.store(none);
}

void SearchService::cancelRowIds() { m_latestRowIds.store(++m_lastGeneration); }

} // namespace proofdesk::search
