#include "demopdf.h"

#include "demopdflayout.h"
#include "demotime.h"

#include <QBuffer>
#include <QDateTime>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

// Determinism notes, learnt by writing the same PDF in separate processes:
// - /CreationDate is the wall clock: pinned afterwards by pinPdfCreationDate().
// - Embedded font subsets are written in QHash order, and QHash is seeded per process: two
//   faces (say regular and bold) come out in either order from run to run. So every letter
//   uses ONE face (DejaVu Sans, regular; emphasis by size and colour) with font merging off,
//   so no fallback face can slip in either.
// Nothing else in Qt 6.4's PDF output varies between runs.

namespace proofdesk::demo {

PdfOutput renderLetterPdf(const Letter &letter, qint64 documentDate)
{
    PdfOutput out;
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kPdfDpi);
        writer.setTitle(letter.subject + QStringLiteral(" (") + letter.documentId + QLatin1Char(')'));
        writer.setCreator(QStringLiteral("Northbridge document production (Proofdesk demo)"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            out.error = QStringLiteral("cannot start a PDF painter");
            return out;
        }
        // Measure first, so every footer can say "Page n of m"; then paint the same layout.
        const int pages = PdfLayout(painter, writer, letter, false, 0).run();
        out.pages = PdfLayout(painter, writer, letter, true, pages).run();
        painter.end();
    }
    buffer.close();
    if (!pinPdfCreationDate(out.bytes, documentDate))
        out.error = QStringLiteral("PDF creation date not found; cannot make the output reproducible");
    return out;
}

bool pinPdfCreationDate(QByteArray &pdf, qint64 at)
{
    static const QByteArray marker("/CreationDate (D:");
    const qsizetype start = pdf.indexOf(marker);
    if (start < 0)
        return false;
    const qsizetype valueStart = start + marker.size();
    const qsizetype end = pdf.indexOf(')', valueStart);
    if (end < 0)
        return false;
    const qsizetype length = end - valueStart;
    QByteArray stamp =
        QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    // Qt writes "Z" for UTC and "+HH'mm'" otherwise; keep whatever length it used.
    if (length == stamp.size() + 1)
        stamp += 'Z';
    else if (length == stamp.size() + 7)
        stamp += "+00'00'";
    else if (length == stamp.size() + 6)
        stamp += "+00'00";
    else
        return false;
    pdf.replace(valueStart, length, stamp);
    return true;
}

} // namespace proofdesk::demo
