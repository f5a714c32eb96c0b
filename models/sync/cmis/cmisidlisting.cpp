// CmisConnector: the id listing that ends every crawl. The crawl pages by skipCount (fast,
// its pages requested ahead), which a deletion behind it shifts: live objects are stepped
// over, and unchanged ones never come back through the change log. The listing
// (cmislisting.h) pages by the type's orderable creation date instead, so that every object
// that exists from its start to its end is listed whatever is deleted or added meanwhile;
// it is then the proof of what is missing.
#include "cmisconnector.h"
#include "cmisobject.h"
#include "sync/http/vanishedids.h"
#include "sync/repositoryprofiles.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync {

QString CmisConnector::documentType() const { return cmisTypeOf(m_repository.settings); }

// The first of cmis:creationDate and cmis:lastModificationDate that the type's definition
// (or a supertype's, where a server lists only a type's own properties) declares orderable:
// a date that an object keeps, or that only moves forward.
QString CmisConnector::sortKeyOf(const QString &type)
{
    if (const auto known = m_sortKeys.constFind(type); known != m_sortKeys.constEnd())
        return *known;
    static const QStringList candidates{QStringLiteral("cmis:creationDate"),
                                        QStringLiteral("cmis:lastModificationDate")};
    const cmis::PropertyDefinitions definitions = propertyDefinitions(type, candidates);
    QString key;
    for (const QString &candidate : candidates)
        if (definitions.value(candidate).orderable) {
            key = candidate;
            break;
        }
    if (key.isEmpty())
        qCWarning(lcCmis) << m_repository.name << "type" << type
                          << "declares no orderable creation or modification date: listed by skipCount alone";
    m_sortKeys.insert(type, key);
    return key;
}

QString CmisConnector::crawlStatement()
{
    if (!m_query.isEmpty())
        return m_query;
    const QString type = documentType();
    const QString key = sortKeyOf(type);
    const QString scope = scopeCondition();
    QString statement = QStringLiteral("SELECT * FROM %1").arg(type);
    if (!scope.isEmpty())
        statement += QStringLiteral(" WHERE ") + scope;
    return key.isEmpty() ? statement : statement + QStringLiteral(" ORDER BY %1 ASC").arg(key);
}

void CmisConnector::listAll(cmis::ObjectListing &listing, const QString &what,
                            const std::function<void(const QList<QJsonObject> &)> &take)
{
    while (!listing.done()) {
        const HttpRequest req = queryRequest(listing.statement(), listing.skip(), listing.maxItems());
        const HttpResponse r = m_ahead.sendOk(req, {});
        m_bytes += r.body.size();
        const QJsonObject answer = m_http.parseJson(req, r).object();
        QList<QJsonObject> results;
        for (const QJsonValue &v : resultsOf(answer, "results", req.label()))
            results << cmis::flatProperties(v.toObject());
        try {
            take(listing.take(results, hasMore(answer, req.label())));
        } catch (const cmis::ObjectListing::Error &e) {
            throw ConnectorError(QStringLiteral("repository \"%1\": %2: %3 stopped after %4 objects: %5; nothing was "
                                                "concluded from it")
                                     .arg(m_repository.name, req.label(), what)
                                     .arg(listing.listed())
                                     .arg(QString::fromUtf8(e.what())));
        }
    }
    if (listing.restarts() > 0 || !listing.keyset())
        qCInfo(lcCmis) << m_repository.name << what << "listed" << listing.listed() << "objects; restarts"
                       << listing.restarts() << (listing.keyset() ? "by date" : "by skipCount");
}

void CmisConnector::reconcileIds(ChangePage &page)
{
    VanishedIds compare(m_env.dataDir, m_repository.id);
    const QString type = documentType();
    cmis::ObjectListing listing(
        {QStringLiteral("cmis:objectId"), type, listingConditions(), sortKeyOf(type), m_pageSize * 4});
    listAll(listing, QStringLiteral("the id listing"), [&](const QList<QJsonObject> &objects) {
        QStringList listed;
        listed.reserve(objects.size());
        for (const QJsonObject &o : objects)
            listed << o.value(QStringLiteral("cmis:objectId")).toString();
        compare.addListed(listed);
    });
    // Objects in this page are not in the cache yet: not missed.
    QSet<QString> inPage;
    for (const auto &c : std::as_const(page.communications))
        inPage.insert(c.repositoryObjectId);
    QStringList missed;
    for (const QString &id : compare.unknown())
        if (!inPage.contains(id))
            missed << id;
    if (!missed.isEmpty())
        qCInfo(lcCmis) << m_repository.name << "the crawl missed" << missed.size() << "objects: fetched by id";
    const QString request = QStringLiteral("GET %1 (objects the crawl missed)").arg(info().repositoryUrl.path());
    for (const QJsonObject &flat : objectsById(missed))
        takeObject(flat, request, page);
    sortVanished(compare.vanished(), page);
}

} // namespace proofdesk::sync
