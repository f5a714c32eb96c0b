// SearchPlanner's sets of negated text (issue #66 item 1): the rows of each text the query
// negates with no positive term to take it from, and of each text-only And or Or holding such a
// negation, collected from the stored rows so that the compiled query tests them in a set.
#include "searchplanner.h"
#include "textrows.h"

#include <algorithm>

namespace proofdesk::search {

// A negated common word is otherwise FTS5's whole match list, read for every query: at 1M
// "issued:DAY -word" read half a million postings to drop a few of a hundred rows, and an Or
// holding it was asked row by row (issue #66).
void SearchPlanner::collectNegatedRows(Prepared &prepared)
{
    if (!m_storedRows)
        return;
    const QString whole = toDebugString(prepared.root);
    for (const QueryNode &node : SqlCompiler::textSets(prepared.root)) {
        auto rows = text().collectStored(node, estimatedRows());
        if (!rows)
            continue;
        QString key = toDebugString(node);
        if (key == whole)
            prepared.total = rows->size(); // the whole query
        prepared.textSets.emplace_back(std::move(key), std::move(rows));
    }
    // A negation inside a set collected whole is not read again on its own.
    const auto collected = [&](const QueryNode &node) {
        const QString key = toDebugString(node);
        return std::any_of(prepared.textSets.begin(), prepared.textSets.end(),
                           [&](const auto &set) { return set.first == key; });
    };
    for (const auto &[fts, node] :
         SqlCompiler::negatedTexts(prepared.root, prepared.textSets.empty() ? SqlCompiler::Skip() : collected)) {
        if (auto rows = text().collectStored(node, estimatedRows()))
            prepared.negatedRows.emplace_back(fts, std::move(rows));
    }
}

} // namespace proofdesk::search
