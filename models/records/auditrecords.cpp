#include "auditrecords.h"

#include <QFileInfo>
#include <QJsonArray>

namespace proofdesk::records {

qint64 exportAuditRecorded(AuditRecords &audit, RecordsActor &actor, QIODevice &out, const audit::AuditFilter &filter,
                           const QString &destination, const std::function<void()> &finish)
{
    bool ownOnly = false;
    const qint64 n = audit.exportAudit(out, filter, &ownOnly);
    finish();
    QJsonObject after{{QStringLiteral("entries"), n}, {QStringLiteral("own_only"), ownOnly}};
    if (!destination.isEmpty())
        after.insert(QStringLiteral("path"), QFileInfo(destination).absoluteFilePath());
    QJsonObject used;
    auto put = [&used](const char *key, const QString &value) {
        if (!value.isEmpty())
            used.insert(QLatin1String(key), value);
    };
    put("user", filter.user);
    put("action", filter.action);
    put("object_type", filter.objectType);
    put("object_id", filter.objectId);
    if (filter.actionPrefix && !filter.action.isEmpty())
        used.insert(QStringLiteral("action_prefix"), true);
    QJsonArray objects;
    for (const audit::AuditObject &o : filter.objects)
        objects.append(QJsonObject{{QStringLiteral("type"), o.type.isEmpty() ? QJsonValue() : QJsonValue(o.type)},
                                   {QStringLiteral("id"), o.id}});
    if (!objects.isEmpty())
        used.insert(QStringLiteral("objects"), objects);
    if (filter.from)
        used.insert(QStringLiteral("from"), *filter.from);
    if (filter.to)
        used.insert(QStringLiteral("to"), *filter.to);
    if (!used.isEmpty())
        after.insert(QStringLiteral("filter"), used);
    actor.record(QStringLiteral("audit.export"), QStringLiteral("audit"), QString(), QString(), {}, after);
    return n;
}

audit::VerifyResult AuditRecords::verifyAuditAnchored(const audit::AuditAnchor &anchor,
                                                      const std::function<void(qint64)> &progress,
                                                      const std::atomic_bool *cancel)
{
    // Read first: verifying records an entry, which would take the seq of an anchored entry
    // that was removed and make a removal look like a rewrite.
    const std::optional<QString> anchored = anchor.seq > 0 ? auditEntryHash(anchor.seq) : std::nullopt;
    audit::VerifyResult result = verifyAudit(progress, cancel);
    audit::checkAnchor(result, anchor, anchored);
    return result;
}

} // namespace proofdesk::records
