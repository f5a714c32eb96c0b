#pragma once

#include "records/reissue.h"
#include "recordstablemodel.h"

namespace proofdesk::itemmodels {

// The reissue queue: one request a row, newest first, with its status in words and, for a
// request that ended without being fulfilled, why: the words of whoever ended it, the
// workflow engine included (issue #25 item 4).
class ReissueQueueModel : public RecordsTableModel<records::ReissueRequest>
{
    Q_OBJECT

public:
    enum Column {
        Requested,
        Communication,
        Mode,
        Destination,
        Status,
        Outcome,
        RequestedBy,
        Decision,
        Reason,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, StatusRole, RequestedByRole, NeedsApprovalRole };

    using RecordsTableModel::RecordsTableModel;

    static QString statusText(const QString &status);
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace proofdesk::itemmodels
