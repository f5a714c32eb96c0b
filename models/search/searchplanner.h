#pragma once

#include "cache/sqlite.h"
#include "planchoice.h"
#include "plannerreads.h"
#include "preparedquery.h"
#include "querynode.h"
#include "rowtextprobe.h"
#include "searchorder.h"
#include "sqlcompiler.h"
#include "storedrowsplan.h"
#include "textrows.h"

#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace proofdesk::cache {
class RowTextMatch;
}

namespace proofdesk::search {

// Decides how SearchEngine counts a query and reads its page, from sizes it can learn
// cheaply (the full-text index, max(rowid), the count itself). It never changes which
// rows match, only the access path; the tests run every query through every plan.
class SearchPlanner
{
public:
    enum class Choice {
        Automatic,
        Sort,        // SQLite drives from the most selective condition and sorts
        Walk,        // read in order from an index, sets only filter
        WalkProbing, // the same, asking the full-text index row by row
    };

    // What drives a query's rows (planchoice.h).
    using Driver = search::Driver;

    // What the measuring learnt about a query (preparedquery.h).
    using Prepared = PreparedQuery;

    struct Counted
    {
        qint64 total = 0;
        Prepared prepared;
        // Whether `total` is the exact number of matches; forPage() may leave an estimate
        // (always above the cut-off where it would change the plan), finished by exactTotal().
        bool exact = true;
        // forPage() planned the page from samples alone, without prepare(): exactTotal()
        // prepares and counts in full.
        bool light = false;
    };

    struct Plan
    {
        SqlCompiler::Options options;
        bool sortMatches = true; // ORDER BY +issued_at (+key): do not walk the order's indexes
        // Sorting reads the matches' issue dates from comm_issued_by_rowid and only the rows at
        // or past the page's last date whole (PlanCosts::narrowSortRatio).
        bool narrowSort = false;
        // The listed rows narrowed to the months that hold the page (StoredRowsPlan::windowMonths),
        // which options.textRows then points to; null when the page lists every match.
        std::shared_ptr<cache::RowIdSet> pageRows = nullptr;
    };

    // `helper`, when given, is a second reader of the same cache that full-text
    // collection may use at the same time (TextRows).
    explicit SearchPlanner(cache::Database &db, cache::Database *helper = nullptr);

    void setChoice(Choice choice) { m_choice = choice; }
    // Whether the stored rows (cache/rowbits.h) may be read; off once they were found damaged.
    void setStoredRows(bool use) { m_storedRows = use; }
    // While set, every statement the planner runs adds its SQL and its EXPLAIN QUERY PLAN
    // lines to `lines` (SearchEngine::explainCount).
    void setExplainLog(QStringList *lines) { m_reads.setExplainLog(lines); }
    Choice choice() const { return m_choice; }

    // The exact number of matches, and how the query is best driven.
    Counted count(const QueryNode &root);
    // How the query is best driven, with just enough of a count to plan a page of `window`
    // rows in `order` (plan() gives the same plan as with the exact total): the exact total
    // when it came on the way (the sets gave it, or the matches are few: counted up to
    // walkCutoff()), else an estimate above the cut-off and `exact` false.
    Counted forPage(const QueryNode &root, qint64 window, const SearchOrder &order);
    // forPage()'s total made exact (counting every match unless it is already).
    qint64 exactTotal(const QueryNode &root, const Counted &counted);
    // The number of matches above which plan() walks rather than sorts, for any range walked.
    qint64 walkCutoff(qint64 window);
    // How to read `window` (offset + limit) rows of `counted.total` matches in `order`;
    // compile counted.prepared.root with the plan's options.
    Plan plan(const Counted &counted, qint64 window, const SearchOrder &order = SearchOrder::newestFirst());

    // The thresholds that choose (planchoice.h, docs/search-plans.md).
    using Costs = PlanCosts;
    // For tests on a few rows, to reach the plans a large cache would choose.
    void setCosts(Costs costs) { m_costs = costs; }
    // Index ranges are counted up to this many entries when choosing what drives.
    static constexpr qint64 kRangeCountCap = 300000;
    static_assert(PlanCosts{}.walkRange == kRangeCountCap, "a range is walked past the count cap");
    // "A -B" is counted as count(A) - count(A B) for up to this many negated fields.
    static constexpr int kMaxComplements = 3;
    // A word in at least one row of this many is counted, not collected (prepare()).
    static constexpr qint64 kDenseWord = 8;

private:
    qint64 countNode(const QueryNode &root, int complements, const Prepared *prepared = nullptr);
    qint64 countAll();
    std::optional<qint64> facetCount(const QueryNode &root);
    qint64 countDirect(const Prepared &prepared);
    // The matches, counted up to cap + 1 (the plan's lookups, no more).
    qint64 countUpTo(const Prepared &prepared, qint64 cap);
    qint64 estimateAbove(const Prepared &prepared, qint64 floor);
    bool planNeedsTotal(const Prepared &prepared, const SearchOrder &order) const;
    static bool usesRowSets(const QueryNode &root);
    static bool usesPrefix(const QueryNode &root);
    static bool hasKeyConditionIn(const QueryNode &root);
    std::optional<Counted> lightPage(const QueryNode &root, qint64 window, const SearchOrder &order);
    qint64 sampledTextRows(const QString &fts);
    qint64 sampledOwnTextRows(const QString &fts);
    bool walksCandidates(Prepared &prepared, qint64 window, qint64 sampled, double perRow);
    // What prepare() is for: a count collects what the total needs; a page may leave it.
    enum class Need { Count, Page };
    Prepared prepare(const QueryNode &root, Need need = Need::Count);
    Prepared prepareDriver(const QueryNode &root, Need need);
    // The rows of each text the query negates on its own, where the stored rows give them.
    void collectNegatedRows(Prepared &prepared);
    static bool walksNarrowDates(const Prepared &prepared, const SearchOrder &order);
    PageFacts pageFacts(const Counted &counted, qint64 window, const SearchOrder &order);
    bool listsTextRows(const Prepared &prepared) const;
    Plan narrowedToWindowMonths(Plan sort, const Counted &counted, qint64 window, const SearchOrder &order);
    bool walksLargeRange(const Prepared &prepared, const SearchOrder &order) const;
    // prepare() for a query that is only text (its full-text expression `fts`).
    void prepareTextOnly(Prepared &prepared, const QString &fts, qint64 rows);
    // prepare() for an And with a required text: which of the text and the smallest range drives.
    void chooseTextOrRange(Prepared &prepared, const QString &text, qint64 smallest, qint64 rows);
    struct FieldRanges
    {
        qint64 smallest = -1; // see putSmallestRangeFirst
        // Each ordered field's rows within the dates, or null past kRangeCountCap.
        std::vector<std::shared_ptr<cache::RowIdSet>> rows;
    };
    FieldRanges putSmallestRangeFirst(QueryNode &root, qint64 maxRowid);
    // The rows `node` matches, up to kRangeCountCap + 1 of them.
    std::shared_ptr<cache::RowIdSet> collectRange(const QueryNode &node, qint64 maxRowid);
    std::optional<cache::RowIdSet> exactMatches(const Prepared &prepared, const FieldRanges &ranges, bool hasText);
    qint64 issuedRangeEstimate(const QueryNode &dateRange);
    qint64 rowsUpTo(const QueryNode &node, qint64 cap);
    bool textOutnumbers(const QString &fts, qint64 rows);
    void probeTextOfKey(Prepared &prepared);
    // Asking a row on its own text (rowtextprobe.h): its cost in microseconds, or nothing when
    // the rows are too long or a term has no token.
    std::optional<double> rowTextMicros(const QueryNode &root)
    {
        return search::rowTextMicros(m_db, m_reads.tokenizer().get(), root, m_costs.rowTextTokens);
    }
    bool rowTextPays(const QueryNode &root) { return rowTextMicros(root).has_value(); }
    void collectProbedMatches(Prepared &prepared, qint64 maxRowid);
    // The stored rows (StoredRowsPlan), while they may be read.
    bool matchStoredWords(Prepared &prepared)
    {
        return m_storedRows && m_stored.matchWords(prepared, m_costs.probeRows);
    }
    std::optional<qint64> countInStoredRows(const Prepared &prepared)
    {
        return m_storedRows ? m_stored.countIn(prepared) : std::nullopt;
    }
    std::shared_ptr<cache::RowIdSet> storedRange(const QueryNode &node, qint64 maxRowid)
    {
        return m_storedRows ? m_stored.range(node, maxRowid) : nullptr;
    }
    qint64 scalar(const QString &sql, const QList<QVariant> &parameters = {})
    {
        return m_reads.scalar(sql, parameters);
    }
    qint64 textCount(const QueryNode &text);
    qint64 estimatedRows() { return m_reads.maxRowid(); }
    // The full-text collector, with the helper when `helper` and the stored rows when allowed.
    TextRows text(bool helper = true);

    cache::Database &m_db;
    cache::Database *m_helper;
    Choice m_choice = Choice::Automatic;
    bool m_storedRows = true;
    Costs m_costs;
    PlannerReads m_reads;    // what the measuring runs, and the explain log
    StoredRowsPlan m_stored; // what it reads from the stored rows
};

} // namespace proofdesk::search
