#include "aspacerecord.h"

#include "util/jsoninteger.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::sync::aspace {

QMap<QString, QString> defaultMapping()
{
    return {
        {QStringLiteral("id"), QStringLiteral("uri")},
        {QStringLiteral("type"), QStringLiteral("digital_object_type")},
        {QStringLiteral("issued_at"), QStringLiteral("user_defined.date_1")},
        {QStringLiteral("channel"), QStringLiteral("user_defined.enum_1")},
        {QStringLiteral("recipient_name"), QStringLiteral("title")},
        {QStringLiteral("customer_id"), QStringLiteral("user_defined.string_1")},
        {QStringLiteral("account_id"), QStringLiteral("user_defined.string_2")},
        {QStringLiteral("template_id"), QStringLiteral("user_defined.string_3")},
        {QStringLiteral("template_version"), QStringLiteral("user_defined.string_4")},
        {QStringLiteral("batch"), QStringLiteral("digital_object_id")},
        {QStringLiteral("text"), QStringLiteral("user_defined.text_1")},
    };
}

QString uriOf(qint64 repoId, const QString &recordType, qint64 id)
{
    return QStringLiteral("/repositories/%1/%2/%3").arg(repoId).arg(recordType).arg(id);
}

namespace {

QJsonObject documentVersion(const QJsonObject &record)
{
    const QJsonArray versions = record.value(QStringLiteral("file_versions")).toArray();
    QJsonObject chosen;
    for (const QJsonValue &v : versions) {
        const QJsonObject fv = v.toObject();
        const bool sha = fv.value(QStringLiteral("checksum_method")).toString().remove(QLatin1Char('-'))
                             .compare(QLatin1String("sha256"), Qt::CaseInsensitive) == 0;
        if (chosen.isEmpty() || (sha && fv.value(QStringLiteral("is_representative")).toBool()))
            chosen = fv;
    }
    return chosen;
}

} // namespace

PropertyMapping::Result toCommunication(const QJsonObject &recordIn, const PropertyMapping &mapping)
{
    QJsonObject record = recordIn;
    // Required fields fall back to what every digital object has.
    QJsonObject ud = record.value(QStringLiteral("user_defined")).toObject();
    if (mapping.source(QStringLiteral("issued_at")) == QLatin1String("user_defined.date_1") && !ud.contains(QStringLiteral("date_1")))
        ud.insert(QStringLiteral("date_1"), record.value(QStringLiteral("create_time")));
    record.insert(QStringLiteral("user_defined"), ud);
    if (!record.value(QStringLiteral("digital_object_type")).isString())
        record.insert(QStringLiteral("digital_object_type"), QStringLiteral("digital_object"));
    PropertyMapping::Result result = mapping.map(record);
    if (!result.record)
        return result;
    domain::Communication &c = *result.record;
    const QJsonObject fv = documentVersion(record);
    c.renditionPath = fv.value(QStringLiteral("file_uri")).toString();
    c.repositoryObjectId = record.value(QStringLiteral("uri")).toString(); // whatever `id` is mapped to
    if (fv.value(QStringLiteral("checksum_method")).toString().remove(QLatin1Char('-')).compare(QLatin1String("sha256"), Qt::CaseInsensitive) == 0)
        c.renditionSha256 = PropertyMapping::documentHash(fv.value(QStringLiteral("checksum")).toString(),
                                                          QStringLiteral("its file version's checksum"), &result.warning);
    c.renditionBytes = util::jsonInteger(fv.value(QStringLiteral("file_size_bytes")).toDouble()).value_or(0);
    if (c.mediaType.isEmpty())
        c.mediaType = fv.value(QStringLiteral("file_format_name")).toString();
    for (QString *required : {&c.renditionPath, &c.renditionSha256, &c.mediaType})
        if (required->isNull())
            *required = QLatin1String(""); // NOT NULL in the cache
    QJsonObject extra{{QStringLiteral("repository_version"), record.value(QStringLiteral("lock_version"))}};
    if (record.contains(QStringLiteral("system_mtime")))
        extra.insert(QStringLiteral("modified"), record.value(QStringLiteral("system_mtime")));
    c.extraJson = QJsonDocument(extra).toJson(QJsonDocument::Compact);
    c.recordHash = PropertyMapping::hashOf(recordIn) + mapping.fingerprint();
    return result;
}

} // namespace proofdesk::sync::aspace
