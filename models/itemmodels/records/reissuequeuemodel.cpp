#include "reissuequeuemodel.h"

#include "domain/codelabels.h"

namespace proofdesk::itemmodels {

QString ReissueQueueModel::statusText(const QString &status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("pending_approval"))
        return tr("Awaiting approval");
    if (status == QLatin1String("approved"))
        return tr("Approved");
    if (status == QLatin1String("queued"))
        return tr("Queued to send");
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("fulfilled"))
        return tr("Fulfilled");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QVariant ReissueQueueModel::data(const QModelIndex &index, int role) const
{
    const records::ReissueRequest *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case StatusRole:
        return r->status;
    case RequestedByRole:
        return r->requestedBy;
    case NeedsApprovalRole:
        return r->needsApproval;
    case Qt::ToolTipRole:
        if (!r->statusReason().isEmpty())
            return tr("Request %1\nOriginal: %2 %3\n%4: %5")
                .arg(r->id, domain::CodeLabels::label(r->originalChannel), r->originalDestination,
                     statusText(r->status), r->statusReason());
        return tr("Request %1\nOriginal: %2 %3")
            .arg(r->id, domain::CodeLabels::label(r->originalChannel), r->originalDestination);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Requested:
        return formatRecordsTime(r->requestedAt); // as the decision beside it (#41: ISO and short dates mixed)
    case Communication:
        return r->communicationId;
    case Mode:
        return r->mode == QLatin1String("regenerate") ? tr("Regenerate") : tr("Resend");
    case Destination:
        // Channels as the results name them (Print, Email), not their codes.
        if (r->channel.isEmpty() && r->destination.isEmpty())
            return tr("Original (%1)").arg(domain::CodeLabels::label(r->originalChannel));
        return tr("%1 %2")
            .arg(domain::CodeLabels::label(r->channel.isEmpty() ? r->originalChannel : r->channel), r->destination)
            .trimmed();
    case Status:
        return statusText(r->status);
    case Outcome:
        return r->statusReason();
    case RequestedBy:
        return r->requestedBy;
    case Decision:
        if (!r->approvedBy.isEmpty())
            // Who and when, with the locale's date pattern (no preposition to get wrong).
            return tr("%1, %2", "who approved, when").arg(r->approvedBy, formatRecordsTime(r->approvedAt.value_or(0)));
        return r->needsApproval ? tr("Needs a second person") : tr("None needed");
    case Reason:
        return r->reason;
    }
    return {};
}

QVariant ReissueQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Requested:
        return tr("Requested");
    case Communication:
        return tr("Communication");
    case Mode:
        return tr("Mode");
    case Destination:
        return tr("Destination");
    case Status:
        return tr("Status");
    case Outcome:
        return tr("Why it ended");
    case RequestedBy:
        return tr("Requested by");
    case Decision:
        return tr("Approval");
    case Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace proofdesk::itemmodels
