#include "reviewmodel.h"

#include "cache/sqlite.h"
#include "domain/textfold.h"
#include "recordstablemodel.h"
#include "util/readerdates.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace proofdesk::itemmodels {

QList<ReviewRow> reviewRows(cache::Database &db, const QList<records::ReviewItem> &items)
{
    QList<ReviewRow> rows;
    rows.reserve(items.size());
    QHash<QString, int> rowOf;
    for (const records::ReviewItem &item : items) {
        rowOf.insert(domain::foldCase(item.id), int(rows.size()));
        rows.append(ReviewRow{item, 0, {}, {}, 0});
    }
    cache::Statement st = db.prepare("SELECT c.id, c.rowid, c.customer_id, c.type, c.issued_at FROM json_each(?1) j "
                                     "JOIN communications c ON c.id = j.value");
    constexpr qsizetype kChunk = 10000;
    for (qsizetype from = 0; from < items.size(); from += kChunk) {
        QJsonArray ids;
        for (qsizetype i = from; i < qMin(from + kChunk, items.size()); ++i)
            ids.append(items.at(i).id);
        st.bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        while (st.step()) {
            ReviewRow &r = rows[rowOf.value(domain::foldCase(st.columnText(0)))];
            r.rowid = st.columnInt(1);
            r.customer = st.columnText(2);
            r.type = st.columnText(3);
            r.issuedAt = st.columnInt(4);
        }
        st.reset();
    }
    return rows;
}

ReviewModel::ReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReviewModel::setRows(const QList<ReviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_rowOf.clear();
    m_reviewed = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(domain::foldCase(m_rows.at(i).item.id), i);
        m_reviewed += m_rows.at(i).item.reviewed();
    }
    endResetModel();
    emit reviewedCountChanged(m_reviewed, m_rows.size());
}

void ReviewModel::replaceItem(const records::ReviewItem &item)
{
    const int row = rowOf(item.id);
    if (row < 0)
        return;
    m_reviewed += int(item.reviewed()) - int(m_rows.at(row).item.reviewed());
    m_rows[row].item = item;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit reviewedCountChanged(m_reviewed, m_rows.size());
}

const ReviewRow *ReviewModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ReviewModel::rowOf(const QString &commId) const { return m_rowOf.value(domain::foldCase(commId), -1); }

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    const ReviewRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->item.id;
    case RowIdRole:
        return r->rowid;
    case RevisionRole:
        return r->item.revision;
    case TagsRole:
        return r->item.tags;
    case ReviewerRole:
        return r->item.reviewer;
    case ReviewedRole:
        return r->item.reviewed();
    case Qt::ToolTipRole:
        return r->rowid ? QVariant() : tr("No longer in the cache: disposed of, or outside the sync scope");
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Id:
        return r->item.id;
    case Customer:
        return r->customer;
    case Type:
        return r->type;
    case Issued:
        return r->issuedAt ? util::readerDate(QDateTime::fromMSecsSinceEpoch(r->issuedAt).date()) : QString();
    case Tags:
        return r->item.tags.join(QStringLiteral(", "));
    case Reviewer:
        return r->item.reviewer;
    case Note:
        return r->item.note;
    }
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Communication");
    case Customer:
        return tr("Customer");
    case Type:
        return tr("Type");
    case Issued:
        return tr("Issued");
    case Tags:
        return tr("Tags");
    case Reviewer:
        return tr("Reviewer");
    case Note:
        return tr("Note");
    }
    return {};
}

} // namespace proofdesk::itemmodels
