#pragma once

#include "matter.h"

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {

// What a matter's sets are on this desk's cache, whichever store keeps the matter.
namespace mattersets {

// What `search` finds in the cache now that `reviewSet` does not hold, in the search's order.
// Throws RecordsError(Invalid) for a query the cache cannot run.
MatterNews news(cache::Database &db, const QString &matterId, const MatterSearch &search, const QStringList &reviewSet);

// `ids` in production order: issue date, then id; those the cache no longer holds (disposed,
// or outside its scope) after them, by id.
QStringList productionOrder(cache::Database &db, const QStringList &ids);

} // namespace mattersets

} // namespace proofdesk::records
