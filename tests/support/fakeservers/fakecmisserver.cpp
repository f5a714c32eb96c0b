#include "fakecmisserver.h"

#include "syntheticdocs.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

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
             QJsonArray{QString(
                 QStringLiteral("{sha-256}")
                 + QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()))}},
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

void FakeCmisServer::setQueryCapability(const QString &capability)
{
    QMutexLocker lock(&m_mutex);
    m_queryCapability = capability;
}

void FakeCmisServer::log(const QString &id, const char *type)
{
    m_index.reset(); // every change of a document is logged
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
    doc.insert(QStringLiteral("cmis:changeToken"),
               QString::number(doc.value(QStringLiteral("cmis:changeToken")).toString().toInt() + 1));
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

void FakeCmisServer::rewriteSilently(const QString &id, const QJsonObject &properties,
                                     const std::optional<QByteArray> &content)
{
    QMutexLocker lock(&m_mutex);
    QJsonObject &doc = m_docs[id];
    for (auto it = properties.begin(); it != properties.end(); ++it)
        doc.insert(it.key(), it.value());
    if (content)
        m_content.insert(id, *content);
    m_index.reset();
}

void FakeCmisServer::deleteSilently(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_order.removeAll(id);
    m_docs.remove(id);
    m_content.remove(id);
    m_index.reset();
}

void FakeCmisServer::setSynthetic(int count)
{
    QMutexLocker lock(&m_mutex);
    m_synthetic = count;
    m_index.reset();
}

void FakeCmisServer::setSyntheticSpacing(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    m_syntheticSpacing = qMax<qint64>(1, ms);
    m_index.reset();
}

void FakeCmisServer::setSyntheticContentBytes(int bytes)
{
    QMutexLocker lock(&m_mutex);
    m_syntheticBytes = bytes;
    m_index.reset();
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

void FakeCmisServer::addType(const QString &id, const QString &parentId, const QStringList &properties,
                             bool listsInherited)
{
    QMutexLocker lock(&m_mutex);
    m_types.add(id, parentId, properties, listsInherited);
}

void FakeCmisServer::addType(const QString &id, const QString &parentId,
                             const QList<FakeCmisTypes::Property> &properties, bool listsInherited)
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
    m_index.reset();
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
    synthetic::appendObject(i, text, m_syntheticBytes, m_syntheticSpacing);
    return QJsonDocument::fromJson(text).object().value(QStringLiteral("succinctProperties")).toObject();
}

QJsonObject FakeCmisServer::docById(const QString &id) const
{
    if (!m_synthetic || m_docs.contains(id)) // a synthetic document is stored once updated
        return m_docs.value(id);
    const qsizetype i = synthetic::indexOf(id);
    return i >= 0 && i < m_synthetic ? docAt(i) : QJsonObject();
}

QString FakeCmisServer::repoUrl() const { return baseUrl().toString() + QStringLiteral("/cmis/browser/A1"); }

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
    const QJsonObject repo{
        {QStringLiteral("repositoryId"), QStringLiteral("A1")},
        {QStringLiteral("repositoryName"), QStringLiteral("Fake archive")},
        {QStringLiteral("cmisVersionSupported"), QStringLiteral("1.1")},
        {QStringLiteral("repositoryUrl"), repoUrl()},
        {QStringLiteral("rootFolderUrl"), QString(repoUrl() + QStringLiteral("/root"))},
        {QStringLiteral("latestChangeLogToken"), latest},
        {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("capabilityChanges"), m_capability},
                                                     {QStringLiteral("capabilityQuery"), m_queryCapability}}}};
    return Response::json(compact({{QStringLiteral("A1"), repo}}));
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
            properties.insert(QStringLiteral("cmis:objectTypeId"),
                              m_docs.value(c.id).value(QStringLiteral("cmis:objectTypeId")));
        objects.append(QJsonObject{
            {QStringLiteral("succinctProperties"), properties},
            {QStringLiteral("changeEventInfo"),
             QJsonObject{{QStringLiteral("changeType"), c.type}, {QStringLiteral("changeTime"), double(c.time)}}}});
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
        r.headers.append({"Content-Range", "bytes " + QByteArray::number(start) + '-'
                                               + QByteArray::number(bytes.size() - 1) + '/'
                                               + QByteArray::number(bytes.size())});
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
    doc.insert(QStringLiteral("cmis:changeToken"),
               QString::number(doc.value(QStringLiteral("cmis:changeToken")).toString().toInt() + 1));
    log(id, "updated");
    ++m_updates[id];
    return Response::json(compact({{QStringLiteral("succinctProperties"), doc}}));
}

} // namespace fakeserver
