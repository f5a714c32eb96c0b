#pragma once

#include <QString>
#include <functional>

namespace proofdesk::cache {

class Database;

// A large import into a cache that holds fewer rows than it is about to receive runs much
// faster with the secondary indexes dropped and rebuilt once at the end: building an index
// sorts its keys once, while keeping it during the import inserts a million keys at random
// places (customer, account, batch…) and thrashes the page cache. At a million
// communications this is the difference between ~1,500 and ~7,000 rows a second.
//
// The full-text index is the same story: CacheWriter stops writing it while a bulk load
// runs and it is rebuilt from comm_text in one pass at the end, then merged into a single
// segment ('rebuild' + 'optimize': ~2.5 s of CPU per 200,000 communications, against ~6 s
// of row-by-row inserts, and one segment makes every later query read less).
//
// The dashboards' aggregate triggers (two upserts per row and per status change) are dropped
// too, and the aggregates counted again from the rows in one pass at the end.
//
// The dropped indexes' and triggers' definitions, and the pending rebuilds, are kept in `meta` in the
// same transaction that drops them, so a crash in between leaves the cache able to restore
// them: CacheFile::prepare calls restoreIndexes() on every open whose loader is gone. Unique indexes stay
// (upserts look rows up by them) and so does every index a query names with INDEXED BY.
// Until restoreIndexes() has run, searches are slower and do not see the new text.
class BulkLoad
{
public:
    // Drops the deferrable indexes of the bulk tables and (TextIndex::Defer) defers the
    // full-text index; returns how many rebuild steps that left pending. Keep: the caller
    // keeps the full-text index current itself (a mass deletion deletes its entries, which
    // costs far less than indexing again what stays).
    enum class TextIndex { Defer, Keep };
    static int deferIndexes(Database &db, TextIndex text = TextIndex::Defer);

    // How many rebuild steps wait (each dropped index, the aggregates, the full-text index).
    static int pendingIndexes(Database &db);

    // Whether the process that dropped them is still at work (a bulk import, or a narrowing
    // removing most of a repository: scopekeeper.cpp): deferIndexes() notes the process
    // (its id and start time) in the same transaction. An opening rebuilds only the indexes of
    // a loader that is gone, never those of one under way (a search during a narrowing once
    // took them for a crashed import's and rebuilt them itself). False when nothing waits.
    static bool loaderAtWork(Database &db);

    // Rebuilds every dropped index and then the full-text index, one transaction each (a
    // crash keeps those already built); `progress(done, total)` is called after each.
    static void restoreIndexes(Database &db, const std::function<void(int, int)> &progress = {});

    // For a reader whose query failed: while a bulk load runs, the indexes a query names
    // with INDEXED BY may be gone; this says so in words a user understands. Empty when no
    // bulk load is under way (the failure is something else).
    static QString unavailableWhileLoading(Database &db);

    // The statements that count the aggregates (migrations 2 and 10) again from the rows, as
    // their agg_* triggers keep them one row at a time; a null pointer ends the list.
    static const char *const *aggregateRecounts();
    // The meta key present while the aggregates wait for that recount (their triggers dropped).
    static constexpr char kAggregatesPendingSql[] = "SELECT 1 FROM meta WHERE key = 'deferred_aggregates'";

    // One row while the full-text index waits for its rebuild (CacheWriter asks per page).
    static constexpr char kTextIndexPendingSql[] = "SELECT 1 FROM meta WHERE key = 'deferred_text_index'";
};

} // namespace proofdesk::cache
