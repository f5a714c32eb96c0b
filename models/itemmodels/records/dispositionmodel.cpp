#include "dispositionmodel.h"

#include "domain/codelabels.h"
#include "records/retention.h"

namespace proofdesk::itemmodels {

QVariant DispositionModel::data(const QModelIndex &index, int role) const
{
    const records::EligibleItem *e = rowAt(index);
    if (!e)
        return {};
    if (role == IdRole)
        return e->id;
    if (role == Qt::ToolTipRole)
        return reasonText(*e);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Communication:
        return e->id;
    case Type:
        return domain::CodeLabels::label(e->type);
    case RetentionClass:
        return tr("%1 (%n year(s))", nullptr, e->years).arg(e->retentionClass);
    case Trigger:
        return formatRecordsDay(e->triggerAt);
    case Eligible:
        return e->extended ? tr("%1 (extended)").arg(formatRecordsDay(e->eligibleAt)) : formatRecordsDay(e->eligibleAt);
    case Reason:
        return reasonText(*e);
    }
    return {};
}

// Why it is eligible, in the reader's language and date pattern (the library's reason is the
// command-line client's, with ISO dates).
QString DispositionModel::reasonText(const records::EligibleItem &e)
{
    return tr("%1: %2 from %3 ended %4%5; under no active hold")
        .arg(e.retentionClass, records::Retention::periodText(e.years), formatRecordsDay(e.triggerAt),
             formatRecordsDay(e.eligibleAt), e.extended ? tr(" (extended)") : QString());
}

QVariant DispositionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Communication:
        return tr("Communication");
    case Type:
        return tr("Type");
    case RetentionClass:
        return tr("Retention class");
    case Trigger:
        return tr("From");
    case Eligible:
        return tr("Eligible since");
    case Reason:
        return tr("Why it is eligible");
    }
    return {};
}

} // namespace proofdesk::itemmodels
