#include "pdftextextractor.h"

#include <QMutex>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QStringList>

namespace proofdesk::sync {

QString PdfTextExtractor::extract(const QString &path)
{
    // PDFium is not re-entrant; QtPdf serializes most calls, this makes it certain.
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    QPdfDocument doc;
    if (doc.load(path) != QPdfDocument::Error::None)
        return QString();
    QStringList pages;
    for (int i = 0; i < doc.pageCount(); ++i)
        pages << doc.getAllText(i).text();
    return pages.join(QLatin1Char('\n'));
}

} // namespace proofdesk::sync
