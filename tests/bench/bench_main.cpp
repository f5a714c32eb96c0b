// proofdesk-bench: import and search at the sizes of DESIGN.md's performance budget, next to
// the same work done by raw SQLite on the same schema. Reports numbers; it is not a test.
//
//   proofdesk-bench [--count N] [--work DIR] [--runs R] [--search-only] [--per-query] [--import-only] [--raw-naive]
//                   [--newest-only] [--probe-rows N] [--explain QUERY] [--check-answers FILE]
//                   [--extract-pdf-text] [--real-size [--limit SIZE]] [--vocabulary classic|zipf] [--drop DIR]
#include "benchcorpus.h"
#include "benchload.h"
#include "cache/documentcache.h"
#include "cache/rowbits.h"
#include "cache/rulefunctions.h"
#include "datafolder/datafolder.h"
#include "foldersize.h"
#include "importphases.h"
#include "rawimport.h"
#include "search/searchengine.h"
#include "searchmix.h"
#include "sync/drop/dropstorage.h"
#include "sync/dropimport.h"
#include "util/bytesize.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>
#include <sqlite3.h>

using namespace proofdesk;

namespace {

// This thread's CPU time: on a busy machine it shows what a query costs apart from waiting
// for a core (the budget itself is wall time, reported beside it).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

// Raw: count, then the first 100 rows in `orderBy` (newest first unless given), with the C
// API on its own connection.
double rawQueryMs(sqlite3 *db, const QString &where, qint64 *total,
                  const QString &orderBy = QStringLiteral("c.issued_at DESC, c.id"))
{
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    const QByteArray countSql = (QStringLiteral("SELECT count(*) FROM communications c WHERE ") + where).toUtf8();
    sqlite3_prepare_v2(db, countSql.constData(), -1, &st, nullptr);
    *total = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    const QByteArray pageSql = (QStringLiteral("SELECT c.rowid, c.id, c.issued_at, c.type, c.channel, c.customer_id, "
                                               "c.recipient_name, c.status, c.fixity FROM communications c WHERE ")
                                + where + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT 100"))
                                   .toUtf8();
    sqlite3_prepare_v2(db, pageSql.constData(), -1, &st, nullptr);
    int rows = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        for (int c = 0; c < 9; ++c)
            sqlite3_column_text(st, c);
        ++rows;
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return t.nsecsElapsed() / 1e6;
}

// Each query of the mix again in every other order of the results view (SearchOrder), with
// the raw ORDER BY a person would write beside it (run once per query): p50 and p95 per
// order over the mix, and the query slowest at its median. Then the rowid list the view scrolls (every match in
// order), for the blank query, in each order.
void sortedSearchPhase(search::SearchEngine &engine, sqlite3 *raw, const QList<MixQuery> &mix, int runs, bool perQuery)
{
    using Key = search::SearchOrder::Key;
    const struct
    {
        Key key;
        const char *column;
    } keys[] = {
        {Key::Type, "type"}, {Key::Channel, "channel"}, {Key::Customer, "customer_id"}, {Key::Status, "status"}};
    printf(
        "\nSEARCH in other orders to the first 100 rows, then the exact total (\"total\": the whole run), %d runs per "
        "query (ms)\n",
        runs);
    printf("  %-22s %9s %9s %9s %9s %9s %9s %9s   %s\n", "order", "page p50", "page p95", "total p50", "total p95",
           "cpu p95", "raw p50", "raw p95", "slowest query (total p50)");
    for (const auto &k : keys) {
        for (const bool ascending : {true, false}) {
            const search::SearchOrder order{k.key, ascending};
            const QString rawOrder = QStringLiteral("c.%1 %2, c.issued_at DESC, c.id")
                                         .arg(QLatin1String(k.column), QLatin1String(ascending ? "ASC" : "DESC"));
            QList<double> ours, pages, oursCpu, rawMs;
            QString slowest;
            double slowestMs = -1;
            for (const MixQuery &q : mix) {
                QList<double> mine;
                for (int i = 0; i <= runs; ++i) {
                    QElapsedTimer t;
                    t.start();
                    const double cpuStart = threadCpuMs();
                    double pageMs = -1;
                    const auto result = engine.run(
                        q.query, 100, 0, order, [&](const search::SearchResult &) { pageMs = t.nsecsElapsed() / 1e6; });
                    const double ms = t.nsecsElapsed() / 1e6;
                    const double cpu = threadCpuMs() - cpuStart;
                    if (result.error)
                        qFatal("query error in %s: %s", qPrintable(q.query), qPrintable(result.error->message));
                    if (i == 0)
                        continue; // warm-up
                    mine << ms;
                    pages << pageMs;
                    oursCpu << cpu;
                }
                // Raw once per query: SQLite alone sorts some of these whole (seconds each).
                qint64 rawTotal = 0;
                rawMs << rawQueryMs(raw, q.rawWhere, &rawTotal, rawOrder);
                ours += mine;
                if (perQuery)
                    printf("    %-26s p50 %8.2f  cpu p50 %8.2f\n", qPrintable(q.label), percentile(mine, 0.5),
                           percentile(oursCpu.mid(oursCpu.size() - mine.size()), 0.5));
                if (percentile(mine, 0.5) > slowestMs) {
                    slowestMs = percentile(mine, 0.5);
                    slowest = q.label;
                }
            }
            printf("  %-22s %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f %9.2f   %s (%.2f)\n",
                   qPrintable(
                       QStringLiteral("%1 %2").arg(QLatin1String(k.column), QLatin1String(ascending ? "asc" : "desc"))),
                   percentile(pages, 0.5), percentile(pages, 0.95), percentile(ours, 0.5), percentile(ours, 0.95),
                   percentile(oursCpu, 0.95), percentile(rawMs, 0.5), percentile(rawMs, 0.95), qPrintable(slowest),
                   slowestMs);
        }
    }
    printf("\nROWID LIST of every match in order (what the view scrolls), blank query (ms)\n");
    QList<search::SearchOrder> orders{search::SearchOrder::newestFirst()};
    for (const auto &k : keys)
        orders << search::SearchOrder{k.key, true} << search::SearchOrder{k.key, false};
    for (const search::SearchOrder &order : orders) {
        QElapsedTimer t;
        t.start();
        const qsizetype n = engine.allRowIds(QString(), order).rowIds.size();
        printf("  %-22s %9.0f  (%lld rows)\n",
               qPrintable(order.byIssued() ? QStringLiteral("newest first")
                                           : QStringLiteral("%1 %2").arg(
                                               order.column(), QLatin1String(order.ascending ? "asc" : "desc"))),
               t.nsecsElapsed() / 1e6, qint64(n));
    }
}

// The id of the communication in the middle of the cache (for the mix's id queries).
QString middleId(sqlite3 *raw)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(raw,
                       "SELECT id FROM communications WHERE rowid >= (SELECT max(rowid) / 2 FROM communications) "
                       "ORDER BY rowid LIMIT 1",
                       -1, &st, nullptr);
    QString id;
    if (sqlite3_step(st) == SQLITE_ROW)
        id = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return id;
}

sqlite3 *openRaw(const QString &path)
{
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    cache::registerRuleFunctions(raw); // the schema's COLLATE fold, as every connection has it
    sqlite3_exec(raw, "PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456", nullptr, nullptr, nullptr);
    return raw;
}

// The import built them (SyncEngine); a cache from an earlier build gets them here, timed.
void bringStoredRowsUpToDate(const QString &path)
{
    cache::Database writer = cache::CacheFile::openWriter(path);
    QElapsedTimer t;
    t.start();
    cache::refreshRowBits(writer);
    printf("stored rows for counting (common words, months, values) up to date after %.1f s\n", t.elapsed() / 1000.0);
}

// Every query of the mix in every order: its exact total and its first page of 100 ids, one
// line each. The first run writes `file`; a later run (another build) compares with it and
// says which answers differ. Each page is also checked against the raw ORDER BY on the same
// file, and newest first the total against the raw count, independently of the engine.
int checkAnswers(const QString &work, const QString &file, BenchCorpus::Vocabulary vocabulary, bool newestOnly)
{
    cache::CacheFile::prepare(work + QStringLiteral("/data"), false);
    const QString path = cache::CacheFile::databasePath(work + QStringLiteral("/data"));
    bringStoredRowsUpToDate(path);
    cache::Database reader = cache::CacheFile::openReader(path);
    cache::Database helper = cache::CacheFile::openReader(path);
    search::SearchEngine engine(reader, &helper);
    sqlite3 *raw = openRaw(path);
    QList<search::SearchOrder> orders{search::SearchOrder::newestFirst()};
    using Key = search::SearchOrder::Key;
    // Raw SQL sorts every match in the other orders: minutes a query at ten million rows.
    for (const Key key : {Key::Type, Key::Channel, Key::Customer, Key::Status})
        if (!newestOnly)
            orders << search::SearchOrder{key, true} << search::SearchOrder{key, false};
    QStringList lines;
    int rawDifferences = 0;
    for (const MixQuery &q : searchMix(BenchCorpus(7, vocabulary), middleId(raw))) {
        for (const search::SearchOrder &order : orders) {
            const auto result = engine.run(q.query, 100, 0, order);
            QStringList ids;
            for (const auto &hit : result.hits)
                ids << hit.id;
            lines << QStringLiteral("%1\t%2 %3\t%4\t%5")
                         .arg(q.query, order.column(), QLatin1String(order.ascending ? "asc" : "desc"))
                         .arg(result.total)
                         .arg(ids.join(QLatin1Char(',')));
            // The raw ORDER BY, written here as the search syntax spec says (ties newest first,
            // then the id in byte order), and the raw count.
            const QString rawOrder =
                order.byIssued() ? QStringLiteral("c.issued_at DESC, c.id COLLATE BINARY")
                                 : QStringLiteral("c.%1 COLLATE NOCASE %2, c.issued_at DESC, c.id COLLATE BINARY")
                                       .arg(order.column(), QLatin1String(order.ascending ? "ASC" : "DESC"));
            const QByteArray sql = (QStringLiteral("SELECT c.id FROM communications c WHERE ") + q.rawWhere
                                    + QStringLiteral(" ORDER BY ") + rawOrder + QStringLiteral(" LIMIT 100"))
                                       .toUtf8();
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(raw, sql.constData(), -1, &st, nullptr);
            QStringList rawIds;
            while (sqlite3_step(st) == SQLITE_ROW)
                rawIds << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            sqlite3_finalize(st);
            qint64 rawTotal = -1;
            if (order.byIssued())
                rawQueryMs(raw, q.rawWhere, &rawTotal);
            if (rawIds != ids || (order.byIssued() && rawTotal != result.total)) {
                ++rawDifferences;
                printf("  differs from raw SQL: %s in %s %s\n", qPrintable(q.query), qPrintable(order.column()),
                       order.ascending ? "asc" : "desc");
            }
        }
    }
    sqlite3_close(raw);
    printf("%lld answers; %d differ from raw SQL\n", qint64(lines.size()), rawDifferences);
    QFile out(file);
    if (!out.exists()) {
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        out.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        printf("written to %s\n", qPrintable(file));
        return rawDifferences ? 1 : 0;
    }
    if (!out.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    const QStringList before = QString::fromUtf8(out.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int differences = 0;
    for (const QString &line : lines) {
        if (!before.contains(line)) {
            ++differences;
            printf("  differs from %s: %s\n", qPrintable(file), qPrintable(line.section(QLatin1Char('\t'), 0, 2)));
        }
    }
    printf("%d of %lld answers differ from %s\n", differences, qint64(lines.size()), qPrintable(file));
    return differences || rawDifferences ? 1 : 0;
}

void searchPhase(const QString &work, int runs, bool perQuery, bool otherOrders, std::optional<qint64> probeRows,
                 const QStringList &only, bool rawOnce, bool noRaw, BenchCorpus::Vocabulary vocabulary)
{
    // A cache from an earlier build gets this build's migrations (its indexes) first.
    cache::CacheFile::prepare(work + QStringLiteral("/data"), false);
    const QString path = cache::CacheFile::databasePath(work + QStringLiteral("/data"));
    bringStoredRowsUpToDate(path);
    cache::Database reader = cache::CacheFile::openReader(path);
    cache::Database helper = cache::CacheFile::openReader(path); // as the desktop's search worker has
    search::SearchEngine engine(reader, &helper);
    if (probeRows) {
        search::SearchPlanner::Costs costs;
        costs.probeRows = *probeRows;
        engine.setPlannerCosts(costs);
    }
    sqlite3 *raw = openRaw(path);
    const QString sampleId = middleId(raw);

    BenchCorpus corpus(7, vocabulary);
    printf("\nload average %s\n", qPrintable(loadAverage()));
    QList<double> allOurs, allPages, allRaw;
    printf("\nSEARCH to the first 100 rows (\"page\": handed over before counting) and the exact total "
           "(\"total\": the whole run), median of %d runs (ms)\n",
           runs);
    printf("  %-22s %10s %9s %9s %9s %9s %7s  %s\n", "query", "matches", "page", "total", "total cpu", "raw", "ratio",
           "text");
    for (const MixQuery &q : searchMix(corpus, sampleId)) {
        if (!only.isEmpty() && !only.contains(q.label))
            continue;
        QList<double> ours, pages, oursCpu, rawMs;
        qint64 total = 0, rawTotal = 0;
        for (int i = 0; i <= runs; ++i) {
            QElapsedTimer t;
            t.start();
            const double cpuStart = threadCpuMs();
            double pageMs = -1;
            const auto result = engine.run(q.query, 100, 0, search::SearchOrder::newestFirst(),
                                           [&](const search::SearchResult &) { pageMs = t.nsecsElapsed() / 1e6; });
            const double ms = t.nsecsElapsed() / 1e6;
            const double cpu = threadCpuMs() - cpuStart;
            if (result.error)
                qFatal("query error in %s: %s", qPrintable(q.query), qPrintable(result.error->message));
            total = result.total;
            // --raw-once: raw SQLite's time is its warm-up run's, so that a profile shows ours;
            // --no-raw: never (instruction counts of ours alone, under callgrind).
            static double lastRaw = 0;
            const double r = noRaw              ? (rawTotal = total, 0.0)
                             : rawOnce && i > 0 ? lastRaw
                                                : (lastRaw = rawQueryMs(raw, q.rawWhere, &rawTotal));
            if (i == 0)
                continue; // warm-up
            ours << ms;
            pages << pageMs;
            oursCpu << cpu;
            rawMs << r;
        }
        allOurs += ours;
        allPages += pages;
        allRaw += rawMs;
        const double o50 = percentile(ours, 0.5), r50 = percentile(rawMs, 0.5);
        printf("  %-22s %10lld %9.2f %9.2f %9.2f %9.2f %6.2fx  %s%s\n", qPrintable(q.label), total,
               percentile(pages, 0.5), o50, percentile(oursCpu, 0.5), r50, o50 / std::max(r50, 0.001),
               qPrintable(q.query),
               total == rawTotal ? "" : qPrintable(QStringLiteral("   (raw total %1!)").arg(rawTotal)));
    }
    printf("  all queries: first page p50 %.2f ms, p95 %.2f ms; exact total p50 %.2f ms, p95 %.2f ms; "
           "raw p50 %.2f ms, p95 %.2f ms; total/raw p50 %.2fx, p95 %.2fx   (budget: page p95 < 50, total p95 < 150)\n",
           percentile(allPages, 0.5), percentile(allPages, 0.95), percentile(allOurs, 0.5), percentile(allOurs, 0.95),
           percentile(allRaw, 0.5), percentile(allRaw, 0.95), percentile(allOurs, 0.5) / percentile(allRaw, 0.5),
           percentile(allOurs, 0.95) / percentile(allRaw, 0.95));
    if (otherOrders)
        sortedSearchPhase(engine, raw, searchMix(corpus, sampleId), runs, perQuery);
    printf("\nload average %s\n", qPrintable(loadAverage()));
    sqlite3_close(raw);
}

// What the engine would run for one page of `query`, newest first and in each other order.
void explainInEveryOrder(const QString &work, const QString &query)
{
    cache::CacheFile::prepare(work + QStringLiteral("/data"), false);
    cache::Database reader =
        cache::CacheFile::openReader(cache::CacheFile::databasePath(work + QStringLiteral("/data")));
    search::SearchEngine engine(reader);
    printf("count\n");
    for (const QString &line : engine.explainCount(query))
        printf("  %s\n", qPrintable(line));
    using Key = search::SearchOrder::Key;
    for (const Key key : {Key::Issued, Key::Type, Key::Channel, Key::Customer, Key::Status}) {
        const search::SearchOrder order{key, key != Key::Issued};
        printf("%s %s\n", qPrintable(order.column()), order.ascending ? "asc" : "desc");
        for (const QString &line : engine.explainPage(query, 100, 0, order))
            printf("  %s\n", qPrintable(line));
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("count"), QStringLiteral("Communications (default 1000000)."), QStringLiteral("N"),
          QStringLiteral("1000000")},
         {QStringLiteral("work"), QStringLiteral("Work folder (default /tmp/proofdesk-bench)."), QStringLiteral("DIR"),
          QStringLiteral("/tmp/proofdesk-bench")},
         {QStringLiteral("runs"), QStringLiteral("Runs per query (default 15)."), QStringLiteral("R"),
          QStringLiteral("15")},
         {QStringLiteral("search-only"), QStringLiteral("Reuse the cache of an earlier run.")},
         {QStringLiteral("per-query"), QStringLiteral("In the other orders, each query's medians too.")},
         {QStringLiteral("import-only"), QStringLiteral("Stop after the import phase.")},
         {QStringLiteral("newest-only"),
          QStringLiteral("Search newest first only (not in the other orders, whose raw "
                         "sorts take minutes at several millions); with --check-answers, "
                         "check newest first only.")},
         {QStringLiteral("probe-rows"),
          QStringLiteral("The planner's Costs::probeRows (0: never ask a key's or a "
                         "narrow range's rows for the text, as before issue #30)."),
          QStringLiteral("N")},
         {QStringLiteral("check-answers"),
          QStringLiteral("Write every mix query's total and first page in every order to FILE, "
                         "or compare with FILE when it exists (another build), on the cache of an earlier run."),
          QStringLiteral("FILE")},
         {QStringLiteral("explain"),
          QStringLiteral("Print the page's query plan for QUERY in every order, on the cache of an earlier run."),
          QStringLiteral("QUERY")},
         {QStringLiteral("only"), QStringLiteral("Search only these queries of the mix (labels, comma-separated)."),
          QStringLiteral("LABELS")},
         {QStringLiteral("raw-once"),
          QStringLiteral("Run each raw SQLite query once, not every run (to profile ours).")},
         {QStringLiteral("vocabulary"),
          QStringLiteral("classic (default), or zipf: 60 words a text from 50,000, about fifty of them in a tenth "
                         "of the texts, and the mix of issue #43 (common words together, phrases, prefixes; own work "
                         "folder)."),
          QStringLiteral("KIND"), QStringLiteral("classic")},
         {QStringLiteral("no-raw"),
          QStringLiteral("Never run raw SQLite's import or queries (to count ours alone, e.g. under callgrind, "
                         "or at sizes where raw's take an hour).")},
         {QStringLiteral("raw-naive"), QStringLiteral("Also time raw SQLite inserting with every index kept.")},
         {QStringLiteral("real-size"), QStringLiteral("Every communication with a rendition of its own, about 4 KB "
                                                      "on average, one in 50 a 60 KB PDF (own work folder); "
                                                      "set PROOFDESK_DROP_COPY=1 to copy them into the store.")},
         {QStringLiteral("limit"),
          QStringLiteral("documents.limit for the real-size import (default: the "
                         "data folder's default)."),
          QStringLiteral("SIZE")},
         {QStringLiteral("drop"),
          QStringLiteral("Import this drop (e.g. one tests/bench/independent_drop.py wrote) instead of the corpus, "
                         "beside raw SQLite inserting its lines; import only (work folder WORK/drop-NAME)."),
          QStringLiteral("DIR")},
         {QStringLiteral("extract-pdf-text"), QStringLiteral("PDF communications come without \"text\": the import "
                                                             "extracts it from the rendition (own work folder).")}});
    parser.addHelpOption();
    parser.process(app);
    const bool extractPdfText = parser.isSet(QStringLiteral("extract-pdf-text"));
    const bool realSize = parser.isSet(QStringLiteral("real-size"));
    std::optional<qint64> limit;
    if (parser.isSet(QStringLiteral("limit"))) {
        limit = util::parseByteSize(parser.value(QStringLiteral("limit")));
        if (!limit)
            qFatal("--limit: not a size: %s", qPrintable(parser.value(QStringLiteral("limit"))));
    }
    const QString vocabularyName = parser.value(QStringLiteral("vocabulary"));
    if (vocabularyName != QLatin1String("classic") && vocabularyName != QLatin1String("zipf"))
        qFatal("--vocabulary: classic or zipf, not %s", qPrintable(vocabularyName));
    const auto vocabulary =
        vocabularyName == QLatin1String("zipf") ? BenchCorpus::Vocabulary::Zipf : BenchCorpus::Vocabulary::Classic;
    const QString work = parser.value(QStringLiteral("work")) + QLatin1Char('/') + parser.value(QStringLiteral("count"))
                         + (vocabulary == BenchCorpus::Vocabulary::Zipf ? QStringLiteral("-zipf") : QString())
                         + (extractPdfText ? QStringLiteral("-pdftext") : QString())
                         + (realSize ? QStringLiteral("-realsize") : QString());
    if (parser.isSet(QStringLiteral("drop"))) {
        const QString dropDir = QFileInfo(parser.value(QStringLiteral("drop"))).absoluteFilePath();
        importDropPhase(parser.value(QStringLiteral("work")) + QStringLiteral("/drop-") + QFileInfo(dropDir).fileName(),
                        dropDir, parser.isSet(QStringLiteral("no-raw")), parser.isSet(QStringLiteral("raw-naive")));
        return 0;
    }
    if (parser.isSet(QStringLiteral("check-answers")))
        return checkAnswers(work, parser.value(QStringLiteral("check-answers")), vocabulary,
                            parser.isSet(QStringLiteral("newest-only")));
    if (parser.isSet(QStringLiteral("explain"))) {
        explainInEveryOrder(work, parser.value(QStringLiteral("explain")));
        return 0;
    }
    if (!parser.isSet(QStringLiteral("search-only")))
        importPhase(work, parser.value(QStringLiteral("count")).toLongLong(), parser.isSet(QStringLiteral("raw-naive")),
                    parser.isSet(QStringLiteral("no-raw")), extractPdfText, realSize, limit, vocabulary);
    if (!parser.isSet(QStringLiteral("import-only")))
        searchPhase(work, parser.value(QStringLiteral("runs")).toInt(), parser.isSet(QStringLiteral("per-query")),
                    !parser.isSet(QStringLiteral("newest-only")),
                    parser.isSet(QStringLiteral("probe-rows"))
                        ? std::optional<qint64>(parser.value(QStringLiteral("probe-rows")).toLongLong())
                        : std::nullopt,
                    parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts),
                    parser.isSet(QStringLiteral("raw-once")), parser.isSet(QStringLiteral("no-raw")), vocabulary);
    return 0;
}
