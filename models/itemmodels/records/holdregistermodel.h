#pragma once

#include "records/hold.h"
#include "recordstablemodel.h"

namespace proofdesk::itemmodels {

// The hold register: every hold, active or released, with its counts.
class HoldRegisterModel : public RecordsTableModel<records::HoldInfo>
{
    Q_OBJECT

public:
    enum Column { Name, Matter, Scope, Items, Removed, Status, CreatedBy, Created, ColumnCount };
    enum Role { IdRole = Qt::UserRole, ActiveRole };

    using RecordsTableModel::RecordsTableModel;

    static QString scopeText(const records::HoldInfo &hold);
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace proofdesk::itemmodels
