#include "fittingscrollarea.h"

#include "focusinsight.h"

#include <QEvent>
#include <QScrollBar>

FittingScrollArea::FittingScrollArea(QWidget *contents, QWidget *parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the fields grow and shrink with the width
    setWidget(contents);
    keepFocusInSight(this);
}

QSize FittingScrollArea::sizeHint() const
{
    if (!widget())
        return QScrollArea::sizeHint();
    const int frame = 2 * frameWidth();
    // Room for the vertical bar, so that the fields keep their width when it appears.
    return widget()->sizeHint() + QSize(frame + verticalScrollBar()->sizeHint().width(), frame);
}

QSize FittingScrollArea::minimumSizeHint() const
{
    if (!widget())
        return QScrollArea::minimumSizeHint();
    const int frame = 2 * frameWidth();
    // As wide as the fields need, and a few lines tall: the rest scrolls.
    return QSize(widget()->minimumSizeHint().width() + frame + verticalScrollBar()->sizeHint().width(),
                 qMin(widget()->minimumSizeHint().height(), fontMetrics().lineSpacing() * 6) + frame);
}

bool FittingScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}
