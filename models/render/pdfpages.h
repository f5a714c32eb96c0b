#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QPageLayout;

namespace proofdesk::render {

// The A4 page every generated PDF is printed on (margins in millimetres), and the line at
// its foot kept for the page number (points).
const QPageLayout &pdfPageLayout();
constexpr double kPdfFooterPoints = 18;

// A table of plain text painted straight onto the pages: no markup, cells wrapped anywhere,
// its header row repeated at the top of every page it continues on. Each row may carry a
// detail line across the whole width beneath it in a fixed-width font (a hash).
struct PlainTable
{
    struct Row
    {
        QStringList cells;
        QString detail;
    };
    QStringList header;
    QList<double> widths; // fractions of the page width, one per column
    QList<Row> rows;
};

// A PDF filled from the top of its first page: HTML parts laid out by QTextDocument (Qt's
// rich-text subset, as pdfFromHtml) and plain tables, each placed below the one before, on
// the same page where it fits, every page numbered. QTextDocument's layout and painting of
// one long table grow faster than its rows (a certificate of 10,000 communications took over
// a minute), so long lists are plain tables, painted row by row in time proportional to them.
class PdfPages
{
public:
    explicit PdfPages(const QString &title);
    ~PdfPages();

    // A part that fits in what is left of the page goes there, else it starts the next page;
    // a part taller than a page is broken across pages by QTextDocument.
    void addHtml(const QString &html);
    void addTable(const PlainTable &table);
    // The PDF's bytes; nothing can be added after.
    QByteArray finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace proofdesk::render
