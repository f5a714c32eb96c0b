#include "teamentries.h"

namespace proofdesk::team {

namespace {

QByteArray jsonBytes(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QByteArray() : v.toString().toUtf8();
}

} // namespace

audit::AuditEntry auditEntryFromServer(const QJsonObject &o)
{
    audit::AuditEntry e;
    e.seq = o.value(QStringLiteral("seq")).toInteger();
    e.at = o.value(QStringLiteral("at")).toInteger();
    e.user = o.value(QStringLiteral("user")).toString();
    e.role = o.value(QStringLiteral("role")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.objectType = o.value(QStringLiteral("object_type")).toString();
    e.objectId = o.value(QStringLiteral("object_id")).toString();
    e.reason = o.value(QStringLiteral("reason")).toString();
    e.before = jsonBytes(o.value(QStringLiteral("before")));
    e.after = jsonBytes(o.value(QStringLiteral("after")));
    e.device = o.value(QStringLiteral("device")).toString();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    return e;
}

} // namespace proofdesk::team
