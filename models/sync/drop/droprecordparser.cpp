#include "droprecordparser.h"

#include "jsonfieldreader.h"
#include "strictjson.h"
#include "util/sha256.h"
#include "util/sha256hex.h"

#include <QJsonDocument>
#include <type_traits>

namespace proofdesk::sync {

namespace {

const QStringList kChannels = {QStringLiteral("print"), QStringLiteral("email"), QStringLiteral("web"),
                               QStringLiteral("mobile"), QStringLiteral("sms")};
const QStringList kOrigins = {QStringLiteral("original"), QStringLiteral("reissue"), QStringLiteral("regeneration")};
const QStringList kTemplateStatuses = {QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("approved"),
                                       QStringLiteral("retired"), QStringLiteral("superseded")};
const QStringList kEvents = {QStringLiteral("queued"),   QStringLiteral("sent"),   QStringLiteral("delivered"),
                             QStringLiteral("opened"),   QStringLiteral("viewed"), QStringLiteral("bounced"),
                             QStringLiteral("returned"), QStringLiteral("failed")};

// Upper bounds of the counts a record carries, past any real document or retention rule and
// within the int the cache keeps them in; beyond them a value is rejected, never wrapped
// (pages: 1e12 was once stored as -727379968). Byte counts take JsonFieldReader's default,
// the largest integer a JSON number carries exactly.
constexpr qint64 kMaxPages = 1000000;
constexpr qint64 kMaxRetentionYears = 1000;

// Parses the line into an object or says why it is not one. Strictly RFC 8259: what
// QJsonDocument would let through (StrictJson) is refused first, with the same wording.
std::optional<QJsonObject> parseObject(const QByteArray &line, QString *reason)
{
    if (const auto violation = StrictJson::firstViolation(line)) {
        *reason =
            QStringLiteral("not valid JSON: %1 at character %2").arg(violation->problem).arg(violation->offset + 1);
        return std::nullopt;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError) {
        *reason = QStringLiteral("not valid JSON: %1 at character %2").arg(err.errorString()).arg(err.offset + 1);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *reason = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

// A path a record points at must stay inside the drop: no absolute paths, no "..".
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\'))
        || path.contains(QLatin1Char(':')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

QList<domain::BlockRef> readBlockRefs(const QJsonArray &array, const char *field, JsonFieldReader &reader)
{
    QList<domain::BlockRef> refs;
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            reader.fail(QStringLiteral("field \"%1[%2]\" must be an object with id and version")
                            .arg(QLatin1String(field))
                            .arg(i));
            break;
        }
        JsonFieldReader item(array.at(i).toObject(), QStringLiteral("%1[%2].").arg(QLatin1String(field)).arg(i));
        domain::BlockRef ref{item.requiredString("id"), item.requiredString("version")};
        reader.adopt(item);
        refs << ref;
    }
    return refs;
}

// recipient.address may be a string, lines, or a structured object: kept as display text.
QString addressText(const QJsonValue &v, JsonFieldReader &reader)
{
    if (v.isUndefined() || v.isNull())
        return QString();
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList lines;
        for (const QJsonValue &line : v.toArray()) {
            if (!line.isString()) {
                reader.fail(QStringLiteral("field \"recipient.address\" lines must be strings"));
                return QString();
            }
            lines << line.toString();
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    reader.fail(QStringLiteral("field \"recipient.address\" must be a string"));
    return QString();
}

void readRendition(const QJsonObject &o, domain::Communication &c, JsonFieldReader &reader)
{
    JsonFieldReader r(o, QStringLiteral("rendition."));
    c.renditionPath = r.requiredString("path");
    c.mediaType = r.requiredString("media_type");
    c.renditionSha256 = r.requiredString("sha256").toLower();
    c.renditionBytes = r.requiredInteger("bytes").value_or(0);
    if (const auto pages = r.optionalInteger("pages", 0, kMaxPages))
        c.pages = int(*pages);
    if (r.ok() && !isSafeRelativePath(c.renditionPath))
        r.fail(QStringLiteral("field \"rendition.path\" must be a relative path inside the drop"));
    if (r.ok() && !Sha256Hex::isValid(c.renditionSha256))
        r.fail(QStringLiteral("field \"rendition.sha256\" must be 64 hexadecimal digits"));
    reader.adopt(r);
}

void readRecipient(const QJsonObject &o, domain::Communication &c, JsonFieldReader &reader)
{
    JsonFieldReader r(o, QStringLiteral("recipient."));
    c.recipientName = r.requiredString("name");
    c.recipientEmail = r.optionalString("email");
    c.recipientPhone = r.optionalString("phone");
    c.recipientAddress = addressText(o.value(QStringLiteral("address")), r);
    reader.adopt(r);
}

void readOptionalParts(JsonFieldReader &r, domain::Communication &c)
{
    const QJsonObject ws = r.optionalObject("workspace");
    if (!ws.isEmpty()) {
        JsonFieldReader w(ws, QStringLiteral("workspace."));
        c.workspaceType = w.optionalString("type");
        c.workspaceId = w.requiredString("id");
        c.workspaceTitle = w.optionalString("title");
        r.adopt(w);
    }
    c.contentBlocks = readBlockRefs(r.optionalArray("content_blocks"), "content_blocks", r);
    const QJsonObject retention = r.optionalObject("retention");
    if (!retention.isEmpty()) {
        JsonFieldReader rr(retention, QStringLiteral("retention."));
        c.retentionClass = rr.requiredString("class");
        c.retentionTrigger = rr.optionalTime("trigger_date");
        r.adopt(rr);
    }
    const QJsonObject snapshot = r.optionalObject("snapshot");
    if (!snapshot.isEmpty()) {
        JsonFieldReader s(snapshot, QStringLiteral("snapshot."));
        c.snapshotPath = s.requiredString("path");
        c.snapshotSha256 = s.optionalString("sha256");
        if (!c.snapshotSha256.isEmpty())
            c.snapshotSha256 = c.snapshotSha256.toLower(); // compared with the hash of its bytes
        if (s.ok() && !isSafeRelativePath(c.snapshotPath))
            s.fail(QStringLiteral("field \"snapshot.path\" must be a relative path inside the drop"));
        if (s.ok() && !c.snapshotSha256.isEmpty() && !Sha256Hex::isValid(c.snapshotSha256))
            s.fail(QStringLiteral("field \"snapshot.sha256\" must be 64 hexadecimal digits"));
        r.adopt(s);
    }
}

// The scaffolding every record kind shares: parse the line into an object, let `fill`
// read the fields, then either reject with the first problem or finish the record.
template <typename T, typename Fill> Parsed<T> parseRecord(const QByteArray &line, Fill fill)
{
    Parsed<T> out;
    const auto object = parseObject(line, &out.reason);
    if (!object)
        return out;
    JsonFieldReader r(*object);
    T record;
    fill(r, record);
    if (!r.ok()) {
        out.reason = r.error();
        return out;
    }
    record.extraJson = r.unknownFieldsJson();
    if constexpr (!std::is_same_v<T, domain::DeliveryEvent>)
        record.recordHash = sha256Hex(line);
    out.record = std::move(record);
    return out;
}

} // namespace

Parsed<domain::Communication> DropRecordParser::communication(const QByteArray &line)
{
    return parseRecord<domain::Communication>(line, [](JsonFieldReader &r, domain::Communication &c) {
        c.id = r.requiredString("id");
        c.type = r.requiredString("type");
        c.issuedAt = r.requiredTime("issued_at").value_or(0);
        c.channel = r.requiredEnum("channel", kChannels);
        const QJsonObject tpl = r.requiredObject("template");
        if (r.ok()) {
            JsonFieldReader t(tpl, QStringLiteral("template."));
            c.templateId = t.requiredString("id");
            c.templateVersion = t.requiredString("version");
            r.adopt(t);
        }
        const QJsonObject rendition = r.requiredObject("rendition");
        if (r.ok())
            readRendition(rendition, c, r);
        const QJsonObject recipient = r.requiredObject("recipient");
        if (r.ok())
            readRecipient(recipient, c, r);
        c.customerId = r.requiredString("customer_id");
        c.accountId = r.optionalString("account_id");
        c.policyId = r.optionalString("policy_id");
        c.claimId = r.optionalString("claim_id");
        c.loanId = r.optionalString("loan_id");
        c.caseId = r.optionalString("case_id");
        c.businessUnit = r.optionalString("business_unit");
        c.batch = r.optionalString("batch");
        c.campaign = r.optionalString("campaign");
        c.language = r.optionalString("language");
        c.text = r.optionalString("text");
        c.origin = r.optionalEnum("origin", kOrigins, QStringLiteral("original"));
        c.reissueOf = r.optionalString("reissue_of");
        c.requestId = r.optionalString("request_id");
        readOptionalParts(r, c);
    });
}

Parsed<domain::TemplateVersion> DropRecordParser::templateVersion(const QByteArray &line)
{
    return parseRecord<domain::TemplateVersion>(line, [](JsonFieldReader &r, domain::TemplateVersion &t) {
        t.templateId = r.requiredString("template_id");
        t.version = r.requiredString("version");
        t.status = r.requiredEnum("status", kTemplateStatuses);
        t.name = r.optionalString("name");
        t.businessUnit = r.optionalString("business_unit");
        const QJsonArray channels = r.optionalArray("channels");
        for (const QJsonValue &ch : channels) {
            if (!ch.isString()) {
                r.fail(QStringLiteral("field \"channels\" must be an array of strings"));
                break;
            }
            t.channels << ch.toString();
        }
        t.effectiveFrom = r.optionalTime("effective_from");
        t.effectiveTo = r.optionalTime("effective_to");
        const QJsonArray approvals = r.optionalArray("approvals");
        for (int i = 0; i < approvals.size() && r.ok(); ++i) {
            if (!approvals.at(i).isObject()) {
                r.fail(QStringLiteral("field \"approvals[%1]\" must be an object").arg(i));
                break;
            }
            JsonFieldReader a(approvals.at(i).toObject(), QStringLiteral("approvals[%1].").arg(i));
            domain::Approval approval;
            approval.step = a.optionalString("step");
            approval.by = a.optionalString("by");
            approval.at = a.optionalTime("at");
            approval.decision = a.optionalString("decision");
            approval.note = a.optionalString("note");
            r.adopt(a);
            t.approvals << approval;
        }
        t.changeNote = r.optionalString("change_note");
        t.contentBlocks = readBlockRefs(r.optionalArray("content_blocks"), "content_blocks", r);
        t.body = r.optionalString("body");
        t.sha256 = r.optionalString("sha256");
    });
}

Parsed<domain::ContentBlockVersion> DropRecordParser::contentBlock(const QByteArray &line)
{
    return parseRecord<domain::ContentBlockVersion>(line, [](JsonFieldReader &r, domain::ContentBlockVersion &b) {
        b.blockId = r.requiredString("block_id");
        b.version = r.requiredString("version");
        b.kind = r.optionalString("kind");
        b.title = r.optionalString("title");
        b.status = r.optionalString("status");
        b.approvedAt = r.optionalTime("approved_at");
        b.retiredAt = r.optionalTime("retired_at");
        b.text = r.optionalString("text");
    });
}

Parsed<domain::DeliveryEvent> DropRecordParser::deliveryEvent(const QByteArray &line)
{
    return parseRecord<domain::DeliveryEvent>(line, [](JsonFieldReader &r, domain::DeliveryEvent &e) {
        e.communicationId = r.requiredString("communication_id");
        e.event = r.requiredEnum("event", kEvents);
        e.at = r.requiredTime("at").value_or(0);
        e.channel = r.optionalString("channel");
        e.detail = r.optionalString("detail");
        e.providerRef = r.optionalString("provider_ref");
    });
}

Parsed<domain::RetentionClass> DropRecordParser::retentionClass(const QByteArray &line)
{
    return parseRecord<domain::RetentionClass>(line, [](JsonFieldReader &r, domain::RetentionClass &c) {
        c.name = r.requiredString("class");
        c.years = int(r.requiredInteger("years", 0, kMaxRetentionYears).value_or(0));
        c.title = r.optionalString("title");
        const QString trigger = r.optionalString("trigger");
        if (!trigger.isEmpty())
            c.trigger = trigger;
    });
}

} // namespace proofdesk::sync
