#include "cmisobject.h"

#include "util/jsoninteger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace proofdesk::sync::cmis {

QJsonObject flatProperties(const QJsonObject &object)
{
    const QJsonValue succinct = object.value(QStringLiteral("succinctProperties"));
    if (succinct.isObject())
        return succinct.toObject();
    QJsonObject flat;
    const QJsonObject props = object.value(QStringLiteral("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        flat.insert(it.key(),
                    it.value().isObject() ? it.value().toObject().value(QStringLiteral("value")) : it.value());
    return flat;
}

QString changeType(const QJsonObject &object)
{
    return object.value(QStringLiteral("changeEventInfo")).toObject().value(QStringLiteral("changeType")).toString();
}

QString eventKey(const QJsonObject &object)
{
    const QJsonObject info = object.value(QStringLiteral("changeEventInfo")).toObject();
    const QJsonValue time = info.value(QStringLiteral("changeTime"));
    const std::optional<qint64> ms = time.isDouble() ? util::jsonInteger(time.toDouble()) : std::nullopt;
    const QString timeText = ms                ? QString::number(*ms)
                             : time.isDouble() ? QString::number(time.toDouble(), 'g', 17)
                                               : time.toString();
    return flatProperties(object).value(QStringLiteral("cmis:objectId")).toString() + QLatin1Char('|')
           + info.value(QStringLiteral("changeType")).toString() + QLatin1Char('|') + timeText;
}

QString sha256Of(const QJsonValue &value)
{
    const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &v : values) {
        const QString s = v.toString().trimmed();
        if (s.startsWith(QLatin1String("{sha-256}"), Qt::CaseInsensitive))
            return s.mid(9).trimmed().toLower();
    }
    return QString();
}

QString stringLiteral(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString majorVersionOf(const QString &label)
{
    static const QRegularExpression major(QStringLiteral("^\\s*(\\d+)\\.0+\\s*$"));
    const QRegularExpressionMatch m = major.match(label);
    return m.hasMatch() ? m.captured(1) : label;
}

QMap<QString, QString> defaultMapping()
{
    return {
        {QStringLiteral("id"), QStringLiteral("cmis:objectId")},
        {QStringLiteral("type"), QStringLiteral("exs:documentType")},
        {QStringLiteral("issued_at"), QStringLiteral("exs:issuedAt")},
        {QStringLiteral("channel"), QStringLiteral("exs:channel")},
        {QStringLiteral("template_id"), QStringLiteral("exs:templateId")},
        {QStringLiteral("template_version"), QStringLiteral("exs:templateVersion")},
        {QStringLiteral("media_type"), QStringLiteral("cmis:contentStreamMimeType")},
        {QStringLiteral("rendition_bytes"), QStringLiteral("cmis:contentStreamLength")},
        {QStringLiteral("recipient_name"), QStringLiteral("exs:recipientName")},
        {QStringLiteral("recipient_email"), QStringLiteral("exs:recipientEmail")},
        {QStringLiteral("recipient_address"), QStringLiteral("exs:recipientAddress")},
        {QStringLiteral("customer_id"), QStringLiteral("exs:customerId")},
        {QStringLiteral("account_id"), QStringLiteral("exs:accountId")},
        {QStringLiteral("policy_id"), QStringLiteral("exs:policyId")},
        {QStringLiteral("claim_id"), QStringLiteral("exs:claimId")},
        {QStringLiteral("business_unit"), QStringLiteral("exs:businessUnit")},
        {QStringLiteral("batch"), QStringLiteral("exs:batch")},
        {QStringLiteral("language"), QStringLiteral("exs:language")},
        {QStringLiteral("retention_class"), QStringLiteral("exs:retentionClass")},
        {QStringLiteral("content_blocks"), QStringLiteral("exs:contentBlocks")},
    };
}

namespace {

// The mapping's required fields fall back to what every CMIS document has.
QJsonObject withFallbacks(QJsonObject flat, const PropertyMapping &mapping)
{
    const auto fallback = [&](const char *field, const char *cmisProperty) {
        const QString src = mapping.source(QLatin1String(field));
        if (!src.startsWith(QLatin1Char('=')) && PropertyMapping::lookup(flat, src).isUndefined())
            flat.insert(src, flat.value(QLatin1String(cmisProperty)));
    };
    fallback("type", "cmis:objectTypeId");
    fallback("issued_at", "cmis:creationDate");
    fallback("recipient_name", "cmis:name");
    return flat;
}

QByteArray extras(const QJsonObject &flat, const PropertyMapping &mapping)
{
    QJsonObject extra;
    const QJsonValue modified = flat.value(QStringLiteral("cmis:lastModificationDate"));
    if (const auto stamp = PropertyMapping::toTime(modified))
        extra.insert(QStringLiteral("repository_version"), double(*stamp));
    if (flat.contains(QStringLiteral("cmis:changeToken")))
        extra.insert(QStringLiteral("change_token"), flat.value(QStringLiteral("cmis:changeToken")));
    const QJsonArray secondary = flat.value(QStringLiteral("cmis:secondaryObjectTypeIds")).toArray();
    if (secondary.contains(QStringLiteral("cmis:rm_hold")))
        extra.insert(QStringLiteral("repository_holds"),
                     flat.value(QStringLiteral("cmis:rm_holdIds")).isArray()
                         ? flat.value(QStringLiteral("cmis:rm_holdIds"))
                         : QJsonArray{flat.value(QStringLiteral("cmis:rm_holdIds"))});
    if (const auto expires = PropertyMapping::toTime(flat.value(QStringLiteral("cmis:rm_expirationDate"))))
        extra.insert(QStringLiteral("retention_expires"), double(*expires));
    // Repository-specific properties nobody mapped are kept, as the drop keeps unknown fields.
    for (auto it = flat.begin(); it != flat.end(); ++it)
        if (!it.key().startsWith(QLatin1String("cmis:")) && !mapping.isSource(it.key()))
            extra.insert(it.key(), it.value());
    return extra.isEmpty() ? QByteArray() : QJsonDocument(extra).toJson(QJsonDocument::Compact);
}

} // namespace

PropertyMapping::Result toCommunication(const QJsonObject &flatIn, const PropertyMapping &mapping)
{
    const QJsonObject flat = withFallbacks(flatIn, mapping);
    PropertyMapping::Result result = mapping.map(flat);
    if (!result.record)
        return result;
    domain::Communication &c = *result.record;
    c.renditionPath = flat.value(QStringLiteral("cmis:objectId")).toString();
    c.repositoryObjectId = c.renditionPath; // whatever the mapping made `id`
    if (flat.value(QStringLiteral("cmis:secondaryObjectTypeIds")).toArray().contains(QStringLiteral("cmis:rm_hold"))) {
        const QJsonValue holds = flat.value(QStringLiteral("cmis:rm_holdIds"));
        for (const QJsonValue &h : holds.isArray() ? holds.toArray() : QJsonArray{holds})
            if (!h.toString().isEmpty())
                c.repositoryHoldIds << h.toString();
    }
    c.renditionSha256 =
        PropertyMapping::documentHash(sha256Of(flat.value(QStringLiteral("cmis:contentStreamHash"))),
                                      QStringLiteral("its cmis:contentStreamHash {sha-256}"), &result.warning);
    c.extraJson = extras(flatIn, mapping);
    c.recordHash = PropertyMapping::hashOf(flatIn) + mapping.fingerprint();
    return result;
}

} // namespace proofdesk::sync::cmis
