#pragma once

#include "audit/auditentry.h"
#include "recordstablemodel.h"

namespace proofdesk::itemmodels {

// Audit trail entries (the audit view, and a hold's history).
class AuditEntriesModel : public RecordsTableModel<audit::AuditEntry>
{
    Q_OBJECT

public:
    enum Column { Seq, Time, User, Role, Action, Outcome, Object, Reason, ColumnCount };
    enum ItemRole { SeqRole = Qt::UserRole, OutcomeRole, HashRole };

    using RecordsTableModel::RecordsTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the entry is about, as the Object column reads: "hold HOLD-…", or a search's query.
    static QString objectText(const audit::AuditEntry &entry);
    // An object type in the reader's language ("hold" is "Sperre" in German); a type this
    // version does not know stays as the trail stores it. Filters and exports keep the code.
    static QString objectTypeText(const QString &type);
};

} // namespace proofdesk::itemmodels
