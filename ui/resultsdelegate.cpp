#include "resultsdelegate.h"

#include "icons.h"
#include "itemmodels/resultsmodel.h"
#include "itemmodels/tones.h"
#include "util/cuttext.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

using proofdesk::itemmodels::ResultsModel;

namespace {

// What a cell draws of its text: no more than fits, one character a pixel of its width (no
// letter is narrower), and never more than kMaxCellCharacters. Eliding shapes the whole string
// whatever is seen of it: a row whose type was 4 MB and recipient 8 MB took 5.4 s a paint.
constexpr qsizetype kMaxCellCharacters = 1024;

QString fitted(const QString &text, int width)
{
    return proofdesk::util::cutText(text, qBound(qsizetype(8), qsizetype(width), kMaxCellCharacters));
}

} // namespace

void ResultsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool tagged = index.column() == ResultsModel::WhereColumn || index.column() == ResultsModel::FixityColumn;
    if (!tagged || !index.data(ResultsModel::RemoteRole).toBool()) {
        cell.text = fitted(cell.text, cell.rect.width());
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
        return;
    }
    // The cell as any other (background, selection), then the tag in place of its text. A
    // document not fetched has no fixity yet: its Fixity cell, on screen at the default
    // widths, carries the tag too ("In <repository>", the Where column's text).
    const QRect area = cell.rect.adjusted(4, 3, -4, -3);
    const QString text = fitted(index.siblingAtColumn(ResultsModel::WhereColumn).data().toString(), area.width());
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    const QFontMetrics fm(cell.font);
    const int width = qMin(area.width(), fm.horizontalAdvance(text) + 12);
    if (width <= 12)
        return;
    const QRect tag(area.left(), area.top(), width, area.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // White on a deep blue: readable on light and dark bases and on the selection alike.
    painter->setPen(QColor(0xbb, 0xde, 0xfb));
    painter->setBrush(QColor(0x15, 0x65, 0xc0));
    painter->drawRoundedRect(QRectF(tag).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setPen(Qt::white);
    painter->setFont(cell.font);
    painter->drawText(tag.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(text, Qt::ElideRight, tag.width() - 12));
    painter->restore();
}

void ResultsDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = proofdesk::util::cutText(option->text, kMaxCellCharacters); // what sizeHint measures too
    if (!index.data(ResultsModel::LoadedRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        return;
    }
    if (index.column() == ResultsModel::IdColumn && index.data(ResultsModel::RemoteRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = icons::remote();
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
    if (index.column() == ResultsModel::FixityColumn && !index.data(ResultsModel::RemoteRole).toBool()) {
        const QString fixity = index.data(ResultsModel::FixityRole).toString();
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = icons::fixity(fixity);
        if (fixity == QLatin1String("failed")) {
            // Semantic red, readable on light and dark bases alike (4.5:1, tones::text); on the
            // selected row the highlight's own text colour (red on blue was 2:1).
            if (!(option->state & QStyle::State_Selected))
                option->palette.setColor(QPalette::Text, proofdesk::itemmodels::tones::text(
                                                             proofdesk::itemmodels::tones::Tone::Bad, option->palette));
            option->font.setBold(true);
        }
    }
}
