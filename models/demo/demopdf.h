#pragma once

#include "demoletter.h"

#include <QByteArray>

namespace proofdesk::demo {

struct PdfOutput
{
    QByteArray bytes;
    int pages = 0;
    QString error;
};

// Renders a letter as an A4 PDF with real, extractable text: letterhead, window-envelope
// address block, reference box, body, ruled table, small print, "Page n of m" footers.
// The same letter and date always give the same bytes (see demopdf.cpp for how).
PdfOutput renderLetterPdf(const Letter &letter, qint64 documentDate);

// QPdfWriter stamps the wall-clock time into /CreationDate. Overwrites it in place with the
// given time, same length, so the xref offsets stay valid. False if the stamp is not found.
bool pinPdfCreationDate(QByteArray &pdf, qint64 at);

} // namespace proofdesk::demo
