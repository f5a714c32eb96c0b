#include "pdfpages.h"

#include "htmlpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextLayout>

namespace proofdesk::render {

const QPageLayout &pdfPageLayout()
{
    static const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 20),
                                    QPageLayout::Millimeter);
    return layout;
}

namespace {

// The plain table's look, as layOutForPdf's style sheet gives an HTML table (in points).
constexpr qreal kPadX = 6, kPadY = 3, kBorder = 0.75;
const QColor kBorderColor(0xb8, 0xc0, 0xcc);
const QColor kHeaderBackground(0xe8, 0xec, 0xf2);
const QColor kDetailBackground(0xf4, 0xf6, 0xf9);

QFont pdfFont(const char *family, qreal points, bool bold = false)
{
    QFont font{QString::fromLatin1(family)};
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

struct PdfPages::Private
{
    QByteArray bytes;
    QBuffer buffer{&bytes};
    QPdfWriter writer{&buffer};
    QSizeF page; // the printable area less the footer, in points (layOutForPdf's page)
    qreal scale; // writer dots per point
    QPainter painter;
    QFont numberFont = pdfFont("DejaVu Sans", 8);
    QFont body = pdfFont("DejaVu Sans", 9);
    QFont bold = pdfFont("DejaVu Sans", 9, true);
    QFont mono = pdfFont("DejaVu Sans Mono", 7.5);
    qreal y = 0; // points from the top of the current page
    int number = 0;

    explicit Private(const QString &title)
    {
        buffer.open(QIODevice::WriteOnly);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Proofdesk"));
        writer.setResolution(300);
        writer.setPageLayout(pdfPageLayout());
        const QSizeF printable = pdfPageLayout().paintRect(QPageLayout::Point).size();
        page = QSizeF(printable.width(), printable.height() - kPdfFooterPoints);
        scale = writer.width() / page.width();
        painter.begin(&writer);
    }

    qreal spaceLeft() const { return page.height() - y; }

    void numberPage()
    {
        ++number;
        // In the writer's own units: its font sizes are already at its resolution.
        painter.setFont(numberFont);
        painter.drawText(QRectF(0, page.height() * scale, writer.width(), kPdfFooterPoints * scale),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
    }

    void newPage()
    {
        numberPage();
        writer.newPage();
        y = 0;
    }

    // Paints `doc` from `top` to `top + height` (its units: points) at y, and moves down.
    void paint(QTextDocument &doc, qreal top, qreal height)
    {
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, y - top);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, top, page.width(), height);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        y += height;
    }

    // Where the row being painted may show text (points, in y's terms): a line of text is
    // painted on the page its foot falls on, so that a row running over pages shows each line
    // once, whole.
    qreal visibleTop = 0, visibleBottom = 0;

    bool visible(qreal lineTop, qreal lineHeight) const
    {
        const qreal foot = lineTop + lineHeight;
        return foot > visibleTop && foot <= visibleBottom + 0.01;
    }

    // Text in a cell `width` points wide: its height in points, and painted at (x, top) when
    // `paintIt`. One line (most cells) is measured and drawn without a wrapping layout.
    qreal text(const QFont &font, const QString &s, qreal x, qreal top, qreal width, bool paintIt)
    {
        const QFontMetricsF metrics(font, &writer); // in dots
        const qreal dots = width * scale;
        if (metrics.horizontalAdvance(s) <= dots) {
            const qreal height = metrics.height() / scale;
            if (paintIt && visible(top, height)) {
                painter.setFont(font);
                painter.drawText(QPointF(x * scale, top * scale + metrics.ascent()), s);
            }
            return height;
        }
        QTextLayout layout(s, font, &writer);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal height = 0; // dots
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(dots);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();
        if (paintIt) {
            painter.setPen(Qt::black);
            for (int i = 0; i < layout.lineCount(); ++i) {
                const QTextLine line = layout.lineAt(i);
                if (visible(top + line.y() / scale, line.height() / scale))
                    line.draw(&painter, QPointF(x * scale, top * scale));
            }
        }
        return height / scale;
    }

    // One row of cells (bold for the header, or the first cell of a row) and its detail line:
    // its height, and painted at y when `paintIt`.
    qreal row(const PlainTable &table, const QStringList &cells, const QString &detail, bool header, bool paintIt)
    {
        qreal cellsHeight = 0;
        qreal x = 0;
        const qreal top = y + kPadY;
        for (int i = 0; i < table.widths.size(); ++i) {
            const qreal width = table.widths[i] * page.width();
            const QFont &font = header || i == 0 ? bold : body;
            cellsHeight = qMax(cellsHeight, text(font, cells.value(i), x + kPadX, top, width - 2 * kPadX, false));
            x += width;
        }
        cellsHeight += 2 * kPadY;
        const qreal detailHeight =
            detail.isEmpty() ? 0 : text(mono, detail, kPadX, 0, page.width() - 2 * kPadX, false) + 2 * kPadY;
        if (!paintIt)
            return cellsHeight + detailHeight;
        painter.save(); // the cells' rectangles cut where the page shows the row
        painter.setClipRect(QRectF(0, visibleTop * scale, page.width() * scale, (visibleBottom - visibleTop) * scale));
        painter.setPen(QPen(kBorderColor, kBorder * scale));
        x = 0;
        for (int i = 0; i < table.widths.size(); ++i) {
            const qreal width = table.widths[i] * page.width();
            painter.setBrush(header ? QBrush(kHeaderBackground) : Qt::NoBrush);
            painter.drawRect(QRectF(x * scale, y * scale, width * scale, cellsHeight * scale));
            x += width;
        }
        if (detailHeight > 0) {
            painter.setBrush(kDetailBackground);
            painter.drawRect(QRectF(0, (y + cellsHeight) * scale, page.width() * scale, detailHeight * scale));
        }
        painter.restore();
        painter.setPen(Qt::black);
        x = 0;
        for (int i = 0; i < table.widths.size(); ++i) {
            const qreal width = table.widths[i] * page.width();
            text(header || i == 0 ? bold : body, cells.value(i), x + kPadX, top, width - 2 * kPadX, true);
            x += width;
        }
        if (detailHeight > 0)
            text(mono, detail, kPadX, y + cellsHeight + kPadY, page.width() - 2 * kPadX, true);
        return cellsHeight + detailHeight;
    }

    // Paints a row at y and moves below it. A row taller than what is left of the page (an id
    // of thousands of characters) goes on over the next pages, each showing its lines that end
    // there, so nothing of it is lost.
    void paintRow(const PlainTable &table, const QStringList &cells, const QString &detail, bool header)
    {
        const qreal height = row(table, cells, detail, header, false);
        qreal shown = 0; // of the row, on the pages before this one
        for (;;) {
            const qreal top = y;
            visibleTop = top;
            visibleBottom = top + spaceLeft();
            y = top - shown; // the row painted from its start, shifted up by what is shown already
            row(table, cells, detail, header, true);
            y = top;
            const qreal here = qMin(height - shown, spaceLeft());
            shown += here;
            y += here;
            if (shown >= height)
                return;
            newPage();
        }
    }
};

PdfPages::PdfPages(const QString &title)
    : d(std::make_unique<Private>(title))
{}

PdfPages::~PdfPages() = default;

void PdfPages::addHtml(const QString &html)
{
    QTextDocument doc;
    layOutForPdf(doc, html);
    const qreal pageHeight = doc.pageSize().height();
    const int ownPages = doc.pageCount();
    // Laid out on pages of its own, its last one holds what is left below its page breaks.
    const qreal lastHeight = doc.documentLayout()->documentSize().height() - (ownPages - 1) * pageHeight;
    if (ownPages == 1 && lastHeight <= d->spaceLeft()) {
        d->paint(doc, 0, lastHeight);
        return;
    }
    if (d->y > 0)
        d->newPage();
    for (int i = 0; i < ownPages; ++i) {
        if (i > 0)
            d->newPage();
        d->paint(doc, i * pageHeight, i + 1 < ownPages ? pageHeight : lastHeight);
    }
}

void PdfPages::addTable(const PlainTable &table)
{
    const qreal headerHeight = d->row(table, table.header, QString(), true, false);
    bool headerShown = false;
    for (const PlainTable::Row &r : table.rows) {
        const qreal height = d->row(table, r.cells, r.detail, false, false);
        if (headerShown && height > d->spaceLeft() && d->y > 0) {
            d->newPage();
            headerShown = false;
        }
        if (!headerShown) {
            if (headerHeight + height > d->spaceLeft() && d->y > 0)
                d->newPage();
            d->paintRow(table, table.header, QString(), true);
            headerShown = true;
        }
        d->paintRow(table, r.cells, r.detail, false);
    }
}

QByteArray PdfPages::finish()
{
    d->numberPage();
    d->painter.end();
    d->buffer.close();
    return d->bytes;
}

} // namespace proofdesk::render
