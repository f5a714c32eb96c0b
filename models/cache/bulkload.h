#pragma once

#include <functional>

namespace proofdesk::cache {

class Database;

// A large import into a cache that holds fewer rows than it is about to receive runs much
// faster with the secondary indexes dropped and rebuilt once at the end: building an index
// sorts its keys once, while keeping it during the import inserts a million keys at random
// places (customer, account, batch…) and thrashes the page cache. At a million
// communications this is the difference between ~1,500 and ~7,000 rows a second.
//
// The dropped indexes' definitions are kept in `meta` in the same transaction that drops
// them, so a crash in between leaves the cache able to restore them: CacheFile::prepare
// calls restoreIndexes() on every open. Unique indexes stay (upserts look rows up by them)
// and so does every index a query names with INDEXED BY.
class BulkLoad
{
public:
    // Drops the deferrable indexes of the bulk tables; returns how many were dropped.
    static int deferIndexes(Database &db);

    // How many dropped indexes wait to be rebuilt.
    static int pendingIndexes(Database &db);

    // Rebuilds every dropped index, one transaction each (a crash keeps those already
    // built); `progress(done, total)` is called after each.
    static void restoreIndexes(Database &db, const std::function<void(int, int)> &progress = {});
};

} // namespace proofdesk::cache
