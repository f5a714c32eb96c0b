// AspaceConnector: outbox items. ArchivesSpace has no hold of its own: a hold sets a
// user_defined boolean ("hold_field"). Updates post the whole record with the lock_version
// it was read with; 409 means someone else saved it first: read again, reapply, retry.
#include "aspaceconnector.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

SendResult AspaceConnector::send(const OutboxItem &item)
{
    const bool hold = item.kind == QLatin1String("hold");
    if (!hold && item.kind != QLatin1String("hold_release"))
        return NetworkConnector::send(item);
    const QString field = setting("hold_field", QStringLiteral("user_defined.boolean_1"));
    const QStringList path = field.split(QLatin1Char('.'));
    try {
        for (int attempt = 0; attempt < 3; ++attempt) {
            QJsonObject record = getJson(resolve(item.targetId)).object();
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
            return {SendResult::Status::Rejected, {}, m_http.errorText(post, HttpSession::serverMessage(r))};
        }
        return {SendResult::Status::Retry, {}, QStringLiteral("repository \"%1\": %2 kept changing; "
                                                              "sent again later").arg(m_repository.name, item.targetId)};
    } catch (const ConnectorError &e) {
        return {SendResult::Status::Retry, {}, e.message()};
    }
}

} // namespace proofdesk::sync
