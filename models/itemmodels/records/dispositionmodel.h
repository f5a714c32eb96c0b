#pragma once

#include "records/retention.h"
#include "recordstablemodel.h"

namespace proofdesk::itemmodels {

// The disposition review list: communications past retention and under no hold, with why.
class DispositionModel : public RecordsTableModel<records::EligibleItem>
{
    Q_OBJECT

public:
    enum Column { Communication, Type, RetentionClass, Trigger, Eligible, Reason, ColumnCount };
    enum Role { IdRole = Qt::UserRole };

    using RecordsTableModel::RecordsTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString reasonText(const records::EligibleItem &e);
};

} // namespace proofdesk::itemmodels
