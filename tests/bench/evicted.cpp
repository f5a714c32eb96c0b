// proofdesk-bench-evicted: issue #12's figure "an evicted PDF's first page shown within 300 ms
// of selection (read from the drop), within 1 s from the loopback CMIS server", measured on
// the real MainWindow. Reports numbers; it is not a test.
//
//   proofdesk-bench-evicted [--pdfs N] [--latency-ms MS] [--cases drop,copied,cmis] [--log]
//
// N PDFs (default 20) of 3 to 9 pages grown to 60,000 bytes each, every one with bytes of
// its own (BenchCorpus::setUniquePdfs: the content store cannot keep two as one object),
// among 49 text communications each (one communication in BenchCorpus::kPdfEvery is a PDF).
// Three cases, each in a fresh temporary data folder:
//   drop    the drop, on local storage, imported as the desktop imports it (SyncService::
//           importDrop) and read in place: nothing is copied into objects/, every view
//           reads the drop's file and hashes it;
//   copied  the same drop imported with PROOFDESK_DROP_COPY=1 (as from removable storage:
//           the renditions are copied into objects/), then every object evicted
//           (DocumentCache::evict(0) on a writer): every view reads the drop again and
//           verifies it;
//   cmis    the same communications served by the loopback FakeCmisServer (real HTTP, on
//           its own thread), synced with prefetch (SyncService::sync) so that every document
//           is stored, then every object evicted: every view fetches the document from the
//           server again (the detail pane's fetch on demand) and verifies it. --latency-ms
//           delays every answer of the server after the sync (a distant repository).
// Each case opens the window on its data folder and clicks every PDF row, coming from the
// text row next to it (pdfclicks.h): ms from the click to the detail shown, the PDF loaded
// (ready), page 1 rendered, and the end of the paint that shows it. The first click of a
// case is a warm-up (PDFium and the fonts start) and left out of p50/p95/max. The objects
// in DATA/objects are printed before and after the eviction and after the clicks.
// QT_QPA_PLATFORM defaults to offscreen; QT_QPA_PLATFORM=xcb runs it in an X server (Xvfb).
#include "benchapplication.h"
#include "benchcorpus.h"
#include "datafolder/datafolder.h"
#include "evictedcmis.h"
#include "evictstore.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "pdfclicks.h"
#include "services/syncservice.h"
#include "uibenchsupport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QLoggingCategory>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <optional>

using namespace proofdesk;
using uibench::PdfClickSummary;

namespace {

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QStringLiteral("unknown");
}

// QtPdf's page count of the bytes, or -1 when it cannot open them: the update that makes
// each PDF unique must leave the document as it was.
int pdfPages(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    uibench::waitUntil(
        [&document] {
            return document.status() == QPdfDocument::Status::Ready || document.status() == QPdfDocument::Status::Error;
        },
        10000);
    return document.status() == QPdfDocument::Status::Ready ? document.pageCount() : -1;
}

// Makes sure that QtPdf opens every PDF of the corpus, with the pages of the shared PDF it
// was made from, and says what they are.
bool describePdfs(int pdfs)
{
    BenchCorpus corpus;
    corpus.setUniquePdfs(true);
    QList<int> sharedPages;
    for (int k = 0; k < BenchCorpus::kPdfCount; ++k)
        sharedPages << pdfPages(BenchCorpus::pdfRenditionBytes(k));
    qint64 smallest = -1, largest = 0;
    for (int i = 0; i < pdfs; ++i) {
        const qint64 index = qint64(i) * BenchCorpus::kPdfEvery + BenchCorpus::kPdfEvery / 2;
        const QByteArray bytes = corpus.uniquePdfBytes(index);
        const int pages = pdfPages(bytes);
        if (pages <= 0 || pages != sharedPages.at(i % BenchCorpus::kPdfCount)) {
            fprintf(stderr, "proofdesk-bench-evicted: PDF of communication %lld: %d pages\n", index, pages);
            return false;
        }
        smallest = smallest < 0 ? bytes.size() : std::min<qint64>(smallest, bytes.size());
        largest = std::max<qint64>(largest, bytes.size());
    }
    printf("%d PDFs of 3 to 9 pages, %lld to %lld bytes, each its own bytes; QtPdf opens them\n", pdfs, smallest,
           largest);
    return true;
}

// The window on the data folder, its first results in, every PDF row clicked.
PdfClickSummary clickPdfs(datafolder::DataFolder &folder, int pdfs, const char *budget)
{
    MainWindow window(folder.databasePath(), folder.path());
    window.resize(1600, 1000);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was never exposed");
    const itemmodels::ResultsModel *model = window.resultsModel();
    uibench::waitUntil([model] { return model->rowCount() > 0 && !model->isSearching(); }, 60000);
    return uibench::PdfClicks(window, folder.databasePath()).run(pdfs, budget);
}

// Sets (or unsets) PROOFDESK_DROP_COPY for as long as it lives.
class DropCopySetting
{
public:
    explicit DropCopySetting(const char *value)
        : m_was(qEnvironmentVariableIsSet("PROOFDESK_DROP_COPY") ? std::optional(qgetenv("PROOFDESK_DROP_COPY"))
                                                                 : std::nullopt)
    {
        value ? qputenv("PROOFDESK_DROP_COPY", value) : qunsetenv("PROOFDESK_DROP_COPY");
    }
    ~DropCopySetting() { m_was ? qputenv("PROOFDESK_DROP_COPY", *m_was) : qunsetenv("PROOFDESK_DROP_COPY"); }

private:
    std::optional<QByteArray> m_was;
};

// Cases "drop" (copied false) and "copied".
PdfClickSummary dropCase(int pdfs, bool copied)
{
    QTemporaryDir tmp;
    const QString drop = tmp.filePath(QStringLiteral("drop"));
    const qint64 count = qint64(pdfs) * BenchCorpus::kPdfEvery;
    BenchCorpus corpus;
    corpus.setUniquePdfs(true);
    corpus.writeDrop(drop, count);
    datafolder::DataFolder folder(tmp.filePath(QStringLiteral("data")));
    {
        // Unset for "drop": the default for a drop on local storage (read in place).
        const DropCopySetting copy(copied ? "1" : nullptr);
        cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
        const double start = uibench::now();
        // As the desktop's import job does it: the import, then the records upkeep and the
        // document limit.
        services::SyncService service(writer, folder.contentStore(), folder.path(),
                                      records::Identity::fromOperatingSystem());
        service.setClaimUnclaimedFolder(true);
        const sync::SyncReport report = service.importDrop(drop).repositories.value(0).report;
        printf("  data folder %s\n"
               "  import: %lld communications (%lld verified) in %.2f s%s%s; objects/: %s\n",
               qPrintable(folder.path()), writer.queryInt("SELECT count(*) FROM communications"),
               writer.queryInt("SELECT count(*) FROM communications WHERE fixity = 'verified'"),
               (uibench::now() - start) / 1000, report.ok() ? "" : "; error: ", qPrintable(report.error),
               qPrintable(evictbench::objectFiles(folder.path()).text()));
        if (copied)
            evictbench::evictEverything(writer, folder);
    }
    const PdfClickSummary summary = clickPdfs(folder, pdfs, "budget: < 300 ms");
    printf("  objects/ after the clicks: %s\n", qPrintable(evictbench::objectFiles(folder.path()).text()));
    return summary;
}

PdfClickSummary cmisCase(int pdfs, int latencyMs)
{
    evictbench::EvictedCmisRepository repository(pdfs);
    if (!repository.ok())
        return {};
    repository.setLatency(latencyMs);
    const PdfClickSummary summary = clickPdfs(repository.folder(), pdfs, "budget: < 1000 ms");
    const evictbench::EvictedCmisRepository::Requests asked = repository.requestsSinceSync();
    printf("  the server answered %d requests during the clicks, %d of them for a document's "
           "content; objects/ after the clicks: %s\n",
           asked.all, asked.content, qPrintable(evictbench::objectFiles(repository.folder().path()).text()));
    return summary;
}

void printSummaryLine(const char *name, const PdfClickSummary &s, const char *budget)
{
    printf("  %-40s p50 %7.1f  p95 %7.1f  max %7.1f ms  (%lld timed, %d timed out)  %s\n", name,
           uibench::percentile(s.shown, 0.5), uibench::percentile(s.shown, 0.95), uibench::percentile(s.shown, 1.0),
           qint64(s.shown.size()), s.timedOut, budget);
}

} // namespace

int main(int argc, char **argv)
{
    BenchApplication app(argc, argv, QStringLiteral("proofdesk-bench-evicted"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("An evicted PDF's first page on the real main window."));
    parser.addOptions({
        {QStringLiteral("pdfs"), QStringLiteral("Distinct PDFs to click in each case (default 20)."),
         QStringLiteral("N"), QStringLiteral("20")},
        {QStringLiteral("latency-ms"),
         QStringLiteral("Delay every answer of the CMIS server by MS after the sync (default 0)."),
         QStringLiteral("MS"), QStringLiteral("0")},
        {QStringLiteral("cases"), QStringLiteral("Comma-separated: drop,copied,cmis (default all)."),
         QStringLiteral("LIST"), QStringLiteral("drop,copied,cmis")},
        {QStringLiteral("log"), QStringLiteral("Keep the application's own info and debug logging (proofdesk.*).")},
    });
    parser.addHelpOption();
    parser.process(app);
    // Three new data folders: their migrations and syncs would fill the terminal.
    if (!parser.isSet(QStringLiteral("log")))
        QLoggingCategory::setFilterRules(QStringLiteral("proofdesk.*.info=false\nproofdesk.*.debug=false"));
    const int pdfs = std::max(2, parser.value(QStringLiteral("pdfs")).toInt());
    const int latencyMs = parser.value(QStringLiteral("latency-ms")).toInt();
    const QStringList cases = parser.value(QStringLiteral("cases")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    printf("proofdesk-bench-evicted (platform %s); load average %s\n", qPrintable(QGuiApplication::platformName()),
           qPrintable(loadAverage()));
    if (!describePdfs(pdfs))
        return 1;
    printf("%lld communications: one in %d a PDF, the others text\n", qint64(pdfs) * BenchCorpus::kPdfEvery,
           BenchCorpus::kPdfEvery);
    fflush(stdout);

    std::optional<PdfClickSummary> drop, copied, cmis;
    if (cases.contains(QStringLiteral("drop"))) {
        printf("\na. DROP ON LOCAL STORAGE, READ IN PLACE (the default: nothing copied into "
               "objects/)\n");
        drop = dropCase(pdfs, false);
    }
    if (cases.contains(QStringLiteral("copied"))) {
        printf("\nb. DROP IMPORTED WITH PROOFDESK_DROP_COPY=1, EVERY OBJECT EVICTED (each view "
               "reads the drop again)\n");
        copied = dropCase(pdfs, true);
    }
    if (cases.contains(QStringLiteral("cmis"))) {
        printf("\nc. LOOPBACK CMIS SERVER, SYNCED WITH PREFETCH, EVERY OBJECT EVICTED (each view "
               "fetches again; %d ms "
               "added latency after the sync)\n",
               latencyMs);
        cmis = cmisCase(pdfs, latencyMs);
    }

    printf("\nCLICK TO FIRST PAGE SHOWN (first click of each case excluded)\n");
    if (drop)
        printSummaryLine("a. drop, read in place", *drop, "budget: < 300 ms");
    if (copied)
        printSummaryLine("b. drop copy evicted, read from the drop", *copied, "budget: < 300 ms");
    if (cmis)
        printSummaryLine(qPrintable(QStringLiteral("c. evicted, fetched from CMIS (+%1 ms)").arg(latencyMs)), *cmis,
                         "budget: < 1000 ms");
    printf("load average at the end %s\n", qPrintable(loadAverage()));
    return 0;
}
