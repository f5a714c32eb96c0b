#pragma once

#include "finding.h"

namespace proofdesk::records {
class RecordsSession;
}

namespace proofdesk::compliance {

// Marks a finding reviewed: a row in rec.finding_reviews and an audit entry
// ("finding.review" on the communication, the note as its reason), in one transaction.
// The session must permit running findings (compliance or records); throws
// records::RecordsError (refused, or no note) or cache::SqliteError.
FindingReview markReviewed(const records::RecordsSession &session, FindingKind kind,
                           const QString &commId, const QString &note);

} // namespace proofdesk::compliance
