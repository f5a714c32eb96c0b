#include "diffmodel.h"

#include <QBrush>
#include <QColor>

namespace proofdesk::itemmodels {

DiffModel::DiffModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_oldTitle(tr("Old"))
    , m_newTitle(tr("New"))
{}

void DiffModel::setTexts(const QString &oldText, const QString &newText)
{
    beginResetModel();
    m_lines = sideBySideDiff(oldText, newText);
    m_added = 0;
    m_removed = 0;
    for (const auto &line : std::as_const(m_lines)) {
        if (line.rightNumber && line.kind != DiffLine::Kind::Same)
            ++m_added;
        if (line.leftNumber && line.kind != DiffLine::Kind::Same)
            ++m_removed;
    }
    endResetModel();
}

void DiffModel::setTitles(const QString &oldTitle, const QString &newTitle)
{
    m_oldTitle = oldTitle;
    m_newTitle = newTitle;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int DiffModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }

int DiffModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DiffModel::background(const DiffLine &line, int column) const
{
    // Semantic colours with alpha: the palette's base shows through, so both light and
    // dark themes keep readable text.
    const bool left = column <= LeftTextColumn;
    const bool hasText = left ? line.leftNumber != 0 : line.rightNumber != 0;
    if (line.kind == DiffLine::Kind::Same || !hasText)
        return {};
    return QBrush(left ? QColor(220, 40, 40, 70) : QColor(30, 170, 60, 70));
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DiffLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case LeftNumberColumn:
            return line.leftNumber ? QVariant(line.leftNumber) : QVariant();
        case LeftTextColumn:
            return line.left;
        case RightNumberColumn:
            return line.rightNumber ? QVariant(line.rightNumber) : QVariant();
        case RightTextColumn:
            return line.right;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::BackgroundRole:
        return background(line, index.column());
    case Qt::AccessibleDescriptionRole:
        switch (line.kind) {
        case DiffLine::Kind::Same:
            return tr("unchanged");
        case DiffLine::Kind::Removed:
            return tr("removed");
        case DiffLine::Kind::Added:
            return tr("added");
        case DiffLine::Kind::Changed:
            return tr("changed");
        }
        return {};
    case KindRole:
        return int(line.kind);
    default:
        return {};
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LeftNumberColumn:
    case RightNumberColumn:
        return tr("Line");
    case LeftTextColumn:
        return m_oldTitle;
    case RightTextColumn:
        return m_newTitle;
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace proofdesk::itemmodels
