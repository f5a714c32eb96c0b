#include "htmlpdf.h"

#include "pdfpages.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPageLayout>
#include <QTextDocument>

namespace proofdesk::render {

namespace {

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

QString esc(const QString &text) { return text.toHtmlEscaped(); }

void layOutForPdf(QTextDocument &doc, const QString &html)
{
    doc.setDefaultStyleSheet(
        QStringLiteral("body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #111; }"
                       "h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; }"
                       "table { border-collapse: collapse; } th { background: #e8ecf2; text-align: left; }"
                       "td, th { padding: 3px 6px; border: 1px solid #b8c0cc; } .bad { color: #a00000; } "
                       ".ok { color: #006000; } .small { font-size: 7pt; color: #444; }"));
    doc.setDocumentMargin(0); // the page layout has the margins
    doc.documentLayout()->setPaintDevice(pointsDevice());
    doc.setHtml(html);
    const QSizeF printable = pdfPageLayout().paintRect(QPageLayout::Point).size();
    // Without a page size of its own, QTextDocument::print() lays the text out again at the
    // screen's resolution against the printer's, and tables meant to be 100% wide come out
    // at about half the page.
    doc.setPageSize(QSizeF(printable.width(), printable.height() - kPdfFooterPoints));
}

QByteArray pdfFromHtml(const QString &html, const QString &title)
{
    PdfPages pages(title);
    pages.addHtml(html);
    return pages.finish();
}

} // namespace proofdesk::render
