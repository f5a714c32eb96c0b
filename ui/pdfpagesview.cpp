#include "pdfpagesview.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QtMath>
#include <cmath>

using proofdesk::render::FindHit;
using proofdesk::render::PageRequest;

namespace {

constexpr int kGap = 8; // pixels between pages, and around them
constexpr int kMaxSide = 16384;

} // namespace

PdfPagesView::PdfPagesView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(40);
    m_ask.setSingleShot(true);
    connect(&m_ask, &QTimer::timeout, this, &PdfPagesView::askForPages);
}

void PdfPagesView::setPages(const QList<QSizeF> &sizes, qint64 maxImagePixels)
{
    m_sizes = sizes;
    m_maxImagePixels = maxImagePixels;
    m_images.clear();
    m_failed.clear();
    m_unshown.clear();
    m_hits.clear();
    m_lastCurrent = -1;
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    askForPages();
}

void PdfPagesView::clear() { setPages({}, 0); }

void PdfPagesView::setImage(int page, const QImage &image)
{
    if (page < 0 || page >= pageCount())
        return;
    m_images.insert(page, image);
    m_failed.remove(page);
    if (!m_unshown.contains(page))
        m_unshown << page;
    keepWithinBudget();
    viewport()->update(pageRect(page));
}

void PdfPagesView::setPageFailed(int page, const QString &reason)
{
    if (page < 0 || page >= pageCount())
        return;
    m_failed.insert(page, reason);
    viewport()->update(pageRect(page));
}

void PdfPagesView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

qreal PdfPagesView::scale() const
{
    if (m_fitWidth) {
        qreal widest = 1;
        for (const QSizeF &size : m_sizes)
            widest = qMax(widest, size.width());
        return qMax<qreal>(0.05, (viewport()->width() - 2 * kGap) / widest);
    }
    return m_factor * logicalDpiX() / 72.0;
}

qreal PdfPagesView::zoomFactor() const { return scale() * 72.0 / logicalDpiX(); }

void PdfPagesView::setFitToWidth()
{
    m_fitWidth = true;
    relayout();
}

void PdfPagesView::setZoomFactor(qreal factor)
{
    const int page = currentPage();
    m_fitWidth = false;
    m_factor = factor;
    relayout();
    scrollToPage(page);
}

void PdfPagesView::relayout()
{
    const qreal s = scale();
    m_tops.clear();
    int y = kGap, widest = 0;
    for (const QSizeF &size : m_sizes) {
        m_tops << y;
        y += qCeil(size.height() * s) + kGap;
        widest = qMax(widest, qCeil(size.width() * s));
    }
    verticalScrollBar()->setRange(0, qMax(0, y - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, qMax(0, widest + 2 * kGap - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    viewport()->update();
    m_ask.start(0);
}

QRect PdfPagesView::pageRect(int page) const
{
    const qreal s = scale();
    const QSize size(qCeil(m_sizes.at(page).width() * s), qCeil(m_sizes.at(page).height() * s));
    const int contentWidth = qMax(viewport()->width(), size.width() + 2 * kGap);
    const int x = (contentWidth - size.width()) / 2 - horizontalScrollBar()->value();
    return QRect(QPoint(x, m_tops.at(page) - verticalScrollBar()->value()), size);
}

// The picture's size for the page as shown, in device pixels, within the helper's bounds
// (past them the picture is drawn larger than it was made).
QSize PdfPagesView::wantedPixels(int page) const
{
    const qreal s = scale() * devicePixelRatioF();
    qreal w = m_sizes.at(page).width() * s, h = m_sizes.at(page).height() * s;
    const qreal shrink = qMin<qreal>(1.0, std::sqrt(qreal(m_maxImagePixels) / qMax<qreal>(1, w * h)));
    w = qMin<qreal>(kMaxSide, w * shrink);
    h = qMin<qreal>(kMaxSide, h * shrink);
    return QSize(qMax(1, qFloor(w)), qMax(1, qFloor(h)));
}

void PdfPagesView::visibleRange(int *first, int *last) const
{
    const int top = verticalScrollBar()->value(), bottom = top + viewport()->height();
    *first = int(std::upper_bound(m_tops.begin(), m_tops.end(), top) - m_tops.begin()) - 1;
    *first = qMax(0, *first);
    *last = int(std::upper_bound(m_tops.begin(), m_tops.end(), bottom) - m_tops.begin()) - 1;
    *last = qMin(int(m_sizes.size()) - 1, qMax(*first, *last));
}

int PdfPagesView::currentPage() const
{
    if (m_sizes.isEmpty())
        return 0;
    int first = 0, last = 0;
    visibleRange(&first, &last);
    return first;
}

void PdfPagesView::scrollToPage(int page, QPointF point)
{
    if (page < 0 || page >= pageCount())
        return;
    verticalScrollBar()->setValue(m_tops.at(page) + qRound(point.y() * scale()) - kGap);
}

void PdfPagesView::setHighlights(const QList<FindHit> &hits, int current)
{
    m_hits = hits;
    m_currentHit = current;
    viewport()->update();
}

void PdfPagesView::askForPages()
{
    if (m_sizes.isEmpty())
        return;
    int first = 0, last = 0;
    visibleRange(&first, &last);
    QList<PageRequest> wanted;
    // The pages in view, then one after them so that scrolling down finds it ready.
    for (int page = first; page <= qMin(last + 1, pageCount() - 1); ++page) {
        const QSize pixels = wantedPixels(page);
        if (!m_failed.contains(page) && m_images.value(page).size() != pixels)
            wanted << PageRequest{page, pixels};
    }
    emit wantPages(wanted);
    if (first != m_lastCurrent) {
        m_lastCurrent = first;
        emit currentPageChanged(first);
    }
}

void PdfPagesView::keepWithinBudget()
{
    qint64 bytes = 0;
    for (const QImage &image : std::as_const(m_images))
        bytes += image.sizeInBytes();
    const int middle = currentPage();
    while (bytes > kImageBudget && m_images.size() > 1) {
        int farthest = m_images.constBegin().key();
        for (auto it = m_images.constBegin(); it != m_images.constEnd(); ++it) {
            if (qAbs(it.key() - middle) > qAbs(farthest - middle))
                farthest = it.key();
        }
        bytes -= m_images.value(farthest).sizeInBytes();
        m_images.remove(farthest);
    }
}

void PdfPagesView::paintPage(QPainter &painter, int page, const QRect &rect)
{
    const QImage image = m_images.value(page);
    if (!image.isNull()) {
        painter.drawImage(rect, image);
    } else {
        painter.fillRect(rect, Qt::white);
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        const QString text = m_failed.contains(page)
                                 ? tr("Page %1 could not be shown safely: %2").arg(page + 1).arg(m_failed.value(page))
                                 : tr("Drawing page %1…").arg(page + 1);
        painter.drawText(rect.adjusted(kGap, kGap, -kGap, -kGap), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    const qreal s = scale();
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).page != page)
            continue;
        const QRectF r = m_hits.at(i).rect;
        const QRectF onScreen(rect.left() + r.x() * s, rect.top() + r.y() * s, r.width() * s, r.height() * s);
        painter.fillRect(onScreen, i == m_currentHit ? QColor(255, 140, 0, 110) : QColor(255, 230, 0, 90));
    }
}

void PdfPagesView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (m_sizes.isEmpty()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, m_placeholder);
        return;
    }
    int first = 0, last = 0;
    visibleRange(&first, &last);
    QList<int> shown;
    for (int page = first; page <= last; ++page) {
        const QRect rect = pageRect(page);
        if (!rect.intersects(event->rect()))
            continue;
        paintPage(painter, page, rect);
        if (m_images.contains(page) && m_unshown.removeOne(page))
            shown << page;
    }
    painter.end();
    for (int page : std::as_const(shown))
        emit pageShown(page);
}

void PdfPagesView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PdfPagesView::scrollContentsBy(int, int)
{
    viewport()->update();
    m_ask.start(0);
}
