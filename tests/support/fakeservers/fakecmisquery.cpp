// FakeCmisServer: queries (cmisselector=query), parsed and checked by the CMIS 1.1 grammar
// of cmisquerygrammar.h, then evaluated over the stored documents or the synthetic ones.
#include "fakecmisserver.h"
#include "syntheticdocs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <optional>

namespace fakeserver {

namespace {

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

} // namespace

// A page of the synthetic documents [from, to), written as text (see syntheticdocs.h).
Response FakeCmisServer::syntheticPage(qsizetype from, qsizetype to, qsizetype skip, qsizetype max) const
{
    QByteArray body = "{\"results\":[";
    qsizetype i = from + skip;
    for (; i < to && i < from + skip + max; ++i) {
        synthetic::appendObject(i, body, m_syntheticBytes, m_syntheticSpacing);
        body += ',';
    }
    if (body.endsWith(','))
        body.chop(1);
    body += "],\"hasMoreItems\":" + QByteArray(i < to ? "true" : "false")
            + ",\"numItems\":" + QByteArray::number(qMax<qsizetype>(0, to - from)) + '}';
    return Response::json(body);
}

namespace {

bool usesContains(const cmisql::Predicate &p)
{
    return p.kind == cmisql::Predicate::Contains
           || std::any_of(p.children.begin(), p.children.end(),
                          [](const cmisql::PredicatePtr &c) { return usesContains(*c); });
}

Response invalidArgument(const QString &message)
{
    return Response::error(400, compact({{QStringLiteral("exception"), QStringLiteral("invalidArgument")},
                                         {QStringLiteral("message"), message}}));
}

// The synthetic documents [from, to) a condition keeps, when it is nothing but ANDed
// comparisons of cmis:creationDate (the synthetic documents are numbered in creation order);
// nullopt for any other condition.
std::optional<std::pair<qsizetype, qsizetype>> creationRange(const cmisql::Predicate *p, qsizetype count,
                                                             qint64 spacing)
{
    std::pair<qsizetype, qsizetype> range{0, count};
    if (!p)
        return range;
    if (p->kind == cmisql::Predicate::And) {
        for (const cmisql::PredicatePtr &c : p->children) {
            const auto inner = creationRange(c.get(), count, spacing);
            if (!inner)
                return std::nullopt;
            range = {qMax(range.first, inner->first), qMin(range.second, inner->second)};
        }
        return range;
    }
    if (p->kind != cmisql::Predicate::Compare || p->property != QLatin1String("cmis:creationDate"))
        return std::nullopt;
    const qint64 at = p->literals.first().ms;
    const auto first = [count, spacing](qint64 ms) {
        return qMin(count, synthetic::firstCreatedAtOrAfter(ms, spacing));
    };
    if (p->op == QLatin1String(">=") || p->op == QLatin1String("="))
        range.first = first(at);
    if (p->op == QLatin1String(">"))
        range.first = first(at + 1);
    if (p->op == QLatin1String("<=") || p->op == QLatin1String("="))
        range.second = first(at + 1);
    if (p->op == QLatin1String("<"))
        range.second = first(at);
    if (p->op == QLatin1String("<>"))
        return std::nullopt;
    return range;
}

// The ids of a top-level "cmis:objectId IN (…)" (alone or ANDed), if there is one.
std::optional<QStringList> idsAsked(const cmisql::Predicate *p)
{
    if (!p)
        return std::nullopt;
    if (p->kind == cmisql::Predicate::In && !p->negated && p->property == QLatin1String("cmis:objectId")) {
        QStringList ids;
        for (const cmisql::Literal &l : p->literals)
            ids << l.text;
        return ids;
    }
    if (p->kind == cmisql::Predicate::And)
        for (const cmisql::PredicatePtr &c : p->children)
            if (auto ids = idsAsked(c.get()))
                return ids;
    return std::nullopt;
}

QJsonObject selected(const QJsonObject &props, const QStringList &select)
{
    if (select.isEmpty())
        return props;
    QJsonObject out;
    for (const QString &p : select)
        if (props.contains(p))
            out.insert(p, props.value(p));
    return out;
}

Response page(const QList<QJsonObject> &docs, const QStringList &select, qsizetype skip, qsizetype max)
{
    QJsonArray results;
    for (qsizetype i = skip; i < docs.size() && results.size() < max; ++i)
        results.append(QJsonObject{{QStringLiteral("succinctProperties"), selected(docs.at(i), select)}});
    return Response::json(compact({{QStringLiteral("results"), results},
                                   {QStringLiteral("hasMoreItems"), skip + results.size() < docs.size()},
                                   {QStringLiteral("numItems"), double(docs.size())}}));
}

} // namespace

QString FakeCmisServer::fullText(const QJsonObject &doc) const
{
    QString text = QString::fromUtf8(m_content.value(doc.value(QStringLiteral("cmis:objectId")).toString()));
    for (auto it = doc.begin(); it != doc.end(); ++it)
        if (it.value().isString())
            text += QLatin1Char('\n') + it.value().toString();
    return text;
}

// The synthetic documents (of cmis:document): by id batch ("cmis:objectId IN (…)"), or a
// range of creation dates in creation order, without building documents a page does not show;
// any other query through SyntheticIndex (indexedQuery). `key` names the statement.
Response FakeCmisServer::syntheticQuery(const QString &key, const cmisql::Statement &statement,
                                        const cmisql::Properties &properties, qsizetype skip, qsizetype max) const
{
    if (const auto ids = idsAsked(statement.where.get())) {
        QList<QJsonObject> docs;
        for (const QString &id : *ids)
            if (const QJsonObject doc = docById(id);
                !doc.isEmpty() && cmisql::matches(*statement.where, doc, properties, QString()))
                docs << doc;
        return page(docs, statement.select, skip, max);
    }
    const auto range = creationRange(statement.where.get(), m_synthetic, m_syntheticSpacing);
    const bool inCreationOrder =
        statement.orderBy.isEmpty()
        || (statement.orderBy.size() == 1 && !statement.orderBy.first().descending
            && (statement.orderBy.first().property == QLatin1String("cmis:creationDate")
                || statement.orderBy.first().property == QLatin1String("cmis:lastModificationDate")));
    if (!range || !inCreationOrder)
        return indexedQuery(key, statement, properties, skip, max);
    if (statement.select.isEmpty())
        return syntheticPage(range->first, qMax(range->first, range->second), skip, max);
    QList<QJsonObject> docs;
    for (qsizetype i = range->first + skip; i < range->second && docs.size() < max; ++i)
        docs << docAt(i);
    Response r = page(docs, statement.select, 0, max);
    const qsizetype total = qMax<qsizetype>(0, range->second - range->first);
    QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    answer.insert(QStringLiteral("hasMoreItems"), range->first + skip + docs.size() < range->second);
    answer.insert(QStringLiteral("numItems"), double(total));
    return Response::json(compact(answer));
}

// Any other condition or order of the synthetic documents, through SyntheticIndex.
Response FakeCmisServer::indexedQuery(const QString &key, const cmisql::Statement &statement,
                                      const cmisql::Properties &properties, qsizetype skip, qsizetype max) const
{
    if (!m_index)
        m_index = std::make_unique<SyntheticIndex>(m_synthetic, m_syntheticSpacing, m_syntheticBytes);
    QList<qsizetype> stored; // updated synthetic documents: stored since
    for (auto it = m_docs.begin(); it != m_docs.end(); ++it)
        if (const qsizetype i = synthetic::indexOf(it.key()); i >= 0 && i < m_synthetic)
            stored << i;
    const auto exact = [&](qsizetype i) {
        const QJsonObject doc = docById(synthetic::id(i));
        return !statement.where || cmisql::matches(*statement.where, doc, properties, fullText(doc));
    };
    QString error;
    const SyntheticIndex::Matches matches = m_index->find(key, statement, properties, exact, stored, &error);
    if (!matches)
        return error.contains(QLatin1String("disagrees"))
                   ? Response::error(500, compact({{QStringLiteral("exception"), QStringLiteral("runtime")},
                                                   {QStringLiteral("message"), error}}))
                   : invalidArgument(error);
    const qsizetype total = qsizetype(matches->size()), end = qMin(total, skip + max);
    QByteArray body = "{\"results\":[";
    for (qsizetype n = qMax<qsizetype>(0, skip); n < end; ++n) {
        const qsizetype i = matches->at(size_t(n));
        const QString id = synthetic::id(i);
        if (m_docs.contains(id) || !statement.select.isEmpty())
            body += compact({{QStringLiteral("succinctProperties"), selected(docById(id), statement.select)}});
        else
            synthetic::appendObject(i, body, m_syntheticBytes, m_syntheticSpacing);
        body += ',';
    }
    if (body.endsWith(','))
        body.chop(1);
    body += "],\"hasMoreItems\":" + QByteArray(end < total ? "true" : "false")
            + ",\"numItems\":" + QByteArray::number(total) + '}';
    return Response::json(body);
}

Response FakeCmisServer::query(const Request &request) const
{
    QString error;
    std::optional<cmisql::Statement> statement = cmisql::parse(request.query(QStringLiteral("q")), &error);
    if (!statement)
        return invalidArgument(QStringLiteral("the statement is not CMIS 1.1: %1").arg(error));
    if (!m_types.contains(statement->from))
        return invalidArgument(QStringLiteral("unknown type %1 in query").arg(statement->from));
    const cmisql::Properties properties = m_types.queryProperties(statement->from);
    if (m_grammar == Grammar::Strict) {
        const QString problem = cmisql::check(*statement, properties);
        if (!problem.isEmpty())
            return invalidArgument(problem);
        const bool fullText = m_queryCapability == QLatin1String("fulltextonly")
                              || m_queryCapability == QLatin1String("bothseparate")
                              || m_queryCapability == QLatin1String("bothcombined");
        if (!fullText && statement->where && usesContains(*statement->where))
            return invalidArgument(
                QStringLiteral("CONTAINS() is not supported: capabilityQuery is %1").arg(m_queryCapability));
    } else {
        if (statement->where
            && (!cmisql::checkWhere(*statement, properties).isEmpty() || !cmisql::usesOnlyEquality(*statement->where)))
            statement->where = nullptr; // answered as if there were no WHERE
        statement->orderBy.removeIf([&](const cmisql::OrderKey &k) { return !properties.contains(k.property); });
        statement->select.removeIf([&](const QString &p) { return !properties.contains(p); });
    }
    const QString maxText = request.query(QStringLiteral("maxItems"));
    const qsizetype max = maxText.isEmpty() ? 100 : maxText.toInt();
    const qsizetype skip = request.query(QStringLiteral("skipCount")).toInt();
    if (m_synthetic && statement->from == QLatin1String("cmis:document"))
        return syntheticQuery(QString::number(int(m_grammar)) + request.query(QStringLiteral("q")), *statement,
                              properties, skip, max);
    const bool allVersions = request.query(QStringLiteral("searchAllVersions")) == QLatin1String("true");
    const bool searchesText =
        request.query(QStringLiteral("q")).contains(QLatin1String("CONTAINS"), Qt::CaseInsensitive);
    QList<QJsonObject> docs;
    for (const QString &id : m_order) {
        const QJsonObject doc = docById(id);
        if (!allVersions && doc.value(QStringLiteral("cmis:isLatestVersion")) == QJsonValue(false))
            continue;
        if (!m_types.isA(doc.value(QStringLiteral("cmis:objectTypeId")).toString(), statement->from))
            continue;
        const QJsonObject seen = m_types.asSeenFrom(doc, statement->from);
        if (statement->where
            && !cmisql::matches(*statement->where, seen, properties, searchesText ? fullText(doc) : QString()))
            continue;
        docs << seen;
    }
    if (!statement->orderBy.isEmpty()) { // ties stay in creation order
        QList<std::pair<QList<cmisql::OrderValue>, qsizetype>> keys;
        keys.reserve(docs.size());
        for (qsizetype i = 0; i < docs.size(); ++i)
            keys.append({cmisql::orderValues(docs.at(i), statement->orderBy, properties), i});
        std::stable_sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
            return cmisql::compare(a.first, b.first, statement->orderBy) < 0;
        });
        QList<QJsonObject> sorted;
        sorted.reserve(docs.size());
        for (const auto &k : std::as_const(keys))
            sorted << docs.at(k.second);
        docs = sorted;
    }
    return page(docs, statement->select, skip, max);
}

} // namespace fakeserver
