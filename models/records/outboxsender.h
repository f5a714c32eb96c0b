#pragma once

#include "outbox.h"

#include <QString>

namespace proofdesk::records {

// Delivers one outbox item to its repository. send() throws std::runtime_error with a
// message naming the repository and the item when it could not be delivered; delivering
// the same item again must be harmless (the item's id is its idempotency key).
class OutboxSender
{
public:
    virtual ~OutboxSender() = default;
    virtual void send(const OutboxItem &item) = 0;
};

// A drop repository's hot folder (drop-format.md "Writing back"): one JSON file per request
// under outbox/<kind>/, named by the request's id, written to a temporary name and renamed
// into place, so a retry rewrites the same file and never leaves a half one.
class DropHotFolder : public OutboxSender
{
public:
    explicit DropHotFolder(QString dropRoot);
    void send(const OutboxItem &item) override;
    // The file an item is written to.
    QString fileFor(const OutboxItem &item) const;

private:
    QString m_root;
};

} // namespace proofdesk::records
