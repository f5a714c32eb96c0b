#include "mattersmodel.h"

#include "audit/auditreason.h"

#include <QLocale>

namespace proofdesk::itemmodels {

QString MattersModel::progressText(const records::ReviewSummary &review)
{
    return tr("%1 of %2 reviewed").arg(QLocale().toString(review.reviewed), QLocale().toString(review.items));
}

QVariant MattersModel::data(const QModelIndex &index, int role) const
{
    const MatterRow *row = rowAt(index);
    if (!row)
        return {};
    const records::MatterInfo &m = row->matter;
    switch (role) {
    case IdRole:
        return m.id;
    case OpenRole:
        return m.isOpen();
    case NewsRole:
        return row->news;
    case Qt::ToolTipRole:
        return audit::renderReason(m.reason);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Id:
        return m.id;
    case Title:
        return m.title;
    case State:
        return m.isOpen() ? tr("Open") : tr("Closed");
    case Reviewed:
        return progressText(row->review);
    case News:
        return row->news < 0    ? QString()
               : row->news == 0 ? tr("no new letters")
                                : tr("%n new letter(s)", nullptr, int(row->news));
    case Opened:
        return formatRecordsTime(m.openedAt);
    }
    return {};
}

QVariant MattersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Matter");
    case Title:
        return tr("Title");
    case State:
        return tr("State");
    case Reviewed:
        return tr("Review");
    case News:
        return tr("Watched searches");
    case Opened:
        return tr("Opened");
    }
    return {};
}

} // namespace proofdesk::itemmodels
