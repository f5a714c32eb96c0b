#include "connectorsender.h"

#include "sync/repositoryconnector.h"

#include <stdexcept>

namespace proofdesk::records {

ConnectorSender::ConnectorSender(std::unique_ptr<sync::RepositoryConnector> connector)
    : m_connector(std::move(connector))
{}

ConnectorSender::~ConnectorSender() = default;

void ConnectorSender::send(const OutboxItem &item)
{
    const sync::OutboxItem out{0, item.kind, item.objectId, item.id, item.payload};
    const sync::SendResult result = m_connector->send(out);
    // Accepted and Duplicate both mean delivered. Retry stays queued. Rejected is final for
    // the repository: the outbox keeps the item queued with the reason shown, because a
    // person has to decide about it; a hold delivery to one object records it as refused.
    if (result.status == sync::SendResult::Status::Rejected)
        throw SendRefused(result.message.toStdString());
    if (result.status == sync::SendResult::Status::Retry)
        throw std::runtime_error(result.message.toStdString());
}

} // namespace proofdesk::records
