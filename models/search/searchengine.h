#pragma once

#include "cache/sqlite.h"
#include "searchorder.h"
#include "searchplanner.h"
#include "searchresult.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace proofdesk::search {

// Runs searches synchronously on one connection (a reader, on the caller's thread).
//
// Each call finds the page first, then counts the matches (the total is exact). The plan
// for the page needs only to know whether the matches are more than a cut-off of a few
// thousand (SearchPlanner::forPage: fewer are counted at once, exactly): a small candidate set is looked up and sorted
// by SQLite (ORDER BY +issued_at keeps the planner off the issued_at indexes); a large one is read in order from an (…,
// issued_at, id) index with the text, block and hold sets only filtering, so that the first page costs about `limit`
// rows, not the whole set. Ties on issued_at are ordered by id in binary (byte) order. The page and the count are read
// in one transaction, so they agree even while the sync writes; run() can hand the page over (pageFound) before it
// counts.
//
// Another order (SearchOrder: type, channel, customer, delivery status) changes only the
// page's access path: the count is the same, a small set is sorted by SQLite, and a large
// one walks that order's index with every other condition only filtering.
//
// Database failures, including an interrupt (QueryInterrupter), throw cache::SqliteError.
// Stored rows found damaged (cache::StoredRowsDamaged) are not a failure: the query is answered
// again without them, the result says so (damagedStoredRows), and they are dropped.
class SearchEngine
{
public:
    // `helper` (optional): a second reader of the same cache, which this engine may use
    // at the same time as `db` to read a large full-text match in two halves (TextRows).
    explicit SearchEngine(cache::Database &db, cache::Database *helper = nullptr);

    // Called with the page before the count, total SearchResult::kCounting unless known by then.
    using PageFound = std::function<void(const SearchResult &page)>;

    // The page and the exact total; `pageFound` (optional) gets the page as soon as it is read.
    SearchResult run(const QString &query, int limit, int offset = 0, SearchOrder order = SearchOrder::newestFirst(),
                     const PageFound &pageFound = {});
    RowIdsResult allRowIds(const QString &query, SearchOrder order = SearchOrder::newestFirst());
    // The rows of the given rowids, in the given order (rowids that no longer exist are left out).
    QList<SearchHit> hitsForRowIds(const QList<qint64> &rowIds);

    // EXPLAIN QUERY PLAN of the page statement run() would execute (one line per step), and
    // a last line when only the months that hold the page are listed (Plan::pageRows).
    QStringList explainPage(const QString &query, int limit, int offset = 0,
                            SearchOrder order = SearchOrder::newestFirst());

    // Every statement run() would run to count `query`'s matches, each followed by its
    // EXPLAIN QUERY PLAN lines (indented). The counting is done: it takes as long as run()'s.
    QStringList explainCount(const QString &query);

    // Past `ms` of running, run() and allRowIds() stop and answer with a QueryError of kind
    // TooSlow that names the limit (0, the default: no limit, for the sync's and the records'
    // own searches). A person's searches have kTimeLimitMs (proofdesk-cli, SearchService).
    void setTimeLimit(int ms) { m_timeLimitMs = ms; }
    static constexpr int kTimeLimitMs = 10000;
    // Tests: the clock the time limit reads, in milliseconds from any origin, for every search
    // from now on, on any thread (nullptr: the monotonic clock). A search reads it when it
    // starts and at each check (QueryInterrupter::kCheckInterval steps): a clock that goes one
    // millisecond further at each read makes a limit of n ms stop a search at its n + 1st check,
    // the same on a loaded machine as on a quiet one.
    using Clock = qint64 (*)();
    static void setTimeLimitClock(Clock clock);

    // For tests and benchmarks: force one plan (the answer must not change).
    void setPlanChoice(SearchPlanner::Choice choice) { m_planner.setChoice(choice); }
    void setPlannerCosts(SearchPlanner::Costs costs) { m_planner.setCosts(costs); }

private:
    SearchResult runParsed(const QueryNode &root, const QString &query, int limit, int offset, const SearchOrder &order,
                           const PageFound &pageFound);
    // Runs `work`; when it meets damaged stored rows, again without them, and returns what was
    // found (empty when nothing was).
    QString withoutDamagedStoredRows(const std::function<void()> &work);
    // Runs `work` within the time limit; the error to answer with when it was stopped by it.
    std::optional<QueryError> withinTimeLimit(const QString &query, const std::function<void()> &work);
    void dropDamagedStoredRows();
    SearchPlanner::Plan readPage(const SearchPlanner::Counted &counted, int limit, int offset, const SearchOrder &order,
                                 QList<SearchHit> &hits);
    static bool seeksValues(SearchPlanner::Plan &plan, const QueryNode &root, const SearchOrder &order);
    QString orderedSql(const char *columns, const SearchPlanner::Plan &plan, const CompiledQuery &compiled,
                       const SearchOrder &order, bool paged) const;

    cache::Database &m_db;
    cache::Database *m_helper;
    SearchPlanner m_planner;
    int m_timeLimitMs = 0;
};

} // namespace proofdesk::search
