#include "cmisholds.h"

#include "cmisclient.h"
#include "cmisobject.h"
#include "sync/http/urlencoding.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::sync::cmis {

namespace {

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue &item : array)
        if (item.isString())
            out << item.toString();
    return out;
}

void addMultiValued(QueryItems &form, int index, const QString &property, const QStringList &values)
{
    form.append({QStringLiteral("propertyId[%1]").arg(index), property});
    for (int i = 0; i < values.size(); ++i)
        form.append({QStringLiteral("propertyValue[%1][%2]").arg(index).arg(i), values.at(i)});
}

} // namespace

Holds::Holds(Client &client)
    : m_client(client)
{}

bool Holds::takes(const OutboxItem &item)
{
    return item.kind == QLatin1String("hold") || item.kind == QLatin1String("hold_release");
}

SendResult Holds::send(const OutboxItem &item)
{
    const bool hold = item.kind == QLatin1String("hold");
    const QString holdId =
        QJsonDocument::fromJson(item.payloadJson).object().value(QStringLiteral("hold_id")).toString();
    if (holdId.isEmpty() || item.targetId.isEmpty())
        return {SendResult::Status::Rejected,
                {},
                QStringLiteral("repository \"%1\": hold request %2 names no hold or no object")
                    .arg(m_client.repositoryName(), item.idempotencyKey)};
    try {
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (const auto result = updateHolds(item, holdId, hold))
                return *result;
        }
        return {SendResult::Status::Retry,
                {},
                QStringLiteral("repository \"%1\": object %2 kept changing; "
                               "the hold is sent again later")
                    .arg(m_client.repositoryName(), item.targetId)};
    } catch (const ConnectorError &e) {
        return {SendResult::Status::Retry, {}, e.message()};
    }
}

std::optional<SendResult> Holds::updateHolds(const OutboxItem &item, const QString &holdId, bool hold)
{
    HttpRequest get;
    get.url = m_client.info().rootFolderUrl;
    setEncodedQuery(get.url, {{QStringLiteral("objectId"), item.targetId},
                              {QStringLiteral("cmisselector"), QStringLiteral("object")},
                              {QStringLiteral("succinct"), QStringLiteral("true")}});
    get.setHeader("Accept", "application/json");
    const HttpResponse read = m_client.http().send(get);
    if (read.status == 404 || read.status == 403)
        return SendResult{SendResult::Status::Rejected, {}, objectRefusal(get, item.targetId, read)};
    if (!read.isSuccess())
        m_client.http().fail(get, read);
    const QJsonObject flat = flatProperties(m_client.http().parseJson(get, read).object());
    QStringList types = stringsOf(flat.value(QStringLiteral("cmis:secondaryObjectTypeIds")));
    QStringList holds = stringsOf(flat.value(QStringLiteral("cmis:rm_holdIds")));
    if (hold == holds.contains(holdId))
        return SendResult{SendResult::Status::Duplicate, holdId, {}}; // already as requested
    hold ? void(holds << holdId) : void(holds.removeAll(holdId));
    if (!types.contains(QStringLiteral("cmis:rm_hold")))
        types << QStringLiteral("cmis:rm_hold");
    QueryItems form{{QStringLiteral("cmisaction"), QStringLiteral("update")},
                    {QStringLiteral("succinct"), QStringLiteral("true")}};
    addMultiValued(form, 0, QStringLiteral("cmis:secondaryObjectTypeIds"), types);
    addMultiValued(form, 1, QStringLiteral("cmis:rm_holdIds"), holds);
    if (flat.value(QStringLiteral("cmis:changeToken")).isString())
        form.append({QStringLiteral("changeToken"), flat.value(QStringLiteral("cmis:changeToken")).toString()});
    HttpRequest post;
    post.method = "POST";
    post.url = m_client.info().rootFolderUrl;
    setEncodedQuery(post.url, {{QStringLiteral("objectId"), item.targetId}});
    post.setHeader("Content-Type", "application/x-www-form-urlencoded");
    post.setHeader("Idempotency-Key", item.idempotencyKey.toUtf8());
    post.body = formBody(form);
    const HttpResponse r = m_client.http().send(post);
    if (r.status == 409)
        return std::nullopt;
    if (r.isSuccess())
        return SendResult{SendResult::Status::Accepted, holdId, {}};
    return SendResult{SendResult::Status::Rejected, {}, objectRefusal(post, item.targetId, r)};
}

QString Holds::objectRefusal(const HttpRequest &request, const QString &objectId, const HttpResponse &response)
{
    return m_client.http().errorText(request, QStringLiteral("object %1: HTTP %2 (%3)")
                                                  .arg(objectId)
                                                  .arg(response.status)
                                                  .arg(HttpSession::serverMessage(response)));
}

} // namespace proofdesk::sync::cmis
