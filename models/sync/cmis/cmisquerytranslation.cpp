// The search syntax (spec/search-syntax.md) as a CMIS 1.1 WHERE condition, for `search
// --remote` (docs/connecting.md "Searching past the cache"). Each node becomes an Expr: a
// constant (repo:NAME), a property condition (with its negation, which keeps objects without
// the property as a local search does), full text (one CONTAINS() in disjunctive form:
// CMIS's text search binds OR looser than its implied AND), or nothing, with the reason.
#include "cmisquerytranslation.h"

#include "cmisobject.h"
#include "search/fields.h"
#include "sync/querytranslation.h"

#include <QDateTime>
#include <algorithm>

namespace proofdesk::sync::cmis {

namespace {

using search::QueryNode;
using Kind = QueryNode::Kind;

constexpr int kMaxTextAlternatives = 16; // OR'ed conjunctions in one CONTAINS()

// CONTAINS() text in disjunctive form: alternatives of terms ("word", "\"a phrase\"", "-word").
using TextDnf = QList<QStringList>;

struct Expr
{
    enum Type { Const, Where, Text, Mixed, None };
    Type type = None;
    bool value = false; // Const
    QString where;      // Where, Mixed
    QString negated;    // Where: the condition that holds where `where` does not
    TextDnf text;       // Text, Mixed
    QString reason;     // None
    QList<LeftOutPart> leftOut; // parts inside it that were left out (it is then wider)

    static Expr constant(bool v) { Expr e; e.type = Const; e.value = v; return e; }
    static Expr none(const QString &why) { Expr e; e.reason = why; return e; }
    static Expr condition(const QString &where, const QString &negated)
    {
        Expr e;
        e.type = Where;
        e.where = where;
        e.negated = negated;
        return e;
    }
    bool exact() const { return type != None && leftOut.isEmpty(); }
};

QString timestamp(qint64 ms)
{
    return QStringLiteral("TIMESTAMP '%1'").arg(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
}

// The value as typed, in lower and in upper case: CMIS compares strings exactly.
QStringList caseVariants(const QString &value)
{
    QStringList variants{value};
    for (const QString &v : {value.toLower(), value.toUpper()})
        if (!variants.contains(v))
            variants << v;
    return variants;
}

class Translator
{
public:
    Translator(const QString &query, const SearchTarget &target) : m_query(query), m_target(target) {}

    Expr node(const QueryNode &n)
    {
        switch (n.kind) {
        case Kind::And: return conjunction(n);
        case Kind::Or: return disjunction(n);
        case Kind::Not: return negation(n);
        case Kind::Term: return term(n);
        case Kind::Field: return field(n);
        case Kind::DateRange: return issued(n);
        }
        return Expr::none(QStringLiteral("not understood"));
    }

    // The ANDed children that can be asked, the others named.
    Expr conjunction(const QueryNode &n)
    {
        QStringList where;
        TextDnf text{QStringList()};
        bool hasText = false;
        QList<LeftOutPart> leftOut;
        for (const QueryNode &child : n.children) {
            Expr e = node(child);
            if (e.type == Expr::Const && !e.value)
                return Expr::constant(false);
            if (e.type == Expr::None || (e.type == Expr::Text && !andText(text, e.text, hasText))) {
                leftOut << LeftOutPart{partOfQuery(child, m_query),
                                       e.type == Expr::None ? e.reason : QStringLiteral("too many alternatives for one CONTAINS()")};
                continue;
            }
            leftOut << e.leftOut;
            if (e.type == Expr::Where || e.type == Expr::Mixed)
                where << e.where;
            if (e.type == Expr::Mixed && !andText(text, e.text, hasText))
                leftOut << LeftOutPart{partOfQuery(child, m_query), QStringLiteral("too many alternatives for one CONTAINS()")};
        }
        Expr out = where.isEmpty() && !hasText ? Expr::constant(true) : Expr();
        if (where.size() == 1)
            out = Expr::condition(where.first(), QString());
        else if (!where.isEmpty())
            out = Expr::condition(QLatin1Char('(') + where.join(QStringLiteral(") AND (")) + QLatin1Char(')'), QString());
        if (hasText) {
            out.type = where.isEmpty() ? Expr::Text : Expr::Mixed;
            out.text = text;
        }
        out.negated = out.type == Expr::Where ? negatedAll(n) : QString();
        out.leftOut = leftOut;
        return out;
    }

    Expr disjunction(const QueryNode &n)
    {
        QStringList where, negated;
        TextDnf text;
        QList<LeftOutPart> leftOut;
        for (const QueryNode &child : n.children) {
            Expr e = node(child);
            if (e.type == Expr::Const && e.value)
                return Expr::constant(true);
            if (e.type == Expr::Const)
                continue;
            if (e.type == Expr::None)
                return e;
            if (e.type == Expr::Mixed)
                return Expr::none(QStringLiteral("CMIS allows CONTAINS() only ANDed with the rest, not under OR"));
            leftOut << e.leftOut;
            if (e.type == Expr::Text)
                text << e.text;
            else {
                where << e.where;
                negated << e.negated;
            }
        }
        if (!text.isEmpty() && !where.isEmpty())
            return Expr::none(QStringLiteral("CMIS allows CONTAINS() only ANDed with the rest, not under OR"));
        if (text.size() > kMaxTextAlternatives)
            return Expr::none(QStringLiteral("too many alternatives for one CONTAINS()"));
        Expr out = Expr::constant(false);
        if (!text.isEmpty()) {
            out.type = Expr::Text;
            out.text = text;
        } else if (!where.isEmpty()) {
            out = Expr::condition(where.size() == 1 ? where.first() : QStringLiteral("((") + where.join(QStringLiteral(") OR (")) + QStringLiteral("))"),
                                  negated.size() == 1 ? negated.first() : QLatin1Char('(') + negated.join(QStringLiteral(") AND (")) + QLatin1Char(')'));
        }
        out.leftOut = leftOut;
        return out;
    }

    Expr negation(const QueryNode &n)
    {
        Expr e = node(n.children.front());
        if (!e.exact())
            return Expr::none(e.type == Expr::None ? e.reason : QStringLiteral("a part of what it excludes cannot be asked exactly"));
        switch (e.type) {
        case Expr::Const: return Expr::constant(!e.value);
        case Expr::Where: return Expr::condition(e.negated, e.where);
        case Expr::Text:
            if (e.text.size() == 1 && e.text.first().size() == 1 && !e.text.first().first().startsWith(QLatin1Char('-'))) {
                Expr out;
                out.type = Expr::Text;
                out.text = {{QLatin1Char('-') + e.text.first().first()}};
                return out;
            }
            return Expr::none(QStringLiteral("CMIS full-text search excludes single words or phrases only"));
        default:
            return Expr::none(QStringLiteral("CMIS allows CONTAINS() only ANDed with the rest, not under NOT"));
        }
    }

    Expr term(const QueryNode &n)
    {
        if (!m_target.fullText)
            return Expr::none(QStringLiteral("the repository does not search full text (capabilityQuery)"));
        if (n.termKind == QueryNode::TermKind::Prefix)
            return Expr::none(QStringLiteral("CMIS full-text search has no prefix match"));
        Expr e;
        e.type = Expr::Text;
        e.text = {{textTerm(n.text)}};
        return e;
    }

    Expr field(const QueryNode &n);
    Expr issued(const QueryNode &n);

private:
    // `text` AND `more`, distributed; false (and `text` unchanged) when it grows too large.
    static bool andText(TextDnf &text, const TextDnf &more, bool &hasText)
    {
        if (text.size() * more.size() > kMaxTextAlternatives)
            return false;
        TextDnf product;
        for (const QStringList &a : std::as_const(text))
            for (const QStringList &b : more)
                product << a + b;
        text = product;
        hasText = true;
        return true;
    }
    // The negation of an AND of conditions (each child's negation ORed); only called when
    // every child is an exact condition or true.
    QString negatedAll(const QueryNode &n)
    {
        QStringList negated;
        for (const QueryNode &child : n.children)
            if (const Expr e = node(child); e.type == Expr::Where)
                negated << e.negated;
        return negated.size() == 1 ? negated.first() : QStringLiteral("((") + negated.join(QStringLiteral(") OR (")) + QStringLiteral("))");
    }
    Expr valueCondition(const QString &property, const PropertyDefinition &def, const QString &value);

    const QString &m_query;
    const SearchTarget &m_target;
};

Expr Translator::field(const QueryNode &n)
{
    if (n.field == QLatin1String("repo"))
        return Expr::constant(n.text.compare(m_target.repository, Qt::CaseInsensitive) == 0);
    if (isLocalFact(n.field))
        return Expr::none(n.field == QLatin1String("block")
                              ? QStringLiteral("content blocks are kept as ID:VERSION values, which CMIS cannot match by id")
                              : QStringLiteral("%1 is known to the cache only").arg(n.field));
    const search::FieldInfo *info = search::findField(n.field);
    const QString mapped = info ? QString(info->column) : QString();
    const QString property = mapped.isEmpty() ? QString() : m_target.source(mapped);
    if (property.isEmpty())
        return Expr::none(QStringLiteral("the repository's mapping reads no property into %1").arg(mapped.isEmpty() ? n.field : mapped));
    if (property.startsWith(QLatin1Char('='))) // a fixed value: the same for every object
        return Expr::constant(property.mid(1).compare(n.text, Qt::CaseInsensitive) == 0);
    const auto def = m_target.properties.constFind(property);
    if (def == m_target.properties.constEnd())
        return Expr::none(QStringLiteral("the type has no property \"%1\"").arg(property));
    if (!def->queryable)
        return Expr::none(QStringLiteral("\"%1\" is not queryable").arg(property));
    return valueCondition(property, *def, n.text);
}

Expr Translator::valueCondition(const QString &property, const PropertyDefinition &def, const QString &value)
{
    QStringList literals;
    if (def.type == QLatin1String("integer")) {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok)
            return Expr::none(QStringLiteral("\"%1\" holds whole numbers").arg(property));
        literals << QString::number(number);
    } else if (def.type == QLatin1String("string") || def.type == QLatin1String("id")) {
        for (const QString &v : caseVariants(value))
            literals << stringLiteral(v);
    } else {
        return Expr::none(QStringLiteral("\"%1\" is of type %2, which a field's value is not compared with").arg(property, def.type));
    }
    const QString list = literals.join(QStringLiteral(", "));
    const QString isNull = QStringLiteral("%1 IS NULL").arg(property);
    if (def.multiValued) {
        const QString any = literals.size() == 1 ? QStringLiteral("%1 = ANY %2").arg(literals.first(), property)
                                                 : QStringLiteral("ANY %1 IN (%2)").arg(property, list);
        return Expr::condition(any, QStringLiteral("(NOT (%1) OR %2)").arg(any, isNull));
    }
    if (literals.size() == 1)
        return Expr::condition(QStringLiteral("%1 = %2").arg(property, literals.first()),
                               QStringLiteral("(%1 <> %2 OR %3)").arg(property, literals.first(), isNull));
    return Expr::condition(QStringLiteral("%1 IN (%2)").arg(property, list),
                           QStringLiteral("(%1 NOT IN (%2) OR %3)").arg(property, list, isNull));
}

Expr Translator::issued(const QueryNode &n)
{
    const QString property = m_target.source(QStringLiteral("issued_at"));
    const auto def = m_target.properties.constFind(property);
    if (property.isEmpty() || def == m_target.properties.constEnd() || def->type != QLatin1String("datetime") || !def->queryable)
        return Expr::none(QStringLiteral("the repository has no queryable date property for issued_at"));
    QStringList where, negated;
    if (n.from) {
        where << QStringLiteral("%1 >= %2").arg(property, timestamp(*n.from));
        negated << QStringLiteral("%1 < %2").arg(property, timestamp(*n.from));
    }
    if (n.to) {
        where << QStringLiteral("%1 < %2").arg(property, timestamp(*n.to));
        negated << QStringLiteral("%1 >= %2").arg(property, timestamp(*n.to));
    }
    if (where.isEmpty())
        return Expr::constant(true);
    negated << QStringLiteral("%1 IS NULL").arg(property);
    return Expr::condition(where.size() == 1 ? where.first() : QLatin1Char('(') + where.join(QStringLiteral(" AND ")) + QLatin1Char(')'),
                           QLatin1Char('(') + negated.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
}

// CONTAINS('…'): alternatives joined by OR; an alternative of exclusions only is no search
// a repository takes, so such a query has no CONTAINS() at all (reported by the caller).
QString containsOf(const TextDnf &text)
{
    QStringList alternatives;
    for (const QStringList &terms : text)
        alternatives << terms.join(QLatin1Char(' '));
    return QStringLiteral("CONTAINS(%1)").arg(stringLiteral(alternatives.join(QStringLiteral(" OR "))));
}

bool everyAlternativeSearches(const TextDnf &text)
{
    return std::all_of(text.begin(), text.end(), [](const QStringList &terms) {
        return std::any_of(terms.begin(), terms.end(), [](const QString &t) { return !t.startsWith(QLatin1Char('-')); });
    });
}

} // namespace

bool capabilityAllowsFullText(const QString &capabilityQuery)
{
    return capabilityQuery == QLatin1String("fulltextonly") || capabilityQuery == QLatin1String("bothseparate")
           || capabilityQuery == QLatin1String("bothcombined");
}

Translation translate(const QueryNode &root, const QString &query, const SearchTarget &target)
{
    Translator translator(query, target);
    // The top is always an AND, so that what it cannot express is left out part by part.
    QueryNode top = root;
    if (root.kind != Kind::And) {
        top = QueryNode();
        top.children.push_back(root);
    }
    Expr e = translator.conjunction(top);
    Translation out;
    if (e.type == Expr::Const) {
        out.skip = !e.value;
        out.leftOut = out.skip ? QList<LeftOutPart>() : e.leftOut;
        return out;
    }
    out.leftOut = e.leftOut;
    if (e.type == Expr::Where || e.type == Expr::Mixed)
        out.where = e.where;
    if ((e.type == Expr::Text || e.type == Expr::Mixed) && !everyAlternativeSearches(e.text)) {
        QStringList excluded;
        for (const QStringList &terms : std::as_const(e.text))
            excluded << terms.join(QLatin1Char(' '));
        out.leftOut << LeftOutPart{excluded.join(QStringLiteral(" OR ")),
                                   QStringLiteral("CMIS full-text search needs a word to search for, not only words to exclude")};
    } else if (e.type == Expr::Text || e.type == Expr::Mixed) {
        out.where = out.where.isEmpty() ? containsOf(e.text) : out.where + QStringLiteral(" AND ") + containsOf(e.text);
    }
    return out;
}

QString outsideCondition(const QueryNode &root, const QString &query, const SearchTarget &target, bool *exact)
{
    Translator translator(query, target);
    const Expr e = translator.node(root);
    *exact = e.exact() && e.type == Expr::Where;
    return *exact ? e.negated : QString();
}

} // namespace proofdesk::sync::cmis
