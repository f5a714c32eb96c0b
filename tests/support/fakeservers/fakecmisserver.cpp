#include "fakecmisserver.h"

#include "syntheticdocs.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace fakeserver {

namespace {

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QJsonObject defaults(const QString &id, qint64 time, const QByteArray &content)
{
    return {{QStringLiteral("cmis:objectId"), id},
            {QStringLiteral("cmis:objectTypeId"), QStringLiteral("cmis:document")},
            {QStringLiteral("cmis:name"), QString(id + QStringLiteral(".pdf"))},
            {QStringLiteral("cmis:creationDate"), double(time)},
            {QStringLiteral("cmis:lastModificationDate"), double(time)},
            {QStringLiteral("cmis:changeToken"), QStringLiteral("1")},
            {QStringLiteral("cmis:contentStreamMimeType"), QStringLiteral("application/pdf")},
            {QStringLiteral("cmis:contentStreamLength"), double(content.size())},
            {QStringLiteral("cmis:contentStreamHash"),
             QJsonArray{QString(QStringLiteral("{sha-256}") + QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()))}},
            {QStringLiteral("cmis:secondaryObjectTypeIds"), QJsonArray{}},
            {QStringLiteral("exs:documentType"), QStringLiteral("statement")},
            {QStringLiteral("exs:issuedAt"), double(time)},
            {QStringLiteral("exs:channel"), QStringLiteral("email")},
            {QStringLiteral("exs:customerId"), QStringLiteral("C-1")},
            {QStringLiteral("exs:recipientName"), QStringLiteral("Ada Lovelace")}};
}

} // namespace

void FakeCmisServer::setCredentials(const QString &user, const QString &password)
{
    QMutexLocker lock(&m_mutex);
    m_user = user;
    m_password = password;
}

void FakeCmisServer::setChangesCapability(const QString &capability)
{
    QMutexLocker lock(&m_mutex);
    m_capability = capability;
}

void FakeCmisServer::log(const QString &id, const char *type)
{
    m_log.append({m_nextToken++, id, QLatin1String(type), m_clock});
}

void FakeCmisServer::addDocument(const QString &id, const QJsonObject &properties, const QByteArray &content)
{
    QMutexLocker lock(&m_mutex);
    m_clock += 1000;
    QJsonObject doc = defaults(id, m_clock, content);
    for (auto it = properties.begin(); it != properties.end(); ++it)
        doc.insert(it.key(), it.value());
    m_order.removeAll(id);
    m_order << id;
    m_docs.insert(id, doc);
    m_content.insert(id, content);
    log(id, "created");
}

void FakeCmisServer::addVersion(const QString &seriesId, const QString &id, const QJsonObject &properties,
                                const QByteArray &content)
{
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_docs.begin(); it != m_docs.end(); ++it)
            if (it->value(QStringLiteral("cmis:versionSeriesId")).toString() == seriesId)
                it->insert(QStringLiteral("cmis:isLatestVersion"), false);
    }
    QJsonObject all = properties;
    all.insert(QStringLiteral("cmis:versionSeriesId"), seriesId);
    all.insert(QStringLiteral("cmis:isLatestVersion"), true);
    addDocument(id, all, content);
}

void FakeCmisServer::updateDocument(const QString &id, const QJsonObject &properties)
{
    QMutexLocker lock(&m_mutex);
    m_clock += 1000;
    QJsonObject &doc = m_docs[id];
    for (auto it = properties.begin(); it != properties.end(); ++it)
        doc.insert(it.key(), it.value());
    doc.insert(QStringLiteral("cmis:lastModificationDate"), double(m_clock));
    doc.insert(QStringLiteral("cmis:changeToken"), QString::number(doc.value(QStringLiteral("cmis:changeToken")).toString().toInt() + 1));
    log(id, "updated");
}

void FakeCmisServer::deleteDocument(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_clock += 1000;
    m_order.removeAll(id);
    m_docs.remove(id);
    m_content.remove(id);
    log(id, "deleted");
}

void FakeCmisServer::setSynthetic(int count)
{
    QMutexLocker lock(&m_mutex);
    m_synthetic = count;
}

void FakeCmisServer::setSyntheticContentBytes(int bytes)
{
    QMutexLocker lock(&m_mutex);
    m_syntheticBytes = bytes;
}

void FakeCmisServer::truncateLog()
{
    QMutexLocker lock(&m_mutex);
    if (m_log.size() > 1)
        m_log = {m_log.last()};
}

void FakeCmisServer::setRefuseOldTokens(bool refuse)
{
    QMutexLocker lock(&m_mutex);
    m_refuseOld = refuse;
}

void FakeCmisServer::setEventsNameTheirType(bool name)
{
    QMutexLocker lock(&m_mutex);
    m_eventTypes = name;
}

void FakeCmisServer::setRefuseAllTokens(bool refuse)
{
    QMutexLocker lock(&m_mutex);
    m_refuseAll = refuse;
}

void FakeCmisServer::addType(const QString &id, const QString &parentId, const QStringList &properties, bool listsInherited)
{
    QMutexLocker lock(&m_mutex);
    m_types.add(id, parentId, properties, listsInherited);
}

void FakeCmisServer::addType(const QString &id, const QString &parentId, const QList<FakeCmisTypes::Property> &properties,
                             bool listsInherited)
{
    QMutexLocker lock(&m_mutex);
    m_types.add(id, parentId, properties, listsInherited);
}

void FakeCmisServer::setBaseOrderable(const QString &property, bool orderable)
{
    QMutexLocker lock(&m_mutex);
    m_types.setBaseOrderable(property, orderable);
}

void FakeCmisServer::setTypeDescribed(const QString &id, bool described)
{
    QMutexLocker lock(&m_mutex);
    if (described)
        m_undescribed.remove(id);
    else
        m_undescribed.insert(id);
}

void FakeCmisServer::setGrammar(Grammar grammar)
{
    QMutexLocker lock(&m_mutex);
    m_grammar = grammar;
}

QStringList FakeCmisServer::documentIds() const
{
    QMutexLocker lock(&m_mutex);
    return m_order;
}

int FakeCmisServer::documentCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_synthetic ? m_synthetic : int(m_order.size());
}

QJsonObject FakeCmisServer::properties(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_docs.value(id);
}

int FakeCmisServer::updateCount(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_updates.value(id);
}

QJsonObject FakeCmisServer::docAt(qsizetype i) const
{
    if (!m_synthetic)
        return m_docs.value(m_order.at(i));
    QByteArray text;
    synthetic::appendObject(i, text, m_syntheticBytes);
    return QJsonDocument::fromJson(text).object().value(QStringLiteral("succinctProperties")).toObject();
}

QJsonObject FakeCmisServer::docById(const QString &id) const
{
    if (!m_synthetic || m_docs.contains(id)) // a synthetic document is stored once updated
        return m_docs.value(id);
    const qsizetype i = synthetic::indexOf(id);
    return i >= 0 && i < m_synthetic ? docAt(i) : QJsonObject();
}

// A page of the synthetic documents [from, to), written as text (see syntheticdocs.h).
Response FakeCmisServer::syntheticPage(qsizetype from, qsizetype to, qsizetype skip, qsizetype max) const
{
    QByteArray body = "{\"results\":[";
    qsizetype i = from + skip;
    for (; i < to && i < from + skip + max; ++i) {
        synthetic::appendObject(i, body, m_syntheticBytes);
        body += ',';
    }
    if (body.endsWith(','))
        body.chop(1);
    body += "],\"hasMoreItems\":" + QByteArray(i < to ? "true" : "false")
            + ",\"numItems\":" + QByteArray::number(qMax<qsizetype>(0, to - from)) + '}';
    return Response::json(body);
}

QString FakeCmisServer::repoUrl() const
{
    return baseUrl().toString() + QStringLiteral("/cmis/browser/A1");
}

Response FakeCmisServer::handle(const Request &request)
{
    QMutexLocker lock(&m_mutex);
    if (!m_user.isEmpty()) {
        const QByteArray expected = "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
        if (request.headers.value("authorization") != expected)
            return Response::error(401, R"({"exception":"permissionDenied","message":"Unauthorized"})");
    }
    const QString path = request.path();
    const QString selector = request.query(QStringLiteral("cmisselector"));
    if (path == QLatin1String("/cmis/browser"))
        return info();
    if (path == QLatin1String("/cmis/browser/A1") && selector == QLatin1String("query"))
        return query(request);
    if (path == QLatin1String("/cmis/browser/A1") && selector == QLatin1String("typeDefinition"))
        return typeDefinition(request);
    if (path == QLatin1String("/cmis/browser/A1") && selector == QLatin1String("contentChanges"))
        return changes(request);
    if (path == QLatin1String("/cmis/browser/A1/root") && request.method == "POST")
        return update(request);
    if (path == QLatin1String("/cmis/browser/A1/root") && selector == QLatin1String("content"))
        return content(request);
    if (path == QLatin1String("/cmis/browser/A1/root") && selector == QLatin1String("versions"))
        return versions(request);
    if (path == QLatin1String("/cmis/browser/A1/root") && selector == QLatin1String("object")) {
        const QJsonObject doc = docById(request.query(QStringLiteral("objectId")));
        if (doc.isEmpty())
            return Response::error(404, R"({"exception":"objectNotFound","message":"no such object"})");
        return Response::json(compact({{QStringLiteral("succinctProperties"), doc}}));
    }
    return Response::error(400, R"({"exception":"invalidArgument","message":"unknown request"})");
}

Response FakeCmisServer::info() const
{
    const QString latest = m_log.isEmpty() ? QStringLiteral("0") : QString::number(m_log.last().token);
    const QJsonObject repo{{QStringLiteral("repositoryId"), QStringLiteral("A1")},
                           {QStringLiteral("repositoryName"), QStringLiteral("Fake archive")},
                           {QStringLiteral("cmisVersionSupported"), QStringLiteral("1.1")},
                           {QStringLiteral("repositoryUrl"), repoUrl()},
                           {QStringLiteral("rootFolderUrl"), QString(repoUrl() + QStringLiteral("/root"))},
                           {QStringLiteral("latestChangeLogToken"), latest},
                           {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("capabilityChanges"), m_capability}}}};
    return Response::json(compact({{QStringLiteral("A1"), repo}}));
}

namespace {

Response invalidArgument(const QString &message)
{
    return Response::error(400, compact({{QStringLiteral("exception"), QStringLiteral("invalidArgument")},
                                         {QStringLiteral("message"), message}}));
}

// The synthetic documents [from, to) a condition keeps, when it is nothing but ANDed
// comparisons of cmis:creationDate (the synthetic documents are numbered in creation order);
// nullopt for any other condition.
std::optional<std::pair<qsizetype, qsizetype>> creationRange(const cmisql::Predicate *p, qsizetype count)
{
    std::pair<qsizetype, qsizetype> range{0, count};
    if (!p)
        return range;
    if (p->kind == cmisql::Predicate::And) {
        for (const cmisql::PredicatePtr &c : p->children) {
            const auto inner = creationRange(c.get(), count);
            if (!inner)
                return std::nullopt;
            range = {qMax(range.first, inner->first), qMin(range.second, inner->second)};
        }
        return range;
    }
    if (p->kind != cmisql::Predicate::Compare || p->property != QLatin1String("cmis:creationDate"))
        return std::nullopt;
    const qint64 at = p->literals.first().ms;
    const auto first = [count](qint64 ms) { return qMin(count, synthetic::firstCreatedAtOrAfter(ms)); };
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
// range of creation dates in creation order, without building documents a page does not show.
Response FakeCmisServer::syntheticQuery(const cmisql::Statement &statement, const cmisql::Properties &properties,
                                        qsizetype skip, qsizetype max) const
{
    if (const auto ids = idsAsked(statement.where.get())) {
        QList<QJsonObject> docs;
        for (const QString &id : *ids)
            if (const QJsonObject doc = docById(id); !doc.isEmpty() && cmisql::matches(*statement.where, doc, properties, QString()))
                docs << doc;
        return page(docs, statement.select, skip, max);
    }
    const auto range = creationRange(statement.where.get(), m_synthetic);
    const bool inCreationOrder = statement.orderBy.isEmpty()
                                 || (statement.orderBy.size() == 1 && !statement.orderBy.first().descending
                                     && (statement.orderBy.first().property == QLatin1String("cmis:creationDate")
                                         || statement.orderBy.first().property == QLatin1String("cmis:lastModificationDate")));
    if (!range || !inCreationOrder)
        return invalidArgument(QStringLiteral("the fake's synthetic repository answers id batches and ranges of "
                                              "cmis:creationDate in creation order only"));
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
    } else {
        if (statement->where && (!cmisql::checkWhere(*statement, properties).isEmpty() || !cmisql::usesOnlyEquality(*statement->where)))
            statement->where = nullptr; // answered as if there were no WHERE
        statement->orderBy.removeIf([&](const cmisql::OrderKey &k) { return !properties.contains(k.property); });
        statement->select.removeIf([&](const QString &p) { return !properties.contains(p); });
    }
    const QString maxText = request.query(QStringLiteral("maxItems"));
    const qsizetype max = maxText.isEmpty() ? 100 : maxText.toInt();
    const qsizetype skip = request.query(QStringLiteral("skipCount")).toInt();
    if (m_synthetic && statement->from == QLatin1String("cmis:document"))
        return syntheticQuery(*statement, properties, skip, max);
    const bool allVersions = request.query(QStringLiteral("searchAllVersions")) == QLatin1String("true");
    const bool searchesText = request.query(QStringLiteral("q")).contains(QLatin1String("CONTAINS"), Qt::CaseInsensitive);
    QList<QJsonObject> docs;
    for (const QString &id : m_order) {
        const QJsonObject doc = docById(id);
        if (!allVersions && doc.value(QStringLiteral("cmis:isLatestVersion")) == QJsonValue(false))
            continue;
        if (!m_types.isA(doc.value(QStringLiteral("cmis:objectTypeId")).toString(), statement->from))
            continue;
        const QJsonObject seen = m_types.asSeenFrom(doc, statement->from);
        if (statement->where && !cmisql::matches(*statement->where, seen, properties, searchesText ? fullText(doc) : QString()))
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

Response FakeCmisServer::typeDefinition(const Request &request) const
{
    const QString id = request.query(QStringLiteral("typeId"));
    const QJsonObject definition = m_undescribed.contains(id) ? QJsonObject() : m_types.definition(id);
    if (definition.isEmpty())
        return Response::error(404, R"({"exception":"objectNotFound","message":"unknown type"})");
    return Response::json(compact(definition));
}

Response FakeCmisServer::changes(const Request &request) const
{
    if (m_capability == QLatin1String("none"))
        return Response::error(400, R"({"exception":"notSupported","message":"no change log"})");
    const qint64 from = request.query(QStringLiteral("changeLogToken")).toLongLong();
    const int max = request.query(QStringLiteral("maxItems")).toInt();
    if (m_refuseAll || (m_refuseOld && !m_log.isEmpty() && from < m_log.first().token))
        return Response::error(409, R"({"exception":"constraint","message":"change log token no longer valid"})");
    QJsonArray objects;
    qint64 last = from;
    bool more = false;
    for (const Change &c : m_log) {
        if (c.token < from)
            continue;
        if (objects.size() >= max) {
            more = true;
            break;
        }
        QJsonObject properties{{QStringLiteral("cmis:objectId"), c.id}};
        if (m_eventTypes && m_docs.contains(c.id))
            properties.insert(QStringLiteral("cmis:objectTypeId"), m_docs.value(c.id).value(QStringLiteral("cmis:objectTypeId")));
        objects.append(QJsonObject{{QStringLiteral("succinctProperties"), properties},
                                   {QStringLiteral("changeEventInfo"), QJsonObject{{QStringLiteral("changeType"), c.type},
                                                                                   {QStringLiteral("changeTime"), double(c.time)}}}});
        last = c.token;
    }
    return Response::json(compact({{QStringLiteral("objects"), objects},
                                   {QStringLiteral("hasMoreItems"), more},
                                   {QStringLiteral("changeLogToken"), QString::number(last)}}));
}

Response FakeCmisServer::content(const Request &request) const
{
    const QString id = request.query(QStringLiteral("objectId"));
    if (!m_content.contains(id) && !m_synthetic)
        return Response::error(404, R"({"exception":"objectNotFound","message":"no content"})");
    const QByteArray bytes = m_content.contains(id) ? m_content.value(id) : synthetic::content(id, m_syntheticBytes);
    Response r;
    r.contentType = "application/pdf";
    const QByteArray range = request.headers.value("range");
    if (range.startsWith("bytes=")) {
        const qint64 start = range.mid(6, range.indexOf('-') - 6).toLongLong();
        if (start >= bytes.size())
            return Response::error(416, R"({"exception":"invalidArgument","message":"range"})");
        r.status = 206;
        r.body = bytes.mid(start);
        r.headers.append({"Content-Range", "bytes " + QByteArray::number(start) + '-' + QByteArray::number(bytes.size() - 1)
                                               + '/' + QByteArray::number(bytes.size())});
        return r;
    }
    r.body = bytes;
    return r;
}

Response FakeCmisServer::versions(const Request &request) const
{
    const QJsonObject doc = docById(request.query(QStringLiteral("objectId")));
    if (doc.isEmpty())
        return Response::error(404, R"({"exception":"objectNotFound","message":"no such object"})");
    const QString series = doc.value(QStringLiteral("cmis:versionSeriesId")).toString();
    QJsonArray out;
    if (series.isEmpty())
        out.append(QJsonObject{{QStringLiteral("succinctProperties"), doc}});
    for (auto it = m_order.crbegin(); !series.isEmpty() && it != m_order.crend(); ++it) // newest first
        if (m_docs.value(*it).value(QStringLiteral("cmis:versionSeriesId")).toString() == series)
            out.append(QJsonObject{{QStringLiteral("succinctProperties"), m_docs.value(*it)}});
    return Response::json(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

Response FakeCmisServer::update(const Request &request)
{
    const QString id = request.query(QStringLiteral("objectId"));
    const QJsonObject current = docById(id);
    if (current.isEmpty())
        return Response::error(404, R"({"exception":"objectNotFound","message":"no such object"})");
    QJsonObject &doc = m_docs[id];
    doc = current;
    if (request.form(QStringLiteral("changeToken")) != doc.value(QStringLiteral("cmis:changeToken")).toString())
        return Response::error(409, R"({"exception":"updateConflict","message":"the object changed"})");
    for (int i = 0; !request.form(QStringLiteral("propertyId[%1]").arg(i)).isEmpty(); ++i) {
        QJsonArray values;
        for (int j = 0;; ++j) {
            const QString v = request.form(QStringLiteral("propertyValue[%1][%2]").arg(i).arg(j));
            if (v.isEmpty())
                break;
            values.append(v);
        }
        doc.insert(request.form(QStringLiteral("propertyId[%1]").arg(i)), values);
    }
    m_clock += 1000;
    doc.insert(QStringLiteral("cmis:lastModificationDate"), double(m_clock));
    doc.insert(QStringLiteral("cmis:changeToken"), QString::number(doc.value(QStringLiteral("cmis:changeToken")).toString().toInt() + 1));
    log(id, "updated");
    ++m_updates[id];
    return Response::json(compact({{QStringLiteral("succinctProperties"), doc}}));
}

} // namespace fakeserver
