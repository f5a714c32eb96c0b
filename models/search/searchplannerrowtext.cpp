// SearchPlanner's use of a row's own text (rowtextprobe.h): which rows are asked there rather
// than through FTS5's seek, whose cost grows with each term's doclist while a row's does not.
#include "cache/rowtextmatch.h"
#include "querytree.h"
#include "searchplanner.h"

namespace proofdesk::search {

std::optional<double> SearchPlanner::rowTextMicros(const QueryNode &root)
{
    const auto tokens = averageTokensPerRow(m_db);
    if (!tokens || *tokens > m_costs.rowTextTokens)
        return std::nullopt;
    if (!m_rowText)
        m_rowText = cache::RowTextMatch::forConnection(m_db.handle());
    if (!m_rowText || !rowTextCanAnswer(*m_rowText, root))
        return std::nullopt;
    return kRowTextMicros + kRowTextTokenMicros * *tokens;
}

bool SearchPlanner::rowTextPays(const QueryNode &root) { return rowTextMicros(root).has_value(); }

} // namespace proofdesk::search
