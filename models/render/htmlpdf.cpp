#include "htmlpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace proofdesk::render {

namespace {

const QPageLayout &pageLayout()
{
    static const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                    QMarginsF(18, 18, 18, 20), QPageLayout::Millimeter);
    return layout;
}

// The document is laid out in points (72 per inch) whatever the writer's resolution, and
// painted scaled to it; the last line of each page is kept for the page number.
constexpr qreal kFooterPoints = 18;

// A paint device of 72 dots per inch, so that the layout's units are points: fonts and the
// page size then agree whatever screen (or none) the application has.
QPaintDevice *pointsDevice()
{
    thread_local QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        return image;
    }();
    return &device;
}

} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

void layOutForPdf(QTextDocument &doc, const QString &html)
{
    doc.setDefaultStyleSheet(QStringLiteral(
        "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #111; }"
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }"
        "table { border-collapse: collapse; } th { background: #e8ecf2; text-align: left; }"
        "td, th { padding: 3px 6px; border: 1px solid #b8c0cc; } .bad { color: #a00000; } "
        ".ok { color: #006000; } .small { font-size: 7pt; color: #444; }"));
    doc.setDocumentMargin(0); // the page layout has the margins
    doc.documentLayout()->setPaintDevice(pointsDevice());
    doc.setHtml(html);
    const QSizeF printable = pageLayout().paintRect(QPageLayout::Point).size();
    // Without a page size of its own, QTextDocument::print() lays the text out again at the
    // screen's resolution against the printer's, and tables meant to be 100% wide come out
    // at about half the page.
    doc.setPageSize(QSizeF(printable.width(), printable.height() - kFooterPoints));
}

QByteArray pdfFromHtml(const QString &html, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Proofdesk"));
    writer.setResolution(300);
    writer.setPageLayout(pageLayout());

    QTextDocument doc;
    layOutForPdf(doc, html);
    const QSizeF page = doc.pageSize();
    const qreal scale = writer.width() / (page.width());
    QPainter painter(&writer);
    QFont numberFont = doc.defaultFont();
    numberFont.setPointSizeF(8);
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        // In the writer's own units: its font sizes are already at its resolution.
        painter.setFont(numberFont);
        painter.drawText(QRectF(0, page.height() * scale, writer.width(), kFooterPoints * scale),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(i + 1));
    }
    painter.end();
    return bytes;
}

} // namespace proofdesk::render
