#pragma once

#include <QString>

namespace proofdesk::records {

// A review mark on a finding: who checked which finding of a communication, when, and what
// they checked or did (rec.finding_reviews; on a team, proofdesk.finding_reviews and its
// local copy). The latest mark on a finding is the one shown.
struct FindingReview
{
    QString by;
    qint64 at = 0; // ms since the epoch, UTC
    QString note;
    QString kind; // the finding's kind name (spec/cli.md: "unapproved_template", …)
    QString communicationId;
    // Made while the team database could not be reached: waiting in the folder's TeamOutbox,
    // so `by` and `at` are this desk's until the server applies it.
    bool provisional = false;
};

// A review as asked for, checked and in its stored form (the kind's name as spec/cli.md
// writes it, the note trimmed); who and when are the store's to fill in. Both stores call it
// before anything is written: throws RecordsError(Invalid) for an unknown kind, no
// communication or no note.
FindingReview findingReviewRequest(const QString &kind, const QString &communicationId, const QString &note);

} // namespace proofdesk::records
