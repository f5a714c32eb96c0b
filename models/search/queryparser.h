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
    // Deeper nesting of groups and '-' is refused (it is never meant, and recursion is finite).
    static constexpr int kMaxDepth = 64;
};

} // namespace proofdesk::search
