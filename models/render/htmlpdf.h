#pragma once

#include <QByteArray>
#include <QString>

class QTextDocument;

namespace proofdesk::render {

// Lays out an HTML page (Qt's rich-text subset) on A4 with margins and page numbers and
// returns the PDF bytes (QPdfWriter + QTextDocument: needs a QGuiApplication, no screen).
QByteArray pdfFromHtml(const QString &html, const QString &title);

// `doc` holding `html` with the style and the page size pdfFromHtml prints it at: one page
// of the document is the printable area of A4 less the line of the page number, so that
// width="100%" is the width of the paper between its margins. Tests measure it.
void layOutForPdf(QTextDocument &doc, const QString &html);

// `text` escaped for HTML.
QString esc(const QString &text);

} // namespace proofdesk::render
