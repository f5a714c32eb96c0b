#include "aspacerecord.h"

#include "sync/repositoryprofiles.h"
#include "util/jsoninteger.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::sync::aspace {

QMap<QString, QString> defaultMapping()
{
    // digital_object_type is ArchivesSpace's kind of material (text, still_image, …), not the
    // kind of communication: type is read from a user-defined enumeration, as channel is.
    return {
        {QStringLiteral("id"), QStringLiteral("uri")},
        {QStringLiteral("type"), QStringLiteral("user_defined.enum_2")},
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

PropertyMapping mappingOf(const QJsonObject &settings)
{
    PropertyMapping mapping(baseMapping(QStringLiteral("archivesspace"), settings),
                            settings.value(QStringLiteral("mapping")).toObject());
    mapping.setRequired({QStringLiteral("id"), QStringLiteral("issued_at")});
    mapping.setReportedWhenEmpty({QStringLiteral("type"), QStringLiteral("channel")});
    return mapping;
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
        const bool sha = fv.value(QStringLiteral("checksum_method"))
                             .toString()
                             .remove(QLatin1Char('-'))
                             .compare(QLatin1String("sha256"), Qt::CaseInsensitive)
                         == 0;
        if (chosen.isEmpty() || (sha && fv.value(QStringLiteral("is_representative")).toBool()))
            chosen = fv;
    }
    return chosen;
}

} // namespace

PropertyMapping::Result toCommunication(const QJsonObject &recordIn, const PropertyMapping &mapping)
{
    QJsonObject record = recordIn;
    // issued_at, which every record needs, falls back to when the record was created, and
    // says so. Nothing else is made up: a type or channel without a value stays empty
    // (PropertyMapping::setReportedWhenEmpty), with a warning.
    QJsonObject ud = record.value(QStringLiteral("user_defined")).toObject();
    const bool createTime = mapping.source(QStringLiteral("issued_at")) == QLatin1String("user_defined.date_1")
                            && !ud.contains(QStringLiteral("date_1")) && record.contains(QStringLiteral("create_time"));
    if (createTime)
        ud.insert(QStringLiteral("date_1"), record.value(QStringLiteral("create_time")));
    record.insert(QStringLiteral("user_defined"), ud);
    PropertyMapping::Result result = mapping.map(record);
    if (!result.record)
        return result;
    if (createTime)
        result.warning +=
            (result.warning.isEmpty() ? QString() : QStringLiteral("; "))
            + QStringLiteral("issued_at (\"user_defined.date_1\") has no value; its create_time was used");
    domain::Communication &c = *result.record;
    const QJsonObject fv = documentVersion(record);
    c.renditionPath = fv.value(QStringLiteral("file_uri")).toString();
    c.repositoryObjectId = record.value(QStringLiteral("uri")).toString(); // whatever `id` is mapped to
    if (fv.value(QStringLiteral("checksum_method"))
            .toString()
            .remove(QLatin1Char('-'))
            .compare(QLatin1String("sha256"), Qt::CaseInsensitive)
        == 0)
        c.renditionSha256 =
            PropertyMapping::documentHash(fv.value(QStringLiteral("checksum")).toString(),
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
