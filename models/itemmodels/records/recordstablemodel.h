#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace proofdesk::itemmodels {

// Shared plumbing of the records tables: a list of rows replaced whole (one reset per
// load), and the time format they show.
template <typename Row> class RecordsTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(const QModelIndex &index) const
    {
        return index.isValid() && index.row() < m_rows.size() ? &m_rows.at(index.row()) : nullptr;
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    QList<Row> m_rows;
};

// A UTC millisecond time in the user's time zone, to the minute, and its day, as the reader's
// locale writes them (util/readerdates.h: 24.11.2026 10:04, 11/24/2026 10:04 AM); empty for 0.
QString formatRecordsTime(qint64 msUtc);
QString formatRecordsDay(qint64 msUtc);

} // namespace proofdesk::itemmodels
