#pragma once

#include "outboxrecords.h"

namespace proofdesk::records {

class LocalRecordsFolder;
class RecordsSession;

// This data folder's outbox, sent to the repositories (OutboxDispatcher).
class LocalOutboxRecords : public OutboxRecords
{
public:
    explicit LocalOutboxRecords(const LocalRecordsFolder &folder);

    FlushReport flushOutbox() override;

private:
    const RecordsSession &m_session;
};

} // namespace proofdesk::records
