#include "holdregistermodel.h"

#include <QLocale>

namespace proofdesk::itemmodels {

QString HoldRegisterModel::scopeText(const records::HoldInfo &hold)
{
    if (!hold.scopeField.isEmpty())
        return tr("Every %1 %2 (also later ones)").arg(hold.scopeField, hold.scopeValue);
    if (!hold.scopeQuery.isEmpty())
        return tr("Search: %1").arg(hold.scopeQuery);
    return tr("Selected communications");
}

QVariant HoldRegisterModel::data(const QModelIndex &index, int role) const
{
    const records::HoldInfo *h = rowAt(index);
    if (!h)
        return {};
    switch (role) {
    case IdRole:
        return h->id;
    case ActiveRole:
        return h->active();
    case Qt::ToolTipRole:
        return h->active() ? tr("Hold %1: %2").arg(h->id, h->reason)
                           : tr("Released by %1: %2").arg(h->releasedBy, h->releaseReason);
    case Qt::TextAlignmentRole:
        return index.column() == Items || index.column() == Removed ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name: return h->name;
    case Matter: return h->matter;
    case Scope: return scopeText(*h);
    case Items: return QLocale().toString(h->items);
    case Removed: return QLocale().toString(h->removedItems);
    case Status:
        return h->active() ? tr("Active") : tr("Released %1").arg(formatRecordsTime(h->releasedAt.value_or(0)));
    case CreatedBy: return h->createdBy;
    case Created: return formatRecordsTime(h->createdAt);
    }
    return {};
}

QVariant HoldRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Hold");
    case Matter: return tr("Matter");
    case Scope: return tr("Covers");
    case Items: return tr("Items");
    case Removed: return tr("Removed");
    case Status: return tr("Status");
    case CreatedBy: return tr("Created by");
    case Created: return tr("Created");
    }
    return {};
}

} // namespace proofdesk::itemmodels
