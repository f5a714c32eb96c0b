// SearchPlanner's planning of a page without counting every match (issue #30): the page
// needs the total only to choose between sorting the matches and walking an order's index,
// and that choice turns on whether the matches are fewer than a cut-off of a few thousand.
#include "facetcount.h"
#include "searchplanner.h"
#include "storedtext.h"

namespace proofdesk::search {

static_assert(PlanCosts{}.narrowRows == StoredText::kNarrowRows, "the planner prices the narrowing StoredText does");

qint64 SearchPlanner::walkCutoff(qint64 window) { return planchoice::walkCutoff(window, estimatedRows()); }

// A forced plan, a key or a narrow range is planned the same whatever the total.
bool SearchPlanner::planNeedsTotal(const Prepared &prepared, const SearchOrder &) const
{
    return m_choice == Choice::Automatic && prepared.driver != Driver::Key && prepared.driver != Driver::Narrow;
}

// An estimate of a total known to be above `floor`, from the sizes prepare() learnt: the
// text's rows and the driving range's, as if independent. It only chooses between two walks.
qint64 SearchPlanner::estimateAbove(const Prepared &prepared, qint64 floor)
{
    const qint64 rows = estimatedRows();
    qint64 estimate = rows;
    const bool textKnown = prepared.textRows && !prepared.probeText;
    if (textKnown)
        estimate = prepared.textRows->size();
    if (prepared.rangeRows >= 0)
        estimate = textKnown ? estimate * prepared.rangeRows / rows : qMin(estimate, prepared.rangeRows);
    return qMax(estimate, floor + 1);
}

// The matches of a full-text expression among the newest kSample rowids, scaled to the
// cache: FTS5 seeks that rowid range in each term's postings (a few hundred microseconds).
qint64 SearchPlanner::sampledTextRows(const QString &fts)
{
    constexpr qint64 kSample = 8192;
    const qint64 rows = estimatedRows();
    const qint64 from = qMax<qint64>(0, rows - kSample);
    const qint64 found = scalar(QStringLiteral("SELECT count(*) FROM comm_fts WHERE comm_fts MATCH ? AND rowid > ?"),
                                {fts, QVariant::fromValue(from)});
    return found * rows / qMax<qint64>(1, rows - from);
}

// The same, asking the newest kSample rows on their own text (its cost: F6 in docs/search-plans.md).
qint64 SearchPlanner::sampledOwnTextRows(const QString &fts)
{
    constexpr qint64 kSample = 1024;
    const qint64 rows = estimatedRows();
    const qint64 found = scalar(QStringLiteral("SELECT count(*) FROM (SELECT body, names, ids FROM comm_text "
                                               "ORDER BY rowid DESC LIMIT ?) WHERE fts_row_match(?, body, names, ids)"),
                                {QVariant::fromValue(kSample), fts});
    return found * rows / qMin(kSample, rows);
}

// Pages that need no sizing of the query's parts (prepare() reads a text's postings whole,
// and collects each field's range): a query that is only a word found in so many rows that
// the walk asking the full-text index row by row meets `window` matches within kProbeBudget
// rows; and, newest first, a query without text, blocks or holds, which walks the issue-date
// index with its fields' own indexes (plan(): the same plan past `window` matches).
std::optional<SearchPlanner::Counted> SearchPlanner::lightPage(const QueryNode &root, qint64 window,
                                                               const SearchOrder &order)
{
    if (m_choice != Choice::Automatic || root.matchesEverything() || hasKeyConditionIn(root))
        return std::nullopt;
    Counted counted;
    counted.exact = false;
    counted.light = true;
    counted.prepared.root = root;
    // A single word or phrase; a prefix only on the rows' own text: FTS5 without a prefix
    // index expands a prefix into every term it begins, for a sample as for the whole list.
    if (root.kind == QueryNode::Kind::Term) {
        const auto fts = SqlCompiler::ftsExpression(root);
        const auto perRow = rowTextMicros(root);
        const bool prefix = root.termKind == QueryNode::TermKind::Prefix;
        if (prefix && !perRow)
            return std::nullopt;
        const qint64 sampled = prefix ? sampledOwnTextRows(*fts) : sampledTextRows(*fts);
        if (sampled <= window)
            return std::nullopt; // too few to probe for: collected (and counted on the way)
        const bool phrase = root.termKind == QueryNode::TermKind::Phrase;
        // A phrase kept whole is collected from its stored rows far faster than from FTS5 (F23).
        const bool stored = phrase && perRow && m_storedRows && text(false).storedWhole(root);
        const bool pays = perRow ? planchoice::rowTextWalkPays(phrase, *perRow, window * estimatedRows() / sampled,
                                                               sampled, m_costs, stored)
                                 : planchoice::probingPays(phrase, window, estimatedRows(), sampled, m_costs);
        counted.total = sampled;
        if (pays)
            return counted;
        if (phrase && perRow && sampled > walkCutoff(window)
            && walksCandidates(counted.prepared, window, sampled, *perRow))
            return counted;
        return std::nullopt;
    }
    if (usesPrefix(root) || !order.byIssued() || usesRowSets(root) || countUpTo(counted.prepared, window) <= window)
        return std::nullopt; // few matches: counted exactly on the way, as sorting wants
    // Fields the month aggregate answers are counted exactly at once, for less than the page.
    const auto facets = facetCount(root);
    counted.exact = facets.has_value();
    counted.total = facets.value_or(window + 1);
    return counted;
}

// A phrase narrowed by its pieces' stored rows whose matches are many (the walk stops at the
// page, it never sorts them): the walk tests its candidates, and asks only the candidates it
// meets on their own text, where collecting asks all of them (or FTS5 reads its words' postings),
// F17 in docs/search-plans.md. `prepared` then holds the candidates.
bool SearchPlanner::walksCandidates(Prepared &prepared, qint64 window, qint64 sampled, double perRow)
{
    if (!m_storedRows)
        return false;
    auto candidates = text(false).phraseCandidates(prepared.root, estimatedRows());
    const auto tokens = m_reads.tokenizer()->tokens(prepared.root.text.toStdString()).size();
    if (!candidates
        || !planchoice::candidateWalkPays(window, estimatedRows(), sampled, candidates->size(), int(tokens), perRow,
                                          m_costs))
        return false;
    m_reads.note(QStringLiteral("the page walks the %1 candidates of the phrase in its pieces' stored rows, "
                                "asking those it meets on their own text")
                     .arg(candidates->size()));
    prepared.textRows = std::move(candidates);
    prepared.textFts = *SqlCompiler::ftsExpression(prepared.root);
    prepared.textCandidates = true;
    return true;
}

// A range past Costs::walkRange (the count cap) drives, in the issue order its index keeps, and the text is tested
// in its collected set: counting up to the cut-off would read as much of the range as walking
// it all, and the walk stops at the page (F9 in docs/search-plans.md).
bool SearchPlanner::walksLargeRange(const Prepared &prepared, const SearchOrder &order) const
{
    return order.byIssued() && prepared.driver == Driver::Range && prepared.rangeRows >= m_costs.walkRange;
}

SearchPlanner::Counted SearchPlanner::forPage(const QueryNode &root, qint64 window, const SearchOrder &order)
{
    if (auto light = lightPage(root, window, order))
        return *light;
    Counted counted;
    counted.prepared = prepare(root, Need::Page);
    const Prepared &prepared = counted.prepared;
    if (prepared.total >= 0 && !root.matchesEverything()) {
        counted.total = prepared.total; // the sets gave it
        return counted;
    }
    counted.exact = false;
    if (root.matchesEverything() || !planNeedsTotal(prepared, order)) {
        counted.total = estimateAbove(prepared, window);
        return counted;
    }
    // Few matches are counted whole (at most the cut-off, a few thousand): then the total is
    // exact at once; past it, the plan is the same for any total.
    const qint64 cutoff = walkCutoff(window);
    if (prepared.textRows && !prepared.probeText && prepared.rangeRows >= 0
        && (estimateAbove(prepared, 0) > 2 * cutoff || walksLargeRange(prepared, order))) {
        counted.total = estimateAbove(prepared, cutoff); // a text and a range both large
        return counted;
    }
    const qint64 upTo = countUpTo(prepared, cutoff);
    counted.exact = upTo <= cutoff;
    counted.total = counted.exact ? upTo : estimateAbove(prepared, cutoff);
    return counted;
}

qint64 SearchPlanner::exactTotal(const QueryNode &root, const Counted &counted)
{
    if (counted.exact)
        return counted.total;
    // Text alone is counted (both halves at once, TextRows), not collected; fields the month
    // aggregate keeps are summed there.
    if (counted.light && !FacetCount::answers(root) && !SqlCompiler::ftsExpression(root))
        return count(root).total;
    // (A light plan has prepared nothing: countNode() prepares if the aggregate cannot say.)
    return countNode(root, kMaxComplements, counted.light ? nullptr : &counted.prepared);
}

} // namespace proofdesk::search
