#pragma once

#include <QByteArray>
#include <QString>

namespace proofdesk::compliance {

// Lays out an HTML page (Qt's rich-text subset) on A4 with margins and page numbers and
// returns the PDF bytes (QPdfWriter + QTextDocument: needs a QGuiApplication, no screen).
QByteArray pdfFromHtml(const QString &html, const QString &title);

// `text` escaped for HTML.
QString esc(const QString &text);

} // namespace proofdesk::compliance
