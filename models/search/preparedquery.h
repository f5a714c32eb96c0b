#pragma once

#include "cache/rowidset.h"
#include "planchoice.h"
#include "querynode.h"

#include <QString>
#include <memory>
#include <utility>
#include <vector>

namespace proofdesk::search {

// What the planner's measuring learnt about a query: which condition drives, and the query with
// the conjunct that has the smallest index range first (same meaning); the text's rows when they
// were collected, and the total when it came on the way.
struct PreparedQuery
{
    QueryNode root;
    Driver driver = Driver::Planner;
    // Driver::Range: the rows in that range (capped at kRangeCountCap).
    qint64 rangeRows = -1;
    // The full text is asked row by row of the few rows a key or a narrow range selects
    // (CompileOptions::probeText), rather than read whole: it matches far more of them.
    bool probeText = false;
    // With probeText: asked of each row's own text (CompileOptions::probeRowText).
    bool probeRowText = false;
    // Every row of the required text (SqlCompiler::requiredText, kept in textFts),
    // when it was collected whole (TextRows): walks test it there. With probeText, the
    // query's matches instead (collectProbedMatches): the text's rows where the rest holds.
    std::shared_ptr<cache::RowIdSet> textRows;
    QString textFts;
    // textRows are a phrase's candidates, not its rows (SearchPlanner::lightPage): each row in
    // them is asked on its own text (CompileOptions::textRowsAreCandidates).
    bool textCandidates = false;
    // The text's rows are whole (the stored rows gave them) and many, and nothing else drives:
    // counting scans in rowid order testing them in textRows, never asking FTS5 again.
    bool textFilters = false;
    // The rows of texts the query negates on their own (SqlCompiler::negatedTexts), by their
    // full-text expression, where the stored rows gave them (CompileOptions::negatedRows).
    std::vector<std::pair<QString, std::shared_ptr<cache::RowIdSet>>> negatedRows;
    // The rows of text-only Ors FTS5 cannot take whole, by toDebugString (SqlCompiler::textSets).
    std::vector<std::pair<QString, std::shared_ptr<cache::RowIdSet>>> textSets;
    // The number of matches when the sets already gave it (the text alone, or the
    // intersection of sets that answer every condition), or a common word was counted.
    qint64 total = -1;
};

} // namespace proofdesk::search
