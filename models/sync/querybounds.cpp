#include "querybounds.h"

namespace proofdesk::sync::bounds {

using search::QueryNode;
using Kind = QueryNode::Kind;

Cond combined(const QList<Cond> &parts, bool conjunction, const Joiner &join)
{
    QStringList texts;
    for (const Cond &c : parts) {
        if (c.state == (conjunction ? Cond::False : Cond::True))
            return c; // nothing AND x is nothing; everything OR x is everything
        if (c.state == Cond::Text && !texts.contains(c.text))
            texts << c.text;
    }
    if (texts.isEmpty())
        return conjunction ? Cond::yes() : Cond::no();
    return Cond::of(texts.size() == 1 ? texts.first() : join(texts, conjunction));
}

namespace {

void addNew(QStringList &to, const QStringList &from)
{
    for (const QString &s : from)
        if (!to.contains(s))
            to << s;
}

} // namespace

Bounds Translator::node(const QueryNode &n)
{
    switch (n.kind) {
    case Kind::And:
        return combine(n, true);
    case Kind::Or:
        return combine(n, false);
    case Kind::Not: {
        const Bounds b = node(n.children.front());
        return {b.upperNot, b.lowerNot, b.upper, b.lower, b.why, b.ownRules};
    }
    case Kind::Term:
        return term(n);
    case Kind::Field:
        return field(n);
    case Kind::DateRange:
        return issued(n);
    }
    return Bounds::unknown(QStringLiteral("not understood"));
}

// De Morgan: the negation of an AND is the OR of the negations, and the other way round.
Bounds Translator::combine(const QueryNode &n, bool conjunction)
{
    QList<Cond> upper, lower, upperNot, lowerNot;
    Bounds out;
    for (const QueryNode &child : n.children) {
        const Bounds b = node(child);
        upper << b.upper;
        lower << b.lower;
        upperNot << b.upperNot;
        lowerNot << b.lowerNot;
        addNew(out.why, b.why);
        addNew(out.ownRules, b.ownRules);
    }
    out.upper = combined(upper, conjunction, m_join);
    out.lower = combined(lower, conjunction, m_join);
    out.upperNot = combined(upperNot, !conjunction, m_join);
    out.lowerNot = combined(lowerNot, !conjunction, m_join);
    return out;
}

QString deskOnlyFact(const QueryNode &n)
{
    if (n.kind == Kind::Field && isLocalFact(n.field))
        return n.field;
    for (const QueryNode &c : n.children)
        if (const QString f = deskOnlyFact(c); !f.isEmpty())
            return f;
    return QString();
}

Assembly assemble(const QueryNode &root, const QString &query, Translator &translator, const Joiner &join,
                  const std::function<bool(const QueryNode &)> &takeText)
{
    // Pointers into `root`, never a copy: `takeText` keeps the parts it takes by address for after this returns.
    std::vector<const QueryNode *> children;
    if (root.kind == Kind::And)
        for (const QueryNode &c : root.children)
            children.push_back(&c);
    else
        children.push_back(&root);
    Assembly a;
    QList<Cond> upper, lower;
    QStringList desk;
    for (const QueryNode *childPtr : children) {
        const QueryNode &child = *childPtr;
        const QString part = partOfQuery(child, query);
        if (const QString fact = deskOnlyFact(child); !fact.isEmpty()) {
            a.leftOut << LeftOutPart{part, QStringLiteral("%1 is known to the cache only").arg(fact)};
            continue;
        }
        if (takeText && takeText(child))
            continue;
        const Bounds b = translator.node(child);
        if (b.upper.state == Cond::False) { // false for this repository whatever it holds (repo:OTHER)
            Assembly skipped;
            skipped.skip = true;
            return skipped;
        }
        upper << b.upper;
        lower << b.lower;
        if (b.upper != b.lower) {
            desk << QLatin1Char('(') + part + QLatin1Char(')');
            a.checked << LeftOutPart{part, b.why.join(QStringLiteral("; "))};
        } else if (!b.ownRules.isEmpty()) {
            a.inexact << LeftOutPart{part, b.ownRules.join(QStringLiteral("; "))};
        }
    }
    a.upper = combined(upper, true, join);
    a.lower = combined(lower, true, join);
    a.deskQuery = desk.join(QLatin1Char(' '));
    return a;
}

} // namespace proofdesk::sync::bounds
