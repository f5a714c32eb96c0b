#pragma once

#include "outboxsender.h"

#include <memory>

namespace proofdesk::sync {
class RepositoryConnector;
}

namespace proofdesk::records {

// Delivers outbox items to a repository through its connector's send(), which carries the
// item's id as the idempotency key (a drop's writes it into the drop's hot folder).
class ConnectorSender : public OutboxSender
{
public:
    explicit ConnectorSender(std::unique_ptr<sync::RepositoryConnector> connector);
    ~ConnectorSender() override;
    void send(const OutboxItem &item) override;

private:
    std::unique_ptr<sync::RepositoryConnector> m_connector;
};

} // namespace proofdesk::records
