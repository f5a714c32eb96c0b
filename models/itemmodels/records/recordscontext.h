#pragma once

#include "recordsjob.h"

#include <QList>
#include <QObject>

class QTimer;

namespace proofdesk::team {
class TeamListener;
}

namespace proofdesk::itemmodels {

// Where the records of the window's data folder live: its own records.sqlite, or a team
// database (team.json), as which login, and whether the window hears it now.
struct TeamState
{
    bool configured = false;
    QString url;
    QString user;
    bool connected = false; // the listener is connected (changes arrive live)
    QString problem;        // why not, for the person
    QString protection;     // how the connection is protected (TeamConfig::protectionSummary)
    bool verified = true;   // false: the person chose a connection that does not verify the server
    // The server the window listens on and how its commits are kept (team::ServerReplication),
    // empty until it is known; replicationWarning is empty when nothing is wrong.
    QString server;
    bool primary = true;
    bool synchronous = false;
    QString replication;
    QString replicationWarning;
};

// The window's "who and in which role": the identity, the roles granted to it in the data
// folder and the role it acts in now. Switching role opens a session in the new role (the
// library refuses a role not granted) and records the switch in the audit trail.
class RecordsContext : public QObject
{
    Q_OBJECT

public:
    RecordsContext(const QString &databasePath, const QString &dataDir,
                   const records::Identity &identity = records::Identity::fromOperatingSystem(),
                   QObject *parent = nullptr);

    const QString &databasePath() const { return m_databasePath; }
    const QString &dataDir() const { return m_dataDir; }
    const records::Identity &identity() const { return m_identity; }
    QList<records::Role> roles() const { return m_roles; }
    std::optional<records::Role> role() const { return m_role; }
    Actor actor() const { return {m_identity, m_role}; }
    bool permits(records::Action action) const;
    bool loaded() const { return m_loaded; }
    const TeamState &team() const { return m_team; }

    // Reads the grants (worker thread); the current role becomes the first granted one
    // unless it is still granted. Emits rolesChanged.
    void reload();
    // Audited as role.switch; emits roleChanged, or switchRefused with the library's message.
    void switchRole(records::Role role);
    // An action in this window (a disposition, a hold, a reissue) or another desk changed the
    // records: what is derived from them elsewhere in the window (the findings) reads again.
    void noteRecordsChanged() { emit recordsChanged(); }

    // One records action as the window's actor in the active role (runRecordsAsync).
    template <typename Result>
    void run(records::Action action, QObject *receiver, RecordsWork<Result> work, std::function<void(Result)> done,
             AfterSend<Result> afterSend = {}) const
    {
        runRecordsAsync<Result>(m_databasePath, m_dataDir, actor(), action, receiver, std::move(work), std::move(done),
                                std::move(afterSend));
    }

    // A read as the window's actor (readRecordsAsync): dry runs, counts, previews. One
    // ReadSession for the window's actor, kept until the role changes: no connection a question.
    template <typename Result>
    void read(records::Action action, QObject *receiver, RecordsWork<Result> work, std::function<void(Result)> done)
    {
        readRecordsAsync<Result>(readSession(), action, receiver, std::move(work), std::move(done));
    }

signals:
    void teamChanged();
    // Another desk changed holds, reissues or finding reviews: the local copy was brought up to date.
    void teamRecordsChanged();
    // Another desk changed a matter: the matters shown are read again (from the team).
    void teamMattersChanged();
    // The team's audit trail has new entries (seq of the newest, 0 = unknown).
    void auditAppended(qint64 seq);
    void rolesChanged();
    void recordsChanged();
    void roleChanged(std::optional<proofdesk::records::Role> role);
    void switchRefused(const QString &message);

private:
    std::shared_ptr<services::ReadSession> readSession();
    void startListening();
    void refreshFromTeam();

    QString m_databasePath;
    QString m_dataDir;
    records::Identity m_identity;
    QList<records::Role> m_roles;
    std::optional<records::Role> m_role;
    bool m_loaded = false;
    TeamState m_team;
    team::TeamListener *m_listener = nullptr;
    QTimer *m_refreshSoon = nullptr;                // coalesces a burst of notifications into one refresh
    std::shared_ptr<services::ReadSession> m_reads; // for the actor as it is now (reset with the role)
};

} // namespace proofdesk::itemmodels
