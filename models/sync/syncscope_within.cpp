// SyncScope::within(): whether a new scope keeps nothing the old one did not (a narrowing),
// decided from the queries alone and conservatively: "no" when it cannot tell. A narrowing
// keeps the repository's sync position (what lies outside leaves the cache; nothing new can
// come in); anything else reads the repository again from its start.
#include "domain/textfold.h"
#include "syncscope.h"

namespace proofdesk::sync {

namespace {

using search::QueryNode;

bool sameNode(const QueryNode &a, const QueryNode &b)
{
    if (a.kind == QueryNode::Kind::Field && b.kind == QueryNode::Kind::Field)
        return a.field == b.field && domain::sameFolded(a.text, b.text);
    return search::toDebugString(a) == search::toDebugString(b);
}

// [from, to) of a within [from, to) of b; an open end is unbounded.
bool rangeWithin(const QueryNode &a, const QueryNode &b)
{
    const bool fromOk = !b.from || (a.from && *a.from >= *b.from);
    const bool toOk = !b.to || (a.to && *a.to <= *b.to);
    return fromOk && toOk;
}

// Everything `a` matches, `b` matches too (when this returns true).
bool implies(const QueryNode &a, const QueryNode &b)
{
    if (b.matchesEverything() || sameNode(a, b))
        return true;
    if (b.kind == QueryNode::Kind::And) // a implies every part of b
        return std::all_of(b.children.begin(), b.children.end(),
                           [&a](const QueryNode &part) { return implies(a, part); });
    if (a.kind == QueryNode::Kind::Or) // every alternative of a implies b
        return std::all_of(a.children.begin(), a.children.end(),
                           [&b](const QueryNode &alt) { return implies(alt, b); });
    if (a.kind == QueryNode::Kind::And) // some part of a implies b
        return std::any_of(a.children.begin(), a.children.end(),
                           [&b](const QueryNode &part) { return implies(part, b); });
    if (b.kind == QueryNode::Kind::Or) // a implies some alternative of b
        return std::any_of(b.children.begin(), b.children.end(),
                           [&a](const QueryNode &alt) { return implies(a, alt); });
    if (a.kind == QueryNode::Kind::DateRange && b.kind == QueryNode::Kind::DateRange)
        return rangeWithin(a, b);
    return false;
}

} // namespace

bool SyncScope::within(const SyncScope &wider) const { return implies(m_root, wider.m_root); }

} // namespace proofdesk::sync
