#include "fakecmistypes.h"

#include <QSet>

namespace fakeserver {

namespace {

QJsonObject propertyDefinition(const QString &id, bool inherited)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("localName"), id.section(QLatin1Char(':'), -1)},
            {QStringLiteral("queryName"), id},
            {QStringLiteral("displayName"), id},
            {QStringLiteral("propertyType"), id.endsWith(QLatin1String("Date")) ? QStringLiteral("datetime") : QStringLiteral("string")},
            {QStringLiteral("cardinality"), QStringLiteral("single")},
            {QStringLiteral("updatability"), QStringLiteral("readwrite")},
            {QStringLiteral("inherited"), inherited},
            {QStringLiteral("required"), false},
            {QStringLiteral("queryable"), true},
            {QStringLiteral("orderable"), true}};
}

} // namespace

FakeCmisTypes::FakeCmisTypes()
{
    // The base type's properties (CMIS 1.1 section 2.1.4.3.3, plus the content hash and the
    // secondary types of CMIS 1.1) and the Exstream properties the fake's untyped
    // documents carry: the fake's cmis:document stands for an archive's extended type.
    m_types.insert(QStringLiteral("cmis:document"),
                   {QString(),
                    {QStringLiteral("cmis:objectId"), QStringLiteral("cmis:objectTypeId"), QStringLiteral("cmis:baseTypeId"),
                     QStringLiteral("cmis:name"), QStringLiteral("cmis:description"), QStringLiteral("cmis:createdBy"),
                     QStringLiteral("cmis:creationDate"), QStringLiteral("cmis:lastModifiedBy"),
                     QStringLiteral("cmis:lastModificationDate"), QStringLiteral("cmis:changeToken"),
                     QStringLiteral("cmis:secondaryObjectTypeIds"), QStringLiteral("cmis:isImmutable"),
                     QStringLiteral("cmis:isLatestVersion"), QStringLiteral("cmis:versionLabel"), QStringLiteral("cmis:checkinComment"),
                     QStringLiteral("cmis:versionSeriesId"), QStringLiteral("cmis:contentStreamLength"),
                     QStringLiteral("cmis:contentStreamMimeType"), QStringLiteral("cmis:contentStreamFileName"),
                     QStringLiteral("cmis:contentStreamId"), QStringLiteral("cmis:contentStreamHash"),
                     QStringLiteral("exs:documentType"), QStringLiteral("exs:issuedAt"), QStringLiteral("exs:channel"),
                     QStringLiteral("exs:templateId"), QStringLiteral("exs:templateVersion"),
                     QStringLiteral("exs:recipientName"), QStringLiteral("exs:recipientEmail"),
                     QStringLiteral("exs:recipientAddress"), QStringLiteral("exs:customerId"), QStringLiteral("exs:accountId"),
                     QStringLiteral("exs:policyId"), QStringLiteral("exs:claimId"), QStringLiteral("exs:businessUnit"),
                     QStringLiteral("exs:batch"), QStringLiteral("exs:language"), QStringLiteral("exs:retentionClass")},
                    true});
}

void FakeCmisTypes::add(const QString &id, const QString &parentId, const QStringList &properties, bool listsInherited)
{
    m_types.insert(id, {parentId, properties, listsInherited});
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

QStringList FakeCmisTypes::allProperties(const QString &id) const
{
    QStringList out;
    QSet<QString> seen;
    for (QString t = id; m_types.contains(t) && !seen.contains(t); t = m_types.value(t).parentId) {
        seen.insert(t);
        out += m_types.value(t).properties;
    }
    return out;
}

QJsonObject FakeCmisTypes::definition(const QString &id) const
{
    if (!m_types.contains(id))
        return {};
    const Type &type = m_types[id];
    QJsonObject properties;
    for (const QString &p : type.properties)
        properties.insert(p, propertyDefinition(p, false));
    if (type.listsInherited)
        for (const QString &p : allProperties(type.parentId))
            properties.insert(p, propertyDefinition(p, true));
    QJsonObject d{{QStringLiteral("id"), id},
                  {QStringLiteral("localName"), id.section(QLatin1Char(':'), -1)},
                  {QStringLiteral("queryName"), id},
                  {QStringLiteral("displayName"), id},
                  {QStringLiteral("baseId"), QStringLiteral("cmis:document")},
                  {QStringLiteral("creatable"), true},
                  {QStringLiteral("fileable"), true},
                  {QStringLiteral("queryable"), true},
                  {QStringLiteral("fulltextIndexed"), false},
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
    const QStringList visible = allProperties(fromType);
    QJsonObject out;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        if (visible.contains(it.key()))
            out.insert(it.key(), it.value());
    return out;
}

} // namespace fakeserver
