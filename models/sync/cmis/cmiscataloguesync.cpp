#include "cmiscataloguesync.h"

#include "cmisclient.h"
#include "cmislisting.h"
#include "cmisobject.h"
#include "cmistypes.h"
#include "sync/http/urlencoding.h"
#include "sync/repositoryprofiles.h"

#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync::cmis {

namespace {

QString kindName(CatalogueKind kind)
{
    return kind == CatalogueKind::Template ? QStringLiteral("templates") : QStringLiteral("content blocks");
}

// The version series an object belongs to: what its versions are asked by.
QString seriesOf(const QJsonObject &flat)
{
    const QString series = flat.value(QStringLiteral("cmis:versionSeriesId")).toString();
    return series.isEmpty() ? flat.value(QStringLiteral("cmis:objectId")).toString() : series;
}

} // namespace

CatalogueSync::CatalogueSync(Client &client, Types &types, const cache::RepositoryInfo &repository,
                             QMap<QString, QString> mapping, bool majorLabels, int pageSize)
    : m_client(client)
    , m_types(types)
    , m_repository(repository)
    , m_mapping(std::move(mapping))
    , m_majorLabels(majorLabels)
    , m_pageSize(pageSize)
{}

const QList<CatalogueSync::CatalogueType> &CatalogueSync::catalogueTypes()
{
    if (m_catalogueTypes)
        return *m_catalogueTypes;
    QList<CatalogueType> present;
    for (const auto kind : {CatalogueKind::Template, CatalogueKind::Block}) {
        const QString type = cmisCatalogueTypeOf(m_repository.settings, kind);
        if (type.isEmpty())
            continue; // "template_type": "" — this repository keeps none
        const HttpRequest request = m_client.typeDefinitionRequest(type);
        const HttpResponse r = m_client.http().send(request);
        if (r.status == 404 || r.status == 400) {
            // A default type the repository lacks means it keeps no templates (or blocks) there;
            // a type the settings name must exist, or the repository's are silently missed.
            if (catalogueTypeIsNamed(m_repository.settings, kind))
                throw ConnectorError(
                    QStringLiteral("repository \"%1\" has no type \"%2\", which \"%3\" names for its %4 (%5)")
                        .arg(m_repository.name, type, typeSettingOf(kind), kindName(kind),
                             HttpSession::serverMessage(r)));
            qCInfo(lcCmis) << m_repository.name << "has no type" << type << ": no" << kindName(kind) << "read";
            continue;
        }
        if (!r.isSuccess())
            m_client.http().fail(request, r);
        present << CatalogueType{kind, type};
    }
    m_catalogueTypes = present;
    return *m_catalogueTypes;
}

void CatalogueSync::crawl(ChangePage &page)
{
    for (const CatalogueType &t : catalogueTypes()) {
        // The query returns each series' latest version (searchAllVersions is false by
        // default); the versions request then brings the series whole. Listed like the
        // communications' ids: a series deleted during the crawl shifts no other out of it,
        // and the page's catalogue is complete.
        ObjectListing listing({QStringLiteral("*"), t.type, QString(), m_types.sortKeyOf(t.type), m_pageSize});
        QList<QJsonObject> latest;
        m_client.listAll(listing, QStringLiteral("the listing of %1").arg(kindName(t.kind)),
                         [&](const QList<QJsonObject> &objects) { latest += objects; });
        takeSeries(latest, t.kind,
                   QStringLiteral("GET %1 (%2 of type %3)")
                       .arg(m_client.info().repositoryUrl.path(), kindName(t.kind), t.type),
                   page);
    }
    page.catalogueComplete = true;
}

void CatalogueSync::refresh(const QStringList &ids, const QHash<QString, QString> &typeOf, ChangePage &page)
{
    if (ids.isEmpty())
        return; // nothing changed: the repository's types need not be asked
    for (const CatalogueType &t : catalogueTypes()) {
        // Events that say their object's type are asked of that type only; the others of each.
        QStringList asked;
        for (const QString &id : ids)
            if (typeOf.value(id).isEmpty() || m_types.catalogueKindOf(typeOf.value(id)) == t.kind)
                asked << id;
        takeSeries(changedOf(t, asked), t.kind,
                   QStringLiteral("GET %1 (changed %2)").arg(m_client.info().repositoryUrl.path(), kindName(t.kind)),
                   page);
    }
}

QList<QJsonObject> CatalogueSync::changedOf(const CatalogueType &t, const QStringList &ids)
{
    QList<HttpRequest> batches;
    for (qsizetype i = 0; i < ids.size(); i += Client::kIdsPerQuery) {
        QStringList list;
        for (const QString &id : ids.mid(i, Client::kIdsPerQuery))
            list << stringLiteral(id);
        HttpRequest req = m_client.queryRequest(
            QStringLiteral("SELECT * FROM %1 WHERE cmis:objectId IN (%2)").arg(t.type, list.join(QLatin1Char(','))), 0,
            Client::kIdsPerQuery);
        QueryItems q = queryItemsOf(req.url);
        q.append({QStringLiteral("searchAllVersions"), QStringLiteral("true")}); // an older version changed too
        setEncodedQuery(req.url, q);
        batches << req;
    }
    QList<QJsonObject> found;
    for (qsizetype b = 0; b < batches.size(); ++b) {
        const HttpRequest &req = batches.at(b);
        const HttpResponse r = m_client.sendAhead(req, batches.mid(b + 1, m_client.readAhead()));
        for (const QJsonValue &v :
             m_client.resultsOf(m_client.http().parseJson(req, r).object(), "results", req.label()))
            found << flatProperties(v.toObject());
    }
    return found;
}

void CatalogueSync::takeSeries(const QList<QJsonObject> &objects, CatalogueKind kind, const QString &request,
                               ChangePage &page)
{
    const QList<QJsonObject> versions = versionsOf(objects);
    const QHash<qsizetype, QByteArray> contents = contentsOf(versions);
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QJsonObject &flat = versions.at(i);
        QString reason;
        if (kind == CatalogueKind::Template) {
            auto parsed = toTemplateVersion(flat, contents.value(i), m_mapping, m_majorLabels);
            if (parsed.record)
                page.templates << std::move(*parsed.record);
            reason = parsed.reason;
        } else {
            auto parsed = toContentBlock(flat, contents.value(i), m_mapping, m_majorLabels);
            if (parsed.record)
                page.contentBlocks << std::move(*parsed.record);
            reason = parsed.reason;
        }
        if (!reason.isEmpty())
            page.rejected << RejectedRecord{request, 0, reason};
    }
}

QList<QJsonObject> CatalogueSync::versionsOf(const QList<QJsonObject> &objects)
{
    // One versions request per series (the series' id may not be an object id: ask by one
    // of its objects), sent ahead in order.
    QSet<QString> seen;
    QList<HttpRequest> versionRequests;
    for (const QJsonObject &flat : objects)
        if (!seen.contains(seriesOf(flat))) {
            seen.insert(seriesOf(flat));
            versionRequests << m_client.rootRequest(flat.value(QStringLiteral("cmis:objectId")).toString(),
                                                    QStringLiteral("versions"));
        }
    QList<QJsonObject> versions;
    for (qsizetype i = 0; i < versionRequests.size(); ++i) {
        const HttpRequest &req = versionRequests.at(i);
        const HttpResponse r = m_client.sendAhead(req, versionRequests.mid(i + 1, m_client.readAhead()));
        const QJsonDocument doc = m_client.http().parseJson(req, r);
        if (!doc.isArray())
            throw ConnectorError(
                QStringLiteral("repository \"%1\": %2: the versions are not a list; the page was not applied")
                    .arg(m_repository.name, req.label()));
        for (const QJsonValue &v : doc.array())
            versions << flatProperties(v.toObject());
    }
    return versions;
}

QHash<qsizetype, QByteArray> CatalogueSync::contentsOf(const QList<QJsonObject> &versions)
{
    // A version without a content stream (cmis:contentStreamLength 0 or absent) has an empty body.
    QList<HttpRequest> contentRequests;
    QList<qsizetype> withContent;
    for (qsizetype i = 0; i < versions.size(); ++i)
        if (versions.at(i).value(QStringLiteral("cmis:contentStreamLength")).toDouble() > 0) {
            contentRequests << m_client.rootRequest(versions.at(i).value(QStringLiteral("cmis:objectId")).toString(),
                                                    QStringLiteral("content"));
            withContent << i;
        }
    QHash<qsizetype, QByteArray> contents;
    for (qsizetype c = 0; c < contentRequests.size(); ++c) {
        const HttpResponse r =
            m_client.sendAhead(contentRequests.at(c), contentRequests.mid(c + 1, m_client.readAhead()));
        contents.insert(withContent.at(c), r.body);
    }
    return contents;
}

} // namespace proofdesk::sync::cmis
