#pragma once

#include "outbox.h"

#include <QString>
#include <stdexcept>

namespace proofdesk::records {

// The repository refused an item for good (the object it is about is gone, the request is
// not acceptable as such): sending it again would get the same answer. Other failures
// (offline, busy, a timeout) throw plain std::runtime_error and are tried again later.
class SendRefused : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Delivers one outbox item to its repository. send() throws std::runtime_error with a
// message naming the repository and the item when it could not be delivered (SendRefused
// when the repository refused it for good); delivering the same item again must be
// harmless (the item's id is its idempotency key).
class OutboxSender
{
public:
    virtual ~OutboxSender() = default;
    virtual void send(const OutboxItem &item) = 0;
};

} // namespace proofdesk::records
