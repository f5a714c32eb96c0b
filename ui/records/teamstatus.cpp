#include "teamstatus.h"

#include "itemmodels/records/recordscontext.h"

#include <QUrl>
#include <QUrlQuery>

using proofdesk::itemmodels::RecordsContext;

namespace {

// "proofdesk on db.example" from a libpq URI (the database and the host a person knows).
QString teamName(const QString &url)
{
    const QUrl u(url);
    const QString database = u.path().mid(1);
    QString host = u.host();
    if (host.isEmpty())
        host = QUrlQuery(u).queryItemValue(QStringLiteral("host"));
    if (host.startsWith(QLatin1Char('/')))
        host = TeamStatus::tr("this machine");
    if (database.isEmpty())
        return url;
    return host.isEmpty() ? database : TeamStatus::tr("%1 on %2").arg(database, host);
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
        setText(tr("● Team: %1 as %2").arg(name, team.user));
        setToolTip(tr("Records are shared on the team database %1, as the login %2. Other people's holds, "
                      "reissue requests and audit entries appear here as they happen.")
                       .arg(team.url, team.user));
    } else {
        setText(tr("○ Team: %1 — offline").arg(name));
        setToolTip(tr("The team database %1 cannot be reached: %2\nRequests, approvals and holds made now wait "
                      "in this data folder and are sent when it is back; searching the cache goes on.")
                       .arg(team.url, team.problem.isEmpty() ? tr("connecting…") : team.problem));
    }
}
