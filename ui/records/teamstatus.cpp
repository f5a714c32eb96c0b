#include "teamstatus.h"

#include "itemmodels/records/recordscontext.h"
#include "team/conninfo.h"

using proofdesk::itemmodels::RecordsContext;

namespace {

// "proofdesk on db.example" from a libpq URL of either form (the database and the first host a
// person knows; several hosts are one team).
QString teamName(const QString &url)
{
    const proofdesk::team::ConnInfo info(url);
    const QString database = info.database();
    const QStringList hosts = info.hosts();
    QString host = hosts.value(0);
    if (host.startsWith(QLatin1Char('/')))
        host = TeamStatus::tr("this machine");
    else if (hosts.size() > 1)
        host = TeamStatus::tr("%1 (+%n more)", nullptr, int(hosts.size() - 1)).arg(host);
    if (database.isEmpty())
        return url;
    return host.isEmpty() ? database : TeamStatus::tr("%1 on %2").arg(database, host);
}

// A word after the team's name when its commits may not be kept (issue #39 item 7); the tooltip
// says the rest.
QString replicationWord(const proofdesk::itemmodels::TeamState &team)
{
    if (team.server.isEmpty() || team.replicationWarning.isEmpty())
        return QString();
    if (!team.primary)
        return TeamStatus::tr(" — on a read-only standby");
    if (!team.synchronous)
        return TeamStatus::tr(" — commits not replicated");
    return TeamStatus::tr(" — no standby streaming");
}

} // namespace

TeamStatus::TeamStatus(RecordsContext *context, QWidget *parent)
    : QLabel(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("teamStatus"));
    setAccessibleName(tr("Team database"));
    setTextFormat(Qt::PlainText);
    connect(context, &RecordsContext::teamChanged, this, &TeamStatus::update);
    update();
}

void TeamStatus::update()
{
    const auto &team = m_context->team();
    setVisible(team.configured);
    if (!team.configured)
        return;
    const QString name = teamName(team.url);
    if (team.connected) {
        setText((team.verified ? tr("● Team: %1 as %2").arg(name, team.user)
                               : tr("● Team: %1 as %2 — not verified").arg(name, team.user))
                + replicationWord(team));
        QString tip = tr("Records are shared on the team database %1, as the login %2. Other people's holds, "
                         "reissue requests and audit entries appear here as they happen.\nConnection: %3")
                          .arg(team.url, team.user, team.protection);
        if (!team.server.isEmpty())
            tip += QLatin1Char('\n') + tr("Server: %1").arg(team.replication);
        if (!team.replicationWarning.isEmpty())
            tip += QLatin1Char('\n') + tr("Warning: %1").arg(team.replicationWarning);
        setToolTip(tip);
    } else {
        setText(tr("○ Team: %1 — offline").arg(name));
        setToolTip(tr("The team database %1 cannot be reached: %2\nRequests, approvals and holds made now wait "
                      "in this data folder and are sent when it is back; searching the cache goes on.")
                       .arg(team.url, team.problem.isEmpty() ? tr("connecting…") : team.problem));
    }
}
