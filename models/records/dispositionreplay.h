#pragma once

#include "audit/auditverifier.h"

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {

using audit::StateProblem;

// Records that prove themselves (issue #62), for dispositions: a batch's row is what its
// disposition.approve entry made it (who approved it, why, how many letters), and the letters
// its tombstones mark disposed are exactly those the entry names. A tombstone inserted with
// sqlite3 would have the next sync's purge delete a letter from the cache and its bytes from
// the store, with no decision behind it; one deleted would let a disposed letter come back.
// Each is named, and the purge refuses while any is (purgeDisposed).
class DispositionReplay
{
public:
    explicit DispositionReplay(cache::Database &db);

    QList<StateProblem> check() const;

private:
    cache::Database &m_db;
};

} // namespace proofdesk::records
