// proofdesk-bench-compliance: the findings and the dashboards at a million communications.
// Imports the demo archive (seed 1, with its planted anomalies), multiplies it with SQL to
// --count rows (ids suffixed "-k", the anomalies multiplied with them), then times every
// check over the whole cache and over searches, the dashboard aggregates, and what the
// aggregate triggers of migration 2 cost an insert. Reports numbers; it is not a test.
//
//   proofdesk-bench-compliance [--count N] [--work DIR] [--runs R] [--reuse] [--no-trigger-cost]
//                              [--findings-query Q]... [--dashboard-query Q]... [--drive-limit N]
//                              [--verify-clicks]
// The queries replace the default lists (an empty Q is the whole cache), so that the same
// binary times the searches that fit another corpus (e.g. proofdesk-bench's words).
#include "compliance/dashboardqueries.h"
#include "compliance/findingscharts.h"
#include "compliance/findingscope.h"
#include "compliance/findingsengine.h"
#include "datafolder/datafolder.h"
#include "demo/demodropwriter.h"
#include "search/searchengine.h"
#include "sync/dropimport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRegularExpression>
#include <cstdio>

using namespace proofdesk;

namespace {

constexpr int kDemoCount = 2000;

QString columnList(cache::Database &db, const char *table, bool skipRowid)
{
    QStringList names;
    cache::Statement st =
        db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(QLatin1String(table)));
    while (st.step()) {
        const QString n = st.columnText(0);
        if (!(skipRowid && n == QLatin1String("rowid")))
            names << n;
    }
    return names.join(QLatin1String(", "));
}

// Copy k of every demo row: new rowid, id, reissue links and event ids, same anomalies.
void insertCopy(cache::Database &db, int k, qint64 stride)
{
    const QString cols = columnList(db, "communications", true);
    QString select = cols;
    select.replace(QLatin1String("reissue_of"), QStringLiteral("reissue_of || '-%1'").arg(k));
    select.replace(QRegularExpression(QStringLiteral("\\bid\\b")), QStringLiteral("id || '-%1'").arg(k));
    db.exec(QStringLiteral(
                "INSERT INTO communications(rowid, %1) SELECT rowid + %2, %3 FROM communications WHERE rowid <= %4")
                .arg(cols)
                .arg(qint64(k) * stride)
                .arg(select)
                .arg(stride));
    db.exec(QStringLiteral("INSERT INTO comm_text(rowid, body, names, ids) SELECT rowid + %1, body, names, ids FROM "
                           "comm_text WHERE rowid <= %2")
                .arg(qint64(k) * stride)
                .arg(stride));
    db.exec(QStringLiteral("INSERT INTO comm_blocks SELECT comm_rowid + %1, block_id, block_version FROM comm_blocks "
                           "WHERE comm_rowid <= %2")
                .arg(qint64(k) * stride)
                .arg(stride));
    db.exec(
        QStringLiteral(
            "INSERT INTO delivery_events(repo_id, communication_id, event, at, channel, detail, provider_ref, extra) "
            "SELECT repo_id, communication_id || '-%1', event, at, channel, detail, provider_ref, extra "
            "FROM delivery_events WHERE communication_id NOT LIKE '%-%-%-%-%'")
            .arg(k));
}

void build(const QString &work, qint64 count)
{
    const QString drop = work + QStringLiteral("/demo-drop");
    if (!QDir(drop).exists())
        demo::writeDemoDrop(drop, {kDemoCount, 1});
    QDir(work + QStringLiteral("/data")).removeRecursively();
    datafolder::DataFolder folder(work + QStringLiteral("/data"));
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    const auto outcome = sync::importDrop(writer, folder.contentStore(), drop);
    if (!outcome.report.ok())
        qFatal("import failed: %s", qPrintable(outcome.report.error));
    const qint64 stride = writer.queryInt("SELECT max(rowid) FROM communications");
    QElapsedTimer t;
    t.start();
    for (int k = 1; stride * (k + 1) <= count; ++k) {
        cache::Transaction tx(writer);
        insertCopy(writer, k, stride);
        tx.commit();
    }
    writer.exec("ANALYZE");
    printf("built %lld communications in %.1f s (aggregate triggers on)\n",
           writer.queryInt("SELECT count(*) FROM communications"), t.elapsed() / 1000.0);
}

// What the triggers add to inserting rows: the same copy with and without them, rolled back.
void triggerCost(cache::Database &writer)
{
    double ms[2] = {0, 0};
    const qint64 stride = writer.queryInt("SELECT max(rowid) FROM communications");
    for (int withTriggers = 1; withTriggers >= 0; --withTriggers) {
        writer.exec("BEGIN IMMEDIATE");
        if (!withTriggers)
            writer.exec("DROP TRIGGER agg_comm_insert");
        QElapsedTimer t;
        t.start();
        const QString cols = columnList(writer, "communications", true);
        QString select = cols;
        select.replace(QRegularExpression(QStringLiteral("\\bid\\b")), QStringLiteral("id || '-x'"));
        writer.exec(
            QStringLiteral(
                "INSERT INTO communications(rowid, %1) SELECT rowid + %2, %3 FROM communications WHERE rowid <= 100000")
                .arg(cols)
                .arg(stride)
                .arg(select));
        ms[withTriggers] = t.nsecsElapsed() / 1e6;
        writer.exec("ROLLBACK");
    }
    printf("inserting 100,000 communications: %.0f ms with the aggregate triggers, %.0f ms without (+%.0f%%)\n", ms[1],
           ms[0], 100.0 * (ms[1] - ms[0]) / ms[0]);
}

// --drive-limit: FindingScope's choice between reading a search's rows and walking the
// cache's indexes, forced to compare the two plans (-1: the default).
qint64 g_driveLimit = -1;

qint64 driveLimit(qint64 otherwise) { return g_driveLimit < 0 ? otherwise : g_driveLimit; }

void timeFindings(cache::Database &reader, const QString &query, int runs)
{
    double best = 1e18;
    compliance::FindingsReport report;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        compliance::FindingOptions options;
        options.scopeDriveLimit = driveLimit(compliance::FindingsEngine::kDriveLimit);
        report = compliance::FindingsEngine(reader).run(query, options);
        best = qMin(best, t.nsecsElapsed() / 1e6);
    }
    if (!report.error.isEmpty())
        qFatal("findings failed: %s", qPrintable(report.error));
    QStringList counts;
    for (auto kind : compliance::allKinds())
        counts << QStringLiteral("%1 %2").arg(compliance::kindName(kind)).arg(report.count(kind));
    printf("findings %-28s over %8lld: %7.0f ms (best of %d), %lld findings: %s\n",
           qPrintable(query.isEmpty() ? QStringLiteral("(whole cache)") : query), report.scopeCount, best, runs,
           qint64(report.findings.size()), qPrintable(counts.join(QLatin1String(", "))));
    for (auto kind : compliance::allKinds()) {
        QElapsedTimer t;
        t.start();
        compliance::FindingOptions one;
        one.kinds = {kind};
        one.scopeDriveLimit = driveLimit(compliance::FindingsEngine::kDriveLimit);
        compliance::FindingsEngine(reader).run(query, one);
        printf("    %-20s %7.0f ms\n", qPrintable(compliance::kindName(kind)), t.nsecsElapsed() / 1e6);
    }
}

bool g_verifyClicks = false;

// --verify-clicks: each disposition bar's search, run as the desktop would run it; its total
// must be the bar's value.
void verifyClicks(cache::Database &reader, const compliance::ChartData &chart)
{
    int bars = 0, same = 0;
    QElapsedTimer t;
    t.start();
    for (int s = 0; s < chart.series.size(); ++s) {
        for (int c = 0; c < chart.categories.size(); ++c) {
            const qint64 value = chart.series.at(s).values.value(c);
            if (value == 0)
                continue;
            ++bars;
            const auto result = search::SearchEngine(reader).run(chart.queryAt(s, c), 0);
            if (!result.error && result.total == value)
                ++same;
            else
                printf("    differs: %s %s: bar %lld, search %lld: %s\n", qPrintable(chart.series.at(s).name),
                       qPrintable(chart.categories.at(c)), value, result.total, qPrintable(chart.queryAt(s, c)));
        }
    }
    printf("    disposition clicks: %d of %d bars open a search with the bar's total (%.0f ms of searches)\n", same,
           bars, t.nsecsElapsed() / 1e6);
}

struct ChartDataSink
{
    compliance::ChartData outcomes;
};

void timeDashboards(cache::Database &reader, const QString &query, int runs)
{
    double best = 1e18;
    compliance::DashboardData data;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        compliance::DashboardQueries queries(reader);
        queries.setScopeDriveLimit(driveLimit(queries.scopeDriveLimit()));
        data = queries.load(query);
        best = qMin(best, t.nsecsElapsed() / 1e6);
    }
    if (!data.error.isEmpty())
        qFatal("dashboards failed: %s", qPrintable(data.error));
    int inexact = 0;
    for (int s = 0; s < data.disposition.series.size(); ++s) {
        for (int c = 0; c < data.disposition.categories.size(); ++c)
            inexact += data.disposition.isExact(s, c) ? 0 : 1;
    }
    printf("dashboard aggregates %-20s %7.1f ms (weekly total %lld, outcomes %lld, held %lld, eligible %lld, "
           "%d inexact disposition bars)\n",
           qPrintable(query.isEmpty() ? QStringLiteral("(whole cache)") : query), best, data.weeklyByChannel.total(),
           data.deliveryOutcomes.total(), data.holds.total(), data.disposition.total(), inexact);
    // Where the time goes, in one read transaction as load() does it.
    reader.exec("BEGIN");
    QElapsedTimer t;
    t.start();
    compliance::DashboardQueries queries(reader);
    const compliance::FindingScope scope(reader, query, driveLimit(queries.scopeDriveLimit()));
    const double found = t.nsecsElapsed() / 1e6;
    ChartDataSink sink;
    t.restart();
    queries.activity(scope, query, 26, &sink.outcomes);
    const double activity = t.nsecsElapsed() / 1e6;
    t.restart();
    queries.holds(scope, query);
    const double holds = t.nsecsElapsed() / 1e6;
    t.restart();
    queries.disposition(scope, query);
    const double disposition = t.nsecsElapsed() / 1e6;
    reader.exec("COMMIT");
    printf("    %lld rows, %s: search %.1f ms, weeks and outcomes %.1f ms, holds %.1f ms, disposition %.1f ms\n",
           scope.count(),
           scope.isWholeCache() ? "aggregates"
           : scope.drives()     ? "from its rows"
                                : "index ranges",
           found, activity, holds, disposition);
    if (g_verifyClicks)
        verifyClicks(reader, data.disposition);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    setvbuf(stdout, nullptr, _IOLBF, 0); // numbers as they come, also into a file
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("count"), QStringLiteral("communications"), QStringLiteral("N"), QStringLiteral("1000000")},
         {QStringLiteral("work"), QStringLiteral("work folder"), QStringLiteral("DIR"),
          QStringLiteral("/tmp/proofdesk-bench-compliance")},
         {QStringLiteral("runs"), QStringLiteral("runs per measurement"), QStringLiteral("R"), QStringLiteral("3")},
         {QStringLiteral("reuse"), QStringLiteral("reuse the cache built by an earlier run")},
         {QStringLiteral("no-trigger-cost"),
          QStringLiteral("skip timing the aggregate triggers (it writes and rolls back)")},
         {QStringLiteral("findings-query"), QStringLiteral("a search to time the findings over (repeatable)"),
          QStringLiteral("Q")},
         {QStringLiteral("dashboard-query"), QStringLiteral("a search to time the dashboards of (repeatable)"),
          QStringLiteral("Q")},
         {QStringLiteral("verify-clicks"), QStringLiteral("run every disposition bar's search and compare its total")},
         {QStringLiteral("drive-limit"),
          QStringLiteral("searches of at most N rows are read row by row (default: the engine's own)"),
          QStringLiteral("N"), QStringLiteral("-1")}});
    parser.process(app);
    const QString work = parser.value(QStringLiteral("work"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    g_driveLimit = parser.value(QStringLiteral("drive-limit")).toLongLong();
    g_verifyClicks = parser.isSet(QStringLiteral("verify-clicks"));
    if (!parser.isSet(QStringLiteral("reuse")))
        build(work, parser.value(QStringLiteral("count")).toLongLong());
    datafolder::DataFolder folder(work + QStringLiteral("/data"));
    if (!parser.isSet(QStringLiteral("no-trigger-cost"))) {
        cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
        triggerCost(writer);
    }
    cache::Database reader = cache::CacheFile::openReader(folder.databasePath());
    QStringList findingsQueries = parser.values(QStringLiteral("findings-query"));
    if (!parser.isSet(QStringLiteral("findings-query")))
        findingsQueries = {QString(), QStringLiteral("channel:email"),
                           QStringLiteral("unit:retail-banking issued:2025"), QStringLiteral("customer:CUST-000123")};
    QStringList dashboardQueries = parser.values(QStringLiteral("dashboard-query"));
    if (!parser.isSet(QStringLiteral("dashboard-query")))
        dashboardQueries = {QString(), QStringLiteral("channel:email"), QStringLiteral("issued:2025-03")};
    for (const QString &q : std::as_const(findingsQueries))
        timeFindings(reader, q, runs);
    for (const QString &q : std::as_const(dashboardQueries))
        timeDashboards(reader, q, runs);
    return 0;
}
