#include "searchservice.h"

#include "searchworker.h"

namespace proofdesk::search {

SearchService::SearchService(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<proofdesk::search::SearchResult>();
    qRegisterMetaType<proofdesk::search::RowIdsResult>();

    m_thread.setObjectName(QStringLiteral("proofdesk-search"));
    m_worker = new SearchWorker(databasePath, m_latestPage, m_latestRowIds);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // The generation checks run here, on the service's thread, where submit() also runs:
    // a result queued before a newer submit is dropped when it arrives after it.
    connect(m_worker, &SearchWorker::pageFound, this, [this](int generation, const SearchResult &page) {
        if (generation == m_latestPage.load())
            emit pageReady(generation, page);
    });
    connect(m_worker, &SearchWorker::finished, this, [this](int generation, const SearchResult &result) {
        if (generation != m_latestPage.load())
            return;
        if (!result.error)
            emit totalReady(generation, result.total);
        emit finished(generation, result);
    });
    connect(m_worker, &SearchWorker::rowIdsFinished, this, [this](int generation, const RowIdsResult &result) {
        if (generation == m_latestRowIds.load())
            emit rowIdsFinished(generation, result);
    });
    connect(m_worker, &SearchWorker::failed, this, [this](int generation, const QString &message) {
        if (isLatest(generation))
            emit failed(generation, message);
    });
    m_thread.start();
}

SearchService::~SearchService()
{
    cancel(); // interrupts a running query so that wait() returns promptly
    m_thread.quit();
    m_thread.wait();
}

bool SearchService::isLatest(int generation) const
{
    return generation == m_latestPage.load() || generation == m_latestRowIds.load();
}

int SearchService::submit(const QString &query, int limit, int offset, SearchOrder order)
{
    const int generation = ++m_lastGeneration;
    m_latestPage.store(generation);
    SearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, generation, query, limit, offset, order] { worker->search(generation, query, limit, offset, order); },
        Qt::QueuedConnection);
    return generation;
}

int SearchService::submitRowIds(const QString &query, SearchOrder order)
{
    const int generation = ++m_lastGeneration;
    m_latestRowIds.store(generation);
    SearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation, query, order] { worker->rowIds(generation, query, order); }, Qt::QueuedConnection);
    return generation;
}

void SearchService::setTimeLimit(int ms) { m_worker->setTimeLimit(ms); }

void SearchService::cancel()
{
    // A generation that no request has: everything running stops, nothing queued starts.
    const int none = ++m_lastGeneration;
    m_latestPage.store(none);
    m_latestRowIds.store(none);
}

} // namespace proofdesk::search
