#pragma once

#include "sync/http/httpsession.h"
#include "sync/outboxitem.h"

#include <optional>

namespace proofdesk::sync::cmis {

class Client;

// Holds sent to a CMIS repository (outbox items "hold" and "hold_release"). A hold is the
// secondary type cmis:rm_hold with the hold's id in cmis:rm_holdIds; an update carries the
// object's cmis:changeToken, and 409 (someone else changed it) means read it again, apply the
// hold again, retry. The item's target is the object (cmis:objectId, records::HoldDeliverer sends
// one item per object); an object already as requested is left alone, so sending the same item
// twice updates it once. An object that is gone (404) or that we may not change (403) is refused
// for good, never retried; other failures (offline, 429/503 past their Retry-After) are tried
// again later.
class Holds
{
public:
    explicit Holds(Client &client);

    static bool takes(const OutboxItem &item);
    SendResult send(const OutboxItem &item);

private:
    // One read of the object's holds and one update adding or removing `holdId`; none when the
    // update met a conflict (changed by someone else meanwhile: the caller reads and reapplies).
    std::optional<SendResult> updateHolds(const OutboxItem &item, const QString &holdId, bool hold);
    QString objectRefusal(const HttpRequest &request, const QString &objectId, const HttpResponse &response);

    Client &m_client;
};

} // namespace proofdesk::sync::cmis
