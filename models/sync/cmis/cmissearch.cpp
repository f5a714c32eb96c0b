// CmisConnector: searching the repository past the cache (`search --remote`, DESIGN.md
// "Beyond one machine"). The type's property definitions say what a translated query may
// compare and how (cmisquerytranslation.h); the statement names the type, as every query
// of the connector does, and orders newest first by a property the type declares orderable.
#include "cmisanswer.h"
#include "cmisconnector.h"
#include "cmisobject.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace proofdesk::sync {

namespace {

cmis::PropertyDefinition definitionOf(const QJsonObject &d)
{
    cmis::PropertyDefinition out;
    out.type = d.value(QStringLiteral("propertyType")).toString(QStringLiteral("string")).toLower();
    out.multiValued = d.value(QStringLiteral("cardinality")).toString() == QLatin1String("multi");
    out.queryable = d.value(QStringLiteral("queryable")).toBool(true);
    out.orderable = d.value(QStringLiteral("orderable")).toBool(false);
    return out;
}

// The base type's properties a query may name (CMIS 1.1 2.1.4.3.3), for a repository that
// does not describe cmis:document: every document type has them.
void addBaseProperties(cmis::PropertyDefinitions &definitions)
{
    const auto add = [&](const char *id, const char *type, bool orderable) {
        if (!definitions.contains(QLatin1String(id)))
            definitions.insert(QLatin1String(id),
                               cmis::PropertyDefinition{QLatin1String(type), false, true, orderable});
    };
    add("cmis:objectId", "id", false);
    add("cmis:objectTypeId", "id", false);
    add("cmis:name", "string", false);
    add("cmis:creationDate", "datetime", false);
    add("cmis:lastModificationDate", "datetime", false);
    add("cmis:contentStreamMimeType", "string", false);
}

} // namespace

cmis::PropertyDefinitions CmisConnector::propertyDefinitions(const QString &type, const QStringList &wanted)
{
    if (const auto known = m_definitions.constFind(type); known != m_definitions.constEnd())
        return *known;
    cmis::PropertyDefinitions definitions;
    const auto found = [&] {
        return !wanted.isEmpty()
               && std::all_of(wanted.begin(), wanted.end(), [&](const QString &p) { return definitions.contains(p); });
    };
    QSet<QString> read;
    for (QString typeId = type; !found() && !typeId.isEmpty() && !read.contains(typeId);) {
        read.insert(typeId);
        const HttpRequest request = typeDefinitionRequest(typeId);
        const HttpResponse r = m_http.send(request);
        if ((r.status == 404 || r.status == 400) && typeId != type) {
            addBaseProperties(definitions); // a supertype it does not describe
            break;
        }
        if (r.status == 404 || r.status == 400)
            throw ConnectorError(QStringLiteral("repository \"%1\" has no type \"%2\" (%3): name the type to read with "
                                                "--type (cmisselector=typeChildren lists the types)")
                                     .arg(m_repository.name, type, HttpSession::serverMessage(r)));
        if (!r.isSuccess())
            m_http.fail(request, r);
        const QJsonObject definition = m_http.parseJson(request, r).object();
        const QJsonObject properties = definition.value(QStringLiteral("propertyDefinitions")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (!definitions.contains(it.key())) // a subtype's definition over its supertype's
                definitions.insert(it.key(), definitionOf(it.value().toObject()));
        typeId = definition.value(QStringLiteral("parentId")).toString();
    }
    if (wanted.isEmpty())
        m_definitions.insert(type, definitions);
    return definitions;
}

cmis::SearchTarget CmisConnector::searchTarget()
{
    cmis::SearchTarget target;
    target.repository = m_repository.name;
    target.source = [mapping = m_mapping](const QString &field) { return mapping.source(field); };
    target.properties = propertyDefinitions(documentType());
    target.fullText = cmis::capabilityAllowsFullText(info().queryCapability);
    return target;
}

CmisConnector::SearchPage CmisConnector::searchPage(const QString &where, qint64 skip, int maxItems)
{
    const QString type = documentType();
    const cmis::PropertyDefinitions definitions = propertyDefinitions(type);
    QString order = m_mapping.source(QStringLiteral("issued_at"));
    const cmis::PropertyDefinition issued = definitions.value(order);
    if (!definitions.contains(order) || !issued.orderable || issued.multiValued)
        order = sortKeyOf(type);
    SearchPage out;
    out.statement = QStringLiteral("SELECT * FROM %1").arg(type);
    if (!where.isEmpty())
        out.statement += QStringLiteral(" WHERE ") + where;
    if (!order.isEmpty())
        out.statement += QStringLiteral(" ORDER BY %1 DESC").arg(order);
    info();
    const HttpRequest req = queryRequest(out.statement, skip, maxItems);
    const QString request = QStringLiteral("GET %1 (search, skipCount %2)").arg(req.url.path()).arg(skip);
    const HttpResponse r = m_http.sendOk(req);
    m_bytes += r.body.size();
    const QJsonObject answer = m_http.parseJson(req, r).object();
    for (const QJsonValue &v : resultsOf(answer, "results", request))
        takeObject(cmis::flatProperties(v.toObject()), request, out.page);
    out.page.more = hasMore(answer, request);
    out.numItems = cmis::numItems(answer);
    return out;
}

} // namespace proofdesk::sync
