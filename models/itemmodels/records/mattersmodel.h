#pragma once

#include "records/matter.h"
#include "recordstablemodel.h"

namespace proofdesk::itemmodels {

// A matter as the list shows it: itself, how far its review has got, and how many letters its
// watched searches find now that its review set does not hold (-1: none watched).
struct MatterRow
{
    records::MatterInfo matter;
    records::ReviewSummary review;
    qint64 news = -1;
};

// The matters this person may see (MatterAccess decided it in the store), newest number last.
class MattersModel : public RecordsTableModel<MatterRow>
{
    Q_OBJECT

public:
    enum Column { Id, Title, State, Reviewed, News, Opened, ColumnCount };
    enum Role { IdRole = Qt::UserRole, OpenRole, NewsRole };

    using RecordsTableModel::RecordsTableModel;

    // "812 of 4,310 reviewed"
    static QString progressText(const records::ReviewSummary &review);
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace proofdesk::itemmodels
