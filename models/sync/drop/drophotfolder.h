#pragma once

#include "sync/outboxitem.h"

#include <QString>

namespace proofdesk::sync {

// A drop repository's hot folder (drop-format.md "Writing back"): one JSON file per request
// under outbox/<kind>/ (holds under outbox/holds/), named by the request's id, written to a
// temporary name and renamed into place, so a retry rewrites the same file and never leaves a
// half one. DropConnector::send() writes through it.
class DropHotFolder
{
public:
    explicit DropHotFolder(QString dropRoot);
    // Throws ConnectorError naming the file and the item when it cannot be written whole, or
    // when a symbolic link would lead it outside the drop's outbox folder.
    void write(const OutboxItem &item) const;
    // The file an item is written to.
    QString fileFor(const OutboxItem &item) const;

private:
    QString m_root;
};

} // namespace proofdesk::sync
