// proofdesk-bench-ui: the desktop figures of DESIGN.md's performance budget, measured on the
// real MainWindow opened on a data folder. Reports numbers; it is not a test.
//
//   proofdesk-bench-ui --data DIR [--runs R] [--typed-runs R] [--key-interval MS]
//                      [--scroll-query Q] [--scroll-steps N] [--pdfs N] [--phases typing,scroll,pdf] [--log]
//                      [--vocabulary classic|zipf] [--only TEXT]...
//
// 1. Keystroke to results, for every query of the benchmark mix (searchmix.h):
//    - "after a pause": the query but its last character is typed and its results (total,
//      first page and rowid list) are in; then the last key is clicked and timed;
//    - "typed": the whole query is typed at --key-interval ms a key (a person typing, so
//      every key searches and interrupts the search of the key before) and the last key is
//      timed the same way.
//    Times are from the last QTest::keyClick to ResultsModel::totalChanged for the full
//    query ("total"), and to the end of the first paint of the results viewport after its
//    first page arrived ("shown": ResultsModel::countingStarted when the page came before
//    its total, else totalChanged), which is the first page on screen. A key after a pause (and so
//    every key typed --key-interval apart) searches when it is pressed; only keys closer together
//    than SearchBar::kDebounceMs wait for the end of their burst, and that wait would be counted.
// 2. Scrolling the results of --scroll-query (default: empty, every communication) from top
//    to bottom one page (the scroll bar's page step) at a time, then jumps (bottom, middle,
//    quarter, top, scattered positions). A step is timed to the end of the first viewport
//    paint after it ("painted", placeholders allowed) and to the end of the paint that shows
//    every visible row loaded ("filled"). VmRSS is sampled after every step; VmHWM (the
//    process's peak RSS) is read at the end.
// 3. PDF first page: clicks rows whose rendition is a PDF, spread over the results list, and
//    times click to DocumentView::pdfReady (document opened by proofdesk-render), to page 1
//    rendered (its picture arrived from the helper) and to the end of the paint that shows it
//    (pdfclicks.h, shared with proofdesk-bench-evicted).
//
// QT_QPA_PLATFORM defaults to offscreen; QT_QPA_PLATFORM=xcb runs it in an X server (Xvfb).
// Every timestamp is taken in the handler of the signal or event it names; waits between
// them run the event loop (never QTest::qWait, whose sleeps would delay delivery).
#include "benchapplication.h"
#include "benchcorpus.h"
#include "datafolder/datafolder.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "pdfclicks.h"
#include "resultsrows.h"
#include "resultsview.h"
#include "searchbar.h"
#include "searchmix.h"
#include "uibenchsupport.h"

#include <QAbstractEventDispatcher>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using proofdesk::itemmodels::ResultsModel;

namespace {

using namespace uibench;

struct Options
{
    int runs = 5;
    int typedRuns = 3;
    int keyInterval = 120;
    QString scrollQuery;
    int scrollSteps = 0;
    int pdfs = 12;
    QStringList phases;
    QStringList only; // typed only the queries of the mix holding one of these (all when empty)
    BenchCorpus::Vocabulary vocabulary = BenchCorpus::Vocabulary::Classic; // whose mix is typed
};

class UiBench
{
public:
    UiBench(MainWindow &window, const QString &databasePath, const Options &options)
        : m_window(window)
        , m_databasePath(databasePath)
        , m_options(options)
        , m_model(window.resultsModel())
        , m_view(window.resultsView())
        , m_box(window.searchBar()->lineEdit())
        , m_resultsPaints(m_view->viewport())
    {
        QObject::connect(m_model, &ResultsModel::totalChanged, m_model, [this](qint64 total) {
            if (m_totalAt < 0 && m_model->shownQuery() == m_target) {
                m_totalAt = now();
                m_targetTotal = total;
                if (m_pageAt < 0)
                    m_pageAt = m_totalAt; // the total came with the page
            }
        });
        // The first page is in the model before its total is (issue #30): results on screen.
        QObject::connect(m_model, &ResultsModel::countingStarted, m_model, [this] {
            if (m_pageAt < 0 && m_model->shownQuery() == m_target)
                m_pageAt = now();
        });
        QObject::connect(m_model, &ResultsModel::queryError, m_model, [this] {
            if (m_errorAt < 0 && m_model->query() == m_target)
                m_errorAt = now();
        });
        QObject::connect(m_model, &ResultsModel::rowIdsReady, m_model, [this] {
            if (m_rowIdsAt < 0 && m_model->shownQuery() == m_target)
                m_rowIdsAt = now();
        });
        QObject::connect(m_model, &QAbstractItemModel::dataChanged, m_model,
                         [this](const QModelIndex &from, const QModelIndex &to) {
                             const auto [top, bottom] = visibleRows(m_view);
                             if (top >= 0 && from.row() <= bottom && to.row() >= top)
                                 m_visibleChangedAt = now();
                         });
    }

    // The window searches for everything as it opens (m_target starts empty, the query it
    // runs): its first page on screen is when the window is usable.
    void startup(double createdAt, double exposedAt)
    {
        waitUntil([this] { return m_totalAt >= 0 && m_resultsPaints.paintedAfter(m_totalAt) >= 0; }, 120000);
        waitIdle(QString());
        // The first page is painted as soon as it is in (with "counting…" when the total is
        // not): the window is usable then; the total of everything may come much later.
        printf("\nSTARTUP (ms from creating the MainWindow)\n  window exposed %.0f; first page shown %.0f; total of "
               "%lld shown %.0f; rowid list %.0f\n",
               exposedAt - createdAt, m_resultsPaints.paintedAfter(m_pageAt) - createdAt, qint64(m_model->total()),
               m_resultsPaints.paintedAfter(m_totalAt) - createdAt, m_rowIdsAt - createdAt);
    }

    void typing()
    {
        const QList<MixQuery> mix = searchMix(BenchCorpus(7, m_options.vocabulary));
        QList<double> allTotal, allShown, allTyped;
        printf("\nKEYSTROKE TO RESULTS (ms from the last key; keys %d ms apart or less are one burst)\n"
               "  after a pause: %d runs after a warm-up; typed: %d runs at %d ms a key\n",
               SearchBar::kDebounceMs, m_options.runs, m_options.typedRuns, m_options.keyInterval);
        printf("  %-22s %9s | %-15s | %-15s | %-15s | %s\n", "query", "total", "after a pause", "after a pause",
               "typed", "text");
        printf("  %-22s %9s | %-15s | %-15s | %-15s |\n", "", "", "total p50/p95", "shown p50/p95", "shown p50/p95");
        for (const MixQuery &q : mix) {
            if (!m_options.only.isEmpty()
                && std::none_of(m_options.only.cbegin(), m_options.only.cend(),
                                [&q](const QString &part) { return q.query.contains(part); }))
                continue;
            QList<double> totals, shown, typed;
            qint64 total = -1;
            bool error = false;
            for (int run = 0; run <= m_options.runs; ++run) {
                const Timing t = typeAfterPause(q.query);
                error = error || t.error;
                total = m_targetTotal;
                if (run == 0 || t.error)
                    continue; // warm-up: the first run reads pages SQLite has not cached yet
                totals << t.total;
                shown << t.shown;
            }
            for (int run = 0; run < m_options.typedRuns; ++run) {
                const Timing t = typeAtPace(q.query);
                if (!t.error)
                    typed << t.shown;
            }
            allTotal += totals;
            allShown += shown;
            allTyped += typed;
            printf("  %-22s %9s | %6.1f / %6.1f | %6.1f / %6.1f | %6.1f / %6.1f | %s\n", qPrintable(q.label),
                   error ? "error" : qPrintable(QString::number(total)), percentile(totals, 0.5),
                   percentile(totals, 0.95), percentile(shown, 0.5), percentile(shown, 0.95), percentile(typed, 0.5),
                   percentile(typed, 0.95), qPrintable(q.query));
            fflush(stdout);
        }
        printf("  all queries: after a pause total p50 %.1f p95 %.1f, shown p50 %.1f p95 %.1f; typed shown p50 %.1f "
               "p95 %.1f, max %.1f   (budget: < 100 ms)\n",
               percentile(allTotal, 0.5), percentile(allTotal, 0.95), percentile(allShown, 0.5),
               percentile(allShown, 0.95), percentile(allTyped, 0.5), percentile(allTyped, 0.95),
               percentile(allTyped, 1.0));
    }

    void scroll()
    {
        const QString query = m_options.scrollQuery.trimmed();
        expect(query);
        const double t0 = now();
        m_window.searchBar()->setQuery(query);
        if (!waitIdle(query, 300000))
            qFatal("the scroll query did not finish");
        const int rows = m_model->rowCount();
        printf("\nSCROLL through %d results of \"%s\"\n  total and first page in %.0f ms, rowid list in %.0f ms\n",
               rows, qPrintable(query), m_totalAt - t0, m_rowIdsAt - t0);
        QScrollBar *bar = m_view->verticalScrollBar();
        m_view->scrollToTop();
        settle();
        const qint64 rssBefore = statusKb("VmRSS:");
        qint64 rssMax = rssBefore;
        QList<double> painted, filled, fetchFilled;
        int fetched = 0, steps = 0;
        const double start = now();
        while (bar->value() < bar->maximum() && (m_options.scrollSteps <= 0 || steps < m_options.scrollSteps)) {
            const Step s = step([bar] { bar->triggerAction(QAbstractSlider::SliderPageStepAdd); });
            painted << s.painted;
            filled << s.filled;
            if (s.fetched) {
                ++fetched;
                fetchFilled << s.filled;
            }
            ++steps;
            if (steps % 64 == 0)
                rssMax = std::max(rssMax, statusKb("VmRSS:"));
        }
        rssMax = std::max(rssMax, statusKb("VmRSS:"));
        const double seconds = (now() - start) / 1000;
        printf("  %d page-down steps (%d rows a page) to row %d in %.1f s; %d steps waited for rows to load\n", steps,
               m_view->viewport()->height() / m_view->verticalHeader()->defaultSectionSize(),
               m_view->rowAt(m_view->viewport()->height() - 1), seconds, fetched);
        printf("  step to painted: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms\n", percentile(painted, 0.5),
               percentile(painted, 0.95), percentile(painted, 0.99), percentile(painted, 1.0));
        printf("  step to filled : p50 %.1f  p95 %.1f  p99 %.1f  max %.1f ms  (steps that loaded rows: p50 %.1f  "
               "p95 %.1f  max %.1f)\n",
               percentile(filled, 0.5), percentile(filled, 0.95), percentile(filled, 0.99), percentile(filled, 1.0),
               percentile(fetchFilled, 0.5), percentile(fetchFilled, 0.95), percentile(fetchFilled, 1.0));

        struct Jump
        {
            QString name;
            std::function<void()> go;
        };
        // From wherever the page-down steps stopped (the bottom unless --scroll-steps).
        QList<Jump> jumps{{QStringLiteral("to the top"), [this] { m_view->scrollToTop(); }},
                          {QStringLiteral("to the bottom"), [this] { m_view->scrollToBottom(); }},
                          {QStringLiteral("to the middle"), [bar] { bar->setValue(bar->maximum() / 2); }},
                          {QStringLiteral("to a quarter"), [bar] { bar->setValue(bar->maximum() / 4); }}};
        quint64 seed = 12345;
        for (int i = 0; i < 12; ++i) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            const double at = double(seed >> 11) / double(1ULL << 53);
            jumps.append({QStringLiteral("to %1%").arg(at * 100, 0, 'f', 1),
                          [bar, at] { bar->setValue(int(bar->maximum() * at)); }});
        }
        printf("  jumps (painted / filled ms):");
        QList<double> jumpFilled;
        for (const Jump &j : jumps) {
            const Step s = step(j.go);
            jumpFilled << s.filled;
            rssMax = std::max(rssMax, statusKb("VmRSS:"));
            printf("%s %s %.1f/%.1f", j.name == jumps.first().name ? "" : ",", qPrintable(j.name), s.painted, s.filled);
        }
        printf("\n  jumps filled: p50 %.1f  max %.1f ms\n", percentile(jumpFilled, 0.5), percentile(jumpFilled, 1.0));
        printf("  memory: VmRSS %.0f MB before scrolling, peak sampled while scrolling %.0f MB, now %.0f MB; "
               "VmHWM (process peak) %.0f MB; %d pages of rows cached   (budget: < 300 MB)\n",
               rssBefore / 1024.0, rssMax / 1024.0, statusKb("VmRSS:") / 1024.0, statusKb("VmHWM:") / 1024.0,
               m_model->cachedPageCount());
        fflush(stdout);
    }

    void pdfs()
    {
        // The rows to click: PDF renditions with verified bytes, spread over the list.
        const QString query = m_options.scrollQuery.trimmed();
        if (m_model->query() != query || m_model->isSearching()) {
            expect(query);
            m_window.searchBar()->setQuery(query);
            waitIdle(query, 300000);
        }
        printf("\nPDF FIRST PAGE\n");
        PdfClicks(m_window, m_databasePath).run(m_options.pdfs, "budget: < 300 ms");
    }

private:
    struct Timing
    {
        double total = -1, shown = -1;
        bool error = false;
    };
    struct Step
    {
        double painted = -1, filled = -1;
        bool fetched = false;
    };

    void expect(const QString &target)
    {
        m_target = target;
        m_totalAt = m_pageAt = m_errorAt = m_rowIdsAt = -1;
        m_targetTotal = -1;
        m_resultsPaints.clear();
    }

    // The model shows `query` with its rowid list, or rejected it; no search is running.
    bool waitIdle(const QString &query, int timeoutMs = 120000)
    {
        return waitUntil([this, query] { return m_model->query() == query && !m_model->isSearching(); }, timeoutMs);
    }

    // Lets pending paints, completer popups and loads finish before the next measurement.
    void settle() { spin(40); }

    void clearBox()
    {
        // As if the user selected the old text: the box empties without a search.
        QSignalBlocker block(m_box);
        m_box->clear();
    }

    Timing finishLastKey(const QString &text)
    {
        const QString target = text.trimmed();
        expect(target);
        const QChar last = text.back();
        const double t0 = now();
        QTest::keyClick(m_box, last.toLatin1());
        Timing t;
        waitUntil([this] { return m_errorAt >= 0 || (m_totalAt >= 0 && m_resultsPaints.paintedAfter(m_totalAt) >= 0); },
                  60000);
        if (m_totalAt < 0) {
            t.error = true;
        } else {
            t.total = m_totalAt - t0;
            t.shown = m_resultsPaints.paintedAfter(m_pageAt) - t0;
        }
        waitIdle(target);
        settle();
        return t;
    }

    Timing typeAfterPause(const QString &text)
    {
        clearBox();
        const QString prefix = text.left(text.size() - 1);
        QTest::keyClicks(m_box, prefix);
        waitIdle(prefix.trimmed());
        settle();
        return finishLastKey(text);
    }

    Timing typeAtPace(const QString &text)
    {
        clearBox();
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            QTest::keyClick(m_box, text.at(i).toLatin1());
            spin(m_options.keyInterval);
        }
        return finishLastKey(text);
    }

    // One scroll action, timed to the first paint after it and to the paint that shows
    // every visible row loaded.
    Step step(const std::function<void()> &action)
    {
        Step s;
        m_resultsPaints.clear();
        m_visibleChangedAt = -1;
        const int before = m_view->verticalScrollBar()->value();
        const double t0 = now();
        action();
        if (m_view->verticalScrollBar()->value() == before)
            return {0, 0, false}; // nothing moved, nothing to paint
        const bool ok = waitUntil(
            [&] {
                if (!visibleRowsLoaded(m_view))
                    return false;
                return m_resultsPaints.paintedAfter(std::max(t0, m_visibleChangedAt)) >= 0;
            },
            30000);
        if (!ok)
            qWarning("a scroll step did not finish within 30 s");
        s.painted = m_resultsPaints.paintedAfter(t0) - t0;
        s.filled = m_resultsPaints.paintedAfter(std::max(t0, m_visibleChangedAt)) - t0;
        s.fetched = m_visibleChangedAt >= 0;
        return s;
    }

    MainWindow &m_window;
    QString m_databasePath;
    Options m_options;
    ResultsModel *m_model;
    ResultsView *m_view;
    QLineEdit *m_box;
    PaintProbe m_resultsPaints;
    QString m_target;
    double m_totalAt = -1, m_pageAt = -1, m_errorAt = -1, m_rowIdsAt = -1, m_visibleChangedAt = -1;
    qint64 m_targetTotal = -1;
};

} // namespace

int main(int argc, char **argv)
{
    BenchApplication app(argc, argv, QStringLiteral("proofdesk-bench-ui"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop performance figures on the real main window."));
    parser.addOptions({
        {QStringLiteral("data"), QStringLiteral("The data folder (cache and documents)."), QStringLiteral("DIR")},
        {QStringLiteral("runs"), QStringLiteral("Timed runs per query after a pause (default 5, plus a warm-up)."),
         QStringLiteral("R"), QStringLiteral("5")},
        {QStringLiteral("typed-runs"), QStringLiteral("Runs per query typed at a person's pace (default 3)."),
         QStringLiteral("R"), QStringLiteral("3")},
        {QStringLiteral("key-interval"), QStringLiteral("Milliseconds between keys when typed (default 120)."),
         QStringLiteral("MS"), QStringLiteral("120")},
        {QStringLiteral("scroll-query"), QStringLiteral("The query whose results are scrolled (default: empty, all)."),
         QStringLiteral("Q"), QString()},
        {QStringLiteral("scroll-steps"),
         QStringLiteral("Stop after this many page-down steps (default 0: to the bottom)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("pdfs"), QStringLiteral("PDF communications to select (default 12)."), QStringLiteral("N"),
         QStringLiteral("12")},
        {QStringLiteral("phases"), QStringLiteral("Comma-separated: typing,scroll,pdf (default all)."),
         QStringLiteral("LIST"), QStringLiteral("typing,scroll,pdf")},
        {QStringLiteral("only"),
         QStringLiteral("Type only the queries of the mix that hold TEXT (repeatable; default: every query)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("log"), QStringLiteral("Keep the application's own info logging (proofdesk.*).")},
        {QStringLiteral("vocabulary"),
         QStringLiteral("The mix typed: classic (default) or zipf, as the data folder was made by proofdesk-bench "
                        "--vocabulary."),
         QStringLiteral("KIND"), QStringLiteral("classic")},
    });
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(QStringLiteral("data"))) {
        fprintf(stderr, "proofdesk-bench-ui: --data DIR is required\n");
        return 2;
    }
    if (!parser.isSet(QStringLiteral("log")))
        QLoggingCategory::setFilterRules(QStringLiteral("proofdesk.*.info=false"));
    Options options;
    options.runs = parser.value(QStringLiteral("runs")).toInt();
    options.typedRuns = parser.value(QStringLiteral("typed-runs")).toInt();
    options.keyInterval = parser.value(QStringLiteral("key-interval")).toInt();
    options.scrollQuery = parser.value(QStringLiteral("scroll-query"));
    options.scrollSteps = parser.value(QStringLiteral("scroll-steps")).toInt();
    options.pdfs = parser.value(QStringLiteral("pdfs")).toInt();
    options.phases = parser.value(QStringLiteral("phases")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.only = parser.values(QStringLiteral("only"));
    const QString vocabulary = parser.value(QStringLiteral("vocabulary"));
    if (vocabulary != QLatin1String("classic") && vocabulary != QLatin1String("zipf")) {
        fprintf(stderr, "proofdesk-bench-ui: --vocabulary: classic or zipf, not %s\n", qPrintable(vocabulary));
        return 2;
    }
    if (vocabulary == QLatin1String("zipf"))
        options.vocabulary = BenchCorpus::Vocabulary::Zipf;

    std::unique_ptr<proofdesk::datafolder::DataFolder> folder;
    const double opening = now();
    try {
        folder = std::make_unique<proofdesk::datafolder::DataFolder>(parser.value(QStringLiteral("data")));
    } catch (const std::exception &e) {
        fprintf(stderr, "proofdesk-bench-ui: cannot open the data folder: %s\n", e.what());
        return 1;
    }
    printf("proofdesk-bench-ui on %s (platform %s, debounce %d ms); data folder opened in %.0f ms%s\n",
           qPrintable(folder->path()), qPrintable(QGuiApplication::platformName()), SearchBar::kDebounceMs,
           now() - opening, folder->openReport().rebuilt ? " (the cache was damaged and rebuilt!)" : "");
    const double created = now();
    MainWindow window(folder->databasePath(), folder->path());
    window.resize(1600, 1000);
    UiBench bench(window, folder->databasePath(), options);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was never exposed");
    bench.startup(created, now());
    printf("  window %dx%d, results viewport %dx%d\n", window.width(), window.height(),
           window.resultsView()->viewport()->width(), window.resultsView()->viewport()->height());
    fflush(stdout);

    if (options.phases.contains(QStringLiteral("typing")))
        bench.typing();
    if (options.phases.contains(QStringLiteral("scroll")))
        bench.scroll();
    if (options.phases.contains(QStringLiteral("pdf")))
        bench.pdfs();
    printf("\nVmHWM (peak RSS of the whole run) %.0f MB\n", statusKb("VmHWM:") / 1024.0);
    return 0;
}
