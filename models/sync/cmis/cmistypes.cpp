#include "cmistypes.h"

#include "cmisclient.h"
#include "sync/repositoryprofiles.h"

#include <QLoggingCategory>
#include <QSet>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcCmis)

namespace proofdesk::sync::cmis {

namespace {

PropertyDefinition definitionOf(const QJsonObject &d)
{
    PropertyDefinition out;
    out.type = d.value(QStringLiteral("propertyType")).toString(QStringLiteral("string")).toLower();
    out.multiValued = d.value(QStringLiteral("cardinality")).toString() == QLatin1String("multi");
    out.queryable = d.value(QStringLiteral("queryable")).toBool(true);
    out.orderable = d.value(QStringLiteral("orderable")).toBool(false);
    return out;
}

// The base type's properties a query may name (CMIS 1.1 2.1.4.3.3), for a repository that
// does not describe cmis:document: every document type has them.
void addBaseProperties(PropertyDefinitions &definitions)
{
    const auto add = [&](const char *id, const char *type, bool orderable) {
        if (!definitions.contains(QLatin1String(id)))
            definitions.insert(QLatin1String(id), PropertyDefinition{QLatin1String(type), false, true, orderable});
    };
    add("cmis:objectId", "id", false);
    add("cmis:objectTypeId", "id", false);
    add("cmis:name", "string", false);
    add("cmis:creationDate", "datetime", false);
    add("cmis:lastModificationDate", "datetime", false);
    add("cmis:contentStreamMimeType", "string", false);
}

} // namespace

Types::Types(Client &client, const cache::RepositoryInfo &repository)
    : m_client(client)
    , m_repository(repository)
{}

QString Types::documentType() const { return cmisTypeOf(m_repository.settings); }

PropertyDefinitions Types::propertyDefinitions(const QString &type, const QStringList &wanted)
{
    if (const auto known = m_definitions.constFind(type); known != m_definitions.constEnd())
        return *known;
    PropertyDefinitions definitions;
    const auto found = [&] {
        return !wanted.isEmpty()
               && std::all_of(wanted.begin(), wanted.end(), [&](const QString &p) { return definitions.contains(p); });
    };
    QSet<QString> read;
    for (QString typeId = type; !found() && !typeId.isEmpty() && !read.contains(typeId);) {
        read.insert(typeId);
        const HttpRequest request = m_client.typeDefinitionRequest(typeId);
        const HttpResponse r = m_client.http().send(request);
        if ((r.status == 404 || r.status == 400) && typeId != type) {
            addBaseProperties(definitions); // a supertype it does not describe
            break;
        }
        if (r.status == 404 || r.status == 400)
            throw ConnectorError(QStringLiteral("repository \"%1\" has no type \"%2\" (%3): name the type to read with "
                                                "--type (cmisselector=typeChildren lists the types)")
                                     .arg(m_repository.name, type, HttpSession::serverMessage(r)));
        if (!r.isSuccess())
            m_client.http().fail(request, r);
        const QJsonObject definition = m_client.http().parseJson(request, r).object();
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

// The first of cmis:creationDate and cmis:lastModificationDate that the type's definition
// (or a supertype's, where a server lists only a type's own properties) declares orderable:
// a date that an object keeps, or that only moves forward.
QString Types::sortKeyOf(const QString &type)
{
    if (const auto known = m_sortKeys.constFind(type); known != m_sortKeys.constEnd())
        return *known;
    static const QStringList candidates{QStringLiteral("cmis:creationDate"),
                                        QStringLiteral("cmis:lastModificationDate")};
    const PropertyDefinitions definitions = propertyDefinitions(type, candidates);
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

std::optional<CatalogueKind> Types::catalogueKindOf(const QString &type)
{
    if (type.isEmpty())
        return std::nullopt;
    bool anyCatalogue = false;
    for (const auto kind : {CatalogueKind::Template, CatalogueKind::Block}) {
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
    const HttpRequest request = m_client.typeDefinitionRequest(type);
    const HttpResponse r = m_client.http().send(request);
    std::optional<CatalogueKind> kind;
    if (r.isSuccess()) {
        const QString parent =
            m_client.http().parseJson(request, r).object().value(QStringLiteral("parentId")).toString();
        kind = catalogueKindOf(parent);
    } else if (r.status != 404 && r.status != 400) { // a type it does not describe is no template's
        m_kindOfType.remove(type);
        m_client.http().fail(request, r);
    }
    m_kindOfType.insert(type, kind);
    return kind;
}

} // namespace proofdesk::sync::cmis
