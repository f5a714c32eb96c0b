#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace proofdesk::team {

class PgConnection;

// Which server of the team a connection reached, and whether what it commits is replicated
// synchronously, as any login may read it (issue #39 item 7: with asynchronous replication an
// approval acknowledged 0.13 s before the primary was lost was gone on the promoted standby).
// Read from settings every login sees (pg_is_in_recovery, synchronous_standby_names, this
// session's synchronous_commit) and pg_stat_replication, whose rows any login counts but whose
// sync_state only pg_read_all_stats (or a superuser) reads. No function of the team's schema.
struct ServerReplication
{
    QString server;            // host:port as libpq reached it ("db1.example:5432")
    bool primary = false;      // takes writes (not in recovery)
    QString standbyNames;      // synchronous_standby_names ('ANY 1 (pgautofailover_standby_2)')
    QString synchronousCommit; // this session's synchronous_commit (on, remote_write, remote_apply, local, off)
    int standbys = 0;          // standbys streaming from it now (pg_stat_replication's rows)
    int syncStandbys = -1;     // of them, sync or quorum standbys; -1 when this login may not read it

    // A commit waits until a standby has it: synchronous_standby_names names some, and this
    // session's synchronous_commit waits for them.
    bool synchronous() const;
    // For the person: where, and how its commits are kept ("db1:5432, the primary: commits are
    // replicated synchronously (ANY 1 (…)), 1 standby streaming").
    QString summary() const;
    // Empty when nothing is wrong; else what may be lost or stall, and why.
    QString warning() const;
    QJsonObject toJson() const;

    // One round trip on `connection`. Throws TeamError.
    static ServerReplication read(PgConnection &connection);
    // The statement, for a caller that sends it itself (the listener's heartbeat), and its row.
    static const char *query();
    static ServerReplication fromRow(const QString &server, const QStringList &row);
};

} // namespace proofdesk::team
