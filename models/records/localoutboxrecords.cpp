#include "localoutboxrecords.h"

#include "localrecordsfolder.h"
#include "session.h"

namespace proofdesk::records {

LocalOutboxRecords::LocalOutboxRecords(const LocalRecordsFolder &folder)
    : m_session(folder.session())
{}

FlushReport LocalOutboxRecords::flushOutbox()
{
    return OutboxDispatcher(m_session, OutboxDispatcher::RequestsKept::InThisFolder).flush();
}

} // namespace proofdesk::records
