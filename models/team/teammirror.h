#pragma once

#include <QString>
#include <functional>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::team {

class PgConnection;

// A local copy of the team's holds, reissue requests and finding reviews in records.sqlite
// (the tables the embedded store uses), so that search, the results' hold marks, the
// disposition review and the findings join them as they join local ones: no round trip per
// search, and the last known state
// stays readable offline and after `team disconnect`. Kept current after every action and on
// every notification (LISTEN/NOTIFY), copying only what changed.
class TeamMirror
{
public:
    TeamMirror(PgConnection &server, cache::Database &writer);

    // Holds whose revision or release differs from the copy are copied again with their
    // items (holds only this folder has are left alone). Returns how many holds changed.
    int refreshHolds();
    // Requests changed since the newest one copied (with a minute's overlap for commits that
    // finished out of order). Returns how many rows were copied.
    int refreshReissues();
    // Reviews added since the newest one copied (with a minute's overlap, as for reissues),
    // each kept at FindingReviewRegister::kTeamSeqBase + its seq on the server. Returns how
    // many rows were copied.
    int refreshFindingReviews();
    // Steps this desktop took after approval (its outbox sent a request, or a sync brought its
    // answer back, or the workflow engine ended it) are sent to the team database where it is
    // behind, each once (the key names the request and the step). Returns how many were sent.
    int pushReissueProgress(const QString &device);
    // pushReissueProgress, then every refresh.
    void refreshAll(const QString &device = {});

private:
    QString engineCase(const QString &requestId) const;
    PgConnection &m_server;
    cache::Database &m_writer;
};

// Runs a refresh for a read: when the server cannot be reached, the read goes on with the
// last copy (any other failure is thrown).
void refreshIfReachable(const std::function<void()> &refresh);

} // namespace proofdesk::team
