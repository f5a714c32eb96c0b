#pragma once

#include "querynode.h"

#include <QString>
#include <optional>

namespace proofdesk::search {

struct ParseResult
{
    QueryNode root; // matchesEverything() for a blank query
    std::optional<QueryError> error;
    bool ok() const { return !error.has_value(); }
};

// The search syntax of search-syntax.md:
//
//   query       := sequence
//   sequence    := alternative*                  (implied AND)
//   alternative := unary ('OR' unary)*           (OR binds tighter than the implied AND)
//   unary       := '-' unary | primary           ('-' directly attached to what it excludes)
//   primary     := word | word'*' | "phrase" | field:value | field:"value" | '(' sequence ')'
//
// Field names are case-insensitive; `OR` is the operator only in upper case. Every mistake
// is an error with its position, never a query that silently matches everything or nothing.
class QueryParser
{
public:
    static ParseResult parse(const QString &query);

    // A query's size is bounded before it runs, so that its cost is (issue #44 item 8: a word
    // ORed 1,000 times, hundreds of negated words or prefixes, thousands of quotes ran for
    // minutes, the cost growing with the square of the terms; a 120 KB query took 983 MB).
    // Past a bound the query is refused as QueryError::Kind::TooLarge, naming the bound.
    // Deeper nesting of groups and '-' is refused (it is never meant, and recursion is finite).
    static constexpr int kMaxDepth = 64;
    // Characters of the query, as typed.
    static constexpr int kMaxLength = 2000;
    // Terms: each token of a word, prefix or phrase ("EXS-2026-10-000123" is four), each field
    // value and each date. The full-text index reads a posting list per token, and the
    // planner sizes each condition: 32 common words ANDed at ten million rows are seconds.
    static constexpr int kMaxTerms = 32;
};

} // namespace proofdesk::search
