#pragma once

#include <QString>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::team {

// Which communications' facts changed in this cache since they were last published to the
// team (issue #24: "an incremental publish of 10,000 changes" must not send a million rows).
// A publisher's cache keeps a change list, facts_changes, filled by triggers on the fact
// columns (channel and destination, business keys, issue time, retention, hash, the
// repository's hold and deletion, reissue_of), on a row's deletion (its facts are withdrawn)
// and on the retention classes; the first
// publish to a team makes them, and sends everything. Ordinary desks never publish and pay
// nothing for it. A rebuilt cache has no list: its first publish sends everything again.
//
// Exactly once, whatever fails: a publish notes the newest change it read (mark()), and only
// once the server committed are the changes up to that mark forgotten (forgetUpTo()); a row
// that changes again meanwhile gets a newer entry and goes next time.
class FactsCursor
{
public:
    explicit FactsCursor(cache::Database &cache);

    // Whether changes are kept for `team` (the team's URL and the publishing login): false
    // the first time, after a rebuilt cache, or for another team: then everything is sent.
    bool followsTeam(const QString &team) const;
    // Makes the change list and its triggers (idempotent), in the caller's transaction.
    void startFollowing();
    void noteTeam(const QString &team);
    qint64 mark() const; // the newest change listed now (0: none)
    void forgetUpTo(qint64 mark);
    qint64 pending() const;

private:
    cache::Database &m_cache;
};

} // namespace proofdesk::team
