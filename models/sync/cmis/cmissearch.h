#pragma once

#include "cmisquerytranslation.h"
#include "sync/changepage.h"
#include "sync/http/propertymapping.h"

namespace proofdesk::sync::cmis {

class Client;
class CommunicationReader;
class Types;

// One page of a search of the repository.
struct SearchPage
{
    ChangePage page;      // communications (and rejected objects); `more` when there are further pages
    qint64 numItems = -1; // the repository's count of all matches, -1 when it gives none
    QString statement;
};

// Searching the repository past the cache (`search --remote`, DESIGN.md "Beyond one machine",
// docs/connecting.md "Searching past the cache"). The type's property definitions say what a
// translated query may compare and how (cmisquerytranslation.h); the statement names the type,
// as every query of the connector does, and orders newest first by a property the type
// declares orderable.
class Search
{
public:
    Search(Client &client, Types &types, CommunicationReader &reader, const PropertyMapping &mapping,
           QString repositoryName);

    // What a query may name here: the mapping, the type's property definitions (its
    // supertypes' included) and whether the repository searches full text.
    SearchTarget target();
    // One page of SELECT * FROM <type> [WHERE where] ORDER BY <issued_at's property if it is
    // orderable, else the creation date> DESC, mapped as a sync maps them. Throws
    // ConnectorError (a refused statement names the server's reason).
    SearchPage page(const QString &where, qint64 skip, int maxItems);

private:
    Client &m_client;
    Types &m_types;
    CommunicationReader &m_reader;
    const PropertyMapping &m_mapping;
    QString m_repositoryName;
};

} // namespace proofdesk::sync::cmis
