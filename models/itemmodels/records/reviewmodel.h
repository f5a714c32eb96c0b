#pragma once

#include "records/matter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::itemmodels {

// A letter of a review set with what the cache says of it (empty when the cache no longer
// holds it: disposed, or out of the sync scope).
struct ReviewRow
{
    records::ReviewItem item;
    qint64 rowid = 0; // 0: not in the cache
    QString customer;
    QString type;
    qint64 issuedAt = 0;
};

// Joins a review set with the cache (one query a few thousand letters): for the review list.
QList<ReviewRow> reviewRows(cache::Database &db, const QList<records::ReviewItem> &items);

// A matter's review set as the review list shows it, in the order the set grew. A review made
// here or heard from another desk replaces its one row (one dataChanged), never the list.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Customer, Type, Issued, Tags, Reviewer, Note, ColumnCount };
    enum Role { IdRole = Qt::UserRole, RowIdRole, RevisionRole, TagsRole, ReviewerRole, ReviewedRole };

    explicit ReviewModel(QObject *parent = nullptr);

    void setRows(const QList<ReviewRow> &rows);
    // The review of one letter changed: its row shows it.
    void replaceItem(const records::ReviewItem &item);
    const ReviewRow *rowAt(int row) const;
    int rowOf(const QString &commId) const; // -1 when not in the set
    qint64 reviewedCount() const { return m_reviewed; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void reviewedCountChanged(qint64 reviewed, qint64 items);

private:
    QList<ReviewRow> m_rows;
    QHash<QString, int> m_rowOf; // folded id → row
    qint64 m_reviewed = 0;
};

} // namespace proofdesk::itemmodels
