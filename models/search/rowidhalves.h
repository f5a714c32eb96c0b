#pragma once

#include "cache/sqlite.h"

#include <QtGlobal>
#include <functional>

namespace proofdesk::search {

// Reads a large cache's rowid space in two halves at once, one on a helper connection (F11 in
// docs/search-plans.md): FTS5's postings (TextRows) and a phrase's candidates asked on their own
// text (StoredText) take about half as long on two cores.
//
// Both connections must read the same rows. Debian's SQLite is built without sqlite3_snapshot_*,
// so the helper's snapshot is checked instead: FTS5 rewrites its structure record
// (comm_fts_data, id 10) in every transaction that changes the index, and the writer changes
// comm_text and the index in the same transaction, so equal records mean equal rows. When they
// differ (a write committed between the two snapshots), the main connection reads both halves.
class RowidHalves
{
public:
    // `db` is in the caller's read transaction; `helper` (may be null) is another reader of the
    // same cache, not in a transaction.
    RowidHalves(cache::Database &db, cache::Database *helper);

    // `part(db, lo, hi, half)` reads the rows with lo <= rowid < hi on `db`; half 0 is the lower.
    // With no helper, a cache under kParallelRows or a helper that sees other rows: once, on the
    // main connection, over every rowid, as half 1.
    using Part = std::function<void(cache::Database &db, qint64 lo, qint64 hi, int half)>;
    void run(qint64 maxRowid, const Part &part);
    // The same for work divided some other way: `share(db, half)` does half 0 or 1 of it on `db`,
    // or with half -1, all of it on the main connection.
    using Share = std::function<void(cache::Database &db, int half)>;
    void share(qint64 maxRowid, const Share &share);

    // Caches with at least this many rows are read in two halves when there is a helper.
    static constexpr qint64 kParallelRows = 200000;

private:
    cache::Database &m_db;
    cache::Database *m_helper;
};

} // namespace proofdesk::search
