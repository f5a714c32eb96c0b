#include "cmiscommunicationreader.h"

#include "cmisclient.h"
#include "cmisobject.h"
#include "cmistypes.h"

namespace proofdesk::sync::cmis {

CommunicationReader::CommunicationReader(Client &client, Types &types, const PropertyMapping &mapping, bool majorLabels,
                                         QString conditions)
    : m_client(client)
    , m_types(types)
    , m_mapping(mapping)
    , m_majorLabels(majorLabels)
    , m_conditions(std::move(conditions))
{}

void CommunicationReader::take(const QJsonObject &flat, const QString &request, ChangePage &page)
{
    if (m_types.isCatalogueObject(flat))
        return; // a template or block version, found by a query on a supertype of both
    auto mapped = toCommunication(flat, m_mapping);
    if (!mapped.record) {
        page.rejected << RejectedRecord{
            request, 0,
            QStringLiteral("object %1: %2").arg(flat.value(QStringLiteral("cmis:objectId")).toString(), mapped.reason)};
        return;
    }
    domain::Communication &c = *mapped.record;
    c.sourceFile = request;
    if (m_majorLabels) { // compared with the template and block versions, whose labels are N.0
        c.templateVersion = majorVersionOf(c.templateVersion);
        for (domain::BlockRef &ref : c.contentBlocks)
            ref.version = majorVersionOf(ref.version);
    }
    if (!mapped.warning.isEmpty())
        page.warnings << RejectedRecord{request, 0,
                                        QStringLiteral("object %1: %2").arg(c.repositoryObjectId, mapped.warning)};
    page.communications << std::move(c);
}

QList<QJsonObject> CommunicationReader::objectsById(const QStringList &ids)
{
    return m_client.objectsById(m_types.documentType(), m_conditions, ids);
}

} // namespace proofdesk::sync::cmis
