#pragma once

#include "records/hold.h"
#include "recordstablemodel.h"

namespace proofdesk::itemmodels {

// The hold register: every hold, active or released, with its counts, and how far it has
// reached its repositories (Repositories: confirmed, pending and refused objects summed,
// the tooltip per repository).
class HoldRegisterModel : public RecordsTableModel<records::HoldInfo>
{
    Q_OBJECT

public:
    enum Column { Name, Matter, Scope, Items, Removed, Repositories, Status, CreatedBy, Created, ColumnCount };
    enum Role { IdRole = Qt::UserRole, ActiveRole };

    using RecordsTableModel::RecordsTableModel;

    static QString scopeText(const records::HoldInfo &hold);
    static QString deliveryText(const records::HoldInfo &hold);
    static QString deliveryToolTip(const records::HoldInfo &hold);
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace proofdesk::itemmodels
