#pragma once

#include "sync/changepage.h"
#include "sync/http/propertymapping.h"

#include <QJsonObject>

namespace proofdesk::sync::cmis {

class Client;
class Types;

// The configured type's objects read as communications: through the mapping (cmisobject.h
// toCommunication) into a page, or as a rejection that names the object; template and block
// versions that a query on a supertype of both finds are passed over. With "version_labels"
// major, the template and block versions a communication names are the generator's (N.0 is N).
class CommunicationReader
{
public:
    // `conditions`: a configured query's WHERE conditions (empty without one), which a read by
    // id keeps too.
    CommunicationReader(Client &client, Types &types, const PropertyMapping &mapping, bool majorLabels,
                        QString conditions);

    // One object (flat properties) into the page, found by `request`.
    void take(const QJsonObject &flat, const QString &request, ChangePage &page);
    // The current state of these objects, by id, within the configured query's conditions.
    QList<QJsonObject> objectsById(const QStringList &ids);

private:
    Client &m_client;
    Types &m_types;
    const PropertyMapping &m_mapping;
    bool m_majorLabels;
    QString m_conditions;
};

} // namespace proofdesk::sync::cmis
