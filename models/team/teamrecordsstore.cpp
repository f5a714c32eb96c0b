#include "teamrecordsstore.h"

#include "pgconnection.h"

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
