#include "demodropindex.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString s(const char *text) { return QLatin1String(text); }

QStringList words(const char *list) { return s(list).split(QLatin1Char(' ')); }

bool isInteger(const QJsonValue &v) { return v.isDouble() && v.toDouble() == double(v.toInteger()); }

bool isHex64(const QJsonValue &v)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return v.isString() && re.match(v.toString()).hasMatch();
}

QString requireStrings(const QJsonObject &o, const QStringList &names)
{
    for (const QString &name : names) {
        if (!o.value(name).isString() || o.value(name).toString().isEmpty())
            return name + s(" missing or not a string");
    }
    return {};
}

QString checkCommunication(const QJsonObject &o)
{
    if (QString e = requireStrings(o, words("id type issued_at channel customer_id")); !e.isEmpty())
        return e;
    if (!words("statement invoice policy_document renewal_letter premium_notice claim_acknowledgement "
               "missing_information_request settlement_notice denial_letter complaint_response "
               "fee_change_notice "
               "privacy_notice terms_update payment_schedule approval_letter condition_notice closing_package "
               "account_change_notice service_confirmation")
             .contains(o.value(s("type")).toString()))
        return s("unknown type");
    if (!words("print email web mobile sms").contains(o.value(s("channel")).toString()))
        return s("unknown channel");
    if (demoTime(o.value(s("issued_at"))) < 0)
        return s("issued_at is not RFC 3339 UTC");
    if (!requireStrings(o.value(s("template")).toObject(), words("id version")).isEmpty())
        return s("template must be {id, version}");
    const QJsonObject r = o.value(s("rendition")).toObject();
    if (!requireStrings(r, words("path media_type")).isEmpty() || !isHex64(r.value(s("sha256")))
        || !isInteger(r.value(s("bytes"))) || (r.contains(s("pages")) && !isInteger(r.value(s("pages")))))
        return s("rendition must be {path, media_type, sha256, bytes[, pages]}");
    if (!o.value(s("recipient")).toObject().value(s("name")).isString())
        return s("recipient.name missing");
    for (const QJsonValue &b : o.value(s("content_blocks")).toArray()) {
        if (!requireStrings(b.toObject(), words("id version")).isEmpty())
            return s("content_blocks entries must be {id, version}");
    }
    if (o.contains(s("workspace"))
        && !requireStrings(o.value(s("workspace")).toObject(), words("type id title")).isEmpty())
        return s("workspace must be {type, id, title}");
    if (o.value(s("text")).toString().contains(s("{{")))
        return s("text has an unfilled template placeholder");
    if (o.contains(s("origin")) && !words("original reissue regeneration").contains(o.value(s("origin")).toString()))
        return s("unknown origin");
    for (const char *name : {"account_id", "policy_id", "claim_id", "loan_id", "case_id", "batch", "campaign",
                             "language", "text", "reissue_of", "request_id"}) {
        if (o.contains(s(name)) && !o.value(s(name)).isString())
            return s(name) + s(" is not a string");
    }
    return {};
}

QString checkTemplate(const QJsonObject &o)
{
    if (QString e = requireStrings(o, words("template_id version name status business_unit body sha256")); !e.isEmpty())
        return e;
    if (!words("draft in_review approved retired superseded").contains(o.value(s("status")).toString()))
        return s("unknown status");
    for (const char *name : {"effective_from", "effective_to"}) {
        const QJsonValue v = o.value(s(name));
        if (!v.isNull() && demoTime(v) < 0)
            return s(name) + s(" is neither null nor a time");
    }
    for (const QJsonValue &a : o.value(s("approvals")).toArray()) {
        if (!requireStrings(a.toObject(), words("step by at decision")).isEmpty()
            || demoTime(a.toObject().value(s("at"))) < 0)
            return s("approvals entries must be {step, by, at, decision[, note]}");
    }
    const QByteArray sha =
        QCryptographicHash::hash(o.value(s("body")).toString().toUtf8(), QCryptographicHash::Sha256).toHex();
    if (QString::fromLatin1(sha) != o.value(s("sha256")).toString())
        return s("sha256 is not the hash of body");
    return {};
}

QString checkBlock(const QJsonObject &o)
{
    if (QString e = requireStrings(o, words("block_id version kind title status approved_at text")); !e.isEmpty())
        return e;
    if (!words("clause disclosure insert image legal_text").contains(o.value(s("kind")).toString()))
        return s("unknown kind");
    const QJsonValue retired = o.value(s("retired_at"));
    if (!retired.isNull() && demoTime(retired) < 0)
        return s("retired_at is neither null nor a time");
    return {};
}

QString checkEvent(const QJsonObject &o)
{
    if (QString e = requireStrings(o, words("communication_id event at channel detail provider_ref")); !e.isEmpty())
        return e;
    if (!words("queued sent delivered opened viewed bounced returned failed").contains(o.value(s("event")).toString()))
        return s("unknown event");
    return demoTime(o.value(s("at"))) < 0 ? s("at is not RFC 3339 UTC") : QString();
}

} // namespace

QString checkDropLine(const QString &folder, const QJsonObject &line)
{
    if (folder == QLatin1String("communications"))
        return checkCommunication(line);
    if (folder == QLatin1String("templates"))
        return checkTemplate(line);
    if (folder == QLatin1String("content-blocks"))
        return checkBlock(line);
    if (folder == QLatin1String("delivery"))
        return checkEvent(line);
    if (folder == QLatin1String("retention")) {
        const QString e = requireStrings(line, words("class title trigger"));
        return !e.isEmpty() ? e : isInteger(line.value(s("years"))) ? QString() : s("years is not an integer");
    }
    return s("unknown folder");
}
