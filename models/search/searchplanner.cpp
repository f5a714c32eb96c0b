#include "searchplanner.h"

#include "cache/communicationcount.h"
#include "facetcount.h"
#include "fields.h"
#include "querytree.h"
#include "statementutil.h"
#include "textrows.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace proofdesk::search {

namespace {

using namespace querytree;
using Kind = QueryNode::Kind;
using Driver = SearchPlanner::Driver;
using SetUse = SqlCompiler::SetUse;

// How the chosen driver is told to SQLite: a key or a small text set drives with the
// low-cardinality indexes kept away; a small index range drives with the row sets only
// filtering; a narrow range drives and has the text asked of its rows.
CompileOptions driveOptions(const SearchPlanner::Prepared &prepared, bool coverFields)
{
    CompileOptions options;
    options.sets = prepared.driver == Driver::Range || prepared.textFilters ? SetUse::Filter : SetUse::Drive;
    options.selectiveLeads = prepared.driver == Driver::Key || prepared.driver == Driver::Text;
    options.coverFields = coverFields;
    options.probeText = prepared.probeText;
    options.probeRowText = prepared.probeText && prepared.probeRowText;
    return options;
}

QString whereClause(const CompiledQuery &compiled)
{
    return compiled.where == QLatin1String("1") ? QString() : QLatin1String(" WHERE ") + compiled.where;
}

// The conditions an And's collected sets can answer exactly: text (merged into the
// required text), ordered fields and dates (inside each field's range).
bool answeredBySets(const QueryNode &child)
{
    return isTextCondition(child) || isOrderedColumn(child) || child.kind == Kind::DateRange;
}

void useTextRows(CompileOptions &options, const SearchPlanner::Prepared &prepared)
{
    options.textRows = prepared.textRows.get();
    options.textFts = prepared.textFts;
    options.textRowsAreCandidates = prepared.textCandidates;
    options.negatedRows.clear();
    for (const auto &[fts, rows] : prepared.negatedRows)
        options.negatedRows.emplace_back(fts, rows.get());
    options.textSets.clear();
    for (const auto &[node, rows] : prepared.textSets)
        options.textSets.emplace_back(node, rows.get());
}

} // namespace

SearchPlanner::SearchPlanner(cache::Database &db, cache::Database *helper)
    : m_db(db)
    , m_helper(helper)
    , m_reads(db)
    , m_stored(m_reads)
{}

TextRows SearchPlanner::text(bool helper)
{
    TextRows rows(m_db, helper ? m_helper : nullptr, m_storedRows);
    rows.setLog(m_reads.explainLog());
    return rows;
}

// Counting comm_fts alone relies on it being in step with communications, which the
// writer keeps in the same transaction (DESIGN.md, "The cache").
qint64 SearchPlanner::textCount(const QueryNode &text)
{
    m_reads.note(QStringLiteral(
        "SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? (in two halves of rowids, or the stored rows)"));
    return this->text().count(text, estimatedRows());
}

// Every communication: the month aggregate's sum, or count(*) while a bulk load defers it
// (cache/communicationcount.h).
qint64 SearchPlanner::countAll()
{
    if (m_reads.explainLog())
        m_reads.note(QString::fromLatin1(cache::countCommunicationsSql(m_db)));
    return cache::countCommunications(m_db);
}

SearchPlanner::Counted SearchPlanner::count(const QueryNode &root)
{
    Counted counted;
    counted.prepared = prepare(root);
    counted.total = countNode(root, kMaxComplements, &counted.prepared);
    return counted;
}

// `prepared`, when given, is prepare(root) already done.
qint64 SearchPlanner::countNode(const QueryNode &root, int complements, const Prepared *prepared)
{
    if (root.matchesEverything())
        return countAll();
    if (const auto facets = facetCount(root))
        return *facets;
    if (prepared && prepared->total >= 0)
        return prepared->total;
    if (SqlCompiler::ftsExpression(root))
        return textCount(root);
    // The compiled Not matches exactly the rows its operand does not (NULL counts as no
    // match), so its count is the complement, which the cheaper paths below can give.
    if (root.kind == Kind::Not)
        return countAll() - countNode(root.children.front(), complements);
    if (const auto set = SqlCompiler::rowSet(root)) {
        // Block rows have a foreign key to communications and the hold SQL joins it: the
        // rowids exist, so no row lookups are needed.
        return scalar(QLatin1String("SELECT count(DISTINCT r) FROM (") + set->where + QLatin1Char(')'),
                      set->parameters);
    }
    const int negated = complements > 0 ? negatedFieldIndex(root) : -1;
    if (negated < 0)
        return countDirect(prepared ? *prepared : prepare(root));
    // count(A -B) = count(A) - count(A B): both sides read indexes only, where the direct
    // count would read every row of A to test B.
    std::vector<QueryNode> rest = root.children;
    QueryNode operand = rest[std::size_t(negated)].children.front();
    rest.erase(rest.begin() + negated);
    std::vector<QueryNode> with = rest;
    with.push_back(std::move(operand));
    return countNode(andOf(std::move(rest)), complements - 1) - countNode(andOf(std::move(with)), complements - 1);
}

// Fields the month aggregate keeps, over whole months: summed there (facetcount.h).
std::optional<qint64> SearchPlanner::facetCount(const QueryNode &root)
{
    if (!FacetCount::answers(root))
        return std::nullopt;
    if (m_reads.explainLog()) {
        QList<QVariant> parameters;
        m_reads.note(FacetCount::countSql(root, &parameters));
    }
    return FacetCount::count(m_db, root);
}

qint64 SearchPlanner::countDirect(const Prepared &prepared)
{
    if (prepared.total >= 0)
        return prepared.total;
    return countUpTo(prepared, -1);
}

// With cap -1, every match (LIMIT 0 would be none; no LIMIT then).
qint64 SearchPlanner::countUpTo(const Prepared &prepared, qint64 cap)
{
    CompileOptions options = driveOptions(prepared, true);
    useTextRows(options, prepared);
    const CompiledQuery q = SqlCompiler::compile(prepared.root, options);
    // Text drives and only the issue date is left to test: the narrow (rowid, issued_at)
    // index answers that for each matching rowid without reading the wide row (F4 in
    // docs/search-plans.md).
    const bool issuedOnly = prepared.driver == Driver::Text && onlyTextAndIssued(prepared.root);
    const QString from =
        QLatin1String(issuedOnly ? " FROM communications c INDEXED BY comm_issued_by_rowid" : " FROM communications c");
    if (cap < 0)
        return scalar(QLatin1String("SELECT count(*)") + from + whereClause(q), q.parameters);
    return scalar(QLatin1String("SELECT count(*) FROM (SELECT 1") + from + whereClause(q) + QLatin1String(" LIMIT ?)"),
                  q.parameters + QList<QVariant>{QVariant::fromValue<qint64>(cap + 1)});
}

bool SearchPlanner::usesRowSets(const QueryNode &root) { return hasRowSet(root); }
bool SearchPlanner::usesPrefix(const QueryNode &root) { return hasPrefixTerm(root); }
bool SearchPlanner::hasKeyConditionIn(const QueryNode &root) { return hasKeyCondition(root); }

SearchPlanner::Prepared SearchPlanner::prepare(const QueryNode &root, Need need)
{
    Prepared prepared = prepareDriver(root, need);
    collectNegatedRows(prepared);
    return prepared;
}

SearchPlanner::Prepared SearchPlanner::prepareDriver(const QueryNode &root, Need need)
{
    Prepared prepared;
    prepared.root = root;
    prepared.driver = hasKeyCondition(root) ? Driver::Key : Driver::Planner;
    if (prepared.driver == Driver::Key) {
        probeTextOfKey(prepared);
        return prepared;
    }
    const qint64 rows = estimatedRows(); // the size the row sets are made for
    if (const auto fts = SqlCompiler::ftsExpression(root)) {
        prepareTextOnly(prepared, *fts, rows);
        return prepared;
    }
    if (root.kind != Kind::And)
        return prepared;
    const auto text = SqlCompiler::requiredText(root);
    // Sizing ranges costs a few index reads; only worth it when there is a choice.
    const auto ordered = std::count_if(root.children.begin(), root.children.end(), isOrderedColumn);
    if (!text && ordered < 2)
        return prepared;
    const FieldRanges ranges = putSmallestRangeFirst(prepared.root, rows);
    const qint64 smallest = ranges.smallest;
    if (text && planchoice::fewEnoughToAsk(smallest, m_costs) && textOutnumbers(*text, smallest * m_costs.probe)) {
        // Few rows in the range and a text far more common: it is asked of each of them,
        // never read whole (F2 in docs/search-plans.md).
        prepared.driver = Driver::Narrow;
        prepared.rangeRows = smallest;
        if (matchStoredWords(prepared)) // a common word's stored rows (StoredRowsPlan)
            return prepared;
        prepared.probeText = true;
        prepared.probeRowText = rowTextPays(prepared.root);
        // Dates and text alone, for a page: the page walks the dates in order asking each row
        // and stops at the page (plan()); only the total asks them all (F2).
        if (need == Need::Count || !onlyTextAndIssued(root))
            collectProbedMatches(prepared, rows);
        return prepared;
    }
    if (text)
        chooseTextOrRange(prepared, *text, smallest, rows);
    else if (smallest >= 0)
        prepared.driver = Driver::Range;
    if (prepared.driver == Driver::Range)
        prepared.rangeRows = smallest;
    if (const auto stored = countInStoredRows(prepared))
        prepared.total = *stored;
    else if (const auto matches = exactMatches(prepared, ranges, text.has_value()))
        prepared.total = matches->size();
    return prepared;
}

// Text only: its rows are the matches, and the page walks keeping them. A single word (FTS5
// reads its doclist and nothing else) found in one row in kDenseWord or more is only
// counted: collecting it would cost half as much again as counting, and the page, probing
// the full-text index row by row, meets a match every few rows. (A rarer word is read twice,
// counted then collected: both passes are small, and collecting only up to the dense share
// first measured slower for common words.)
void SearchPlanner::prepareTextOnly(Prepared &prepared, const QString &fts, qint64 rows)
{
    const QueryNode &root = prepared.root;
    TextRows words = text();
    if (root.kind == Kind::Term && root.termKind == QueryNode::TermKind::Word) {
        const qint64 n = words.count(fts, rows);
        if (n * kDenseWord >= rows) {
            prepared.total = n;
            return;
        }
    }
    prepared.textRows = words.collect(root, rows);
    prepared.textFts = fts;
    prepared.total = prepared.textRows->size();
}

// An And with a text and maybe a range (of `smallest` rows; -1 for none): the text drives
// when it is small, the range when it is smaller than the text's lookups or the text is large.
void SearchPlanner::chooseTextOrRange(Prepared &prepared, const QString &text, qint64 smallest, qint64 rows)
{
    // The stored rows give the text whole for less than FTS5 gives its first textLeadLimit rows.
    auto textRows = this->text().collectStored(*requiredTextNode(prepared.root), rows);
    const bool whole = textRows != nullptr;
    if (!whole)
        textRows = this->text(false).collectUpTo(text, m_costs.textLeadLimit, rows);
    const qint64 n = textRows->size();
    const bool small = n <= m_costs.textLeadLimit;
    if (small) {
        prepared.textRows = std::move(textRows);
        prepared.textFts = text;
    } else if (whole) {
        prepared.textRows = std::move(textRows);
        prepared.textFts = text;
        prepared.textFilters = smallest < 0;
    } else if (smallest >= 0) {
        // A range drives and the text only filters it: tested in a set of all its rows
        // (a few ns a row) rather than in the match list SQLite would build for
        // `rowid IN (…)` (an ephemeral b-tree of the same postings, a seek per row; F4).
        prepared.textRows = this->text().collect(*requiredTextNode(prepared.root), rows);
        prepared.textFts = text;
    }
    prepared.driver = planchoice::textOrRange(n, smallest, m_costs);
}

// The intersection of the collected sets, less the rows of text that is only negated, when
// they answer every condition of the And: then counting is a matter of bits, not of testing each row of one range in
// another's index (F4 in docs/search-plans.md).
std::optional<cache::RowIdSet> SearchPlanner::exactMatches(const Prepared &prepared, const FieldRanges &ranges,
                                                           bool hasText)
{
    const auto &children = prepared.root.children;
    if (ranges.rows.empty() || (hasText && !prepared.textRows)
        || !std::all_of(children.begin(), children.end(), answeredBySets))
        return std::nullopt;
    if (!std::all_of(ranges.rows.begin(), ranges.rows.end(), [](const auto &rows) { return bool(rows); }))
        return std::nullopt;
    cache::RowIdSet matches = *ranges.rows.front();
    for (std::size_t i = 1; i < ranges.rows.size(); ++i)
        matches.intersect(*ranges.rows[i]);
    if (prepared.textRows)
        matches.intersect(*prepared.textRows);
    // Text only negated is a condition too: its rows are taken away (counted as if it were not
    // there, "type:statement channel:email -garcia" gave 226 where 218 match, issue #43).
    else if (const auto excluded = excludedTextNode(prepared.root))
        matches.subtract(*text().collect(*excluded, estimatedRows()));
    return matches;
}

// Moves the low-cardinality field whose index range (within the query's dates) is the
// smallest to the front of the And, where the compiler lets it drive. Returns that size,
// or the date range's size when there is no such field, or -1 when there is neither; and
// each field's rows within the dates, collected on the way.
SearchPlanner::FieldRanges SearchPlanner::putSmallestRangeFirst(QueryNode &root, qint64 maxRowid)
{
    std::vector<QueryNode> dates;
    for (const QueryNode &child : root.children) {
        if (child.kind == Kind::DateRange)
            dates.push_back(child);
    }
    FieldRanges ranges;
    std::size_t best = root.children.size();
    for (std::size_t i = 0; i < root.children.size(); ++i) {
        if (!isOrderedColumn(root.children[i]))
            continue;
        std::vector<QueryNode> range{root.children[i]};
        range.insert(range.end(), dates.begin(), dates.end());
        auto rows = collectRange(andOf(std::move(range)), maxRowid);
        const qint64 size = qMin(rows->size(), kRangeCountCap);
        if (ranges.smallest < 0 || size < ranges.smallest) {
            ranges.smallest = size;
            best = i;
        }
        ranges.rows.push_back(rows->size() <= kRangeCountCap ? std::move(rows) : nullptr);
    }
    if (best < root.children.size())
        std::rotate(root.children.begin(), root.children.begin() + best, root.children.begin() + best + 1);
    else if (!dates.empty()) {
        // The estimate assumes a week's communications spread evenly: a range it puts near
        // Costs::probeRows is counted in its index (at most that many entries read), since
        // whether the text is asked row by row depends on it.
        ranges.smallest = issuedRangeEstimate(dates.front());
        if (ranges.smallest <= 2 * m_costs.probeRows) {
            const qint64 exact = rowsUpTo(andOf(dates), m_costs.probeRows);
            ranges.smallest = exact <= m_costs.probeRows ? exact : qMax(exact, ranges.smallest);
        }
    }
    return ranges;
}

// The rows `node` matches, counted in the index SQLite picks, up to `cap` + 1.
qint64 SearchPlanner::rowsUpTo(const QueryNode &node, qint64 cap)
{
    const CompiledQuery q = SqlCompiler::compile(node);
    return scalar(QLatin1String("SELECT count(*) FROM (SELECT 1 FROM communications c WHERE ") + q.where
                      + QLatin1String(" LIMIT ?)"),
                  q.parameters + QList<QVariant>{QVariant::fromValue<qint64>(cap + 1)});
}

// Whether `fts` matches more than `rows` rows, from at most about kTextSample of its
// postings: up to that many rows by reading the first rows + 1 matches, beyond it from the
// matches in a window of rowids (rowids are dense, and FTS5 seeks a rowid range in each
// term's postings): more than kTextSample in a window of kTextSample / rows of the cache,
// read up to one past kTextSample. (At
// a million, reading rows * Costs::probe postings for a day beside a common word cost as
// much as asking the day's rows.) No text matches more rows than the cache has rowids: from
// that many on the answer is no without a read (a week of 10,000 rows beside a word in 5% of
// a million counted all 50,000 of its postings to learn it).
bool SearchPlanner::textOutnumbers(const QString &fts, qint64 rows)
{
    constexpr qint64 kTextSample = 4096;
    const qint64 maxRowid = estimatedRows();
    if (rows >= maxRowid)
        return false;
    if (rows <= kTextSample)
        return scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM comm_fts WHERE comm_fts MATCH ? LIMIT ?)"),
                      {fts, QVariant::fromValue<qint64>(rows + 1)})
               > rows;
    const qint64 window = qMax<qint64>(1, maxRowid * kTextSample / rows);
    const qint64 inWindow = scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM comm_fts WHERE comm_fts MATCH ? "
                                                  "AND rowid >= 0 AND rowid < ? LIMIT ?)"),
                                   {fts, QVariant::fromValue(window), QVariant::fromValue(kTextSample + 1)});
    return inWindow * maxRowid > rows * window;
}

// A key with text ("customer:X balance"): the key's rows, counted in its index up to
// Costs::probeRows, are asked for the text one by one when the text is far more common
// (Costs::probe), rather than the common word's match list built first (F1 in
// docs/search-plans.md).
void SearchPlanner::probeTextOfKey(Prepared &prepared)
{
    const QueryNode &root = prepared.root;
    if (root.kind != Kind::And || !hasText(root) || matchStoredWords(prepared))
        return;
    std::vector<QueryNode> keys;
    std::copy_if(root.children.begin(), root.children.end(), std::back_inserter(keys), isKey);
    const qint64 keyRows = rowsUpTo(andOf(std::move(keys)), m_costs.probeRows);
    if (keyRows > m_costs.probeRows)
        return;
    const auto text = SqlCompiler::requiredText(root);
    // On their own text, a key's few rows cost less to ask than learning whether the text is
    // rarer would: textOutnumbers reads up to keyRows * probe of its postings.
    const bool rowText = rowTextPays(root);
    prepared.probeText =
        !text || (rowText && keyRows <= m_costs.rowTextUnchecked) || textOutnumbers(*text, keyRows * m_costs.probe);
    prepared.probeRowText = prepared.probeText && rowText;
    if (prepared.probeText)
        collectProbedMatches(prepared, estimatedRows());
}

// The matches of a query whose text is asked row by row, collected as they are counted: the
// page then tests the selected rows in the set instead of asking the full-text index about
// each of them a second time. The set stands for the required text (SqlCompiler::requiredText),
// which is exact wherever the query's other conditions hold, as they do beside it in every
// plan (they are the same And's other children). A query whose text is only negated or under
// an OR has no required text: its page asks again.
void SearchPlanner::collectProbedMatches(Prepared &prepared, qint64 maxRowid)
{
    const auto text = SqlCompiler::requiredText(prepared.root);
    if (!text)
        return;
    auto matches = std::make_shared<cache::RowIdSet>(cache::RowIdSet::withCapacity(maxRowid));
    const CompiledQuery q = SqlCompiler::compile(prepared.root, driveOptions(prepared, true));
    // LIMIT -1 (none) keeps the subquery from being flattened, so that only its rows are added.
    scalar(QLatin1String("SELECT count(*) FROM (SELECT c.rowid AS r FROM communications c WHERE ") + q.where
               + QLatin1String(" LIMIT -1) WHERE rowset_add(?, r)"),
           q.parameters + QList<QVariant>{QVariant::fromValue(RowSetParameter{matches.get()})});
    prepared.total = matches->size();
    prepared.textRows = std::move(matches);
    prepared.textFts = *text;
}

// The size of a bare date range, from the weekly aggregate the writer keeps (migration 2)
// instead of counting up to kRangeCountCap index entries (F8 in docs/search-plans.md).
// A week the range covers in part counts for the part covered, as if its communications
// were spread evenly over it (a day of a week: a seventh of it); the driver choice only
// needs the order of magnitude. (Integer division truncates toward zero before 1970: the
// weeks from the one before the first are read.)
qint64 SearchPlanner::issuedRangeEstimate(const QueryNode &dateRange)
{
    constexpr qint64 kWeek = 604800000, kMondayShift = 259200000; // epoch was a Thursday
    const qint64 from = dateRange.from.value_or(std::numeric_limits<qint64>::min() / 2);
    const qint64 to = dateRange.to.value_or(std::numeric_limits<qint64>::max() / 2);
    const qint64 firstWeek = (from + kMondayShift) / kWeek * kWeek - kMondayShift;
    return qMin(
        kRangeCountCap,
        scalar(QStringLiteral(
                   "SELECT CAST(coalesce(sum(n * 1.0 * max(0, min(?, week + ?) - max(?, week)) / ?), 0) AS INTEGER) "
                   "FROM agg_comm_week WHERE week >= ? AND week < ?"),
               {QVariant::fromValue(to), QVariant::fromValue(kWeek), QVariant::fromValue(from),
                QVariant::fromValue(kWeek), QVariant::fromValue(firstWeek - kWeek), QVariant::fromValue(to)}));
}

std::shared_ptr<cache::RowIdSet> SearchPlanner::collectRange(const QueryNode &node, qint64 maxRowid)
{
    if (auto stored = storedRange(node, maxRowid))
        return stored;
    auto rows = std::make_shared<cache::RowIdSet>(cache::RowIdSet::withCapacity(maxRowid));
    const CompiledQuery q = SqlCompiler::compile(node);
    scalar(QLatin1String("SELECT count(*) FROM (SELECT c.rowid AS r FROM communications c WHERE ") + q.where
               + QLatin1String(" LIMIT ?) WHERE rowset_add(?, r)"),
           q.parameters
               + QList<QVariant>{QVariant::fromValue<qint64>(kRangeCountCap + 1),
                                 QVariant::fromValue(RowSetParameter{rows.get()})});
    return rows;
}

// A narrow date range with text, newest or oldest first: the dates' own index gives the order,
// so a walk stops at the page, asking each row (its matches not collected: prepare() for a
// page) or testing it in the matches. Sorting every match instead reads each of their rows
// (F3 in docs/search-plans.md).
bool SearchPlanner::walksNarrowDates(const Prepared &prepared, const SearchOrder &order)
{
    return prepared.driver == Driver::Narrow && order.byIssued() && onlyTextAndIssued(prepared.root);
}

// The measurements plan() chooses from (planchoice::page).
PageFacts SearchPlanner::pageFacts(const Counted &counted, qint64 window, const SearchOrder &order)
{
    const Prepared &prepared = counted.prepared;
    PageFacts facts;
    facts.total = counted.total;
    facts.window = window;
    facts.rows = estimatedRows();
    facts.driver = prepared.driver;
    facts.rangeRows = prepared.rangeRows;
    facts.byIssued = order.byIssued();
    facts.narrowDates = walksNarrowDates(prepared, order);
    facts.textCollected = prepared.textRows != nullptr;
    facts.textCandidates = prepared.textCandidates;
    facts.onlyText = SqlCompiler::ftsExpression(prepared.root).has_value();
    facts.rowSets = hasRowSet(prepared.root);
    facts.prefix = hasPrefixTerm(prepared.root);
    facts.phrase = hasTermOf(prepared.root, QueryNode::TermKind::Phrase);
    if (facts.rowSets)
        facts.rowTextMicros = rowTextMicros(prepared.root);
    return facts;
}

// A single word's collected rows are listed only when few: FTS5 reads its postings about as fast
// as SQLite reads the list. Any other text costs FTS5 far more (a phrase of common words kept
// whole at 10M: ~0.9 s for the desktop's whole row list, F26).
bool SearchPlanner::listsTextRows(const Prepared &prepared) const
{
    const qint64 rows = prepared.textRows->size();
    const std::optional<QueryNode> text = requiredTextNode(prepared.root);
    const bool oneWord = text && text->kind == QueryNode::Kind::Term && text->termKind == QueryNode::TermKind::Word;
    return rows <= (oneWord ? m_costs.listedWordRows : m_costs.listedTextRows);
}

// A narrow sort of a text alone lists only the rows of the months that hold the page (the
// stored months, StoredRowsPlan::windowMonths): its other matches are past the page whatever
// their dates. Not with other conditions, which may leave fewer of a month's rows than counted.
SearchPlanner::Plan SearchPlanner::narrowedToWindowMonths(Plan sort, const Counted &counted, qint64 window,
                                                          const SearchOrder &order)
{
    if (!sort.narrowSort || !m_storedRows || !SqlCompiler::ftsExpression(counted.prepared.root))
        return sort;
    sort.pageRows =
        m_stored.windowMonths(*counted.prepared.textRows, window, order.ascending, m_costs.lookupsPerMonthChunk);
    if (sort.pageRows)
        sort.options.textRows = sort.pageRows.get();
    return sort;
}

SearchPlanner::Plan SearchPlanner::plan(const Counted &counted, qint64 window, const SearchOrder &order)
{
    Plan sort{driveOptions(counted.prepared, false), true};
    Plan walk{{}, false};
    walk.options.sets = SetUse::Filter;
    Plan probe{{}, false};
    probe.options.sets = SetUse::Probe;
    for (Plan *p : {&sort, &walk, &probe})
        useTextRows(p->options, counted.prepared);
    // Collected text rows drive the sort as a list, not FTS5 read again (F25, F26).
    sort.options.textRowsListed = sort.options.sets == SetUse::Drive && !sort.options.probeText
                                  && counted.prepared.textRows && listsTextRows(counted.prepared);
    // Many listed rows, newest or oldest first, only text and dates asked: their dates come from
    // the narrow index, and only the rows from the page's last date on are read whole (F32).
    // (Candidates are asked on their own text: not twice, in the date's pass and the page's.)
    const QueryNode &root = counted.prepared.root;
    sort.narrowSort = sort.options.textRowsListed && !sort.options.textRowsAreCandidates && order.byIssued()
                      && (SqlCompiler::ftsExpression(root) || onlyTextAndIssued(root))
                      && counted.prepared.textRows->size() >= m_costs.narrowSortRatio * window;
    // The walks read the order's index; sorting keeps the driver's (which may filter sets).
    if (!order.byIssued()) {
        walk.options.orderColumn = order.column();
        probe.options.orderColumn = order.column();
    }
    switch (m_choice) {
    case Choice::Sort:
        return narrowedToWindowMonths(std::move(sort), counted, window, order);
    case Choice::Walk:
        return walk;
    case Choice::WalkProbing:
        return probe;
    case Choice::Automatic:
        break;
    }
    PageFacts facts = pageFacts(counted, window, order);
    facts.narrowSort = sort.narrowSort;
    switch (planchoice::page(facts, m_costs)) {
    case PageWay::Sort:
        return narrowedToWindowMonths(std::move(sort), counted, window, order);
    case PageWay::Walk:
        return walk;
    case PageWay::ProbeRowText:
        probe.options.probeRowText = true;
        return probe;
    case PageWay::Probe:
        break;
    }
    return probe;
}

} // namespace proofdesk::search
