#pragma once

#include "cache/sqlite.h"
#include "querynode.h"

#include <optional>

namespace proofdesk::cache {
class RowTextMatch;
}

namespace proofdesk::search {

// Whether every text term of `root` can be checked on a row's own text (fts_row_match):
// each term must tokenize to at least one token, as the query parser already requires
// (hasSearchableText); this asks the tokenizer itself, so the two can never disagree.
bool rowTextCanAnswer(cache::RowTextMatch &match, const QueryNode &root);

// The mean number of tokens a row of comm_fts holds, from FTS5's own averages record (the
// row count and each column's token total, kept with the index); nothing on an empty index.
std::optional<double> averageTokensPerRow(cache::Database &db);

// What asking a row of `db` on its own text costs in microseconds, from its mean length: nothing
// when the rows average more than `maxTokens`, the tokenizer is missing, or a term has no token.
std::optional<double> rowTextMicros(cache::Database &db, cache::RowTextMatch *tokenizer, const QueryNode &root,
                                    double maxTokens);

// Rows of up to this many tokens on average (about 1 KB of text) are asked on their own text:
// tokenizing one costs a fixed part and a part per token, at any size of cache, where FTS5's
// seek grows with the term's doclist (F6 in docs/search-plans.md). Longer rows keep FTS5's
// seek, whose cost does not depend on the row.
inline constexpr double kRowTextTokens = 150;
// That cost, in microseconds: a row's lookup and call, and each token.
inline constexpr double kRowTextMicros = 1.0;
inline constexpr double kRowTextTokenMicros = 0.08;

} // namespace proofdesk::search
