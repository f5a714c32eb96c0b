#include "pdfclicks.h"

#include "detailpane.h"
#include "documentview.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "pdfpagesview.h"
#include "pdfviewer.h"
#include "resultsrows.h"
#include "resultsview.h"
#include "services/documentfetchjob.h"
#include "uibenchsupport.h"

#include <QTest>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using proofdesk::itemmodels::ResultsModel;

namespace uibench {

namespace {

const char *note(const PdfClick &c, bool first)
{
    if (!c.ok())
        return "  (timed out)";
    if (first)
        return "  (first: PDFium and fonts start)";
    return c.fromOtherRow ? "" : "  (no text row next to it: came from the row before)";
}

} // namespace

PdfClicks::PdfClicks(MainWindow &window, const QString &databasePath)
    : m_window(window)
    , m_databasePath(databasePath)
    , m_pdfRowIds(pdfCommunications())
{}

QSet<qint64> PdfClicks::pdfCommunications() const
{
    QSet<qint64> ids;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT rowid FROM communications WHERE media_type = 'application/pdf' "
                               "AND fixity = 'verified'",
                               -1, &st, nullptr)
            == SQLITE_OK) {
            while (sqlite3_step(st) == SQLITE_ROW)
                ids.insert(sqlite3_column_int64(st, 0));
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return ids;
}

QList<int> PdfClicks::pdfRows() const
{
    QList<int> rows;
    const QList<qint64> order = m_window.resultsModel()->rowIdsInOrder();
    for (int i = 0; i < order.size(); ++i) {
        if (m_pdfRowIds.contains(order.at(i)))
            rows << i;
    }
    return rows;
}

PdfClickSummary PdfClicks::run(int count, const char *budget)
{
    const QList<int> rows = pdfRows();
    printf("  %lld PDF communications in the cache, %lld in the list\n", qint64(m_pdfRowIds.size()),
           qint64(rows.size()));
    PdfClickSummary summary;
    if (rows.isEmpty()) {
        printf("  no PDF rendition to select: nothing measured\n");
        return summary;
    }
    const int n = std::min<int>(count, int(rows.size()));
    printf("  ms from the click on the row (coming from a text row next to it):\n");
    printf("  %8s %9s %8s %8s %10s %8s\n", "row", "pages", "detail", "ready", "rendered", "shown");
    for (int i = 0; i < n; ++i) {
        const PdfClick c = click(rows.at(qsizetype(double(i) * rows.size() / n)));
        summary.clicks << c;
        printf("  %8d %9d %8.1f %8.1f %10.1f %8.1f%s\n", c.row, c.pages, c.detail, c.ready, c.rendered, c.shown,
               note(c, i == 0));
        fflush(stdout);
        if (!c.ok())
            ++summary.timedOut;
        else if (i > 0) {
            summary.ready << c.ready;
            summary.shown << c.shown;
        }
    }
    printf("  click to PDF ready: p50 %.1f  p95 %.1f ms; "
           "click to first page shown: p50 %.1f  p95 %.1f  max %.1f ms   (first excluded; %s)\n",
           percentile(summary.ready, 0.5), percentile(summary.ready, 0.95), percentile(summary.shown, 0.5),
           percentile(summary.shown, 0.95), percentile(summary.shown, 1.0), budget);
    return summary;
}

// Selects the row above `row` (or below) when it is not a PDF, and waits until its detail is
// shown with its document: a network repository's document not in the store is fetched
// first, and a fetch still running would compete with the PDF's.
void PdfClicks::comeFromOtherRow(int row, PdfClick &click)
{
    ResultsModel *model = m_window.resultsModel();
    const QList<qint64> order = model->rowIdsInOrder();
    const int other = m_pdfRowIds.contains(order.value(row - 1, -1)) || row == 0 ? row + 1 : row - 1;
    if (other >= model->rowCount() || m_pdfRowIds.contains(order.at(other)))
        return;
    click.fromOtherRow = true;
    DetailPane *pane = m_window.detailPane();
    proofdesk::services::DocumentFetchJob *fetches = pane->documentFetchJob();
    double shownAt = -1, fetchedAt = -1;
    QObject guard; // the connections end with this function
    QObject::connect(pane, &DetailPane::detailShown, &guard, [&shownAt] { shownAt = now(); });
    QObject::connect(fetches, &proofdesk::services::DocumentFetchJob::finished, &guard,
                     [&fetchedAt] { fetchedAt = now(); });
    ResultsView *view = m_window.resultsView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->visualRect(model->index(other, ResultsModel::IdColumn)).center());
    // After a fetch the pane loads the detail again and shows it a second time.
    waitUntil([&] { return shownAt >= 0 && !fetches->isRunning() && shownAt > fetchedAt; }, 20000);
}

PdfClick PdfClicks::click(int row)
{
    PdfClick c;
    c.row = row;
    ResultsModel *model = m_window.resultsModel();
    ResultsView *view = m_window.resultsView();
    const QModelIndex index = model->index(row, ResultsModel::IdColumn);
    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    waitUntil([view] { return visibleRowsLoaded(view); }, 10000);
    comeFromOtherRow(row, c);
    spin(40); // pending paints and loads finish before the click

    DocumentView *document = m_window.detailPane()->documentView();
    PdfViewer *viewer = document->pdfViewer();
    double detailAt = -1, readyAt = -1, renderedAt = -1, shownAt = -1;
    QObject guard; // the connections end with this function
    QObject::connect(m_window.detailPane(), &DetailPane::detailShown, &guard, [&detailAt] {
        if (detailAt < 0)
            detailAt = now();
    });
    QObject::connect(document, &DocumentView::pdfReady, &guard, [&](int pages) {
        if (readyAt < 0) {
            readyAt = now();
            c.pages = pages;
        }
    });
    // Page 1's picture arrives from proofdesk-render (rendered), then a paint of the viewport
    // draws it (shown: PdfPagesView::pageShown is emitted at the end of that paint).
    QObject::connect(viewer->view(), &PdfPagesView::pageShown, &guard, [&](int page) {
        if (page == 0 && readyAt >= 0 && shownAt < 0)
            shownAt = now();
    });
    QObject::connect(viewer, &PdfViewer::pageRendered, &guard, [&](int page) {
        if (page == 0 && readyAt >= 0 && renderedAt < 0)
            renderedAt = now();
    });
    const double clickAt = now();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(index).center());
    const bool ok = waitUntil([&] { return shownAt >= 0; }, 20000);
    auto since = [clickAt](double at) { return at < 0 ? -1 : at - clickAt; };
    c.detail = since(detailAt);
    c.ready = since(readyAt);
    c.rendered = since(renderedAt);
    c.shown = ok ? since(shownAt) : -1;
    return c;
}

} // namespace uibench
