#include "findingstreemodel.h"

#include "complianceformat.h"

#include <QFont>
#include <QLocale>

namespace proofdesk::compliance {

// internalId 0 marks a kind row; a finding row carries its kind row + 1.
FindingsTreeModel::FindingsTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_byKind(allKinds().size())
{}

void FindingsTreeModel::setReport(const FindingsReport &report)
{
    beginResetModel();
    m_report = report;
    m_byKind = QList<QList<int>>(allKinds().size());
    for (int i = 0; i < m_report.findings.size(); ++i)
        m_byKind[allKinds().indexOf(m_report.findings.at(i).kind)] << i;
    endResetModel();
}

void FindingsTreeModel::setReviewed(FindingKind kind, const QString &commId, const FindingReview &review)
{
    const int k = allKinds().indexOf(kind);
    for (int row = 0; row < m_byKind.at(k).size(); ++row) {
        Finding &f = m_report.findings[m_byKind.at(k).at(row)];
        if (f.commId.compare(commId, Qt::CaseInsensitive) == 0) {
            f.review = review;
            emit dataChanged(index(row, 0, index(k, 0)), index(row, ColumnCount - 1, index(k, 0)));
        }
    }
}

void FindingsTreeModel::setExceptionCase(const records::ExceptionCase &exceptionCase)
{
    const auto kind = parseKind(exceptionCase.finding);
    if (!kind)
        return;
    const int k = allKinds().indexOf(*kind);
    for (int row = 0; row < m_byKind.at(k).size(); ++row) {
        Finding &f = m_report.findings[m_byKind.at(k).at(row)];
        if (f.commId.compare(exceptionCase.communicationId, Qt::CaseInsensitive) == 0) {
            f.exceptionCase = exceptionCase;
            emit dataChanged(index(row, 0, index(k, 0)), index(row, ColumnCount - 1, index(k, 0)));
        }
    }
}

// The case's state as the findings list shows it.
static QString caseStateText(const records::ExceptionCase &c)
{
    if (c.state == QLatin1String("queued"))
        return FindingsTreeModel::tr("case queued");
    if (c.state == QLatin1String("started"))
        return FindingsTreeModel::tr("case started");
    if (c.state == QLatin1String("running"))
        return FindingsTreeModel::tr("case running");
    if (c.state == QLatin1String("completed"))
        return FindingsTreeModel::tr("case completed");
    if (c.state == QLatin1String("deleted"))
        return c.deleteReason.isEmpty() ? FindingsTreeModel::tr("case deleted")
                                        : FindingsTreeModel::tr("case deleted: %1").arg(c.deleteReason);
    return c.state;
}

const Finding *FindingsTreeModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const int k = int(index.internalId()) - 1;
    return &m_report.findings.at(m_byKind.at(k).at(index.row()));
}

QModelIndex FindingsTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex FindingsTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int FindingsTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(allKinds().size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_byKind.at(parent.row()).size());
}

int FindingsTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant FindingsTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return groupData(index.row(), index.column(), role);
    return findingData(*findingAt(index), index.column(), role);
}

QVariant FindingsTreeModel::groupData(int kindRow, int column, int role) const
{
    const FindingKind kind = allKinds().at(kindRow);
    switch (role) {
    case Qt::DisplayRole:
        if (column == KindOrId)
            return tr("%1 (%2)").arg(kindTitle(kind), QLocale().toString(m_byKind.at(kindRow).size()));
        return {};
    case Qt::ToolTipRole:
        return kindName(kind);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case KindRole:
        return int(kind);
    case IsGroupRole:
        return true;
    default:
        return {};
    }
}

QVariant FindingsTreeModel::findingData(const Finding &f, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindOrId:
            return f.commId;
        case Issued:
            return f.issuedAt ? formatDay(f.issuedAt) : QString();
        case Detail:
            return f.detail;
        case Review:
            return f.review ? tr("reviewed by %1").arg(f.review->by) : QString();
        case ExceptionCase:
            return f.exceptionCase ? caseStateText(*f.exceptionCase) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ExceptionCase && f.exceptionCase)
            return tr("Exception case %1, opened by %2 on %3: %4")
                .arg(f.exceptionCase->id, f.exceptionCase->openedBy, formatMinute(f.exceptionCase->openedAt),
                     f.exceptionCase->reason);
        return f.review ? tr("%1\nReviewed by %2 on %3: %4")
                              .arg(f.detail, f.review->by, formatMinute(f.review->at), f.review->note)
                        : f.detail;
    case CanOpenCaseRole:
        // A case the engine deleted leaves the finding open to a new one.
        return (!f.exceptionCase || f.exceptionCase->state == QLatin1String("deleted"))
               && (f.kind == FindingKind::Undelivered || f.kind == FindingKind::FixityFailed);
    case CommIdRole:
        return f.commId;
    case RowIdRole:
        return f.rowid;
    case KindRole:
        return int(f.kind);
    case IsGroupRole:
        return false;
    case DetailRole:
        return f.detail;
    default:
        return {};
    }
}

QVariant FindingsTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindOrId:
        return tr("Finding");
    case Issued:
        return tr("Issued");
    case Detail:
        return tr("Detail");
    case Review:
        return tr("Review");
    case ExceptionCase:
        return tr("Exception Case");
    }
    return {};
}

} // namespace proofdesk::compliance
