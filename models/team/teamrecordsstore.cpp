#include "teamrecordsstore.h"

#include "pgconnection.h"

#include <QUuid>

namespace proofdesk::team {

TeamRecordsStore::TeamRecordsStore(Connect connect, std::unique_ptr<PgConnection> connection, records::Role role,
                                   const records::RecordsSession &local, QString dataDir)
    : m_actor(std::move(connect), std::move(connection), role, local, std::move(dataDir))
    , m_audit(m_actor)
    , m_holds(m_actor, m_audit)
    , m_reissues(m_actor)
    , m_findings(m_actor)
    , m_disposition(m_actor)
    , m_outbox(m_actor)
    , m_roles(m_actor)
    , m_matters(m_actor)
{}

int TeamRecordsStore::resumeApproved()
{
    if (m_actor.isOffline())
        return 0;
    const int requests = m_reissues.resumeApproved();
    return requests + m_holds.resume();
}

} // namespace proofdesk::team

namespace proofdesk::team {

QJsonValue TeamRecordsStore::addUser(const QString &login, const QString &password, const QStringList &roles)
{
    return connection().callJson(QStringLiteral("SELECT proofdesk.add_user($1, $2, $3, $4, $5, $6)"),
                                 {QUuid::createUuid().toString(QUuid::WithoutBraces), m_actor.roleText(),
                                  m_actor.device(), login, password, roles});
}

} // namespace proofdesk::team
