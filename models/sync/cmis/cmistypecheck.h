#pragma once

#include "cache/repositorystore.h"
#include "cmiscatalogue.h"
#include "sync/http/propertymapping.h"

#include <QMap>
#include <QStringList>

namespace proofdesk::sync::cmis {

class Client;

// The type check behind `repo test`, `repo add` and the repositories dialog's Test Connection.
// A mapping that names a property the type lacks would empty that field on every record
// without a word; the type's definition (cmisselector=typeDefinition, then its supertypes'
// while properties are still unfound) says so before any sync (DESIGN.md "CMIS types"). So do
// the template and block types': a default one the repository lacks only means it keeps none
// there; one the settings name must exist.
class TypeCheck
{
public:
    TypeCheck(Client &client, const cache::RepositoryInfo &repository, const PropertyMapping &mapping,
              const QMap<QString, QString> &catalogueMapping);

    // Errors (a required field, or one the repository's own mapping names, reads a property the
    // type lacks) and warnings (a field the profile reads by default does: it stays empty).
    struct Result
    {
        QStringList problems;
        QStringList warnings;
    };
    // `documentType`: the type of communications. Throws ConnectorError when the repository
    // cannot be asked.
    Result check(const QString &documentType);

private:
    Result catalogueCheck(CatalogueKind kind, const QString &type);
    // Reads `type`'s definition, then its supertypes' while properties are unfound, and names
    // each mapped property none of them defines. A type the repository does not have is the
    // sentence `missingType` (%1 the type, %2 the server's message), none when it is empty.
    Result typeDefinitionCheck(const QString &type, QMap<QString, QStringList> unfound, const QString &missingType);

    Client &m_client;
    const cache::RepositoryInfo &m_repository;
    const PropertyMapping &m_mapping;
    const QMap<QString, QString> &m_catalogueMapping;
};

} // namespace proofdesk::sync::cmis
