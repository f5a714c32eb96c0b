#pragma once

#include <QStyledItemDelegate>

// Marks what a reviewer must not miss in the results: a padlock on held communications, a
// letter with a circular arrow beside the delivery status of one with a reissue on its way,
// a fixity shield (failed ones also in red), dimmed placeholders for rows on their way, and
// for a communication a repository holds and the cache does not a cloud by its id and a
// blue "In <repository>" tag in the Where column. A cell draws no more of its text than fits
// (resultsdelegate.cpp): a field may be megabytes long.
class ResultsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
