// The search syntax as an ArchivesSpace advanced query (`aq`, JSONModel advanced_query), for
// `search --remote` (docs/connecting.md "Searching past the cache"). Each node becomes an
// Expr: a constant (repo:NAME, a fixed value), a query with the query that holds exactly
// where it does not (every part has a `negated` flag, so a negation is De Morgan's), or
// nothing, with the reason.
#include "aspacequerytranslation.h"

#include "search/fields.h"
#include "sync/querybounds.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::sync::aspace {

namespace {

using search::QueryNode;
using Kind = QueryNode::Kind;

constexpr qint64 kDayMs = 86400000;

using bounds::Bounds;
using bounds::Cond;

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QJsonObject parsed(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

QJsonObject fieldQuery(const QString &field, const QString &value, bool literal, bool negated)
{
    return {{QStringLiteral("jsonmodel_type"), QStringLiteral("field_query")},
            {QStringLiteral("field"), field},
            {QStringLiteral("value"), value},
            {QStringLiteral("literal"), literal},
            {QStringLiteral("negated"), negated}};
}

QJsonObject dateQuery(const QString &comparator, const QString &field, qint64 dayMs, bool negated)
{
    return {{QStringLiteral("jsonmodel_type"), QStringLiteral("date_field_query")},
            {QStringLiteral("comparator"), comparator},
            {QStringLiteral("field"), field},
            {QStringLiteral("value"),
             QDateTime::fromMSecsSinceEpoch(dayMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"))},
            {QStringLiteral("negated"), negated}};
}

QJsonObject booleanQuery(const QString &op, const QList<QJsonObject> &parts)
{
    QJsonArray subqueries;
    for (const QJsonObject &p : parts)
        subqueries.append(p);
    return {{QStringLiteral("jsonmodel_type"), QStringLiteral("boolean_query")},
            {QStringLiteral("op"), op},
            {QStringLiteral("subqueries"), subqueries}};
}

// One part as itself, several joined by `op`.
QJsonObject joined(const QString &op, const QList<QJsonObject> &parts)
{
    return parts.size() == 1 ? parts.first() : booleanQuery(op, parts);
}

// ArchivesSpace's queries joined: a boolean_query of them.
QString joinQueries(const QStringList &parts, bool conjunction)
{
    QList<QJsonObject> queries;
    for (const QString &p : parts)
        queries << parsed(p);
    return compact(booleanQuery(conjunction ? QStringLiteral("AND") : QStringLiteral("OR"), queries));
}

Bounds leaf(const QString &field, const QString &value, bool literal)
{
    return Bounds::exactly(Cond::of(compact(fieldQuery(field, value, literal, false))),
                           Cond::of(compact(fieldQuery(field, value, literal, true))));
}

const QString kKeywordRules = QStringLiteral(
    "matched by ArchivesSpace's keyword search: which fields it searches and how it treats accents, letter case "
    "and word forms are its own");

class Translator : public bounds::Translator
{
public:
    explicit Translator(const SearchTarget &target)
        : bounds::Translator(joinQueries)
        , m_target(target)
    {}

protected:
    // Words and phrases are asked of the record's whole text (`keyword`), `word*` as a prefix;
    // ArchivesSpace matches them by its own rules.
    Bounds term(const QueryNode &n) override
    {
        const QString term = textTerm(n.text);
        if (term.isEmpty())
            return Bounds::unknown(QStringLiteral("no letters or digits to search for"));
        if (n.termKind == QueryNode::TermKind::Prefix && term.startsWith(QLatin1Char('"')))
            return Bounds::unknown(QStringLiteral("ArchivesSpace matches a prefix of a single word only"));
        // A quoted word is a phrase, never an operator of the search ("OR" is a word to find).
        const bool quote =
            !term.startsWith(QLatin1Char('"'))
            && (n.termKind == QueryNode::TermKind::Phrase
                || QStringList{QStringLiteral("OR"), QStringLiteral("AND"), QStringLiteral("NOT")}.contains(
                    term, Qt::CaseInsensitive));
        const QString value = n.termKind == QueryNode::TermKind::Prefix ? term + QLatin1Char('*')
                              : quote                                   ? QLatin1Char('"') + term + QLatin1Char('"')
                                                                        : term;
        Bounds b = leaf(QStringLiteral("keyword"), value, false);
        b.ownRules << kKeywordRules;
        return b;
    }
    Bounds field(const QueryNode &n) override;
    Bounds issued(const QueryNode &n) override;

private:
    const SearchTarget &m_target;
};

Bounds Translator::field(const QueryNode &n)
{
    if (n.field == QLatin1String("repo"))
        return Bounds::constant(n.text.compare(m_target.repository, Qt::CaseInsensitive) == 0);
    const search::FieldInfo *info = search::findField(n.field);
    const QString mapped = info ? QString(info->column) : QString();
    const QString property =
        mapped.isEmpty() || n.field == QLatin1String("block") ? QString() : m_target.source(mapped);
    if (property.isEmpty())
        return Bounds::unknown(
            QStringLiteral("the repository's mapping reads no property into %1 that its search indexes")
                .arg(mapped.isEmpty() ? n.field : mapped));
    if (property.startsWith(QLatin1Char('='))) // a fixed value: the same for every object
        return Bounds::constant(property.mid(1).compare(n.text, Qt::CaseInsensitive) == 0);
    const QString field = searchFieldOf(property);
    if (field.isEmpty())
        return Bounds::unknown(QStringLiteral("ArchivesSpace's search does not index \"%1\"").arg(property));
    if (field != QLatin1String("title"))
        return leaf(field, n.text, true);
    // The title's words: a title holding more words around the value comes too, so the query
    // holds wherever the field does (upper), and its negation only where the field does not.
    const Bounds exact = leaf(field, n.text, true);
    Bounds b = Bounds::unknown(QStringLiteral("ArchivesSpace matches the title's words: a title holding more words "
                                              "around the value comes too"));
    b.upper = exact.upper;
    b.lowerNot = exact.upperNot;
    return b;
}

Bounds Translator::issued(const QueryNode &n)
{
    const QString property = m_target.source(QStringLiteral("issued_at"));
    const QString field = dateFieldOf(property);
    if (field.isEmpty())
        return Bounds::unknown(QStringLiteral("ArchivesSpace's search does not index \"%1\" as a date").arg(property));
    if ((n.from && *n.from % kDayMs != 0) || (n.to && *n.to % kDayMs != 0))
        return Bounds::unknown(QStringLiteral("ArchivesSpace compares dates by whole UTC days"));
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
        return Bounds::constant(true);
    return Bounds::exactly(Cond::of(compact(joined(QStringLiteral("AND"), queries))),
                           Cond::of(compact(joined(QStringLiteral("OR"), negated))));
}

} // namespace

// The advanced query's "query" for a condition: always a boolean_query, as the advanced
// search builds them; empty for everything.
static QJsonObject asked(const Cond &c)
{
    if (c.state != Cond::Text)
        return QJsonObject();
    const QJsonObject q = parsed(c.text);
    return q.value(QStringLiteral("jsonmodel_type")) == QLatin1String("boolean_query")
               ? q
               : booleanQuery(QStringLiteral("AND"), {q});
}

QByteArray Translation::aq(const QJsonObject &query)
{
    if (query.isEmpty())
        return QByteArray();
    const QJsonObject advanced{{QStringLiteral("jsonmodel_type"), QStringLiteral("advanced_query")},
                               {QStringLiteral("query"), query}};
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
    Translator translator(target);
    const bounds::Assembly a = bounds::assemble(root, query, translator, joinQueries);
    Translation out;
    out.skip = a.skip;
    if (out.skip)
        return out;
    out.leftOut = a.leftOut;
    out.inexact = a.inexact;
    out.checked = a.checked;
    out.deskQuery = a.deskQuery;
    out.query = asked(a.upper);
    if (!out.deskQuery.isEmpty() && a.lower.state != Cond::False)
        out.narrower = asked(a.lower);
    return out;
}

} // namespace proofdesk::sync::aspace
