#pragma once

#include "findingreview.h"

#include <QList>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {

// The review marks in records.sqlite (rec.finding_reviews), read the same way whichever store
// wrote them. A team's marks are copied in by TeamMirror at kTeamSeqBase + the server's seq,
// so that they never take the seq of a mark this folder made before it joined the team, and
// come after those marks (the latest mark on a finding wins).
class FindingReviewRegister
{
public:
    static constexpr qint64 kTeamSeqBase = qint64(1) << 40;

    explicit FindingReviewRegister(cache::Database &db);

    // Oldest first; all marks, or those on one communication.
    QList<FindingReview> list(const QString &communicationId = {}) const;
    // Appends one of this folder's own marks (in the caller's transaction), below the team's.
    void add(const FindingReview &review) const;

private:
    cache::Database &m_db;
};

} // namespace proofdesk::records
