#include "resultsdelegate.h"

#include "icons.h"
#include "itemmodels/resultsmodel.h"

using proofdesk::itemmodels::ResultsModel;

void ResultsDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ResultsModel::LoadedRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    if (index.column() == ResultsModel::IdColumn && index.data(ResultsModel::HeldRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = icons::held();
    }
    // Beside the delivery status the reissue answers (the id's place is the padlock's).
    if (index.column() == ResultsModel::StatusColumn && index.data(ResultsModel::ReissuePendingRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = icons::reissuePending();
    }
    if (index.column() == ResultsModel::FixityColumn) {
        const QString fixity = index.data(ResultsModel::FixityRole).toString();
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = icons::fixity(fixity);
        if (fixity == QLatin1String("failed")) {
            // Semantic red, readable on light and dark bases alike.
            option->palette.setColor(QPalette::Text, QColor(0xe5, 0x39, 0x35));
            option->font.setBold(true);
        }
    }
}
