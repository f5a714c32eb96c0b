#pragma once

#include "render/pdfrenderprocess.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QTimer>

// The pages of a PDF, one under the other, drawn from images made elsewhere (the
// proofdesk-render helper, through PdfViewer): this widget never reads the PDF. A page not yet
// drawn is a white sheet saying so; a page that could not be drawn says why. Asks for the
// images of the pages in view, at the size the zoom and the screen need, with wantPages();
// keeps at most kImageBudget bytes of them, dropping the farthest from view first.
class PdfPagesView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr qint64 kImageBudget = qint64(192) << 20;

    explicit PdfPagesView(QWidget *parent = nullptr);

    // Sizes in points; shows white sheets until setImage() gives their pictures.
    void setPages(const QList<QSizeF> &sizes, qint64 maxImagePixels);
    void clear();
    int pageCount() const { return int(m_sizes.size()); }
    void setImage(int page, const QImage &image);
    void setPageFailed(int page, const QString &reason);
    // What the empty view says (while the helper opens a document).
    void setPlaceholderText(const QString &text);
    bool hasImage(int page) const { return m_images.contains(page); }

    // FitToWidth follows the viewport's width; otherwise `factor` times the page's size at
    // the screen's resolution.
    void setFitToWidth();
    void setZoomFactor(qreal factor);
    qreal zoomFactor() const; // the current one, in either mode
    bool fitsToWidth() const { return m_fitWidth; }

    int currentPage() const;
    // Scrolls so that `page` (and the point in it, in points) is at the top.
    void scrollToPage(int page, QPointF point = {});
    void setHighlights(const QList<proofdesk::render::FindHit> &hits, int current);

signals:
    // The images wanted now, the pages in view first.
    void wantPages(const QList<proofdesk::render::PageRequest> &pages);
    void currentPageChanged(int page);
    // A paint drew page's picture for the first time since it arrived.
    void pageShown(int page);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    qreal scale() const; // pixels per point
    QRect pageRect(int page) const;
    QSize wantedPixels(int page) const;
    void relayout();
    void visibleRange(int *first, int *last) const;
    void askForPages();
    void keepWithinBudget();
    void paintPage(QPainter &painter, int page, const QRect &rect);

    QList<QSizeF> m_sizes;
    QList<int> m_tops; // pixels, at the current scale
    QHash<int, QImage> m_images;
    QHash<int, QString> m_failed;
    QList<int> m_unshown; // pages whose picture arrived and was not painted yet
    QList<proofdesk::render::FindHit> m_hits;
    int m_currentHit = -1;
    qint64 m_maxImagePixels = 0;
    bool m_fitWidth = true;
    qreal m_factor = 1.0;
    int m_lastCurrent = -1;
    QString m_placeholder;
    QTimer m_ask; // coalesces the requests of one scroll or resize
};
