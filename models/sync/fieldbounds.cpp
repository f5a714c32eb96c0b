#include "fieldbounds.h"

#include "util/cuttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

namespace {

enum class Kind { Key, Text, Note };

qsizetype boundOf(Kind kind) { return kind == Kind::Note ? FieldBounds::kNote : FieldBounds::kKey; }

// Each field with its name in drop-format.md and its kind. `C` is a record or a const one.
template <typename C, typename F> void communicationFields(C &c, F &&f)
{
    f("id", c.id, Kind::Key);
    f("type", c.type, Kind::Text);
    f("channel", c.channel, Kind::Text);
    f("template.id", c.templateId, Kind::Key);
    f("template.version", c.templateVersion, Kind::Key);
    f("rendition.path", c.renditionPath, Kind::Key);
    f("rendition.media_type", c.mediaType, Kind::Text);
    f("recipient.name", c.recipientName, Kind::Text);
    f("recipient.address", c.recipientAddress, Kind::Text);
    f("recipient.email", c.recipientEmail, Kind::Text);
    f("recipient.phone", c.recipientPhone, Kind::Text);
    f("customer_id", c.customerId, Kind::Key);
    f("account_id", c.accountId, Kind::Key);
    f("policy_id", c.policyId, Kind::Key);
    f("claim_id", c.claimId, Kind::Key);
    f("loan_id", c.loanId, Kind::Key);
    f("case_id", c.caseId, Kind::Key);
    f("workspace.type", c.workspaceType, Kind::Text);
    f("workspace.id", c.workspaceId, Kind::Key);
    f("workspace.title", c.workspaceTitle, Kind::Text);
    f("business_unit", c.businessUnit, Kind::Text);
    f("batch", c.batch, Kind::Text);
    f("campaign", c.campaign, Kind::Text);
    f("language", c.language, Kind::Text);
    f("retention.class", c.retentionClass, Kind::Key);
    f("snapshot.path", c.snapshotPath, Kind::Key);
    f("origin", c.origin, Kind::Text);
    f("reissue_of", c.reissueOf, Kind::Key);
    f("request_id", c.requestId, Kind::Key);
    f("the repository's object id", c.repositoryObjectId, Kind::Key);
    for (auto &hold : c.repositoryHoldIds)
        f("the repository's hold id", hold, Kind::Key);
    for (auto &block : c.contentBlocks) {
        f("content_blocks.id", block.id, Kind::Key);
        f("content_blocks.version", block.version, Kind::Key);
    }
}

template <typename T, typename F> void templateFields(T &t, F &&f)
{
    f("template_id", t.templateId, Kind::Key);
    f("version", t.version, Kind::Key);
    f("name", t.name, Kind::Text);
    f("status", t.status, Kind::Text);
    f("business_unit", t.businessUnit, Kind::Text);
    f("change_note", t.changeNote, Kind::Note);
    f("sha256", t.sha256, Kind::Key);
    for (auto &channel : t.channels)
        f("channels", channel, Kind::Text);
    for (auto &approval : t.approvals) {
        f("approvals.step", approval.step, Kind::Text);
        f("approvals.by", approval.by, Kind::Text);
        f("approvals.decision", approval.decision, Kind::Text);
        f("approvals.note", approval.note, Kind::Note);
    }
    for (auto &block : t.contentBlocks) {
        f("content_blocks.id", block.id, Kind::Key);
        f("content_blocks.version", block.version, Kind::Key);
    }
}

template <typename B, typename F> void blockFields(B &b, F &&f)
{
    f("block_id", b.blockId, Kind::Key);
    f("version", b.version, Kind::Key);
    f("kind", b.kind, Kind::Text);
    f("title", b.title, Kind::Text);
    f("status", b.status, Kind::Text);
}

template <typename E, typename F> void eventFields(E &e, F &&f)
{
    f("communication_id", e.communicationId, Kind::Key);
    f("event", e.event, Kind::Text);
    f("channel", e.channel, Kind::Text);
    f("detail", e.detail, Kind::Note);
    f("provider_ref", e.providerRef, Kind::Text);
}

template <typename R, typename F> void retentionFields(R &r, F &&f)
{
    f("class", r.name, Kind::Key);
    f("title", r.title, Kind::Text);
    f("trigger", r.trigger, Kind::Text);
}

QString describe(const QString &field, qsizetype length)
{
    return QStringLiteral("\"%1\" (%2 characters)").arg(field).arg(length);
}

// Cuts every name and string in `value` (unknown fields, as JSON) past its bound.
void cutJson(QJsonValue &value, const QString &path, FieldBounds::Outcome &o)
{
    if (value.isString() && value.toString().size() > FieldBounds::kNote) {
        o.cut << describe(path, value.toString().size());
        value = util::cutText(value.toString(), FieldBounds::kNote);
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (QJsonValueRef item : array) {
            QJsonValue v = item;
            cutJson(v, path, o);
            item = v;
        }
        value = array;
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject kept;
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString name =
                it.key().size() > FieldBounds::kKey ? util::cutText(it.key(), FieldBounds::kKey) : it.key();
            if (name != it.key())
                o.cut << QStringLiteral("the name of an unknown field (%1 characters)").arg(it.key().size());
            QJsonValue v = it.value();
            cutJson(v, path.isEmpty() ? name : path + QLatin1Char('.') + name, o);
            kept.insert(name, v);
        }
        value = kept;
    }
}

// The most bytes between two quotes of `json` (a string or a name, as written: never fewer
// bytes than it has characters). One pass, instead of parsing every record's unknown fields.
qsizetype longestString(const QByteArray &json)
{
    qsizetype longest = 0, start = -1;
    for (qsizetype i = 0; i < json.size(); ++i) {
        if (start >= 0 && json[i] == '\\') {
            ++i;
        } else if (json[i] == '"') {
            if (start >= 0)
                longest = qMax(longest, i - start - 1);
            start = start >= 0 ? -1 : i;
        }
    }
    return longest;
}

// Unknown fields with no string longer than the shortest bound hold no name or value past theirs.
bool extraWithin(const QByteArray &extraJson)
{
    if (extraJson.size() <= FieldBounds::kKey || longestString(extraJson) <= FieldBounds::kKey)
        return true;
    FieldBounds::Outcome o;
    QJsonValue value = QJsonDocument::fromJson(extraJson).object();
    cutJson(value, QString(), o);
    return o.cut.isEmpty();
}

void cutExtra(QByteArray &extraJson, FieldBounds::Outcome &o)
{
    if (extraWithin(extraJson))
        return;
    const qsizetype before = o.cut.size();
    QJsonValue value = QJsonDocument::fromJson(extraJson).object();
    cutJson(value, QString(), o);
    if (o.cut.size() > before)
        extraJson = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

template <typename R, typename Fields> bool fieldsWithin(const R &record, Fields &&fields)
{
    bool within = true;
    fields(record,
           [&](const char *, const QString &value, Kind kind) { within = within && value.size() <= boundOf(kind); });
    return within && extraWithin(record.extraJson);
}

template <typename R, typename Fields> FieldBounds::Outcome applyTo(R &record, Fields &&fields)
{
    FieldBounds::Outcome o;
    fields(record, [&](const char *name, QString &value, Kind kind) {
        if (value.size() <= boundOf(kind))
            return;
        if (kind != Kind::Key) {
            o.cut << describe(QLatin1String(name), value.size());
            value = util::cutText(value, boundOf(kind));
        } else if (o.rejected.isEmpty()) {
            o.rejected = QStringLiteral("field \"%1\" has %2 characters; an id or key of more than %3 is not taken "
                                        "(cut, it could be another record's)")
                             .arg(QLatin1String(name))
                             .arg(value.size())
                             .arg(FieldBounds::kKey);
        }
    });
    if (o.rejected.isEmpty())
        cutExtra(record.extraJson, o);
    return o;
}

} // namespace

QString FieldBounds::Outcome::warning(const QString &what) const
{
    return QStringLiteral("%1: %2 cut to the first %3 characters (%4 for notes and unknown fields); the whole value "
                          "stays where it came from")
        .arg(what, cut.join(QStringLiteral(", ")))
        .arg(kKey)
        .arg(kNote);
}

bool FieldBounds::within(const domain::Communication &c)
{
    return fieldsWithin(c, [](auto &r, auto &&f) { communicationFields(r, f); });
}
bool FieldBounds::within(const domain::TemplateVersion &t)
{
    return fieldsWithin(t, [](auto &r, auto &&f) { templateFields(r, f); });
}
bool FieldBounds::within(const domain::ContentBlockVersion &b)
{
    return fieldsWithin(b, [](auto &r, auto &&f) { blockFields(r, f); });
}
bool FieldBounds::within(const domain::DeliveryEvent &e)
{
    return fieldsWithin(e, [](auto &r, auto &&f) { eventFields(r, f); });
}
bool FieldBounds::within(const domain::RetentionClass &r)
{
    return fieldsWithin(r, [](auto &r, auto &&f) { retentionFields(r, f); });
}

FieldBounds::Outcome FieldBounds::apply(domain::Communication &c)
{
    return applyTo(c, [](auto &r, auto &&f) { communicationFields(r, f); });
}
FieldBounds::Outcome FieldBounds::apply(domain::TemplateVersion &t)
{
    return applyTo(t, [](auto &r, auto &&f) { templateFields(r, f); });
}
FieldBounds::Outcome FieldBounds::apply(domain::ContentBlockVersion &b)
{
    return applyTo(b, [](auto &r, auto &&f) { blockFields(r, f); });
}
FieldBounds::Outcome FieldBounds::apply(domain::DeliveryEvent &e)
{
    return applyTo(e, [](auto &r, auto &&f) { eventFields(r, f); });
}
FieldBounds::Outcome FieldBounds::apply(domain::RetentionClass &r)
{
    return applyTo(r, [](auto &r, auto &&f) { retentionFields(r, f); });
}

} // namespace proofdesk::sync
