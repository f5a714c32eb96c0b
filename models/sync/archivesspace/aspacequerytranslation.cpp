// The search syntax as an ArchivesSpace advanced query (`aq`, JSONModel advanced_query), for
// `search --remote` (docs/connecting.md "Searching past the cache"). Each node becomes an
// Expr: a constant (repo:NAME, a fixed value), a query with the query that holds exactly
// where it does not (every part has a `negated` flag, so a negation is De Morgan's), or
// nothing, with the reason.
#include "aspacequerytranslation.h"

#include "search/fields.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::sync::aspace {

namespace {

using search::QueryNode;
using Kind = QueryNode::Kind;

constexpr qint64 kDayMs = 86400000;

struct Expr
{
    enum Type { Const, Query, None };
    Type type = None;
    bool value = false;  // Const
    QJsonObject query;   // Query
    QJsonObject negated; // Query: holds exactly where `query` does not
    QString reason;      // None
    QList<LeftOutPart> leftOut; // parts inside it not answered exactly (it is then wider)

    static Expr constant(bool v) { Expr e; e.type = Const; e.value = v; return e; }
    static Expr none(const QString &why) { Expr e; e.reason = why; return e; }
    static Expr of(const QJsonObject &query, const QJsonObject &negated)
    {
        Expr e;
        e.type = Query;
        e.query = query;
        e.negated = negated;
        return e;
    }
    bool exact() const { return type != None && leftOut.isEmpty(); }
};

QJsonObject fieldQuery(const QString &field, const QString &value, bool literal, bool negated)
{
    return {{QStringLiteral("jsonmodel_type"), QStringLiteral("field_query")}, {QStringLiteral("field"), field},
            {QStringLiteral("value"), value}, {QStringLiteral("literal"), literal}, {QStringLiteral("negated"), negated}};
}

QJsonObject dateQuery(const QString &comparator, const QString &field, qint64 dayMs, bool negated)
{
    return {{QStringLiteral("jsonmodel_type"), QStringLiteral("date_field_query")},
            {QStringLiteral("comparator"), comparator}, {QStringLiteral("field"), field},
            {QStringLiteral("value"), QDateTime::fromMSecsSinceEpoch(dayMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"))},
            {QStringLiteral("negated"), negated}};
}

QJsonObject booleanQuery(const QString &op, const QList<QJsonObject> &parts)
{
    QJsonArray subqueries;
    for (const QJsonObject &p : parts)
        subqueries.append(p);
    return {{QStringLiteral("jsonmodel_type"), QStringLiteral("boolean_query")}, {QStringLiteral("op"), op},
            {QStringLiteral("subqueries"), subqueries}};
}

// One part as itself, several joined by `op`.
QJsonObject joined(const QString &op, const QList<QJsonObject> &parts)
{
    return parts.size() == 1 ? parts.first() : booleanQuery(op, parts);
}

Expr leaf(const QString &field, const QString &value, bool literal)
{
    return Expr::of(fieldQuery(field, value, literal, false), fieldQuery(field, value, literal, true));
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
        QList<QJsonObject> queries, negated;
        QList<LeftOutPart> leftOut;
        for (const QueryNode &child : n.children) {
            const Expr e = node(child);
            if (e.type == Expr::Const && !e.value)
                return Expr::constant(false);
            if (e.type == Expr::None)
                leftOut << LeftOutPart{partOfQuery(child, m_query), e.reason};
            if (e.type != Expr::Query)
                continue;
            leftOut << e.leftOut;
            queries << e.query;
            negated << e.negated;
        }
        Expr out = queries.isEmpty() ? Expr::constant(true) : Expr::of(joined(QStringLiteral("AND"), queries), joined(QStringLiteral("OR"), negated));
        out.leftOut = leftOut;
        return out;
    }

    Expr disjunction(const QueryNode &n)
    {
        QList<QJsonObject> queries, negated;
        QList<LeftOutPart> leftOut;
        for (const QueryNode &child : n.children) {
            const Expr e = node(child);
            if (e.type == Expr::Const && e.value)
                return Expr::constant(true);
            if (e.type == Expr::None)
                return e;
            if (e.type != Expr::Query)
                continue;
            leftOut << e.leftOut;
            queries << e.query;
            negated << e.negated;
        }
        Expr out = queries.isEmpty() ? Expr::constant(false) : Expr::of(joined(QStringLiteral("OR"), queries), joined(QStringLiteral("AND"), negated));
        out.leftOut = leftOut;
        return out;
    }

    Expr negation(const QueryNode &n)
    {
        const Expr e = node(n.children.front());
        if (!e.exact())
            return Expr::none(e.type == Expr::None ? e.reason : QStringLiteral("a part of what it excludes cannot be asked exactly"));
        return e.type == Expr::Const ? Expr::constant(!e.value) : Expr::of(e.negated, e.query);
    }

    Expr term(const QueryNode &n)
    {
        const QString term = textTerm(n.text);
        if (term.isEmpty())
            return Expr::none(QStringLiteral("no letters or digits to search for"));
        if (n.termKind != QueryNode::TermKind::Prefix)
            return leaf(QStringLiteral("keyword"), term, false);
        if (term.startsWith(QLatin1Char('"')))
            return Expr::none(QStringLiteral("ArchivesSpace matches a prefix of a single word only"));
        return leaf(QStringLiteral("keyword"), term + QLatin1Char('*'), false);
    }

    Expr field(const QueryNode &n);
    Expr issued(const QueryNode &n);

private:
    const QString &m_query;
    const SearchTarget &m_target;
};

Expr Translator::field(const QueryNode &n)
{
    if (n.field == QLatin1String("repo"))
        return Expr::constant(n.text.compare(m_target.repository, Qt::CaseInsensitive) == 0);
    if (isLocalFact(n.field))
        return Expr::none(QStringLiteral("%1 is known to the cache only").arg(n.field));
    const search::FieldInfo *info = search::findField(n.field);
    const QString mapped = info ? QString(info->column) : QString();
    const QString property = mapped.isEmpty() ? QString() : m_target.source(mapped);
    if (property.isEmpty())
        return Expr::none(QStringLiteral("the repository's mapping reads no property into %1").arg(mapped.isEmpty() ? n.field : mapped));
    if (property.startsWith(QLatin1Char('='))) // a fixed value: the same for every object
        return Expr::constant(property.mid(1).compare(n.text, Qt::CaseInsensitive) == 0);
    const QString field = searchFieldOf(property);
    if (field.isEmpty())
        return Expr::none(QStringLiteral("ArchivesSpace's search does not index \"%1\"").arg(property));
    Expr e = leaf(field, n.text, true);
    if (field == QLatin1String("title"))
        e.leftOut << LeftOutPart{partOfQuery(n, m_query),
                                 QStringLiteral("ArchivesSpace matches the title's words: a title holding more words around the value comes too")};
    return e;
}

Expr Translator::issued(const QueryNode &n)
{
    const QString property = m_target.source(QStringLiteral("issued_at"));
    const QString field = dateFieldOf(property);
    if (field.isEmpty())
        return Expr::none(QStringLiteral("ArchivesSpace's search does not index \"%1\" as a date").arg(property));
    if ((n.from && *n.from % kDayMs != 0) || (n.to && *n.to % kDayMs != 0))
        return Expr::none(QStringLiteral("ArchivesSpace compares dates by whole UTC days"));
    // greater_than D is from the day after D on; lesser_than D is before D (ArchivesSpace's
    // AdvancedQueryString).
    QList<QJsonObject> queries, negated;
    if (n.from) {
        queries << dateQuery(QStringLiteral("greater_than"), field, *n.from - kDayMs, false);
        negated << dateQuery(QStringLiteral("greater_than"), field, *n.from - kDayMs, true);
    }
    if (n.to) {
        queries << dateQuery(QStringLiteral("lesser_than"), field, *n.to, false);
        negated << dateQuery(QStringLiteral("lesser_than"), field, *n.to, true);
    }
    if (queries.isEmpty())
        return Expr::constant(true);
    return Expr::of(joined(QStringLiteral("AND"), queries), joined(QStringLiteral("OR"), negated));
}

} // namespace

QByteArray Translation::aq() const
{
    if (query.isEmpty())
        return QByteArray();
    const QJsonObject advanced{{QStringLiteral("jsonmodel_type"), QStringLiteral("advanced_query")}, {QStringLiteral("query"), query}};
    return QJsonDocument(advanced).toJson(QJsonDocument::Compact);
}

QString searchFieldOf(const QString &property)
{
    if (property == QLatin1String("digital_object_id"))
        return QStringLiteral("identifier");
    if (property == QLatin1String("title"))
        return QStringLiteral("title");
    return QString();
}

QString dateFieldOf(const QString &property)
{
    return property == QLatin1String("create_time") || property == QLatin1String("user_mtime") ? property : QString();
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
    const Expr e = translator.conjunction(top);
    Translation out;
    out.skip = e.type == Expr::Const && !e.value;
    if (out.skip)
        return out;
    out.leftOut = e.leftOut;
    if (e.type == Expr::Query) // always a boolean_query, as the advanced search builds them
        out.query = e.query.value(QStringLiteral("jsonmodel_type")) == QLatin1String("boolean_query")
                        ? e.query : booleanQuery(QStringLiteral("AND"), {e.query});
    return out;
}

} // namespace proofdesk::sync::aspace
