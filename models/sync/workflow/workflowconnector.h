#pragma once

#include "sync/http/networkconnector.h"

namespace proofdesk::sync {

// A workflow service fulfilling reissue requests: JSON over HTTP. send() submits an outbox
// item (POST /requests with an Idempotency-Key header: a resubmission after a crash is
// answered with the first request, never a second fulfilment); status() polls one. It
// has no records of its own — the reissued communication comes back from the archive — so
// fetchChanges() only checks that the service answers.
class WorkflowConnector : public NetworkConnector
{
public:
    using NetworkConnector::NetworkConnector;

    struct Status
    {
        QString id;
        QString status; // received | in_progress | fulfilled | rejected | …, as the service says
        QString communicationId; // the reissued communication, once fulfilled
        QString detail;
    };

    QString kind() const override { return QStringLiteral("workflow"); }
    ChangePage fetchChanges(const QByteArray &cursor) override;
    SendResult send(const OutboxItem &item) override;
    // GET /requests/{id}; throws ConnectorError naming the repository and the request.
    Status status(const QString &requestId);

private:
    void authorize(HttpRequest &request) const;
};

} // namespace proofdesk::sync
