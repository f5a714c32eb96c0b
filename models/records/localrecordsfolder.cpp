#include "localrecordsfolder.h"

#include "recordserror.h"

namespace proofdesk::records {

LocalRecordsFolder::LocalRecordsFolder(const RecordsSession &session, QString dataDir)
    : m_session(session)
    , m_dataDir(std::move(dataDir))
{}

void LocalRecordsFolder::writable() const
{
    if (!m_readOnly.isEmpty())
        throw RecordsError(RecordsError::Kind::Refused, m_readOnly);
}

} // namespace proofdesk::records
