#include "cmistypecheck.h"

#include "cmisclient.h"
#include "sync/repositoryprofiles.h"

#include <QSet>
#include <algorithm>
#include <iterator>

namespace proofdesk::sync::cmis {

namespace {

// Property ids a CMIS 1.1 Browser Binding type definition defines: the keys of
// "propertyDefinitions" (and each definition's own "id", should a server key them otherwise).
QSet<QString> definedProperties(const QJsonObject &definition)
{
    QSet<QString> ids;
    const QJsonObject properties = definition.value(QStringLiteral("propertyDefinitions")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        ids.insert(it.key());
        const QString id = it.value().toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            ids.insert(id);
    }
    return ids;
}

// How the messages name the type checked.
QString typeNamed(const QString &type, const QString &undescribedSupertype)
{
    return undescribedSupertype.isEmpty()
               ? QStringLiteral("The type \"%1\"").arg(type)
               : QStringLiteral("The type \"%1\" (whose supertype \"%2\" the repository does not describe)")
                     .arg(type, undescribedSupertype);
}

// A field that must be read (required, or mapped by the repository's own settings) reads a
// property the type lacks.
QString missingPropertyProblem(const QString &where, const QString &property, const QStringList &fields, bool required)
{
    return QStringLiteral("%1 has no property \"%2\" (read by %3): map %4 to one of the type's properties "
                          "(in the window's Mapping table; --map %4=PROPERTY in the command line)%5.")
        .arg(where, property, fields.join(QStringLiteral(", ")), fields.first(),
             required ? QString()
                      : QStringLiteral(", or leave it unread (an empty Mapping row; --map %1=)").arg(fields.first()));
}

// A property the profile reads by default, which this type does not carry: the field stays
// empty, and a sync goes on.
QString missingPropertyWarning(const QString &where, const QString &property, const QStringList &fields)
{
    return QStringLiteral("%1 has no property \"%2\", which %3 %4 by default: %5 unread (empty). Map %6 to "
                          "a property in the window's Mapping table (--map %6=PROPERTY in the command line), or "
                          "leave its row empty (--map %6=) to say so.")
        .arg(where, property, fields.join(QStringLiteral(", ")),
             fields.size() == 1 ? QStringLiteral("reads") : QStringLiteral("read"),
             fields.size() == 1 ? QStringLiteral("it stays") : QStringLiteral("they stay"), fields.first());
}

} // namespace

TypeCheck::TypeCheck(Client &client, const cache::RepositoryInfo &repository, const PropertyMapping &mapping,
                     const QMap<QString, QString> &catalogueMapping)
    : m_client(client)
    , m_repository(repository)
    , m_mapping(mapping)
    , m_catalogueMapping(catalogueMapping)
{}

TypeCheck::Result TypeCheck::check(const QString &documentType)
{
    QMap<QString, QStringList> unfound; // property → the fields that read it
    for (const QString &field : PropertyMapping::fields()) {
        const QString property = m_mapping.source(field);
        if (!property.isEmpty() && !property.startsWith(QLatin1Char('=')))
            unfound[property] << field;
    }
    Result result = typeDefinitionCheck(
        documentType, unfound,
        QStringLiteral("The repository has no type \"%1\" (%2): name the type of its communications "
                       "with --type (cmisselector=typeChildren lists the types)."));
    for (const auto kind : {CatalogueKind::Template, CatalogueKind::Block}) {
        const QString catalogueType = cmisCatalogueTypeOf(m_repository.settings, kind);
        if (catalogueType.isEmpty())
            continue;
        const Result catalogue = catalogueCheck(kind, catalogueType);
        result.problems << catalogue.problems;
        result.warnings << catalogue.warnings;
    }
    return result;
}

TypeCheck::Result TypeCheck::catalogueCheck(CatalogueKind kind, const QString &type)
{
    QMap<QString, QStringList> read;
    for (const QString &field : catalogueFields(kind)) {
        const QString property = m_catalogueMapping.value(field);
        if (!property.isEmpty() && !property.startsWith(QLatin1Char('=')))
            read[property] << field;
    }
    const QString option = typeSettingOf(kind).replace(QLatin1Char('_'), QLatin1Char('-'));
    const QString missing = catalogueTypeIsNamed(m_repository.settings, kind)
                                ? QStringLiteral("The repository has no type \"%1\" (%2): name the type of its %3 "
                                                 "with --%4, or read none with --%4=.")
                                      .arg(QStringLiteral("%1"), QStringLiteral("%2"),
                                           kind == CatalogueKind::Template ? QStringLiteral("template versions")
                                                                           : QStringLiteral("content-block versions"),
                                           option)
                                : QString();
    return typeDefinitionCheck(type, read, missing);
}

TypeCheck::Result TypeCheck::typeDefinitionCheck(const QString &type, QMap<QString, QStringList> unfound,
                                                 const QString &missingType)
{
    // Servers list inherited properties in a type's definition (CMIS 1.1 marks them
    // "inherited"), but not all do: the supertypes are read while properties are unfound.
    QSet<QString> read;
    QString undescribed; // a supertype the repository does not describe
    for (QString typeId = type; !unfound.isEmpty() && !typeId.isEmpty() && !read.contains(typeId);) {
        read.insert(typeId);
        const HttpRequest request = m_client.typeDefinitionRequest(typeId);
        const HttpResponse r = m_client.http().send(request);
        if (r.status == 404 || r.status == 400) { // objectNotFound, invalidArgument: no such type
            if (typeId != type) {
                undescribed = typeId;
                break;
            }
            if (missingType.isEmpty())
                return {};
            return {{missingType.arg(type, HttpSession::serverMessage(r))}, {}};
        }
        if (!r.isSuccess())
            m_client.http().fail(request, r);
        const QJsonObject definition = m_client.http().parseJson(request, r).object();
        for (const QString &id : definedProperties(definition))
            unfound.remove(id);
        typeId = definition.value(QStringLiteral("parentId")).toString();
    }
    // Every CMIS document type has the base type's cmis: properties (CMIS 1.1 2.1.4.3.3):
    // a repository that does not describe cmis:document still has them.
    if (!undescribed.isEmpty())
        for (auto it = unfound.begin(); it != unfound.end();)
            it = it.key().startsWith(QLatin1String("cmis:")) ? unfound.erase(it) : std::next(it);
    const QJsonObject overrides = m_repository.settings.value(QStringLiteral("mapping")).toObject();
    const QString where = typeNamed(type, undescribed);
    Result check;
    for (auto it = unfound.begin(); it != unfound.end(); ++it) {
        const QStringList &fields = it.value();
        const bool required = std::any_of(fields.begin(), fields.end(), [](const QString &f) {
            return PropertyMapping::isRequired(f) || isRequiredCatalogueField(f);
        });
        const bool chosen =
            std::any_of(fields.begin(), fields.end(), [&](const QString &f) { return overrides.contains(f); });
        if (required || chosen)
            check.problems << missingPropertyProblem(where, it.key(), fields, required);
        else
            check.warnings << missingPropertyWarning(where, it.key(), fields);
    }
    return check;
}

} // namespace proofdesk::sync::cmis
