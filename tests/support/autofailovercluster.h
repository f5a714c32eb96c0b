#pragma once

#include "testdatabaseserver.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace proofdesk::test {

// A real pg_auto_failover formation on this machine, for a test (Debian packages
// pg-auto-failover-cli and postgresql-15-auto-failover, never a mock): a monitor, a primary and
// standbys, each a `pg_autoctl` keeper with its own PostgreSQL 15 on a free loopback port, in a
// temporary directory (sockets, XDG folders and state files too: nothing outside it). TLS with
// a CA of the test's own, verify-full between the nodes as for the desks; trust
// authentication on the loopback. Synchronous replication as pg_auto_failover sets it
// (number_sync_standbys 0 with one standby: 'ANY 1 (…)' while the standby is healthy).
//
// The monitor fails over in seconds, as docs/team-database.md tunes it (failoverSettings()).
//
// As root (CI) everything runs as the "postgres" system user through setpriv, as PgTestServer
// does. Each keeper runs in a session of its own, with a parent-death signal: should the test
// die, the keepers stop their servers. The destructor stops every keeper and server it started,
// hard if they do not stop within seconds, and removes the directory.
class AutoFailoverCluster : public TestDatabaseServer
{
public:
    AutoFailoverCluster();
    ~AutoFailoverCluster() override;
    AutoFailoverCluster(const AutoFailoverCluster &) = delete;
    AutoFailoverCluster &operator=(const AutoFailoverCluster &) = delete;

    // The monitor (tuned), a primary, then `standbys` standbys, each started once the one
    // before is in place; returns once the formation is primary + secondaries (within 3 min),
    // else false with the reason and the logs' tails.
    bool start(int standbys, QString *error);

    // The ALTER SYSTEM settings given to the monitor (docs/team-database.md: failover within
    // seconds, not the defaults' ~50 s).
    static QStringList failoverSettings();

    // The data nodes: 0 the first primary (node1), 1… its standbys (node2…).
    int nodes() const { return int(m_nodes.size()); }
    int port(int node) const;
    QString caFile() const;
    // What the monitor says, "node1 primary/primary, node2 secondary/secondary" (reported/goal).
    QString states(QString *error = nullptr) const;
    // The node both reported and assigned as the writable one (primary, wait_primary, single),
    // or -1.
    int primary() const;
    // Waits until the monitor shows `node` as the primary and every other running node as a
    // secondary (or, with `alone`, `node` as the primary with no secondary, wait_primary).
    bool waitForPrimary(int node, int timeoutMs, bool alone, QString *error);

    // The machine of `node` lost: its keeper, its postgres and every backend are stopped at once
    // (SIGSTOP) and then killed (SIGKILL), as a power cut would leave them. Returns the time it
    // happened (QDateTime::currentMSecsSinceEpoch()).
    qint64 killNode(int node);
    // Starts `node`'s keeper again (`pg_autoctl run`): it rejoins as a standby (pg_rewind).
    bool restartNode(int node, QString *error);

    // Superuser SQL on the current primary, over its socket.
    bool exec(const QString &sql, QString *error, const QString &db = QStringLiteral("postgres")) override;
    // A desk's URL naming every node, postgresql://USER@localhost:P1,localhost:P2/DB?sslrootcert=CA
    // (Proofdesk adds verify-full and target_session_attrs=read-write itself); `tcp` is ignored:
    // the cluster is reached over TCP only, trust on the loopback (a password is sent if given).
    QString url(const QString &user, const QString &password = {}, bool tcp = true,
                const QString &db = QStringLiteral("postgres")) const override;
    QString monitorUrl() const;
    QString logTail(int lines = 25) const;

private:
    struct Node;
    bool startMonitor(QString *error);
    bool prepare(QString *error);
    bool startNode(int index, QString *error);
    bool runKeeper(Node &node, const QStringList &arguments, QString *error);
    QList<QStringList> monitorRows(const QString &sql, QString *error) const;
    bool autoctl(const QStringList &arguments, QString *error); // runs to completion
    bool waitUntil(const std::function<bool()> &done, int timeoutMs) const;
    QString superuser() const;
    QStringList tlsArguments() const;
    void stopAll();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Node> m_monitor;
    QList<std::shared_ptr<Node>> m_nodes;
    QString m_binDir;
    bool m_asPostgresUser = false;
};

} // namespace proofdesk::test
