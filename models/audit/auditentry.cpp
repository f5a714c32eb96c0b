#include "auditentry.h"

#include "canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::audit {

namespace {

void appendKey(std::string &out, const char *key)
{
    out.push_back(out.size() > 1 ? ',' : '{');
    out.push_back('"');
    out.append(key);
    out.append("\":");
}

void appendText(std::string &out, const char *key, const Utf8View &v)
{
    appendKey(out, key);
    if (v.data)
        canonical::appendString(out, v.data, v.size);
    else
        out.append("null");
}

// before/after hold canonical JSON already; anything else stored there fails the hash.
void appendRaw(std::string &out, const char *key, const Utf8View &v)
{
    appendKey(out, key);
    if (v.data && v.size)
        out.append(v.data, v.size);
    else
        out.append("null");
}

QJsonValue jsonOrNull(const QByteArray &canonicalText)
{
    if (canonicalText.isEmpty())
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(canonicalText);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonValue textOrNull(const QString &s) { return s.isNull() ? QJsonValue() : QJsonValue(s); }

} // namespace

void writeCanonicalEntry(std::string &out, const EntryFields &f)
{
    out.clear();
    out.push_back('{'); // appendKey's first key sees size 1 and writes no comma
    out.append("\"action\":");
    canonical::appendString(out, f.action.data ? f.action.data : "", f.action.size);
    appendRaw(out, "after", f.after);
    appendKey(out, "at");
    out.append(std::to_string(f.at));
    appendRaw(out, "before", f.before);
    appendText(out, "device", f.device);
    appendText(out, "object_id", f.objectId);
    appendText(out, "object_type", f.objectType);
    appendText(out, "outcome", f.outcome);
    appendText(out, "reason", f.reason);
    appendText(out, "role", f.role);
    appendKey(out, "seq");
    out.append(std::to_string(f.seq));
    appendText(out, "user", f.user);
    out.push_back('}');
}

void hashEntry(QCryptographicHash &sha, const char *prevHash64, const std::string &canonicalText, char *hex64)
{
    static const char hex[] = "0123456789abcdef";
    sha.reset();
    sha.addData(QByteArrayView(prevHash64, 64));
    sha.addData(QByteArrayView(canonicalText.data(), qsizetype(canonicalText.size())));
    const QByteArrayView digest = sha.resultView();
    for (qsizetype i = 0; i < digest.size(); ++i) {
        const auto b = static_cast<unsigned char>(digest[i]);
        hex64[2 * i] = hex[b >> 4];
        hex64[2 * i + 1] = hex[b & 0xf];
    }
}

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("at"), at},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("role"), role},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("outcome"), outcome},
                       {QStringLiteral("object_type"), objectType},
                       {QStringLiteral("object_id"), textOrNull(objectId)},
                       {QStringLiteral("reason"), textOrNull(reason)},
                       {QStringLiteral("before"), jsonOrNull(before)},
                       {QStringLiteral("after"), jsonOrNull(after)},
                       {QStringLiteral("device"), device},
                       {QStringLiteral("prev_hash"), prevHash},
                       {QStringLiteral("hash"), hash}};
}

} // namespace proofdesk::audit
