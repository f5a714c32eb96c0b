#pragma once

#include "cache/repositorystore.h"
#include "outboxsender.h"
#include "session.h"

#include <functional>
#include <memory>

namespace proofdesk::records {

struct FlushReport
{
    int sent = 0;
    int waiting = 0; // no sender for the repository's kind yet, or the send failed
    QStringList errors;
};

// Sends pending outbox items, each at most once as far as the repository can tell: the
// item is delivered first (idempotent by its id), then marked sent with its audit entry in
// one transaction. A crash between the two re-delivers the same item under the same id,
// which the hot folder (one file per id) and the idempotency keys of remote repositories
// absorb.
class OutboxDispatcher
{
public:
    using SenderFactory =
        std::function<std::unique_ptr<OutboxSender>(const cache::RepositoryInfo &repository)>;

    explicit OutboxDispatcher(const RecordsSession &session);
    // Defaults to a DropHotFolder for drop repositories and the repository's connector
    // (ConnectorSender) for network ones.
    void setSenderFactory(SenderFactory factory) { m_factory = std::move(factory); }

    FlushReport flush();

private:
    void markSent(const OutboxItem &item);

    const RecordsSession &m_session;
    SenderFactory m_factory;
};

std::unique_ptr<OutboxSender> defaultSender(const cache::RepositoryInfo &repository,
                                            const QString &dataDir);

} // namespace proofdesk::records
