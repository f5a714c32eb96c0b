#include "cmiscatalogue.h"

#include "cmisobject.h"
#include "sync/http/propertymapping.h"
#include "util/sha256.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::sync::cmis {

namespace {

const QString kTemplate = QStringLiteral("template.");
const QString kBlock = QStringLiteral("block.");

// Which drop field each mapped field fills, and how its property's value is read.
enum class Shape { Text, Time, Status, List, Objects, BlockRefs };

struct FieldRule
{
    const char *field; // the drop format's name, without the prefix
    Shape shape;
};

const QList<FieldRule> &templateRules()
{
    static const QList<FieldRule> rules{
        {"template_id", Shape::Text},  {"version", Shape::Text},         {"name", Shape::Text},
        {"status", Shape::Status},     {"business_unit", Shape::Text},   {"channels", Shape::List},
        {"effective_from", Shape::Time}, {"effective_to", Shape::Time},  {"approvals", Shape::Objects},
        {"change_note", Shape::Text},  {"content_blocks", Shape::BlockRefs}};
    return rules;
}

const QList<FieldRule> &blockRules()
{
    static const QList<FieldRule> rules{{"block_id", Shape::Text}, {"version", Shape::Text},   {"kind", Shape::Text},
                                        {"title", Shape::Text},    {"status", Shape::Status},  {"approved_at", Shape::Time},
                                        {"retired_at", Shape::Time}};
    return rules;
}

QStringList prefixed(const QString &prefix, const QList<FieldRule> &rules)
{
    QStringList out;
    for (const FieldRule &r : rules)
        out << prefix + QLatin1String(r.field);
    return out;
}

QJsonArray valuesOf(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return {};
    return {v};
}

QString textOf(const QJsonValue &v)
{
    const QJsonValue first = v.isArray() ? v.toArray().first() : v;
    if (first.isDouble())
        return QString::number(first.toDouble(), 'g', 17);
    return first.toString();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// A JSON array written in one string value, or one entry per value of a multi-valued property.
QJsonArray entriesOf(const QJsonValue &v, bool blockRefs, QString *reason)
{
    const QJsonArray values = valuesOf(v);
    if (values.size() == 1 && values.first().toString().trimmed().startsWith(QLatin1Char('['))) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(values.first().toString().toUtf8(), &err);
        if (!doc.isArray())
            *reason = QStringLiteral("is not a JSON array (%1)").arg(err.errorString());
        return doc.array();
    }
    QJsonArray out;
    for (const QJsonValue &value : values) {
        const QString text = value.toString().trimmed();
        if (value.isObject()) {
            out << value;
        } else if (text.startsWith(QLatin1Char('{'))) {
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
            if (!doc.isObject()) {
                *reason = QStringLiteral("has a value that is not a JSON object: %1").arg(text.left(80));
                return {};
            }
            out << doc.object();
        } else if (blockRefs && text.lastIndexOf(QLatin1Char(':')) > 0) {
            const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
            out << QJsonObject{{QStringLiteral("id"), text.left(colon)}, {QStringLiteral("version"), text.mid(colon + 1)}};
        } else if (!text.isEmpty()) {
            *reason = blockRefs ? QStringLiteral("has a value that is neither ID:VERSION nor a JSON object: %1").arg(text.left(80))
                                : QStringLiteral("has a value that is not a JSON object: %1").arg(text.left(80));
            return {};
        }
    }
    return out;
}

// Approval times may come as epoch milliseconds, as CMIS dates do; the drop format has RFC 3339.
QJsonArray withIsoTimes(QJsonArray approvals)
{
    for (qsizetype i = 0; i < approvals.size(); ++i) {
        QJsonObject a = approvals.at(i).toObject();
        if (a.value(QStringLiteral("at")).isDouble())
            a.insert(QStringLiteral("at"), isoTime(qint64(a.value(QStringLiteral("at")).toDouble())));
        approvals[i] = a;
    }
    return approvals;
}

// The version as a drop-format record, or a reason naming the field and its property.
std::optional<QJsonObject> recordOf(const QJsonObject &flat, const QString &prefix, const QList<FieldRule> &rules,
                                    const QMap<QString, QString> &mapping, QString *reason)
{
    QJsonObject record;
    for (const FieldRule &rule : rules) {
        const QString field = prefix + QLatin1String(rule.field);
        const QString source = mapping.value(field);
        if (source.isEmpty())
            continue;
        const QJsonValue v = source.startsWith(QLatin1Char('=')) ? QJsonValue(source.mid(1)) : flat.value(source);
        if (v.isUndefined() || v.isNull() || (v.isArray() && v.toArray().isEmpty()))
            continue;
        const QString key = QLatin1String(rule.field);
        QString problem;
        switch (rule.shape) {
        case Shape::Text:
            record.insert(key, textOf(v));
            break;
        case Shape::Status:
            record.insert(key, textOf(v).trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_')));
            break;
        case Shape::Time:
            if (const auto t = PropertyMapping::toTime(v.isArray() ? v.toArray().first() : v))
                record.insert(key, isoTime(*t));
            else
                problem = QStringLiteral("is not a time (epoch milliseconds or ISO 8601)");
            break;
        case Shape::List: {
            QJsonArray list;
            for (const QJsonValue &item : valuesOf(v))
                list << textOf(item);
            record.insert(key, list);
            break;
        }
        case Shape::Objects:
            record.insert(key, withIsoTimes(entriesOf(v, false, &problem)));
            break;
        case Shape::BlockRefs:
            record.insert(key, entriesOf(v, true, &problem));
            break;
        }
        if (!problem.isEmpty()) {
            *reason = QStringLiteral("%1 (read from \"%2\") %3").arg(field, source, problem);
            return std::nullopt;
        }
    }
    // Kept with the version (as a drop keeps unknown fields): where it is in the repository,
    // so that a deletion in its change log finds it.
    record.insert(QStringLiteral("repository_object_id"), flat.value(QStringLiteral("cmis:objectId")));
    if (flat.contains(QStringLiteral("cmis:versionSeriesId")))
        record.insert(QStringLiteral("repository_version_series"), flat.value(QStringLiteral("cmis:versionSeriesId")));
    return record;
}

// The content stream, checked against the repository's own hash where it gives one.
QString contentProblem(const QJsonObject &flat, const QByteArray &sha256)
{
    const QString expected = sha256Of(flat.value(QStringLiteral("cmis:contentStreamHash")));
    if (!expected.isEmpty() && expected != QString::fromLatin1(sha256))
        return QStringLiteral("its content stream has SHA-256 %1, but cmis:contentStreamHash says %2")
            .arg(QString::fromLatin1(sha256), expected);
    return QString();
}

template<typename T, typename Parse>
Parsed<T> parse(const QJsonObject &flat, const QString &prefix, const QList<FieldRule> &rules,
                const QMap<QString, QString> &mapping, const QByteArray &content, const char *bodyKey, Parse parseLine)
{
    Parsed<T> out;
    const QString object = flat.value(QStringLiteral("cmis:objectId")).toString();
    const QString what = QStringLiteral("%1 object %2 (%3)")
                             .arg(prefix.chopped(1), object, flat.value(QStringLiteral("cmis:objectTypeId")).toString());
    QString reason;
    std::optional<QJsonObject> record = recordOf(flat, prefix, rules, mapping, &reason);
    const QByteArray sha256 = sha256Hex(content);
    if (record)
        reason = contentProblem(flat, sha256);
    if (!reason.isEmpty()) {
        out.reason = what + QStringLiteral(": ") + reason;
        return out;
    }
    record->insert(QLatin1String(bodyKey), QString::fromUtf8(content));
    if (prefix == kTemplate)
        record->insert(QStringLiteral("sha256"), QString::fromLatin1(sha256));
    out = parseLine(QJsonDocument(*record).toJson(QJsonDocument::Compact));
    if (!out.record)
        out.reason = what + QStringLiteral(": ") + out.reason;
    return out;
}

} // namespace

QString prefixOf(CatalogueKind kind)
{
    return kind == CatalogueKind::Template ? kTemplate : kBlock;
}

QString typeSettingOf(CatalogueKind kind)
{
    return kind == CatalogueKind::Template ? QStringLiteral("template_type") : QStringLiteral("block_type");
}

const QStringList &catalogueFields(CatalogueKind kind)
{
    static const QStringList templates = prefixed(kTemplate, templateRules());
    static const QStringList blocks = prefixed(kBlock, blockRules());
    return kind == CatalogueKind::Template ? templates : blocks;
}

bool isCatalogueField(const QString &field)
{
    return catalogueFields(CatalogueKind::Template).contains(field) || catalogueFields(CatalogueKind::Block).contains(field);
}

bool isRequiredCatalogueField(const QString &field)
{
    static const QStringList required{QStringLiteral("template.template_id"), QStringLiteral("template.version"),
                                      QStringLiteral("template.status"), QStringLiteral("block.block_id"),
                                      QStringLiteral("block.version")};
    return required.contains(field);
}

QMap<QString, QString> defaultCatalogueMapping()
{
    return {
        {QStringLiteral("template.template_id"), QStringLiteral("exs:templateId")},
        {QStringLiteral("template.version"), QStringLiteral("cmis:versionLabel")},
        {QStringLiteral("template.name"), QStringLiteral("cmis:name")},
        {QStringLiteral("template.status"), QStringLiteral("exs:status")},
        {QStringLiteral("template.business_unit"), QStringLiteral("exs:businessUnit")},
        {QStringLiteral("template.channels"), QStringLiteral("exs:channels")},
        {QStringLiteral("template.effective_from"), QStringLiteral("exs:effectiveFrom")},
        {QStringLiteral("template.effective_to"), QStringLiteral("exs:effectiveTo")},
        {QStringLiteral("template.approvals"), QStringLiteral("exs:approvals")},
        {QStringLiteral("template.change_note"), QStringLiteral("cmis:checkinComment")},
        {QStringLiteral("template.content_blocks"), QStringLiteral("exs:contentBlocks")},
        {QStringLiteral("block.block_id"), QStringLiteral("exs:blockId")},
        {QStringLiteral("block.version"), QStringLiteral("cmis:versionLabel")},
        {QStringLiteral("block.kind"), QStringLiteral("exs:blockKind")},
        {QStringLiteral("block.title"), QStringLiteral("cmis:name")},
        {QStringLiteral("block.status"), QStringLiteral("exs:status")},
        {QStringLiteral("block.approved_at"), QStringLiteral("exs:approvedAt")},
        {QStringLiteral("block.retired_at"), QStringLiteral("exs:retiredAt")},
    };
}

Parsed<domain::TemplateVersion> toTemplateVersion(const QJsonObject &flat, const QByteArray &content,
                                                  const QMap<QString, QString> &mapping)
{
    return parse<domain::TemplateVersion>(flat, kTemplate, templateRules(), mapping, content, "body",
                                          &DropRecordParser::templateVersion);
}

Parsed<domain::ContentBlockVersion> toContentBlock(const QJsonObject &flat, const QByteArray &content,
                                                   const QMap<QString, QString> &mapping)
{
    return parse<domain::ContentBlockVersion>(flat, kBlock, blockRules(), mapping, content, "text",
                                              &DropRecordParser::contentBlock);
}

} // namespace proofdesk::sync::cmis
