#include "serverreplication.h"

#include "pgconnection.h"

namespace proofdesk::team {

namespace {

bool waitsForStandbys(const QString &synchronousCommit)
{
    return synchronousCommit == QLatin1String("on") || synchronousCommit == QLatin1String("remote_write")
           || synchronousCommit == QLatin1String("remote_apply");
}

} // namespace

const char *ServerReplication::query()
{
    // sync_state is NULL for a login without pg_read_all_stats: then only the rows are counted.
    return "SELECT NOT pg_is_in_recovery(), current_setting('synchronous_standby_names'), "
           "current_setting('synchronous_commit'), (SELECT count(*) FROM pg_stat_replication), "
           "(SELECT count(sync_state) FROM pg_stat_replication), "
           "(SELECT count(*) FROM pg_stat_replication WHERE sync_state IN ('sync', 'quorum'))";
}

ServerReplication ServerReplication::fromRow(const QString &server, const QStringList &row)
{
    ServerReplication r;
    r.server = server;
    r.primary = row.value(0) == QLatin1String("t");
    r.standbyNames = row.value(1).trimmed();
    r.synchronousCommit = row.value(2);
    r.standbys = row.value(3).toInt();
    const bool readable = row.value(4).toInt() == r.standbys;
    r.syncStandbys = readable ? row.value(5).toInt() : -1;
    return r;
}

ServerReplication ServerReplication::read(PgConnection &connection)
{
    const PgResult result = connection.exec(QString::fromLatin1(query()));
    QStringList row;
    for (int column = 0; column < result.columns(); ++column)
        row << result.text(0, column);
    return fromRow(connection.serverAddress(), row);
}

bool ServerReplication::synchronous() const
{
    return primary && !standbyNames.isEmpty() && waitsForStandbys(synchronousCommit);
}

QString ServerReplication::summary() const
{
    const QString role = primary ? QStringLiteral("the primary") : QStringLiteral("a standby (read-only)");
    const QString streaming =
        syncStandbys < 0
            ? QStringLiteral("%1 standby connection(s) streaming (which are synchronous needs pg_read_all_stats)")
                  .arg(standbys)
            : QStringLiteral("%1 standby connection(s) streaming, %2 synchronous").arg(standbys).arg(syncStandbys);
    if (!primary)
        return QStringLiteral("%1, %2").arg(server, role);
    if (synchronous())
        return QStringLiteral("%1, %2: commits are replicated synchronously (%3, synchronous_commit=%4); %5")
            .arg(server, role, standbyNames, synchronousCommit, streaming);
    return QStringLiteral("%1, %2: commits are NOT replicated synchronously (synchronous_standby_names '%3', "
                          "synchronous_commit=%4); %5")
        .arg(server, role, standbyNames, synchronousCommit, streaming);
}

QString ServerReplication::warning() const
{
    if (!primary)
        return QStringLiteral("%1 is a standby (read-only): actions fail there. Name every server of the team in the "
                              "URL (several hosts: Proofdesk asks for the one that takes writes, "
                              "target_session_attrs=read-write).")
            .arg(server);
    if (standbyNames.isEmpty())
        return QStringLiteral("Commits on %1 are NOT replicated synchronously (synchronous_standby_names is empty): "
                              "an action done now is on this server alone, and is lost with it should it fail before "
                              "a standby has it. With pg_auto_failover this is the primary's wait_primary state (its "
                              "only standby is down or still catching up); a team without a standby is always so. "
                              "docs/team-database.md \"The team survives its server\".")
            .arg(server);
    if (!waitsForStandbys(synchronousCommit))
        return QStringLiteral("This session's synchronous_commit is %1 on %2: its commits do not wait for a standby, "
                              "and one acknowledged just before the primary is lost can be lost (set by the login, "
                              "the database or PGOPTIONS; the team needs on).")
            .arg(synchronousCommit, server);
    if (standbys == 0 || syncStandbys == 0)
        return QStringLiteral("Commits on %1 wait for a synchronous standby (%2) and none is streaming now: actions "
                              "wait until one is back (nothing done is lost), or until pg_auto_failover lets the "
                              "primary commit alone.")
            .arg(server, standbyNames);
    return QString();
}

QJsonObject ServerReplication::toJson() const
{
    return QJsonObject{{QStringLiteral("server"), server},
                       {QStringLiteral("primary"), primary},
                       {QStringLiteral("synchronous"), synchronous()},
                       {QStringLiteral("synchronous_standby_names"), standbyNames},
                       {QStringLiteral("synchronous_commit"), synchronousCommit},
                       {QStringLiteral("standbys"), standbys},
                       {QStringLiteral("sync_standbys"), syncStandbys < 0 ? QJsonValue() : QJsonValue(syncStandbys)},
                       {QStringLiteral("summary"), summary()},
                       {QStringLiteral("warning"), warning().isEmpty() ? QJsonValue() : QJsonValue(warning())}};
}

} // namespace proofdesk::team
