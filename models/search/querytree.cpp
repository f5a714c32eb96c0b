#include "querytree.h"

#include "fields.h"
#include "sqlcompiler.h"

#include <algorithm>
#include <iterator>

namespace proofdesk::search::querytree {

using Kind = QueryNode::Kind;

bool hasTermOf(const QueryNode &node, QueryNode::TermKind kind)
{
    if (node.kind == Kind::Term)
        return node.termKind == kind;
    return std::any_of(node.children.begin(), node.children.end(),
                       [kind](const QueryNode &child) { return hasTermOf(child, kind); });
}

bool hasPrefixTerm(const QueryNode &node) { return hasTermOf(node, QueryNode::TermKind::Prefix); }

bool isTextCondition(const QueryNode &node)
{
    return SqlCompiler::ftsExpression(node)
           || (node.kind == Kind::Not && SqlCompiler::ftsExpression(node.children.front()));
}

// Text, blocks and holds: conditions answered by a row set rather than by a column.
bool hasRowSet(const QueryNode &node)
{
    if (SqlCompiler::rowSet(node))
        return true;
    for (const QueryNode &child : node.children) {
        if (hasRowSet(child))
            return true;
    }
    return false;
}

// An equality on a business key, id, batch or campaign, each of which matches few rows.
bool isKey(const QueryNode &node) { return node.kind == Kind::Field && findField(node.field)->key; }

bool hasText(const QueryNode &node)
{
    if (node.kind == Kind::Term)
        return true;
    return std::any_of(node.children.begin(), node.children.end(), hasText);
}

bool hasKeyCondition(const QueryNode &root)
{
    if (isKey(root))
        return true;
    return root.kind == Kind::And && std::any_of(root.children.begin(), root.children.end(), isKey);
}

bool isOrderedColumn(const QueryNode &node)
{
    if (node.kind != Kind::Field)
        return false;
    const FieldInfo *info = findField(node.field);
    return info->kind == FieldKind::Column && info->ordered;
}

// The first child of an And that is a negated condition other than text (text negations
// are merged into the full-text match), or -1.
int negatedFieldIndex(const QueryNode &root)
{
    if (root.kind != Kind::And)
        return -1;
    for (std::size_t i = 0; i < root.children.size(); ++i) {
        const QueryNode &child = root.children[i];
        if (child.kind == Kind::Not && !SqlCompiler::ftsExpression(child.children.front()))
            return int(i);
    }
    return -1;
}

// The conjunction of `items` in the parser's normal form (flat, no single-child And).
QueryNode andOf(std::vector<QueryNode> items)
{
    QueryNode node;
    node.kind = Kind::And;
    for (QueryNode &item : items) {
        if (item.kind == Kind::And) {
            for (QueryNode &child : item.children)
                node.children.push_back(std::move(child));
        } else {
            node.children.push_back(std::move(item));
        }
    }
    if (node.children.size() == 1)
        return std::move(node.children.front());
    return node;
}

std::optional<QueryNode> requiredTextNode(const QueryNode &root)
{
    if (!SqlCompiler::requiredText(root))
        return std::nullopt;
    if (root.kind != Kind::And)
        return root;
    std::vector<QueryNode> text;
    std::copy_if(root.children.begin(), root.children.end(), std::back_inserter(text), isTextCondition);
    return andOf(std::move(text));
}

std::optional<QueryNode> excludedTextNode(const QueryNode &root)
{
    if (!SqlCompiler::excludedText(root))
        return std::nullopt;
    QueryNode any;
    any.kind = Kind::Or;
    for (const QueryNode &child : root.children) {
        if (child.kind == Kind::Not && SqlCompiler::ftsExpression(child.children.front()))
            any.children.push_back(child.children.front());
    }
    return any.children.size() == 1 ? any.children.front() : any;
}

bool onlyTextAndIssued(const QueryNode &root)
{
    if (root.kind != Kind::And)
        return false;
    return std::all_of(root.children.begin(), root.children.end(), [](const QueryNode &child) {
        return (child.kind == Kind::DateRange && child.field == QLatin1String("issued"))
               || SqlCompiler::ftsExpression(child);
    });
}

} // namespace proofdesk::search::querytree
