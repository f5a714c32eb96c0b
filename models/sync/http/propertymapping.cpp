#include "propertymapping.h"

#include "jsonentries.h"
#include "util/jsoninteger.h"
#include "util/sha256.h"
#include "util/sha256hex.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::sync {

// Reads fields through the mapping and keeps the first problem, like JsonFieldReader.
struct PropertyMapping::Reader
{
    const QMap<QString, QString> &sources;
    const QJsonObject &properties;
    const QSet<QString> &required;
    QString error;

    bool isRequired(const char *field) const { return required.contains(QLatin1String(field)); }
    QList<domain::BlockRef> blockRefs(const char *field)
    {
        const QString src = sources.value(QLatin1String(field));
        if (src.isEmpty())
            return {};
        QString problem;
        const QList<domain::BlockRef> refs = blockRefsOf(
            src.startsWith(QLatin1Char('=')) ? QJsonValue(src.mid(1)) : lookupAll(properties, src), &problem);
        if (!problem.isEmpty() && error.isEmpty())
            error = QStringLiteral("field \"%1\" (from \"%2\") %3").arg(QLatin1String(field), src, problem);
        return refs;
    }

    QJsonValue raw(const char *field) const
    {
        const QString src = sources.value(QLatin1String(field));
        if (src.isEmpty())
            return QJsonValue::Undefined;
        if (src.startsWith(QLatin1Char('=')))
            return src.mid(1);
        return lookup(properties, src);
    }
    void fail(const char *field, const char *expected)
    {
        if (error.isEmpty())
            error = QStringLiteral("field \"%1\" (from \"%2\") must be %3")
                        .arg(QLatin1String(field), sources.value(QLatin1String(field)), QLatin1String(expected));
    }
    QString text(const char *field, bool required = false)
    {
        const QJsonValue v = raw(field);
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
        if (v.isDouble()) // numeric ids are common; their text is unambiguous
            return QString::number(v.toDouble(), 'g', 17);
        if (v.isUndefined() || v.isNull() || v.isString()) {
            if (required)
                fail(field, "present");
            return QString();
        }
        fail(field, "a string");
        return QString();
    }
    std::optional<qint64> time(const char *field, bool required = false)
    {
        const QJsonValue v = raw(field);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(field, "present");
            return std::nullopt;
        }
        const auto t = toTime(v);
        if (!t)
            fail(field, "a time (epoch milliseconds or ISO 8601)");
        return t;
    }
    qint64 integer(const char *field)
    {
        const QJsonValue v = raw(field);
        if (v.isDouble()) {
            if (const auto n = util::jsonInteger(v.toDouble()))
                return *n;
            fail(field, "a whole number");
            return 0;
        }
        if (v.isString() && !v.toString().isEmpty()) {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (ok)
                return n;
        }
        if (!v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty()))
            fail(field, "a whole number");
        return 0;
    }
};

PropertyMapping::PropertyMapping(QMap<QString, QString> defaults, const QJsonObject &overrides)
    : m_sources(std::move(defaults))
{
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        if (it.value().isString())
            m_sources.insert(it.key(), it.value().toString());
    QJsonObject o;
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        o.insert(it.key(), it.value());
        m_sourceSet.insert(it.value());
    }
    m_fingerprint = hashOf(o).left(16);
}

const QStringList &PropertyMapping::fields()
{
    static const QStringList all{QStringLiteral("id"),
                                 QStringLiteral("type"),
                                 QStringLiteral("issued_at"),
                                 QStringLiteral("channel"),
                                 QStringLiteral("template_id"),
                                 QStringLiteral("template_version"),
                                 QStringLiteral("media_type"),
                                 QStringLiteral("rendition_bytes"),
                                 QStringLiteral("recipient_name"),
                                 QStringLiteral("recipient_address"),
                                 QStringLiteral("recipient_email"),
                                 QStringLiteral("recipient_phone"),
                                 QStringLiteral("customer_id"),
                                 QStringLiteral("account_id"),
                                 QStringLiteral("policy_id"),
                                 QStringLiteral("claim_id"),
                                 QStringLiteral("loan_id"),
                                 QStringLiteral("case_id"),
                                 QStringLiteral("workspace_type"),
                                 QStringLiteral("workspace_id"),
                                 QStringLiteral("workspace_title"),
                                 QStringLiteral("business_unit"),
                                 QStringLiteral("batch"),
                                 QStringLiteral("campaign"),
                                 QStringLiteral("language"),
                                 QStringLiteral("text"),
                                 QStringLiteral("retention_class"),
                                 QStringLiteral("retention_trigger"),
                                 QStringLiteral("origin"),
                                 QStringLiteral("reissue_of"),
                                 QStringLiteral("request_id"),
                                 QStringLiteral("content_blocks")};
    return all;
}

bool PropertyMapping::isRequired(const QString &field)
{
    return field == QLatin1String("id") || field == QLatin1String("type") || field == QLatin1String("issued_at");
}

QJsonValue PropertyMapping::lookupAll(const QJsonObject &properties, const QString &path)
{
    QJsonValue v = properties.value(path);
    if (v.isUndefined() && path.contains(QLatin1Char('.'))) {
        const QStringList parts = path.split(QLatin1Char('.'));
        v = properties;
        for (const QString &part : parts)
            v = v.toObject().value(part);
    }
    return v;
}

QJsonValue PropertyMapping::lookup(const QJsonObject &properties, const QString &path)
{
    const QJsonValue v = lookupAll(properties, path);
    if (v.isArray())
        return v.toArray().isEmpty() ? QJsonValue(QJsonValue::Null) : v.toArray().first();
    return v;
}

std::optional<qint64> PropertyMapping::toTime(const QJsonValue &v)
{
    if (v.isDouble())
        return util::jsonInteger(v.toDouble());
    if (!v.isString())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

QString PropertyMapping::documentHash(const QString &given, const QString &property, QString *warning)
{
    if (given.isEmpty())
        return QLatin1String(""); // no hash offered: NOT NULL in the cache
    if (const auto hash = Sha256Hex::parse(given))
        return hash->text();
    // Quoted short and on one line: the value is the repository's, and may be anything.
    const QString shown = given.left(80).simplified();
    if (!warning->isEmpty())
        *warning += QStringLiteral("; ");
    *warning += QStringLiteral("%1 \"%2%3\" is not a SHA-256 (64 hexadecimal digits); the record is kept "
                               "without a hash, so its document cannot be verified")
                    .arg(property, shown, given.size() > 80 ? QStringLiteral("…") : QString());
    return QLatin1String("");
}

QByteArray PropertyMapping::hashOf(const QJsonObject &properties)
{
    return sha256Hex(QJsonDocument(properties).toJson(QJsonDocument::Compact));
}

// A field the mapping cannot fill stays empty, and says so (no "web" for every record).
QString PropertyMapping::unfilledWarning(const QJsonObject &properties) const
{
    QStringList unfilled;
    for (const QString &field : m_reported) {
        const QString src = m_sources.value(field);
        if (src.isEmpty() || src.startsWith(QLatin1Char('=')))
            continue; // unread on purpose, or a fixed value
        const QJsonValue v = lookup(properties, src);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
            unfilled << QStringLiteral("%1 (\"%2\")").arg(field, src);
    }
    if (unfilled.isEmpty())
        return {};
    return QStringLiteral("%1 %2 no value; left empty")
        .arg(unfilled.join(QStringLiteral(" and ")),
             unfilled.size() == 1 ? QStringLiteral("has") : QStringLiteral("have"));
}

PropertyMapping::Result PropertyMapping::map(const QJsonObject &properties) const
{
    Reader r{m_sources, properties, m_required, {}};
    domain::Communication c;
    c.id = r.text("id", r.isRequired("id"));
    c.type = r.text("type", r.isRequired("type"));
    c.issuedAt = r.time("issued_at", r.isRequired("issued_at")).value_or(0);
    c.channel = r.text("channel");
    c.templateId = r.text("template_id");
    c.templateVersion = r.text("template_version");
    c.mediaType = r.text("media_type");
    c.renditionBytes = r.integer("rendition_bytes");
    c.recipientName = r.text("recipient_name");
    c.recipientAddress = r.text("recipient_address");
    c.recipientEmail = r.text("recipient_email");
    c.recipientPhone = r.text("recipient_phone");
    c.customerId = r.text("customer_id");
    c.accountId = r.text("account_id");
    c.policyId = r.text("policy_id");
    c.claimId = r.text("claim_id");
    c.loanId = r.text("loan_id");
    c.caseId = r.text("case_id");
    c.workspaceType = r.text("workspace_type");
    c.workspaceId = r.text("workspace_id");
    c.workspaceTitle = r.text("workspace_title");
    c.businessUnit = r.text("business_unit");
    c.batch = r.text("batch");
    c.campaign = r.text("campaign");
    c.language = r.text("language");
    c.text = r.text("text");
    c.retentionClass = r.text("retention_class");
    c.retentionTrigger = r.time("retention_trigger");
    const QString origin = r.text("origin");
    if (!origin.isEmpty())
        c.origin = origin;
    c.reissueOf = r.text("reissue_of");
    c.requestId = r.text("request_id");
    c.contentBlocks = r.blockRefs("content_blocks");
    Result result;
    if (!r.error.isEmpty()) {
        result.reason = r.error;
        return result;
    }
    result.warning = unfilledWarning(properties);
    // The cache keeps these as NOT NULL text: an absent value is an empty one.
    for (QString *required :
         {&c.type, &c.channel, &c.templateId, &c.templateVersion, &c.mediaType, &c.recipientName, &c.customerId})
        if (required->isNull())
            *required = QLatin1String("");
    result.record = std::move(c);
    return result;
}

} // namespace proofdesk::sync
