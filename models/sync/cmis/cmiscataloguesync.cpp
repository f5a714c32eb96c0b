// CmisConnector: template and content-block versions (DESIGN.md "Templates and content
// blocks from CMIS"). Documentum keeps each template as a document with a version series;
// every version of the series is a template version of its own. They are read whole at the
// end of every crawl (a few hundred series against the archive's millions of documents),
// and from then on each change-log event on one of them reads its series again.
#include "cmisconnector.h"
#include "cmisobject.h"
#include "sync/http/urlencoding.h"
#include "sync/repositoryprofiles.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync {

namespace {

constexpr int kIdBatch = 100; // ids per "IN (…)" query, as for communications

QString kindName(cmis::CatalogueKind kind)
{
    return kind == cmis::CatalogueKind::Template ? QStringLiteral("templates") : QStringLiteral("content blocks");
}

// The version series an object belongs to: what its versions are asked by.
QString seriesOf(const QJsonObject &flat)
{
    const QString series = flat.value(QStringLiteral("cmis:versionSeriesId")).toString();
    return series.isEmpty() ? flat.value(QStringLiteral("cmis:objectId")).toString() : series;
}

} // namespace

QByteArray CmisConnector::cursorFingerprint() const
{
    QByteArray catalogue;
    for (const auto kind : {cmis::CatalogueKind::Template, cmis::CatalogueKind::Block})
        catalogue += cmisCatalogueTypeOf(m_repository.settings, kind).toUtf8() + '\n';
    if (m_majorLabels) // a change re-reads everything with the versions compared anew
        catalogue += "version_labels=major\n";
    for (auto it = m_catalogueMapping.begin(); it != m_catalogueMapping.end(); ++it)
        catalogue += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
    return m_mapping.fingerprint() + QCryptographicHash::hash(catalogue, QCryptographicHash::Sha256).toHex().left(16);
}

std::optional<cmis::CatalogueKind> CmisConnector::catalogueKindOf(const QString &type)
{
    if (type.isEmpty())
        return std::nullopt;
    bool anyCatalogue = false;
    for (const auto kind : {cmis::CatalogueKind::Template, cmis::CatalogueKind::Block}) {
        const QString catalogueType = cmisCatalogueTypeOf(m_repository.settings, kind);
        if (type == catalogueType)
            return kind;
        anyCatalogue = anyCatalogue || !catalogueType.isEmpty();
    }
    // The communications' own type and the base types are no template's subtype; nor is
    // anything when the repository reads no templates or blocks.
    if (!anyCatalogue || type == documentType() || type.startsWith(QLatin1String("cmis:")))
        return std::nullopt;
    if (const auto known = m_kindOfType.constFind(type); known != m_kindOfType.constEnd())
        return *known;
    m_kindOfType.insert(type, std::nullopt); // a type that names itself among its supertypes ends here
    const HttpRequest request = typeDefinitionRequest(type);
    const HttpResponse r = m_http.send(request);
    std::optional<cmis::CatalogueKind> kind;
    if (r.isSuccess()) {
        const QString parent = m_http.parseJson(request, r).object().value(QStringLiteral("parentId")).toString();
        kind = catalogueKindOf(parent);
    } else if (r.status != 404 && r.status != 400) { // a type it does not describe is no template's
        m_kindOfType.remove(type);
        m_http.fail(request, r);
    }
    m_kindOfType.insert(type, kind);
    return kind;
}

const QList<CmisConnector::CatalogueType> &CmisConnector::catalogueTypes()
{
    if (m_catalogueTypes)
        return *m_catalogueTypes;
    QList<CatalogueType> present;
    for (const auto kind : {cmis::CatalogueKind::Template, cmis::CatalogueKind::Block}) {
        const QString type = cmisCatalogueTypeOf(m_repository.settings, kind);
        if (type.isEmpty())
            continue; // "template_type": "" — this repository keeps none
        const HttpRequest request = typeDefinitionRequest(type);
        const HttpResponse r = m_http.send(request);
        if (r.status == 404 || r.status == 400) {
            // A default type the repository lacks means it keeps no templates (or blocks) there;
            // a type the settings name must exist, or the repository's are silently missed.
            if (catalogueTypeIsNamed(m_repository.settings, kind))
                throw ConnectorError(
                    QStringLiteral("repository \"%1\" has no type \"%2\", which \"%3\" names for its %4 (%5)")
                        .arg(m_repository.name, type, cmis::typeSettingOf(kind), kindName(kind),
                             HttpSession::serverMessage(r)));
            qCInfo(lcCmis) << m_repository.name << "has no type" << type << ": no" << kindName(kind) << "read";
            continue;
        }
        if (!r.isSuccess())
            m_http.fail(request, r);
        present << CatalogueType{kind, type};
    }
    m_catalogueTypes = present;
    return *m_catalogueTypes;
}

HttpRequest CmisConnector::rootRequest(const QString &objectId, const QString &selector) const
{
    HttpRequest request;
    request.url = m_info->rootFolderUrl;
    setEncodedQuery(request.url, {{QStringLiteral("objectId"), objectId},
                                  {QStringLiteral("cmisselector"), selector},
                                  {QStringLiteral("succinct"), QStringLiteral("true")}});
    request.setHeader("Accept", "application/json");
    return request;
}

void CmisConnector::crawlCatalogue(ChangePage &page)
{
    for (const CatalogueType &t : catalogueTypes()) {
        // The query returns each series' latest version (searchAllVersions is false by
        // default); the versions request then brings the series whole. Listed like the
        // communications' ids: a series deleted during the crawl shifts no other out of it,
        // and the page's catalogue is complete.
        cmis::ObjectListing listing({QStringLiteral("*"), t.type, QString(), sortKeyOf(t.type), m_pageSize});
        QList<QJsonObject> latest;
        listAll(listing, QStringLiteral("the listing of %1").arg(kindName(t.kind)),
                [&](const QList<QJsonObject> &objects) { latest += objects; });
        takeSeries(latest, t.kind,
                   QStringLiteral("GET %1 (%2 of type %3)").arg(info().repositoryUrl.path(), kindName(t.kind), t.type),
                   page);
    }
    page.catalogueComplete = true;
}

void CmisConnector::refreshCatalogue(const QStringList &ids, const QHash<QString, QString> &typeOf, ChangePage &page)
{
    if (ids.isEmpty())
        return; // nothing changed: the repository's types need not be asked
    for (const CatalogueType &t : catalogueTypes()) {
        // Events that say their object's type are asked of that type only; the others of each.
        QStringList asked;
        for (const QString &id : ids)
            if (typeOf.value(id).isEmpty() || catalogueKindOf(typeOf.value(id)) == t.kind)
                asked << id;
        QList<HttpRequest> batches;
        for (qsizetype i = 0; i < asked.size(); i += kIdBatch) {
            QStringList list;
            for (const QString &id : asked.mid(i, kIdBatch))
                list << cmis::stringLiteral(id);
            HttpRequest req = queryRequest(
                QStringLiteral("SELECT * FROM %1 WHERE cmis:objectId IN (%2)").arg(t.type, list.join(QLatin1Char(','))),
                0, kIdBatch);
            QueryItems q = queryItemsOf(req.url);
            q.append({QStringLiteral("searchAllVersions"), QStringLiteral("true")}); // an older version changed too
            setEncodedQuery(req.url, q);
            batches << req;
        }
        QList<QJsonObject> found;
        for (qsizetype b = 0; b < batches.size(); ++b) {
            const HttpRequest &req = batches.at(b);
            const HttpResponse r = m_ahead.sendOk(req, batches.mid(b + 1, m_ahead.depth()));
            m_bytes += r.body.size();
            for (const QJsonValue &v : resultsOf(m_http.parseJson(req, r).object(), "results", req.label()))
                found << cmis::flatProperties(v.toObject());
        }
        takeSeries(found, t.kind,
                   QStringLiteral("GET %1 (changed %2)").arg(info().repositoryUrl.path(), kindName(t.kind)), page);
    }
}

void CmisConnector::takeSeries(const QList<QJsonObject> &objects, cmis::CatalogueKind kind, const QString &request,
                               ChangePage &page)
{
    // One versions request per series (the series' id may not be an object id: ask by one
    // of its objects), then each version's content stream; both sent ahead in order.
    QSet<QString> seen;
    QList<HttpRequest> versionRequests;
    for (const QJsonObject &flat : objects)
        if (!seen.contains(seriesOf(flat))) {
            seen.insert(seriesOf(flat));
            versionRequests << rootRequest(flat.value(QStringLiteral("cmis:objectId")).toString(),
                                           QStringLiteral("versions"));
        }
    QList<QJsonObject> versions;
    for (qsizetype i = 0; i < versionRequests.size(); ++i) {
        const HttpRequest &req = versionRequests.at(i);
        const HttpResponse r = m_ahead.sendOk(req, versionRequests.mid(i + 1, m_ahead.depth()));
        m_bytes += r.body.size();
        const QJsonDocument doc = m_http.parseJson(req, r);
        if (!doc.isArray())
            throw ConnectorError(
                QStringLiteral("repository \"%1\": %2: the versions are not a list; the page was not applied")
                    .arg(m_repository.name, req.label()));
        for (const QJsonValue &v : doc.array())
            versions << cmis::flatProperties(v.toObject());
    }
    // A version without a content stream (cmis:contentStreamLength 0 or absent) has an empty body.
    QList<HttpRequest> contentRequests;
    QList<qsizetype> withContent;
    for (qsizetype i = 0; i < versions.size(); ++i)
        if (versions.at(i).value(QStringLiteral("cmis:contentStreamLength")).toDouble() > 0) {
            contentRequests << rootRequest(versions.at(i).value(QStringLiteral("cmis:objectId")).toString(),
                                           QStringLiteral("content"));
            withContent << i;
        }
    QHash<qsizetype, QByteArray> contents;
    for (qsizetype c = 0; c < contentRequests.size(); ++c) {
        const HttpResponse r = m_ahead.sendOk(contentRequests.at(c), contentRequests.mid(c + 1, m_ahead.depth()));
        m_bytes += r.body.size();
        contents.insert(withContent.at(c), r.body);
    }
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QJsonObject &flat = versions.at(i);
        QString reason;
        if (kind == cmis::CatalogueKind::Template) {
            auto parsed = cmis::toTemplateVersion(flat, contents.value(i), m_catalogueMapping, m_majorLabels);
            if (parsed.record)
                page.templates << std::move(*parsed.record);
            reason = parsed.reason;
        } else {
            auto parsed = cmis::toContentBlock(flat, contents.value(i), m_catalogueMapping, m_majorLabels);
            if (parsed.record)
                page.contentBlocks << std::move(*parsed.record);
            reason = parsed.reason;
        }
        if (!reason.isEmpty())
            page.rejected << RejectedRecord{request, 0, reason};
    }
}

} // namespace proofdesk::sync
