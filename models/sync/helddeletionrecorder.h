#pragma once

#include "cache/sqlite.h"

#include <QString>

namespace proofdesk::sync {

// Told of each communication a repository deleted while it is under hold: the cache writer
// keeps it, marked deleted in the repository, and calls this inside the page's transaction,
// so that the mark and what the records layer writes about it (an audit entry:
// records/helddeletiontrail.h) commit or roll back together. The sync layer knows nothing
// of the trail; the records layer knows nothing of pages.
class HeldDeletionRecorder
{
public:
    virtual ~HeldDeletionRecorder() = default;
    // `objectId` is the repository's object identity when it named the deletion by one.
    virtual void keptHeld(cache::Database &db, const QString &communicationId, const QString &objectId,
                          qint64 deletedAt) = 0;
};

} // namespace proofdesk::sync
