// AspaceConnector: outbox items. ArchivesSpace has no hold of its own: a hold sets a
// user_defined boolean ("hold_field"). Updates post the whole record with the lock_version
// it was read with; 409 means someone else saved it first: read again, reapply, retry.
// The item's target is the record's uri (records::HoldDeliverer sends one item per record).
// One flag serves every hold on a record, so a release clears it only when no other hold of
// ours still wants the record held: the payload's "held_by_any", read when sent. A record
// already as requested is left alone (sending twice saves it once); a record that is gone
// (404) or that we may not change (403) is refused for good, never retried.
#include "aspaceconnector.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

SendResult AspaceConnector::send(const OutboxItem &item)
{
    if (item.kind != QLatin1String("hold") && item.kind != QLatin1String("hold_release"))
        return NetworkConnector::send(item);
    const QJsonObject payload = QJsonDocument::fromJson(item.payloadJson).object();
    const bool hold = payload.value(QStringLiteral("held_by_any")).toBool(item.kind == QLatin1String("hold"));
    const QString field = setting("hold_field", QStringLiteral("user_defined.boolean_1"));
    const QStringList path = field.split(QLatin1Char('.'));
    try {
        for (int attempt = 0; attempt < 3; ++attempt) {
            HttpRequest get;
            get.url = resolve(item.targetId);
            get.setHeader("Accept", "application/json");
            const HttpResponse read = m_http.send(get);
            if (read.status == 404 || read.status == 403)
                return {
                    SendResult::Status::Rejected,
                    {},
                    m_http.errorText(
                        get, QStringLiteral("HTTP %1 (%2)").arg(read.status).arg(HttpSession::serverMessage(read)))};
            if (!read.isSuccess())
                m_http.fail(get, read);
            QJsonObject record = m_http.parseJson(get, read).object();
            QJsonObject parent = path.size() > 1 ? record.value(path.first()).toObject() : record;
            if (parent.value(path.last()).toBool() == hold)
                return {SendResult::Status::Duplicate, item.targetId, {}};
            parent.insert(path.last(), hold);
            if (path.size() > 1)
                record.insert(path.first(), parent);
            HttpRequest post;
            post.method = "POST";
            post.url = resolve(item.targetId);
            post.setHeader("Content-Type", "application/json");
            post.setHeader("Idempotency-Key", item.idempotencyKey.toUtf8());
            post.body = QJsonDocument(record).toJson(QJsonDocument::Compact); // carries lock_version
            const HttpResponse r = m_http.send(post);
            if (r.status == 409)
                continue;
            if (r.isSuccess())
                return {SendResult::Status::Accepted, item.targetId, {}};
            return {SendResult::Status::Rejected,
                    {},
                    m_http.errorText(post,
                                     QStringLiteral("HTTP %1 (%2)").arg(r.status).arg(HttpSession::serverMessage(r)))};
        }
        return {SendResult::Status::Retry,
                {},
                QStringLiteral("repository \"%1\": %2 kept changing; "
                               "sent again later")
                    .arg(m_repository.name, item.targetId)};
    } catch (const ConnectorError &e) {
        return {SendResult::Status::Retry, {}, e.message()};
    }
}

} // namespace proofdesk::sync
