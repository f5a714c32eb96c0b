#pragma once

#include "querynode.h"

#include <optional>
#include <vector>

// Questions SearchPlanner asks of a parsed query's tree (and the And it builds of parts).
namespace proofdesk::search::querytree {

// Whether any term is of `kind` (a prefix "pilo*", a phrase "statement fee").
bool hasTermOf(const QueryNode &node, QueryNode::TermKind kind);
bool hasPrefixTerm(const QueryNode &node);
// Text, or negated text: a condition the full-text match answers.
bool isTextCondition(const QueryNode &node);
// Text, blocks and holds: conditions answered by a row set rather than by a column.
bool hasRowSet(const QueryNode &node);
// An equality on a business key, id, batch or campaign, each of which matches few rows.
bool isKey(const QueryNode &node);
bool hasText(const QueryNode &node);
// The query is a key, or an And with one.
bool hasKeyCondition(const QueryNode &root);
// A field kept in a column with an index ordered by issue date.
bool isOrderedColumn(const QueryNode &node);
// The first child of an And that is a negated condition other than text (text negations
// are merged into the full-text match), or -1.
int negatedFieldIndex(const QueryNode &root);
// The conjunction of `items` in the parser's normal form (flat, no single-child And).
QueryNode andOf(std::vector<QueryNode> items);
// The part of `root` SqlCompiler::requiredText merges (an And of its text and negated text, or
// the whole query when it is text only), and the part excludedText merges (an Or of the
// negated text's operands); nothing when there is none.
std::optional<QueryNode> requiredTextNode(const QueryNode &root);
std::optional<QueryNode> excludedTextNode(const QueryNode &root);
// An And of text and issue date ranges only.
bool onlyTextAndIssued(const QueryNode &root);

} // namespace proofdesk::search::querytree
