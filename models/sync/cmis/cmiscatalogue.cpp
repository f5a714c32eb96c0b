#include "cmiscatalogue.h"

#include "cmisobject.h"
#include "sync/http/jsonentries.h"
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
enum class Shape { Text, Time, Status, List, Objects, BlockRefs, ApprovalPart };

struct FieldRule
{
    const char *field; // the drop format's name, without the prefix
    Shape shape;
};

const QList<FieldRule> &templateRules()
{
    static const QList<FieldRule> rules{{"template_id", Shape::Text},
                                        {"version", Shape::Text},
                                        {"name", Shape::Text},
                                        {"status", Shape::Status},
                                        {"business_unit", Shape::Text},
                                        {"channels", Shape::List},
                                        {"effective_from", Shape::Time},
                                        {"effective_to", Shape::Time},
                                        {"approvals", Shape::Objects},
                                        {"change_note", Shape::Text},
                                        {"content_blocks", Shape::BlockRefs},
                                        // Approvals as parallel repeating attributes (Documentum): the i-th value of
                                        // each is the i-th approval's step, approver, time, decision and note.
                                        {"approval_step", Shape::ApprovalPart},
                                        {"approval_by", Shape::ApprovalPart},
                                        {"approval_at", Shape::ApprovalPart},
                                        {"approval_decision", Shape::ApprovalPart},
                                        {"approval_note", Shape::ApprovalPart}};
    return rules;
}

const QList<FieldRule> &blockRules()
{
    static const QList<FieldRule> rules{
        {"block_id", Shape::Text}, {"version", Shape::Text},     {"kind", Shape::Text},      {"title", Shape::Text},
        {"status", Shape::Status}, {"approved_at", Shape::Time}, {"retired_at", Shape::Time}};
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

QString isoTime(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

// Approval times may come as epoch milliseconds, as CMIS dates do; the drop format has RFC 3339.
// Decisions are compared in lower case.
QJsonArray withIsoTimes(QJsonArray approvals)
{
    for (qsizetype i = 0; i < approvals.size(); ++i) {
        QJsonObject a = approvals.at(i).toObject();
        if (a.value(QStringLiteral("at")).isDouble())
            a.insert(QStringLiteral("at"), isoTime(qint64(a.value(QStringLiteral("at")).toDouble())));
        if (a.value(QStringLiteral("decision")).isString()) // "Approved" is approved, as a status is compared
            a.insert(QStringLiteral("decision"), a.value(QStringLiteral("decision")).toString().trimmed().toLower());
        approvals[i] = a;
    }
    return approvals;
}

// Approvals kept as parallel repeating attributes: the i-th value of each mapped
// template.approval_* property makes the i-th approval. Properties with values must agree
// on how many; one without values leaves that part of every approval out.
std::optional<QJsonArray> parallelApprovals(const QMap<QString, QJsonArray> &parts,
                                            const QMap<QString, QString> &sources, QString *reason)
{
    qsizetype count = 0;
    QString first;
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        if (it->isEmpty())
            continue;
        if (count > 0 && it->size() != count) {
            *reason =
                QStringLiteral("the parallel approval attributes disagree: %1 (\"%2\") has %3 value(s), %4 (\"%5\") %6")
                    .arg(first, sources.value(first))
                    .arg(count)
                    .arg(it.key(), sources.value(it.key()))
                    .arg(it->size());
            return std::nullopt;
        }
        count = it->size();
        first = it.key();
    }
    QJsonArray approvals;
    for (qsizetype i = 0; i < count; ++i) {
        QJsonObject approval;
        for (auto it = parts.begin(); it != parts.end(); ++it) {
            const QString key = it.key().mid(qsizetype(qstrlen("template.approval_")));
            const QJsonValue v = it->isEmpty() ? QJsonValue() : it->at(i);
            if (key == QLatin1String("at")) {
                if (const auto t = PropertyMapping::toTime(v))
                    approval.insert(key, isoTime(*t));
                else if (!v.isNull() && !v.isUndefined() && !v.toString().isEmpty()) {
                    *reason = QStringLiteral("%1 (\"%2\") value %3 is not a time (epoch milliseconds or ISO 8601)")
                                  .arg(it.key(), sources.value(it.key()))
                                  .arg(i + 1);
                    return std::nullopt;
                }
            } else if (!textOf(v).isEmpty()) {
                approval.insert(key, key == QLatin1String("decision") ? textOf(v).trimmed().toLower() : textOf(v));
            }
        }
        approvals << approval;
    }
    return approvals;
}

// A mapped property's value in the shape its drop field has; undefined, with `problem` set,
// when it cannot have that shape.
QJsonValue shaped(Shape shape, const QString &key, const QJsonValue &v, bool majorLabels, QString *problem)
{
    switch (shape) {
    case Shape::Text:
        return key == QLatin1String("version") && majorLabels ? majorVersionOf(textOf(v)) : textOf(v);
    case Shape::Status:
        return textOf(v).trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    case Shape::Time:
        if (const auto t = PropertyMapping::toTime(v.isArray() ? v.toArray().first() : v))
            return isoTime(*t);
        *problem = QStringLiteral("is not a time (epoch milliseconds or ISO 8601)");
        return QJsonValue(QJsonValue::Undefined);
    case Shape::List: {
        QJsonArray list;
        for (const QJsonValue &item : valuesOf(v))
            list << textOf(item);
        return list;
    }
    case Shape::Objects:
        return withIsoTimes(jsonEntries(v, false, problem));
    case Shape::BlockRefs: {
        QJsonArray refs = jsonEntries(v, true, problem);
        for (qsizetype i = 0; majorLabels && i < refs.size(); ++i) {
            QJsonObject ref = refs.at(i).toObject();
            if (ref.value(QStringLiteral("version")).isString())
                ref.insert(QStringLiteral("version"), majorVersionOf(ref.value(QStringLiteral("version")).toString()));
            refs[i] = ref;
        }
        return refs;
    }
    case Shape::ApprovalPart:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// Adds the approvals kept as parallel attributes after those of the approvals field; false,
// with the reason, when the attributes disagree.
bool addParallelApprovals(QJsonObject &record, const QMap<QString, QJsonArray> &approvalParts,
                          const QMap<QString, QString> &mapping, QString *reason)
{
    const auto parallel = parallelApprovals(approvalParts, mapping, reason);
    if (!parallel)
        return false;
    QJsonArray approvals = record.value(QStringLiteral("approvals")).toArray();
    for (const QJsonValue &a : *parallel)
        approvals << a;
    if (!approvals.isEmpty())
        record.insert(QStringLiteral("approvals"), approvals);
    return true;
}

// Kept with the version (as a drop keeps unknown fields): where it is in the repository,
// so that a deletion in its change log finds it, and the label it has there.
void addRepositoryPlace(QJsonObject &record, const QJsonObject &flat, bool majorLabels)
{
    record.insert(QStringLiteral("repository_object_id"), flat.value(QStringLiteral("cmis:objectId")));
    if (flat.contains(QStringLiteral("cmis:versionSeriesId")))
        record.insert(QStringLiteral("repository_version_series"), flat.value(QStringLiteral("cmis:versionSeriesId")));
    if (majorLabels && flat.value(QStringLiteral("cmis:versionLabel")).isString())
        record.insert(QStringLiteral("repository_version_label"), flat.value(QStringLiteral("cmis:versionLabel")));
}

// The version as a drop-format record, or a reason naming the field and its property.
std::optional<QJsonObject> recordOf(const QJsonObject &flat, const QString &prefix, const QList<FieldRule> &rules,
                                    const QMap<QString, QString> &mapping, bool majorLabels, QString *reason)
{
    QJsonObject record;
    QMap<QString, QJsonArray> approvalParts; // template.approval_* → its values
    for (const FieldRule &rule : rules) {
        const QString field = prefix + QLatin1String(rule.field);
        const QString source = mapping.value(field);
        if (source.isEmpty())
            continue;
        const QJsonValue v = source.startsWith(QLatin1Char('=')) ? QJsonValue(source.mid(1)) : flat.value(source);
        if (rule.shape == Shape::ApprovalPart) {
            approvalParts.insert(field, valuesOf(v));
            continue;
        }
        if (v.isUndefined() || v.isNull() || (v.isArray() && v.toArray().isEmpty()))
            continue;
        const QString key = QLatin1String(rule.field);
        QString problem;
        const QJsonValue value = shaped(rule.shape, key, v, majorLabels, &problem);
        if (!problem.isEmpty()) {
            *reason = QStringLiteral("%1 (read from \"%2\") %3").arg(field, source, problem);
            return std::nullopt;
        }
        record.insert(key, value);
    }
    if (!approvalParts.isEmpty() && !addParallelApprovals(record, approvalParts, mapping, reason))
        return std::nullopt;
    addRepositoryPlace(record, flat, majorLabels);
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

template <typename T, typename Parse>
Parsed<T> parse(const QJsonObject &flat, const QString &prefix, const QList<FieldRule> &rules,
                const QMap<QString, QString> &mapping, bool majorLabels, const QByteArray &content, const char *bodyKey,
                Parse parseLine)
{
    Parsed<T> out;
    const QString object = flat.value(QStringLiteral("cmis:objectId")).toString();
    const QString what =
        QStringLiteral("%1 object %2 (%3)")
            .arg(prefix.chopped(1), object, flat.value(QStringLiteral("cmis:objectTypeId")).toString());
    QString reason;
    std::optional<QJsonObject> record = recordOf(flat, prefix, rules, mapping, majorLabels, &reason);
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

QString prefixOf(CatalogueKind kind) { return kind == CatalogueKind::Template ? kTemplate : kBlock; }

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
    return catalogueFields(CatalogueKind::Template).contains(field)
           || catalogueFields(CatalogueKind::Block).contains(field);
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
                                                  const QMap<QString, QString> &mapping, bool majorLabels)
{
    return parse<domain::TemplateVersion>(flat, kTemplate, templateRules(), mapping, majorLabels, content, "body",
                                          &DropRecordParser::templateVersion);
}

Parsed<domain::ContentBlockVersion> toContentBlock(const QJsonObject &flat, const QByteArray &content,
                                                   const QMap<QString, QString> &mapping, bool majorLabels)
{
    return parse<domain::ContentBlockVersion>(flat, kBlock, blockRules(), mapping, majorLabels, content, "text",
                                              &DropRecordParser::contentBlock);
}

} // namespace proofdesk::sync::cmis
