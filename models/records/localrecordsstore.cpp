#include "localrecordsstore.h"

namespace proofdesk::records {

LocalRecordsStore::LocalRecordsStore(const RecordsSession &session, QString dataDir)
    : m_folder(session, std::move(dataDir))
    , m_actor(session)
    , m_holds(m_folder)
    , m_reissues(m_folder)
    , m_findings(m_folder)
    , m_disposition(m_folder)
    , m_audit(m_folder)
    , m_outbox(m_folder)
    , m_roles(m_folder)
    , m_matters(m_folder)
{}

} // namespace proofdesk::records
