#pragma once

#include "cache/sqlite.h"
#include "searchorder.h"
#include "searchresult.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

namespace proofdesk::search {

class SearchEngine;

// One of SearchService's worker threads (SearchWorkerPool): owns the reader connections (opened
// there, on first use: the engine's, and a helper the engine may read with at the same time)
// and runs one request at a time. A request whose generation is no longer the latest of its
// kind is skipped before it starts and interrupted while it runs. A search has the time limit
// (setTimeLimit); a rowid list has none: it is asked for a result that stays on screen, it
// follows a page and a count that kept to the limit, and a newer request stops it.
// Internal to SearchService.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    SearchWorker(const QString &databasePath, const std::atomic<int> &latestPage, const std::atomic<int> &latestRowIds);

    void search(int generation, const QString &query, int limit, int offset, SearchOrder order);
    void rowIds(int generation, const QString &query, SearchOrder order);
    // Any thread: the time each later search may take (SearchEngine::setTimeLimit).
    void setTimeLimit(int ms) { m_timeLimitMs.store(ms); }

signals:
    // The page, before it is counted (SearchEngine::run's pageFound), then finished().
    void pageFound(int generation, const proofdesk::search::SearchResult &page);
    void finished(int generation, const proofdesk::search::SearchResult &result);
    void rowIdsFinished(int generation, const proofdesk::search::RowIdsResult &result);
    void failed(int generation, const QString &message);
    // After each request, run, stopped or skipped: the worker is free for the next.
    void requestDone();

private:
    void runGuarded(int generation, const std::atomic<int> &latest, int timeLimitMs,
                    const std::function<void(SearchEngine &)> &work);

    QString m_databasePath;
    const std::atomic<int> &m_latestPage;
    const std::atomic<int> &m_latestRowIds;
    cache::Database m_db;
    cache::Database m_helper;
    std::atomic<int> m_timeLimitMs;
};

} // namespace proofdesk::search
