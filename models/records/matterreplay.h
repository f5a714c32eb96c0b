#pragma once

#include "audit/auditverifier.h"

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {

using audit::StateProblem;

// Records that prove themselves (issue #62): a matter's rows are what its entries in the
// trail (records.sqlite's, attached as `rec`) make them when replayed in order. The replay
// rebuilds each row the entries describe (matter, searches, members, reviews, productions)
// with the entry that last made it, and compares them with the rows, as canonical JSON; a
// search's hits must hash to the SHA-256 its entry keeps, and the review set must be exactly
// the letters its searches found, in the order found. A row changed, added or removed by hand
// (sqlite3 on the file) is named, and so is an entry whose row is gone. The chain itself is
// AuditVerifier's: the replay trusts the entries it reads, which the chain check proves.
class MatterReplay
{
public:
    explicit MatterReplay(cache::Database &db);

    // Every matter; or one (before a production, where its state decides).
    QList<StateProblem> check() const;
    QList<StateProblem> check(const QString &matterId) const;

private:
    cache::Database &m_db;
};

} // namespace proofdesk::records
