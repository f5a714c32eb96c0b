#pragma once

#include "records/identity.h"
#include "records/recordserror.h"
#include "records/recordsstore.h"
#include "records/roles.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {
class RecordsSession;
}

#include "team/teamoutbox.h"

namespace proofdesk::team {
struct TeamConfig;
struct TeamLogin;
class TeamRecordsStore;
} // namespace proofdesk::team

namespace proofdesk::services {

// Who acts: the identity and the role chosen (in the window's role switcher, or --as); unset
// = the first granted role that may do the action.
struct Actor
{
    records::Identity identity;
    std::optional<records::Role> role;
};

// How a records action ended, for callers that report instead of catching: nothing went
// wrong, the library refused it (already audited), an id was not found, the input was
// wrong, or something else failed (a disk, a file).
struct ActionFailure
{
    enum class Kind { None, Refused, NotFound, Invalid, Failed };
    Kind kind = Kind::None;
    QString message;

    bool ok() const { return kind == Kind::None; }
    static ActionFailure fromCurrentException(); // call inside a catch block
};

// What an action hands the body: the records store bound to the actor in the role the
// action was opened in (a body takes the part it touches: records.holds(), records.audit(),
// …), and the writer connection of the cache (for reading communications).
// `session` is the local records session behind the store; on a team it is only a system
// session on this folder's records.sqlite (no role check, the local trail), so what a person
// does goes through `records`, never through it.
struct ActionContext
{
    records::RecordsStore &records;
    cache::Database &cache;
    const QString &dataDir;
    const records::RecordsSession &session;
};

// One records action on a data folder (its records.sqlite, or the team database it is
// connected to: team.json), the same way from the desktop's jobs and the
// command-line client: opens the writer connection and a records store for the actor in a
// role that may do `action` (refusals are audited by the library), runs the body, and then
// sends what the body queued for the repositories, so that the status a caller shows is
// the one the repository sees. No caller decides on its own when the outbox is flushed.
class ActionRunner
{
public:
    ActionRunner(QString databasePath, QString dataDir);
    ~ActionRunner();
    ActionRunner(ActionRunner &&) noexcept;
    ActionRunner &operator=(ActionRunner &&) noexcept;

    using Body = std::function<void(ActionContext &)>;

    // Throws what the body or the role check throws (RecordsError, std::exception). A failure
    // to send the outbox afterwards does not throw: the items wait, and lastFlush() says why.
    // `afterSend`, if given, runs once the outbox was sent (to read back the status the
    // repository now has).
    void run(const Actor &actor, records::Action action, const Body &body, const Body &afterSend = {});
    // As run(), with failures caught and described.
    ActionFailure tryRun(const Actor &actor, records::Action action, const Body &body, const Body &afterSend = {});

    const records::FlushReport &lastFlush() const { return m_flush; }
    // Connected to a team: what the last action sent first from the actions made offline (and
    // what the team refused of them); whether it ran offline (its changes wait in the folder).
    const team::DrainReport &lastTeamDrain() const { return m_teamDrain; }
    bool ranOffline() const { return m_teamOffline; }

    // A data folder nobody has claimed yet is claimed by the actor before the role check (every
    // role granted, audited): for what creates a data folder's content (adding its first
    // repository), as `import` and the desktop's first run do.
    void setClaimUnclaimedFolder(bool claim) { m_claim = claim; }

    // Before a read of the cache on a team's folder: opens the login and brings the folder's
    // copy up to date (what was made offline sent first, then the team's holds, requests and
    // reviews), so that the read sees the team as it is now; the next run() records the read
    // on that same connection (a command costs one connection, not two). Nothing on a folder
    // of its own; unreachable or refused, run() meets it again and says so.
    void prepareTeamRead();

    // The roles `identity` may act in here, as last known without asking the server: a team's
    // folder, the login's group roles the team gave at its last action (team.json); a folder
    // of its own, its grants. For choosing what to ask for (the whole trail or one's own
    // entries); every action is still checked when it runs.
    QList<records::Role> knownRoles(const records::Identity &identity) const;

private:
    void runTeam(const team::TeamConfig &config, cache::Database &writer, const Actor &actor, records::Action action,
                 const Body &body, const Body &afterSend);
    team::TeamLogin teamLogin(const team::TeamConfig &config, records::Action action, QString *unreachable);
    void catchUp(team::TeamLogin &login, cache::Database &writer, const records::RecordsSession &local);
    bool resumeInterrupted(team::TeamRecordsStore &store) const;
    void recordTeamRefusal(const team::TeamLogin &login, cache::Database &writer, const records::RecordsSession &local,
                           const Actor &actor, records::Action action, const QString &why);

    QString m_databasePath;
    QString m_dataDir;
    records::FlushReport m_flush;
    team::DrainReport m_teamDrain;
    bool m_teamOffline = false;
    bool m_claim = false;
    std::unique_ptr<team::TeamLogin> m_preparedLogin; // opened and caught up by prepareTeamRead()
};

} // namespace proofdesk::services
