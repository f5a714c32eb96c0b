// FakeAspaceServer: the search API (GET /repositories/2/search), with `q` (words, all of
// them) and `aq` (an advanced_query of boolean_query, field_query and date_field_query,
// evaluated as ArchivesSpace's Solr index answers it: `keyword` is the record's whole text,
// `title` its words (a literal is a phrase within it), `identifier` the whole
// digital_object_id in any case, dates by UTC day: greater_than D is from D+1 day on,
// lesser_than D before D, equal D that day). A malformed aq, or one naming a field the advanced
// search does not index, is refused with 400.
#include "fakeaspaceserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>

namespace fakeserver {

namespace {

struct AqError
{
    QString message;
};

QStringList tokensOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

void collectText(const QJsonValue &v, QStringList &out)
{
    if (v.isString())
        out << v.toString();
    else if (v.isArray())
        for (const QJsonValue &item : v.toArray())
            collectText(item, out);
    else if (v.isObject())
        for (const QJsonValue &item : v.toObject())
            collectText(item, out);
}

bool containsPhrase(const QStringList &tokens, const QStringList &phrase)
{
    for (qsizetype at = 0; !phrase.isEmpty() && at + phrase.size() <= tokens.size(); ++at)
        if (tokens.mid(at, phrase.size()) == phrase)
            return true;
    return false;
}

// A text value: "a phrase", word* (a prefix), or words (each of them); a literal is a phrase.
bool textMatches(const QStringList &texts, QString value, bool literal)
{
    value = value.trimmed();
    const bool phrase =
        literal || (value.size() > 1 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')));
    const bool prefix = !phrase && value.endsWith(QLatin1Char('*'));
    const QStringList wanted = tokensOf(value);
    if (wanted.isEmpty())
        return false;
    return std::any_of(texts.begin(), texts.end(), [&](const QString &text) {
        const QStringList tokens = tokensOf(text);
        if (phrase)
            return containsPhrase(tokens, wanted);
        if (prefix)
            return std::any_of(tokens.begin(), tokens.end(),
                               [&](const QString &t) { return t.startsWith(wanted.first()); });
        return std::all_of(wanted.begin(), wanted.end(), [&](const QString &w) { return tokens.contains(w); });
    });
}

bool fieldMatches(const QJsonObject &record, const QJsonObject &q)
{
    const QString field = q.value(QStringLiteral("field")).toString();
    if (!q.value(QStringLiteral("value")).isString())
        throw AqError{QStringLiteral("field_query: value is missing")};
    const QString value = q.value(QStringLiteral("value")).toString();
    const bool literal = q.value(QStringLiteral("literal")).toBool();
    if (field == QLatin1String("identifier")) // sort_string: the whole value, lower-cased
        return literal
                   ? record.value(QStringLiteral("digital_object_id")).toString().compare(value, Qt::CaseInsensitive)
                         == 0
                   : textMatches({record.value(QStringLiteral("digital_object_id")).toString()}, value, false);
    if (field == QLatin1String("title"))
        return textMatches({record.value(QStringLiteral("title")).toString()}, value, literal);
    if (field == QLatin1String("keyword")) {
        QStringList texts;
        collectText(record, texts);
        return textMatches(texts, value, literal);
    }
    throw AqError{QStringLiteral("field_query: \"%1\" is not an advanced search field").arg(field)};
}

bool dateMatches(const QJsonObject &record, const QJsonObject &q)
{
    const QString field = q.value(QStringLiteral("field")).toString();
    if (field != QLatin1String("create_time") && field != QLatin1String("user_mtime"))
        throw AqError{QStringLiteral("date_field_query: \"%1\" is not a date field").arg(field)};
    const QDate day = QDate::fromString(q.value(QStringLiteral("value")).toString(), QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid())
        throw AqError{QStringLiteral("date_field_query: value is not a date")};
    const QDateTime base(day, QTime(0, 0), Qt::UTC);
    const QDateTime t = QDateTime::fromString(record.value(field).toString(), Qt::ISODate);
    const QString comparator = q.value(QStringLiteral("comparator")).toString();
    if (comparator == QLatin1String("greater_than"))
        return t.isValid() && t >= base.addDays(1);
    if (comparator == QLatin1String("lesser_than"))
        return t.isValid() && t < base;
    if (comparator == QLatin1String("equal"))
        return t.isValid() && t >= base && t < base.addDays(1);
    throw AqError{QStringLiteral("date_field_query: comparator \"%1\"").arg(comparator)};
}

bool matches(const QJsonObject &record, const QJsonObject &q)
{
    const QString type = q.value(QStringLiteral("jsonmodel_type")).toString();
    if (type == QLatin1String("field_query"))
        return fieldMatches(record, q) != q.value(QStringLiteral("negated")).toBool();
    if (type == QLatin1String("date_field_query"))
        return dateMatches(record, q) != q.value(QStringLiteral("negated")).toBool();
    if (type != QLatin1String("boolean_query"))
        throw AqError{QStringLiteral("unknown query type \"%1\"").arg(type)};
    const QJsonArray subqueries = q.value(QStringLiteral("subqueries")).toArray();
    const QString op = q.value(QStringLiteral("op")).toString();
    if (subqueries.isEmpty() || (op != QLatin1String("AND") && op != QLatin1String("OR") && op != QLatin1String("NOT")))
        throw AqError{QStringLiteral("boolean_query: op AND, OR or NOT with subqueries")};
    QList<bool> each;
    for (const QJsonValue &sub : subqueries) {
        if (!sub.isObject())
            throw AqError{QStringLiteral("boolean_query: a subquery is not an object")};
        each << matches(record, sub.toObject());
    }
    if (op == QLatin1String("AND"))
        return !each.contains(false);
    if (op == QLatin1String("OR"))
        return each.contains(true);
    return each.first() && !each.mid(1).contains(true); // "(a NOT b NOT c)"
}

// The advanced query of `aq`, or AqError.
QJsonObject advancedQuery(const QString &aq)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(aq.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw AqError{QStringLiteral("aq is not JSON")};
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("jsonmodel_type")).toString() != QLatin1String("advanced_query")
        || !o.value(QStringLiteral("query")).isObject())
        throw AqError{QStringLiteral("aq is not an advanced_query")};
    return o.value(QStringLiteral("query")).toObject();
}

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
}

} // namespace

Response FakeAspaceServer::search(const Request &request)
{
    m_searches << request.url;
    const int page = request.query(QStringLiteral("page")).toInt();
    const int pageSize =
        request.hasQuery(QStringLiteral("page_size")) ? request.query(QStringLiteral("page_size")).toInt() : 10;
    if (page < 1 || pageSize < 1)
        return Response::error(400, errorBody(QStringLiteral("page must be 1 or more")));
    QStringList types;
    for (const auto &[key, value] : request.queryItems())
        if (key == QLatin1String("type[]"))
            types << value;
    QList<QJsonObject> found;
    try {
        const QJsonObject aq =
            request.hasQuery(QStringLiteral("aq")) ? advancedQuery(request.query(QStringLiteral("aq"))) : QJsonObject();
        const QString q = request.query(QStringLiteral("q"));
        for (auto it = m_objects.begin(); it != m_objects.end(); ++it) {
            const QJsonObject &o = it.value();
            if (m_suppressed.contains(it.key())
                || (!types.isEmpty() && !types.contains(o.value(QStringLiteral("jsonmodel_type")).toString())))
                continue;
            if ((aq.isEmpty() || matches(o, aq))
                && (q.trimmed().isEmpty()
                    || matches(o, {{QStringLiteral("jsonmodel_type"), QStringLiteral("field_query")},
                                   {QStringLiteral("field"), QStringLiteral("keyword")},
                                   {QStringLiteral("value"), q}})))
                found << o;
        }
    } catch (const AqError &e) {
        return Response::error(400, errorBody(e.message));
    }
    if (request.query(QStringLiteral("sort")) == QLatin1String("create_time desc"))
        std::stable_sort(found.begin(), found.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return QDateTime::fromString(a.value(QStringLiteral("create_time")).toString(), Qt::ISODate)
                   > QDateTime::fromString(b.value(QStringLiteral("create_time")).toString(), Qt::ISODate);
        });
    QJsonArray results;
    for (const QJsonObject &o : found.mid(qsizetype(page - 1) * pageSize, pageSize))
        results.append(
            QJsonObject{{QStringLiteral("id"), o.value(QStringLiteral("uri"))},
                        {QStringLiteral("uri"), o.value(QStringLiteral("uri"))},
                        {QStringLiteral("title"), o.value(QStringLiteral("title"))},
                        {QStringLiteral("primary_type"), o.value(QStringLiteral("jsonmodel_type"))},
                        {QStringLiteral("json"), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))}});
    const int lastPage = qMax(1, int((found.size() + pageSize - 1) / pageSize));
    return Response::json(QJsonDocument(QJsonObject{{QStringLiteral("first_page"), 1},
                                                    {QStringLiteral("last_page"), lastPage},
                                                    {QStringLiteral("this_page"), page},
                                                    {QStringLiteral("total_hits"), double(found.size())},
                                                    {QStringLiteral("results"), results}})
                              .toJson(QJsonDocument::Compact));
}

QList<QUrl> FakeAspaceServer::searches() const
{
    QMutexLocker lock(&m_mutex);
    return m_searches;
}

} // namespace fakeserver
