#pragma once
// The PDF first-page measurement of the desktop benchmarks (proofdesk-bench-ui,
// proofdesk-bench-evicted) on the real MainWindow. Rows of the results list whose rendition
// is a verified PDF are clicked, each coming from a communication that is not a PDF (the row
// above, or below) so that the PDF viewer starts empty, as when a reviewer moves on from an
// email or a text. A click is timed to DetailPane::detailShown, DocumentView::pdfReady (the
// document opened by proofdesk-render), PdfViewer::pageRendered of page 0 (its picture
// arrived from the helper), and PdfViewer::pageShown of page 0 (the end of the viewport's
// paint that drew it: the first page on screen).

#include <QList>
#include <QSet>
#include <QString>

class MainWindow;

namespace uibench {

struct PdfClick
{
    int row = -1;
    int pages = 0;
    // ms from the click; -1 when it never happened (within the wait)
    double detail = -1, ready = -1, rendered = -1, shown = -1;
    bool fromOtherRow = false; // came from a row that is not a PDF
    bool ok() const { return shown >= 0; }
};

struct PdfClickSummary
{
    QList<PdfClick> clicks;     // all, in order
    QList<double> ready, shown; // the timed ones: every click that finished but the first
    int timedOut = 0;
};

class PdfClicks
{
public:
    // The window shows its results; databasePath is its cache (read to tell PDFs apart).
    PdfClicks(MainWindow &window, const QString &databasePath);

    // The rows of the results list, in list order, whose communication's rendition is a
    // verified PDF.
    QList<int> pdfRows() const;
    // Clicks `count` PDF rows spread over the list (all of them when there are fewer),
    // prints a line per click and a summary line naming `budget`. The first click is a
    // warm-up (PDFium and the fonts start) and left out of the summary.
    PdfClickSummary run(int count, const char *budget);

private:
    PdfClick click(int row);
    void comeFromOtherRow(int row, PdfClick &click);
    QSet<qint64> pdfCommunications() const;

    MainWindow &m_window;
    QString m_databasePath;
    QSet<qint64> m_pdfRowIds;
};

} // namespace uibench
