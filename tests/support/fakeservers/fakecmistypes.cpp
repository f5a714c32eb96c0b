#include "fakecmistypes.h"

#include <QSet>

namespace fakeserver {

namespace {

using cmisql::PropertyInfo;
using cmisql::PropertyType;

FakeCmisTypes::Property property(const char *id, PropertyType type, bool orderable = true, bool multi = false)
{
    PropertyInfo info;
    info.type = type;
    info.multiValued = multi;
    info.orderable = orderable && !multi;
    return {QLatin1String(id), info};
}

QJsonObject propertyDefinition(const FakeCmisTypes::Property &p, bool inherited)
{
    const bool required = p.id == QLatin1String("cmis:objectId") || p.id == QLatin1String("cmis:objectTypeId")
                          || p.id == QLatin1String("cmis:name") || p.id == QLatin1String("cmis:baseTypeId");
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("localName"), p.id.section(QLatin1Char(':'), -1)},
            {QStringLiteral("queryName"), p.id},
            {QStringLiteral("displayName"), p.id},
            {QStringLiteral("propertyType"), cmisql::propertyTypeName(p.info.type)},
            {QStringLiteral("cardinality"), p.info.multiValued ? QStringLiteral("multi") : QStringLiteral("single")},
            {QStringLiteral("updatability"),
             p.id.startsWith(QLatin1String("cmis:")) ? QStringLiteral("readonly") : QStringLiteral("readwrite")},
            {QStringLiteral("inherited"), inherited},
            {QStringLiteral("required"), required},
            {QStringLiteral("queryable"), p.info.queryable},
            {QStringLiteral("orderable"), p.info.orderable}};
}

} // namespace

FakeCmisTypes::FakeCmisTypes()
{
    // The base type's properties (CMIS 1.1 section 2.1.4.3.3, plus the content hash and the
    // secondary types of CMIS 1.1) and the Exstream properties the fake's untyped
    // documents carry: the fake's cmis:document stands for an archive's extended type.
    // Ids and booleans are not orderable (ordering by an Id is repository specific; this
    // repository does not), nor are multi-valued properties.
    const QList<Property> base{property("cmis:objectId", PropertyType::Id, false),
                               property("cmis:objectTypeId", PropertyType::Id, false),
                               property("cmis:baseTypeId", PropertyType::Id, false),
                               property("cmis:name", PropertyType::String),
                               property("cmis:description", PropertyType::String),
                               property("cmis:createdBy", PropertyType::String),
                               property("cmis:creationDate", PropertyType::DateTime),
                               property("cmis:lastModifiedBy", PropertyType::String),
                               property("cmis:lastModificationDate", PropertyType::DateTime),
                               property("cmis:changeToken", PropertyType::String, false),
                               property("cmis:secondaryObjectTypeIds", PropertyType::Id, false, true),
                               property("cmis:isImmutable", PropertyType::Boolean, false),
                               property("cmis:isLatestVersion", PropertyType::Boolean, false),
                               property("cmis:isMajorVersion", PropertyType::Boolean, false),
                               property("cmis:isLatestMajorVersion", PropertyType::Boolean, false),
                               property("cmis:versionLabel", PropertyType::String),
                               property("cmis:checkinComment", PropertyType::String),
                               property("cmis:versionSeriesId", PropertyType::Id, false),
                               property("cmis:contentStreamLength", PropertyType::Integer),
                               property("cmis:contentStreamMimeType", PropertyType::String),
                               property("cmis:contentStreamFileName", PropertyType::String),
                               property("cmis:contentStreamId", PropertyType::Id, false),
                               property("cmis:contentStreamHash", PropertyType::String, false, true),
                               property("exs:documentType", PropertyType::String),
                               property("exs:issuedAt", PropertyType::DateTime),
                               property("exs:channel", PropertyType::String),
                               property("exs:templateId", PropertyType::String),
                               property("exs:templateVersion", PropertyType::String),
                               property("exs:recipientName", PropertyType::String),
                               property("exs:recipientEmail", PropertyType::String),
                               property("exs:recipientAddress", PropertyType::String),
                               property("exs:customerId", PropertyType::String),
                               property("exs:accountId", PropertyType::String),
                               property("exs:policyId", PropertyType::String),
                               property("exs:claimId", PropertyType::String),
                               property("exs:businessUnit", PropertyType::String),
                               property("exs:batch", PropertyType::String),
                               property("exs:language", PropertyType::String),
                               property("exs:retentionClass", PropertyType::String),
                               property("exs:contentBlocks", PropertyType::String, false, true)};
    m_types.insert(QStringLiteral("cmis:document"), {QString(), base, true});
}

void FakeCmisTypes::add(const QString &id, const QString &parentId, const QStringList &properties, bool listsInherited)
{
    QList<Property> typed;
    for (const QString &p : properties) {
        PropertyInfo info;
        info.type = p.endsWith(QLatin1String("Date")) ? PropertyType::DateTime : PropertyType::String;
        typed << Property{p, info};
    }
    add(id, parentId, typed, listsInherited);
}

void FakeCmisTypes::add(const QString &id, const QString &parentId, const QList<Property> &properties,
                        bool listsInherited)
{
    m_types.insert(id, {parentId, properties, listsInherited});
}

void FakeCmisTypes::setBaseOrderable(const QString &property, bool orderable)
{
    for (Property &p : m_types[QStringLiteral("cmis:document")].properties)
        if (p.id == property)
            p.info.orderable = orderable;
}

bool FakeCmisTypes::isA(const QString &type, const QString &ancestor) const
{
    QSet<QString> seen;
    for (QString t = type; !t.isEmpty() && !seen.contains(t); t = m_types.value(t).parentId) {
        if (t == ancestor)
            return true;
        seen.insert(t);
    }
    return false;
}

QList<FakeCmisTypes::Property> FakeCmisTypes::allProperties(const QString &id) const
{
    QList<Property> out;
    QSet<QString> seen;
    for (QString t = id; m_types.contains(t) && !seen.contains(t); t = m_types.value(t).parentId) {
        seen.insert(t);
        out += m_types.value(t).properties;
    }
    return out;
}

cmisql::Properties FakeCmisTypes::queryProperties(const QString &id) const
{
    cmisql::Properties out;
    const QList<Property> all = allProperties(id);
    for (auto it = all.crbegin(); it != all.crend(); ++it) // a subtype's own definition wins
        out.insert(it->id, it->info);
    return out;
}

QJsonObject FakeCmisTypes::definition(const QString &id) const
{
    if (!m_types.contains(id))
        return {};
    const Type &type = m_types[id];
    QJsonObject properties;
    if (type.listsInherited)
        for (const Property &p : allProperties(type.parentId))
            properties.insert(p.id, propertyDefinition(p, true));
    for (const Property &p : type.properties)
        properties.insert(p.id, propertyDefinition(p, false));
    QJsonObject d{{QStringLiteral("id"), id},
                  {QStringLiteral("localName"), id.section(QLatin1Char(':'), -1)},
                  {QStringLiteral("queryName"), id},
                  {QStringLiteral("displayName"), id},
                  {QStringLiteral("baseId"), QStringLiteral("cmis:document")},
                  {QStringLiteral("creatable"), true},
                  {QStringLiteral("fileable"), true},
                  {QStringLiteral("queryable"), true},
                  {QStringLiteral("fulltextIndexed"), true},
                  {QStringLiteral("includedInSupertypeQuery"), true},
                  {QStringLiteral("controllablePolicy"), false},
                  {QStringLiteral("controllableACL"), true},
                  {QStringLiteral("versionable"), true},
                  {QStringLiteral("contentStreamAllowed"), QStringLiteral("allowed")},
                  {QStringLiteral("propertyDefinitions"), properties}};
    if (!type.parentId.isEmpty()) // a base type has none
        d.insert(QStringLiteral("parentId"), type.parentId);
    return d;
}

QJsonObject FakeCmisTypes::asSeenFrom(const QJsonObject &properties, const QString &fromType) const
{
    const QString type = properties.value(QStringLiteral("cmis:objectTypeId")).toString();
    if (type == fromType)
        return properties;
    const cmisql::Properties visible = queryProperties(fromType);
    QJsonObject out;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        if (visible.contains(it.key()))
            out.insert(it.key(), it.value());
    return out;
}

} // namespace fakeserver
