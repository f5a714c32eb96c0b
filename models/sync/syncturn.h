#pragma once

#include "cache/repositorystore.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace proofdesk::cache {
class Database;
class DataFolderLock;
} // namespace proofdesk::cache

namespace proofdesk::sync {

// The data folder of the cache `writer` has open (CacheFile keeps it at DATA/cache.sqlite);
// empty for a database without a file, which no other process can share.
QString dataFolderOf(const cache::Database &writer);

// Waits until no other import or sync of the drop at `dropRoot` runs on the data folder of
// `writer` (another process, or another thread), and holds that turn for as long as the
// returned lock lives: imports and syncs of one drop take turns, so none reads and reports
// pages another is writing. Null when the cache has no data folder to share, or when
// `cancel` was set while waiting (then *cancelled is true). Throws cache::SqliteError when
// the lock file cannot be made.
std::unique_ptr<cache::DataFolderLock> waitForDropTurn(cache::Database &writer, const QString &dropRoot,
                                                       const std::atomic_bool *cancel, bool *cancelled,
                                                       const std::function<void()> &waiting = {});

// The same for any repository: a drop's turn is its folder's (shared with its imports), a
// network repository's is its own. Two syncs of one CMIS repository side by side brought a
// letter the repository had deleted back for good: the late one's page, read before the
// deletion, was written after it (issue #63). The desktop's scheduled and manual syncs and
// every proofdesk-cli process take turns through this. `waiting` is called once when another
// has the turn.
std::unique_ptr<cache::DataFolderLock> waitForSyncTurn(cache::Database &writer, const cache::RepositoryInfo &repository,
                                                       const std::atomic_bool *cancel, bool *cancelled,
                                                       const std::function<void()> &waiting = {});

} // namespace proofdesk::sync
