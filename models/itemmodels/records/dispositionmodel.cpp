#include "dispositionmodel.h"

namespace proofdesk::itemmodels {

QVariant DispositionModel::data(const QModelIndex &index, int role) const
{
    const records::EligibleItem *e = rowAt(index);
    if (!e)
        return {};
    if (role == IdRole)
        return e->id;
    if (role == Qt::ToolTipRole)
        return e->reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Communication: return e->id;
    case Type: return e->type;
    case RetentionClass: return tr("%1 (%n year(s))", nullptr, e->years).arg(e->retentionClass);
    case Trigger: return formatRecordsTime(e->triggerAt).left(10);
    case Eligible: return e->extended ? tr("%1 (extended)").arg(formatRecordsTime(e->eligibleAt).left(10))
                                      : formatRecordsTime(e->eligibleAt).left(10);
    case Reason: return e->reason;
    }
    return {};
}

QVariant DispositionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Communication: return tr("Communication");
    case Type: return tr("Type");
    case RetentionClass: return tr("Retention class");
    case Trigger: return tr("From");
    case Eligible: return tr("Eligible since");
    case Reason: return tr("Why it is eligible");
    }
    return {};
}

} // namespace proofdesk::itemmodels
