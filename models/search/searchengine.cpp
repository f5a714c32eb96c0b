#include "searchengine.h"

#include "cache/rowbits.h"
#include "queryinterrupter.h"
#include "queryparser.h"
#include "readsnapshot.h"
#include "statementutil.h"
#include "valuewalk.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <atomic>
#include <chrono>
#include <optional>
#include <sqlite3.h>
#include <utility>

// Per-query timings and plans at debug level, off unless QT_LOGGING_RULES asks for them.
Q_LOGGING_CATEGORY(lcSearch, "proofdesk.search", QtInfoMsg)

namespace proofdesk::search {

namespace {

qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::atomic<SearchEngine::Clock> g_timeLimitClock{&monotonicMs};

const char kHitColumns[] = "c.rowid, c.id, c.issued_at, c.type, c.channel, c.customer_id, c.recipient_name, "
                           "c.status, c.fixity, c.origin, c.business_unit, c.template_id, c.template_version";

SearchHit readHit(const cache::Statement &st)
{
    SearchHit hit;
    hit.rowid = st.columnInt(0);
    hit.id = st.columnText(1);
    hit.issuedAt = st.columnInt(2);
    hit.type = st.columnText(3);
    hit.channel = st.columnText(4);
    hit.customerId = st.columnText(5);
    hit.recipientName = st.columnText(6);
    hit.status = st.columnText(7);
    hit.fixity = st.columnText(8);
    hit.origin = st.columnText(9);
    hit.businessUnit = st.columnText(10);
    hit.templateId = st.columnText(11);
    hit.templateVersion = st.columnText(12);
    return hit;
}

// A narrow sort's bound (SearchPlanner::Plan::narrowSort): the issue date of the window's last
// match, read with every match's date from the narrow (rowid, issued_at) index; the rows past it
// in the order cannot be on the page, and are never read whole. Fewer matches than the window:
// no bound. Ties at the bound all pass, so the order's own tie-break (the id) decides among them.
QString pageDateBound(const CompiledQuery &compiled, const SearchOrder &order)
{
    return QLatin1String(order.ascending ? "c.issued_at <= coalesce((" : "c.issued_at >= coalesce((")
           + QLatin1String("SELECT c.issued_at FROM communications c INDEXED BY comm_issued_by_rowid WHERE ")
           + compiled.where
           + QLatin1String(order.ascending ? " ORDER BY c.issued_at ASC LIMIT 1 OFFSET ?), 9223372036854775807)"
                                           : " ORDER BY c.issued_at DESC LIMIT 1 OFFSET ?), -9223372036854775808)");
}

// A page statement's values before its LIMIT and OFFSET: a narrow sort asks its query twice.
QList<QVariant> pageValues(const SearchPlanner::Plan &plan, const CompiledQuery &compiled, qint64 window)
{
    if (!plan.narrowSort)
        return compiled.parameters;
    return compiled.parameters + compiled.parameters + QList<QVariant>{QVariant::fromValue(window - 1)};
}

} // namespace

SearchEngine::SearchEngine(cache::Database &db, cache::Database *helper)
    : m_db(db)
    , m_helper(helper)
    , m_planner(db, helper)
{}

// Both connections a search reads on are stopped at the limit (the helper reads half of a large
// text on its own thread): an interrupt then is the limit's unless an outer interrupter (a newer
// search in the service) stopped it, which is rethrown.
std::optional<QueryError> SearchEngine::withinTimeLimit(const QString &query, const std::function<void()> &work)
{
    if (m_timeLimitMs <= 0) {
        work();
        return std::nullopt;
    }
    const Clock clock = g_timeLimitClock.load();
    const qint64 start = clock();
    const auto expired = [clock, start, limit = m_timeLimitMs] { return clock() - start > limit; };
    try {
        const QueryInterrupter onMain(m_db, expired);
        std::optional<QueryInterrupter> onHelper;
        if (m_helper)
            onHelper.emplace(*m_helper, expired);
        work();
        return std::nullopt;
    } catch (const cache::SqliteError &e) {
        if (!e.isInterrupt() || !expired())
            throw;
    }
    qCInfo(lcSearch) << "search" << query << "stopped at the time limit of" << m_timeLimitMs << "ms";
    return QueryError{0, int(query.size()),
                      queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                       "the search was stopped after %1 seconds, the most one search "
                                                       "may take: narrow it with a field, a date or fewer words"))
                          .arg(m_timeLimitMs / 1000.0, 0, 'g', 3),
                      QueryError::Kind::TooSlow};
}

void SearchEngine::setTimeLimitClock(Clock clock) { g_timeLimitClock = clock ? clock : &monotonicMs; }

QString SearchEngine::orderedSql(const char *columns, const SearchPlanner::Plan &plan, const CompiledQuery &compiled,
                                 const SearchOrder &order, bool paged) const
{
    QString sql = QLatin1String("SELECT ") + QLatin1String(columns) + QLatin1String(" FROM communications c");
    if (paged && plan.narrowSort) {
        sql += QLatin1String(" INDEXED BY comm_issued_by_rowid WHERE (") + compiled.where + QLatin1String(") AND ")
               + pageDateBound(compiled, order);
    } else if (compiled.where != QLatin1String("1")) {
        sql += QLatin1String(" WHERE ") + compiled.where;
    }
    sql += order.orderBy(plan.sortMatches);
    if (paged)
        sql += QLatin1String(" LIMIT ? OFFSET ?");
    return sql;
}

// A walk in a type, channel or status order with an issue-date range seeks each value's
// dates (ValueWalk); the plan's options then let the dates use the order's index.
bool SearchEngine::seeksValues(SearchPlanner::Plan &plan, const QueryNode &root, const SearchOrder &order)
{
    if (plan.sortMatches || !ValueWalk::applies(root, order))
        return false;
    plan.options.seekDates = true;
    return true;
}

SearchPlanner::Plan SearchEngine::readPage(const SearchPlanner::Counted &counted, int limit, int offset,
                                           const SearchOrder &order, QList<SearchHit> &hits)
{
    SearchPlanner::Plan plan = m_planner.plan(counted, qint64(offset) + limit, order);
    const bool seek = seeksValues(plan, counted.prepared.root, order);
    const CompiledQuery compiled = SqlCompiler::compile(counted.prepared.root, plan.options);
    if (seek) {
        ValueWalk(m_db).page(kHitColumns, compiled, order, limit, offset,
                             [&](const cache::Statement &st) { hits << readHit(st); });
        return plan;
    }
    cache::Statement st = m_db.prepareCached(orderedSql(kHitColumns, plan, compiled, order, true));
    const int next = bindValues(st, pageValues(plan, compiled, qint64(offset) + limit));
    st.bind(next, limit).bind(next + 1, offset);
    while (st.step())
        hits << readHit(st);
    return plan;
}

QString SearchEngine::withoutDamagedStoredRows(const std::function<void()> &work)
{
    try {
        work();
        return {};
    } catch (const cache::StoredRowsDamaged &e) {
        qCInfo(lcSearch) << "the stored rows for counting are damaged (" << e.what() << "): answered without them";
        m_planner.setStoredRows(false);
        work();
        return QString::fromUtf8(e.what());
    }
}

// Dropped on this connection when it writes (a command's, or the writer's in its transaction),
// else on one of its own: covers first, so that whatever happens no cover is left over rows
// that are gone. A failure (the disk full) leaves them: they are found again at the next read.
void SearchEngine::dropDamagedStoredRows()
{
    // In a transaction that locked records.sqlite alone (a hold or a matter's search:
    // cache/filetransaction.h) the cache may not be written: they are left for the next read.
    sqlite3 *h = m_db.handle();
    if (sqlite3_txn_state(h, "rec") == SQLITE_TXN_WRITE && sqlite3_txn_state(h, "main") != SQLITE_TXN_WRITE)
        return;
    try {
        if (sqlite3_db_readonly(m_db.handle(), "main") == 0) {
            cache::RowBits(m_db).dropAll();
        } else if (!m_db.path().isEmpty()) {
            cache::Database writer(m_db.path(), cache::Database::Mode::ReadWrite);
            writer.exec("PRAGMA busy_timeout = 5000");
            cache::RowBits(writer).dropAll();
        }
    } catch (const std::exception &e) {
        qCWarning(lcSearch) << "the damaged stored rows could not be dropped:" << e.what();
    }
}

// The page and the total in one read snapshot, again without the stored rows if they were found
// damaged (a page handed over before that was read from rows that passed their checks).
SearchResult SearchEngine::run(const QString &query, int limit, int offset, SearchOrder order,
                               const PageFound &pageFound)
{
    const ParseResult parsed = QueryParser::parse(query);
    if (!parsed.ok()) {
        SearchResult result;
        result.error = parsed.error;
        return result;
    }
    bool pageSent = false;
    const PageFound once = [&](const SearchResult &page) {
        if (pageFound && !std::exchange(pageSent, true))
            pageFound(page);
    };
    SearchResult result;
    QString damage;
    const auto stopped = withinTimeLimit(query, [&] {
        ReadSnapshot snapshot(m_db);
        damage = withoutDamagedStoredRows([&] { result = runParsed(parsed.root, query, limit, offset, order, once); });
    });
    if (stopped) {
        result = SearchResult();
        result.error = stopped;
    }
    if (!damage.isEmpty()) {
        dropDamagedStoredRows();
        result.damagedStoredRows = damage;
    }
    return result;
}

// The page first, planned from forPage() (a count only up to a cut-off), then the count, unless
// the page told it: a short page that is not past the end holds the last match.
SearchResult SearchEngine::runParsed(const QueryNode &root, const QString &query, int limit, int offset,
                                     const SearchOrder &order, const PageFound &pageFound)
{
    SearchResult result;
    QElapsedTimer timer;
    timer.start();
    limit = qMax(0, limit);
    offset = qMax(0, offset);
    const SearchPlanner::Counted counted =
        limit > 0 ? m_planner.forPage(root, qint64(offset) + limit, order) : m_planner.count(root);
    SearchPlanner::Plan plan;
    if (limit > 0 && !(counted.exact && offset >= counted.total))
        plan = readPage(counted, limit, offset, order, result.hits);
    const bool lastPage = result.hits.size() < limit && (offset == 0 || !result.hits.isEmpty());
    result.total = counted.exact ? counted.total : lastPage ? offset + result.hits.size() : SearchResult::kCounting;
    const qint64 pageAt = timer.nsecsElapsed();
    if (pageFound)
        pageFound(result);
    if (!result.counted())
        result.total = m_planner.exactTotal(root, counted);
    qCDebug(lcSearch) << "search" << query << "order" << int(order.key) << order.ascending << "total" << result.total
                      << "page of" << result.hits.size() << "in" << pageAt / 1000 << "us by"
                      << (plan.sortMatches ? "sort" : "walk") << int(plan.options.sets) << "driver"
                      << int(counted.prepared.driver) << (counted.exact ? "counted with it," : "counted after,")
                      << (timer.nsecsElapsed() - pageAt) / 1000 << "us";
    return result;
}

RowIdsResult SearchEngine::allRowIds(const QString &query, SearchOrder order)
{
    RowIdsResult result;
    const ParseResult parsed = QueryParser::parse(query);
    if (!parsed.ok()) {
        result.error = parsed.error;
        return result;
    }
    result.error = withinTimeLimit(query, [&] {
        ReadSnapshot snapshot(m_db);
        result.damagedStoredRows = withoutDamagedStoredRows([&] {
            result.rowIds.clear();
            const SearchPlanner::Counted counted = m_planner.count(parsed.root);
            if (counted.total == 0)
                return;
            const auto plan = m_planner.plan(counted, counted.total, order);
            const CompiledQuery compiled = SqlCompiler::compile(counted.prepared.root, plan.options);
            cache::Statement st = m_db.prepareCached(orderedSql("c.rowid", plan, compiled, order, false));
            bindValues(st, compiled.parameters);
            result.rowIds.reserve(counted.total);
            while (st.step())
                result.rowIds << st.columnInt(0);
        });
    });
    if (result.error)
        result.rowIds.clear();
    if (!result.damagedStoredRows.isEmpty())
        dropDamagedStoredRows();
    return result;
}

QList<SearchHit> SearchEngine::hitsForRowIds(const QList<qint64> &rowIds)
{
    QStringList numbers;
    numbers.reserve(rowIds.size());
    for (const qint64 rowid : rowIds)
        numbers << QString::number(rowid);
    cache::Statement st =
        m_db.prepareCached(QLatin1String("SELECT ") + QLatin1String(kHitColumns)
                           + QLatin1String(" FROM communications c WHERE c.rowid IN (SELECT value FROM json_each(?))"));
    st.bind(1, QString(QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']')));
    QHash<qint64, SearchHit> byRowId;
    while (st.step()) {
        SearchHit hit = readHit(st);
        byRowId.insert(hit.rowid, std::move(hit));
    }
    QList<SearchHit> hits;
    for (const qint64 rowid : rowIds) {
        if (const auto it = byRowId.constFind(rowid); it != byRowId.constEnd())
            hits << *it;
    }
    return hits;
}

QStringList SearchEngine::explainCount(const QString &query)
{
    const ParseResult parsed = QueryParser::parse(query);
    if (!parsed.ok())
        return {parsed.error->message};
    ReadSnapshot snapshot(m_db);
    QStringList lines;
    m_planner.setExplainLog(&lines);
    SearchPlanner::Counted counted;
    const QString damage = withoutDamagedStoredRows([&] {
        lines.clear();
        counted = m_planner.count(parsed.root);
    });
    m_planner.setExplainLog(nullptr);
    if (!damage.isEmpty())
        lines << QStringLiteral("stored rows damaged (%1): counted without them").arg(damage);
    lines << QStringLiteral("total %1, driver %2%3")
                 .arg(counted.total)
                 .arg(int(counted.prepared.driver))
                 .arg(counted.prepared.probeText ? QStringLiteral(", text asked row by row") : QString());
    return lines;
}

QStringList SearchEngine::explainPage(const QString &query, int limit, int offset, SearchOrder order)
{
    const ParseResult parsed = QueryParser::parse(query);
    if (!parsed.ok())
        return {parsed.error->message};
    ReadSnapshot snapshot(m_db);
    const SearchPlanner::Counted counted = m_planner.forPage(parsed.root, qint64(offset) + limit, order);
    auto plan = m_planner.plan(counted, qint64(offset) + limit, order);
    const bool seek = seeksValues(plan, counted.prepared.root, order);
    const CompiledQuery compiled = SqlCompiler::compile(counted.prepared.root, plan.options);
    cache::Statement st = m_db.prepare(QLatin1String("EXPLAIN QUERY PLAN ")
                                       + (seek ? ValueWalk::valueSql(kHitColumns, compiled, order)
                                               : orderedSql(kHitColumns, plan, compiled, order, true)));
    int next = bindValues(st, seek ? compiled.parameters : pageValues(plan, compiled, qint64(offset) + limit));
    if (seek)
        st.bind(next++, QString()); // the value: one per statement run
    st.bind(next, limit);
    if (!seek)
        st.bind(next + 1, offset);
    QStringList lines;
    while (st.step())
        lines << st.columnText(3);
    if (plan.pageRows)
        lines << QStringLiteral("the text's %1 rows listed as the %2 of the months that hold the page")
                     .arg(counted.prepared.textRows->size())
                     .arg(plan.pageRows->size());
    return lines;
}

} // namespace proofdesk::search
