#pragma once

#include "cache/sqlite.h"

#include <QString>
#include <optional>

namespace proofdesk::records {

// What is left of a disposed communication, as a person asking for it is told: when, by
// whom, under which class, in which batch and where that batch's certificate is.
struct Tombstone
{
    QString communicationId;
    QString type;
    QString retentionClass;
    qint64 disposedAt = 0; // ms since the epoch, UTC
    QString approvedBy;
    QString batchId;
    QString certificatePath;
    QString certificateSha256;
};

// The tombstone of `communicationId` (ids compare ignoring case, as everywhere), if it was
// disposed of. `db` is any cache connection (records.sqlite is attached as `rec`).
std::optional<Tombstone> findTombstone(cache::Database &db, const QString &communicationId);

// The id a query asks for and nothing else (`EXS-1`, `id:EXS-1`, `id:"EXS-1"`), else empty:
// a search for one id that finds nothing may be asking for a disposed communication.
QString singleIdOf(const QString &query);

} // namespace proofdesk::records
