// ResultsModel: what the view reads (data, header); the loading logic is in resultsmodel.cpp.
#include "domain/codelabels.h"
#include "resultsmodel.h"
#include "util/readerdates.h"

#include <QDateTime>
#include <QTimeZone>

namespace proofdesk::itemmodels {

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    // A QTableView handles up to INT_MAX rows; a cache holds far fewer communications.
    return parent.isValid() ? 0 : int(qMin<qint64>(m_total + m_remote.size(), std::numeric_limits<int>::max()));
}

int ResultsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

const ResultRow *ResultsModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    const int offset = row % kPageSize;
    if (offset >= it->rows.size() || !it->rows.at(offset))
        return nullptr;
    return &*it->rows.at(offset);
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() >= m_total)
        return remoteData(int(index.row() - m_total), index.column(), role);
    const ResultRow *row = rowAt(index.row());
    if (!row) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == IdColumn)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row->hit, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && m_pendingReissues.contains(row->hit.id))
            return tr("A reissue of %1 was requested and has not been fulfilled yet (Details lists it)")
                .arg(row->hit.id);
        if (row->held)
            return tr("%1 is under an active legal hold").arg(row->hit.id);
        if (row->hit.fixity == QLatin1String("failed"))
            return tr("The bytes of %1 do not match the recorded SHA-256").arg(row->hit.id);
        return {};
    case RowIdRole:
        return row->hit.rowid;
    case CommunicationIdRole:
        return row->hit.id;
    case IssuedAtRole:
        return row->hit.issuedAt;
    case FixityRole:
        return row->hit.fixity;
    case HeldRole:
        return row->held;
    case ReissuePendingRole:
        return m_pendingReissues.contains(row->hit.id);
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant ResultsModel::cellText(const search::SearchHit &h, int column) const
{
    switch (Column(column)) {
    case IdColumn:
        return h.id;
    case IssuedColumn:
        return util::readerDateTime(QDateTime::fromMSecsSinceEpoch(h.issuedAt, QTimeZone::utc()));
    // Codes are read by people here: labels (the CSV export keeps the codes).
    case TypeColumn:
        return domain::CodeLabels::label(h.type);
    case ChannelColumn:
        return domain::CodeLabels::label(h.channel);
    case CustomerColumn:
        return h.customerId;
    case RecipientColumn:
        return h.recipientName;
    case StatusColumn:
        return domain::CodeLabels::label(h.status);
    case FixityColumn:
        return domain::CodeLabels::label(h.fixity);
    case OriginColumn:
        return domain::CodeLabels::label(h.origin);
    case UnitColumn:
        return h.businessUnit;
    case TemplateColumn:
        return h.templateId;
    case VersionColumn:
        return h.templateVersion;
    case WhereColumn:
        return tr("Cached");
    case ColumnCount:
        break;
    }
    return {};
}

QString ResultsModel::columnTitle(int column)
{
    switch (Column(column)) {
    case IdColumn:
        return tr("Id");
    case IssuedColumn:
        return tr("Issued (UTC)");
    case TypeColumn:
        return tr("Type");
    case ChannelColumn:
        return tr("Channel");
    case CustomerColumn:
        return tr("Customer");
    case RecipientColumn:
        return tr("Recipient");
    case StatusColumn:
        return tr("Delivery");
    case FixityColumn:
        return tr("Fixity");
    case OriginColumn:
        return tr("Origin");
    case UnitColumn:
        return tr("Business unit");
    case TemplateColumn:
        return tr("Template");
    case VersionColumn:
        return tr("Version");
    case WhereColumn:
        return tr("Where");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole && section == WhereColumn)
        return tr("Cached, or the repository that holds a communication the cache does not (Search the "
                  "Repositories Too)");
    if (role == Qt::ToolTipRole && section == IssuedColumn)
        return tr("Click to reverse the order (newest or oldest first)");
    if (role == Qt::ToolTipRole && isSortable(section))
        return tr("Click to sort by this column, again to reverse; newest first within each value");
    // A first click sorts dates newest first and the others from A to Z.
    if (role == Qt::InitialSortOrderRole && isSortable(section))
        return section == IssuedColumn ? Qt::DescendingOrder : Qt::AscendingOrder;
    return {};
}

} // namespace proofdesk::itemmodels
