#pragma once

#include "cache/repositorystore.h"
#include "cmiscatalogue.h"
#include "cmisquerytranslation.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

namespace proofdesk::sync::cmis {

class Client;

// What the repository says about its types, asked once per type and connector: their property
// definitions (a subtype's over its supertypes'), the orderable date a listing of a type sorts
// by, and whether a type is one of the template or block types or a subtype of one.
class Types
{
public:
    Types(Client &client, const cache::RepositoryInfo &repository);

    // The type of communications: "type", else the FROM of the configured query (cmisTypeOf).
    QString documentType() const;
    // The type's property definitions, its supertypes' included, read until every property of
    // `wanted` is found (all of them when it is empty; those answers are kept per type).
    // Throws ConnectorError when the repository has no such type.
    PropertyDefinitions propertyDefinitions(const QString &type, const QStringList &wanted = {});
    // The property a listing of `type` orders by (cmis:creationDate, else
    // cmis:lastModificationDate, where the type's definition declares it orderable; empty when
    // neither is).
    QString sortKeyOf(const QString &type);
    // Whether objects of this CMIS type are template or block versions: the type is one of the
    // two configured types or a subtype of one, as a query FROM it finds them (its definition's
    // parentId chain).
    std::optional<CatalogueKind> catalogueKindOf(const QString &type);
    bool isCatalogueObject(const QJsonObject &flat)
    {
        return catalogueKindOf(flat.value(QStringLiteral("cmis:objectTypeId")).toString()).has_value();
    }

private:
    Client &m_client;
    const cache::RepositoryInfo &m_repository;
    QHash<QString, QString> m_sortKeys;                        // sortKeyOf's answers
    QHash<QString, PropertyDefinitions> m_definitions;         // propertyDefinitions' whole answers
    QHash<QString, std::optional<CatalogueKind>> m_kindOfType; // catalogueKindOf's answers
};

} // namespace proofdesk::sync::cmis
