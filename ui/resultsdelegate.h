#pragma once

#include <QStyledItemDelegate>

// Marks what a reviewer must not miss in the results: a padlock on held communications, a
// letter with a circular arrow beside the delivery status of one with a reissue on its way,
// a fixity shield (failed ones also in red), and dimmed placeholders for rows on their way.
class ResultsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
