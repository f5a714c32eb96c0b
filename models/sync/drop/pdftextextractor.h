#pragma once

#include <QString>

namespace proofdesk::sync {

// The text of a PDF, page after page, through QtPdf. Empty when the file is not a PDF
// QtPdf can read. Safe to call from a worker thread.
namespace PdfTextExtractor {
QString extract(const QString &path);
}

} // namespace proofdesk::sync
