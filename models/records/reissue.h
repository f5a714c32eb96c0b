#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::records {

// What a person asks for: send the archived copy again (resend) or have the generator
// produce it again from the archived data snapshot (regenerate); to the original
// destination, or to another channel or address; and why.
struct ReissueSpec
{
    QString communicationId;
    QString mode; // resend | regenerate
    QString reason;
    QString channel;     // empty = the original channel
    QString destination; // empty = the original destination for the channel
};

// The statuses of a request that has not ended: draft, awaiting approval, approved, queued
// or sent (the reissued copy has not come back yet). The same "open" as the
// reissue_unfulfilled finding (search/findingconditions.cpp); fulfilled, rejected and
// cancelled are the ends.
const QStringList &pendingReissueStatuses();

// A reissue request and where it is: draft → pending_approval → approved → queued → sent
// → fulfilled, or rejected / cancelled.
struct ReissueRequest
{
    QString id; // also the idempotency key the repository sees
    QString communicationId;
    qint64 repoId = 0;
    QString mode;
    QString reason;
    QString channel;
    QString destination;
    QString originalChannel;
    QString originalDestination;
    // The team has no facts about the letter yet (its publisher has not published it): the
    // original route above is this desk's copy, which the server could not confirm.
    bool originalFromDesk = false;
    bool needsApproval = false;
    QString status;
    QString requestedBy;
    qint64 requestedAt = 0;
    QString approvedBy;
    std::optional<qint64> approvedAt;
    QString decisionNote;
    QString fulfilledCommunicationId;
    std::optional<qint64> fulfilledAt;

    // Why a rejected or cancelled request ended, in the words of whoever ended it (the
    // compliance officer, the requester, or the workflow engine); empty otherwise.
    QString statusReason() const;
    // Not ended yet (pendingReissueStatuses): a person about to reissue the letter again must
    // know that one is on its way.
    bool isPending() const;
    QJsonObject toJson() const;
};

} // namespace proofdesk::records
