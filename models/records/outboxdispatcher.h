#pragma once

#include "cache/repositorystore.h"
#include "exceptioncaserefresh.h"
#include "holddeliverer.h"
#include "outboxsender.h"
#include "reissueoutcomes.h"
#include "session.h"

#include <functional>
#include <memory>

namespace proofdesk::records {

struct FlushReport
{
    int sent = 0;
    int waiting = 0;       // no sender for the repository's kind yet, or the send failed
    int casesChanged = 0;  // exception cases whose state the workflow repository changed
    int reissuesEnded = 0; // sent reissue requests the workflow engine rejected or cancelled
    QStringList errors;
    // Holds delivered object by object to network repositories (HoldDeliverer).
    qint64 objectsConfirmed = 0;
    qint64 objectsRefused = 0;
    qint64 objectsWaiting = 0;
};

// Sends pending outbox items, each at most once as far as the repository can tell: the
// item is delivered first (idempotent by its id), then marked sent with its audit entry in
// one transaction. A crash between the two re-delivers the same item under the same id,
// which the hot folder (one file per id) and the idempotency keys of remote repositories
// absorb. Then the pending hold deliveries of each network repository go out object by
// object (HoldDeliverer), with one sender per repository. Last, the exception cases and
// reissue requests that were sent are brought up to date from the workflow repository
// (refreshExceptionCases, refreshReissueOutcomes).
class OutboxDispatcher
{
public:
    using SenderFactory = std::function<std::unique_ptr<OutboxSender>(const cache::RepositoryInfo &repository)>;
    // Whose trail made the folder's reissue requests: this folder's (each is checked against
    // its entries before it leaves, ReissueReplay), or the team's (the rows are the server's
    // copy, TeamMirror; the server decided them).
    enum class RequestsKept { InThisFolder, OnTheTeam };

    OutboxDispatcher(const RecordsSession &session, RequestsKept kept);
    // Defaults to the repository's connector (ConnectorSender), a drop's writing into its
    // hot folder.
    void setSenderFactory(SenderFactory factory) { m_factory = std::move(factory); }
    // The connector that tells where exception cases are (refreshExceptionCases after the
    // sends); defaults to the repository's own connector.
    void setConnectorFactory(ConnectorFactory factory) { m_connectors = std::move(factory); }
    // Told after each object of a hold delivery; false stops the flush there.
    void setDeliveryObserver(HoldDeliveryObserver observer) { m_observer = std::move(observer); }

    FlushReport flush();

private:
    void markSent(const OutboxItem &item);
    // A reissue leaves only while its request is approved or queued. Read again just before the
    // send: one that ended after its item was queued (on a team, another desk's decision the
    // mirror brought back) is withdrawn unsent, as an automatic step in the role "system".
    bool withholdEndedReissue(const OutboxItem &item);
    // On a folder of its own, a reissue leaves only as its entries made it: its request and the
    // item's payload (ReissueReplay). Otherwise the item waits with why (nothing is retired: a
    // person decides, after `audit verify`). Returns the reason, empty when it may leave.
    QString alteredReissue(const OutboxItem &item) const;
    // An item queued before holds went object by object (its target is the hold): queues
    // the hold's deliveries instead and retires the item.
    bool replaceWholeHoldItem(const OutboxItem &item, const cache::RepositoryInfo &repository);
    void deliverHolds(FlushReport &report);

    const RecordsSession &m_session;
    RequestsKept m_kept;
    SenderFactory m_factory;
    ConnectorFactory m_connectors;
    HoldDeliveryObserver m_observer;
};

std::unique_ptr<OutboxSender> defaultSender(const cache::RepositoryInfo &repository, const QString &dataDir);

} // namespace proofdesk::records
