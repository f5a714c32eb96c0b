#include "cmissearch.h"

#include "cmisanswer.h"
#include "cmisclient.h"
#include "cmiscommunicationreader.h"
#include "cmisobject.h"
#include "cmistypes.h"

namespace proofdesk::sync::cmis {

Search::Search(Client &client, Types &types, CommunicationReader &reader, const PropertyMapping &mapping,
               QString repositoryName)
    : m_client(client)
    , m_types(types)
    , m_reader(reader)
    , m_mapping(mapping)
    , m_repositoryName(std::move(repositoryName))
{}

SearchTarget Search::target()
{
    SearchTarget target;
    target.repository = m_repositoryName;
    target.source = [mapping = m_mapping](const QString &field) { return mapping.source(field); };
    target.properties = m_types.propertyDefinitions(m_types.documentType());
    target.fullText = capabilityAllowsFullText(m_client.info().queryCapability);
    return target;
}

SearchPage Search::page(const QString &where, qint64 skip, int maxItems)
{
    const QString type = m_types.documentType();
    const PropertyDefinitions definitions = m_types.propertyDefinitions(type);
    QString order = m_mapping.source(QStringLiteral("issued_at"));
    const PropertyDefinition issued = definitions.value(order);
    if (!definitions.contains(order) || !issued.orderable || issued.multiValued)
        order = m_types.sortKeyOf(type);
    SearchPage out;
    out.statement = QStringLiteral("SELECT * FROM %1").arg(type);
    if (!where.isEmpty())
        out.statement += QStringLiteral(" WHERE ") + where;
    if (!order.isEmpty())
        out.statement += QStringLiteral(" ORDER BY %1 DESC").arg(order);
    m_client.info();
    const HttpRequest req = m_client.queryRequest(out.statement, skip, maxItems);
    const QString request = QStringLiteral("GET %1 (search, skipCount %2)").arg(req.url.path()).arg(skip);
    const HttpResponse r = m_client.http().sendOk(req);
    m_client.count(r);
    const QJsonObject answer = m_client.http().parseJson(req, r).object();
    for (const QJsonValue &v : m_client.resultsOf(answer, "results", request))
        m_reader.take(flatProperties(v.toObject()), request, out.page);
    out.page.more = m_client.hasMore(answer, request);
    out.numItems = numItems(answer);
    return out;
}

} // namespace proofdesk::sync::cmis
