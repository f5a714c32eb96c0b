#pragma once

#include "audit/auditverifier.h"

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {

using audit::StateProblem;

// Records that prove themselves (issue #62), for legal holds on a folder of its own: a hold's
// row is what its last entry (hold.create, hold.release; a matter's carry-over of its text)
// made it, and the letters it holds are those its entries added and removed
// (HoldItemsDigest). A hold item deleted by hand (the letter no longer held, and so
// disposable), a hold marked released, a row no entry made: each is named. Entries written
// before entries kept their letters' digest (no `items_xor`) leave that hold's letters
// unchecked; its row is still checked. On a team the server keeps the holds and their trail,
// and its local copy is refreshed from it: this is not asked there.
class HoldReplay
{
public:
    explicit HoldReplay(cache::Database &db);

    QList<StateProblem> check() const;
    QList<StateProblem> check(const QString &holdId) const;

private:
    cache::Database &m_db;
};

} // namespace proofdesk::records
