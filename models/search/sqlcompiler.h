#pragma once

#include "cache/rowidset.h"
#include "findingconditions.h"
#include "querynode.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace proofdesk::search {

// A WHERE condition over `communications AS c`, with its values to bind in order to the
// anonymous '?' parameters (QString or qint64). No user text is ever part of `where`.
struct CompiledQuery
{
    QString where; // "1" when the query matches everything
    QList<QVariant> parameters;
};

// How the row sets of subqueries (full text, blocks, holds) are used.
enum class SetUse {
    // They may drive the query (rows looked up by rowid): best when few rows match,
    // which SQLite then sorts.
    Drive,
    // They only filter (`+c.rowid IN (…)`, built once), so the planner walks an
    // (…, issued_at, id) index in order: best when many match and one page is wanted.
    Filter,
    // (Filter and Probe also keep fields under an OR off their indexes: an OR of index
    // ranges loses the issued_at order, so SQLite would sort everything.)
    // Like Filter, but the full text is asked row by row (a correlated EXISTS on
    // comm_fts) instead of being collected first: best when the walk meets a match
    // within a few rows, so that collecting a huge match list would be the main cost.
    Probe,
};

struct CompileOptions
{
    SetUse sets = SetUse::Drive;
    // In an And, keep the low-cardinality field indexes out of the planner's reach
    // ('+c.type = ?'), so that the condition known to be selective (a small text set, a
    // business key such as customer:) drives the lookup.
    bool selectiveLeads = false;
    // In an And, every low-cardinality field equality after the first is checked in its
    // own (field, issued_at, id) index rather than by reading each candidate's row, so
    // that counting "type:x channel:y" reads indexes only.
    bool coverFields = false;
    // Every row of the full-text expression `textFts` (TextRows): where that text only
    // filters (Filter, Probe), or with probeText, it is tested in this set, not asked of the
    // full-text index.
    cache::RowIdSet *textRows = nullptr;
    QString textFts{};
    // A sorted page driven by the text, whose `textRows` are few: they are listed to SQLite
    // (`rowid IN (SELECT value FROM json_each(?))`, a seek a row) rather than FTS5 reading the
    // text's postings again, the common words' among them (F25 in docs/search-plans.md).
    bool textRowsListed = false;
    // `textRows` holds the text's candidates rather than its rows (a phrase narrowed by its
    // pieces' stored rows, StoredText::candidates): a row in the set is then asked on its own
    // text (fts_row_match), and only such a row.
    bool textRowsAreCandidates = false;
    // The full text is asked row by row (a correlated EXISTS on comm_fts, FTS5 seeking each
    // term's postings to that rowid) whatever `sets` says: the other conditions select few
    // rows (a key, a narrow range), and the text's whole match list (`LIST SUBQUERY`) would
    // cost more than those rows' probes (issue #30: "customer:X balance" 380 ms -> ~1 ms).
    bool probeText = false;
    // With probeText (or Probe): each row's own text (comm_text) is tokenized and checked
    // (fts_row_match, cache/rowtextmatch.h) instead of FTS5 seeking each term's postings,
    // a cost that grows with the term's doclist; the row's does not.
    bool probeRowText = false;
    // A walk (Filter, Probe) in the order of this column rather than issued_at (SearchOrder):
    // every other field and the dates stay off their indexes, so that SQLite reads the
    // order's own index and stops after a page instead of sorting another index's range.
    // An equality on this column keeps its index: it narrows that same walk.
    QLatin1String orderColumn{};
    // Every row of a negated full-text expression, by that expression, where the stored rows gave
    // them (SqlCompiler::negatedTexts): the negation is then `NOT rowset_has`, not FTS5's whole
    // match list of a common word for each query (issue #66 item 1).
    std::vector<std::pair<QString, cache::RowIdSet *>> negatedRows{};
    // Every row of a text-only And or Or FTS5 cannot take whole (one holding a negation), by the
    // node's toDebugString, where the stored rows gave them (SqlCompiler::textSets): tested in
    // them, or listed to SQLite when they are few and may drive.
    std::vector<std::pair<QString, cache::RowIdSet *>> textSets{};
    // With orderColumn: the issue-date range keeps its index too, because the walk seeks each
    // value of the order's column within the dates (ValueWalk) rather than walking it whole.
    bool seekDates = false;
    // For `finding:` (findingconditions.h): the time the findings are judged at, in ms since
    // the epoch (0 = now), and the days after which an open reissue request is a finding.
    qint64 now = 0;
    int reissueDays = findingsql::kDefaultReissueDays;
};

// Compiles the AST of QueryParser to SQL over the cache schema (migrations.cpp).
//
// Text terms become FTS5 MATCH expressions on comm_fts, each token string quoted
// (ftsString), and all text terms that meet under one And/Or (with their negations) are
// merged into a single MATCH so that a query costs one full-text lookup, not one per word.
// Fields become equality on the COLLATE NOCASE columns or IN-subqueries; dates become
// half-open ranges on issued_at. The options only change how SQLite may execute the
// condition, never which rows it matches.
class SqlCompiler
{
public:
    using SetUse = search::SetUse;
    using Options = CompileOptions;

    static CompiledQuery compile(const QueryNode &root, Options options = {});

    // The whole subtree as one FTS5 expression, if it is text only (terms under And/Or,
    // with '-' on terms inside an And that also has a positive term).
    static std::optional<QString> ftsExpression(const QueryNode &node);
    // The merged full-text part of the top-level And (or of the whole query when it is
    // text only) that every match must satisfy; nullopt when there is none.
    static std::optional<QString> requiredText(const QueryNode &root);
    // The merged text the matches of the top-level And must not hold, when it has no positive
    // text to take it from (requiredText has none then): "type:x channel:y -garcia" tests
    // `NOT IN` the rows of garcia. nullopt for any other query.
    static std::optional<QString> excludedText(const QueryNode &root);
    // Each full-text expression `compile` tests negated on its own (`NOT`, not folded into a
    // positive text's MATCH), with the text-only node whose rows it is: a lone negation's
    // operand, or the Or of an And's negated operands when that And has no positive text.
    // Nodes `skip` says yes to are not looked into (their rows are taken whole elsewhere).
    using Skip = std::function<bool(const QueryNode &)>;
    static std::vector<std::pair<QString, QueryNode>> negatedTexts(const QueryNode &root, const Skip &skip = {});
    // Each text-only And or Or `compile` takes apart because FTS5 cannot take it whole (it holds
    // a negation FTS5 has no positive term for: "fee OR -account", "-fee -account"), outermost
    // first; none inside another.
    static std::vector<QueryNode> textSets(const QueryNode &root);
    // The rows a text-only, block or hold node matches, as a subquery with one column `r`
    // (a rowid of communications, possibly repeated); nullopt for other nodes.
    static std::optional<CompiledQuery> rowSet(const QueryNode &node);
};

} // namespace proofdesk::search
