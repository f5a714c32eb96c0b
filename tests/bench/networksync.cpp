// proofdesk-netbench: syncs N records (default 100,000) from the loopback CMIS test server
// into a fresh cache and reports records/s, where the CPU went, and memory (sampled after
// every page: it must stay flat, whatever N). Usage:
//   proofdesk-netbench [N] [PAGE_SIZE] [LATENCY_MS] [READ_AHEAD] [WRITER_CACHE_MIB] [TEMPLATES]
// LATENCY_MS delays every answer of the server, as a distant repository (or one slow to
// answer a query) would; READ_AHEAD is the connector's "read_ahead" setting (default 2).
// With the requests pipelined, latency costs little until it exceeds the time to write
// a page; compare READ_AHEAD 0. WRITER_CACHE_MIB overrides the writer's page cache bound
// (CacheFile::openWriter sets 256 MiB), to weigh memory against speed. TEMPLATES (default
// 200) template version series of 5 versions and as many content-block series of 3 versions
// are served beside the documents, as exs:template and exs:contentBlock documents with a
// version series and a content stream each: the sync reads every version with its body.
//
// Memory is split so that growth can be attributed: SQLite's heap (mostly the writer's page
// cache, bounded by PRAGMA cache_size), file pages mapped by SQLite's mmap (bounded by
// PRAGMA mmap_size, and given back by the kernel under pressure), and the rest of the heap,
// which is what this program and the sync engine hold.
#include "cache/cachefile.h"
#include "datafolder/datafolder.h"
#include "fakecmisserver.h"
#include "sync/connectorfactory.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdio>
#include <malloc.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace proofdesk;

namespace {

struct Memory
{
    qint64 rssKb = 0;
    qint64 anonKb = 0;        // heap and other private memory
    qint64 fileKb = 0;        // mapped file pages: the database through SQLite's mmap, libraries
    qint64 sqliteKb = 0;      // SQLite's own heap (page caches, statements) — part of anonKb
    qint64 writerCacheKb = 0; // the writer connection's page cache — part of sqliteKb
    qint64 heapInUseKb = 0;   // malloc'ed and not freed, all arenas (SQLite's heap included)
    qint64 heapFreeKb = 0;    // freed but kept by the allocator for reuse

    // Live heap that is not SQLite's: pages in flight, the connector, Qt, the fake server.
    qint64 otherLiveKb() const { return heapInUseKb - sqliteKb; }
};

// glibc's own account of every arena (mallinfo2 sees only the main one): what is in use
// and what is free but retained, so allocator retention is not mistaken for a leak.
void heapTotals(Memory &m)
{
    char *text = nullptr;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    if (!f)
        return;
    malloc_info(0, f);
    fclose(f);
    const QByteArray xml(text, qsizetype(size));
    free(text);
    const QByteArray totals = xml.mid(xml.lastIndexOf("</heap>"));
    const auto total = [&totals](const char *kind) {
        const QRegularExpression re(QStringLiteral("<%1 size=\"(\\d+)\"").arg(QLatin1String(kind)));
        return re.match(QString::fromLatin1(totals)).captured(1).toLongLong();
    };
    const qint64 fast = total("total type=\"fast\" count=\"\\d+\""), rest = total("total type=\"rest\" count=\"\\d+\"");
    const qint64 mmapped = total("total type=\"mmap\" count=\"\\d+\""), current = total("system type=\"current\"");
    m.heapFreeKb = (fast + rest) / 1024;
    m.heapInUseKb = (current - fast - rest + mmapped) / 1024;
}

Memory sample(sqlite3 *writer)
{
    Memory m;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const auto value = [&line] {
                return line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toLongLong();
            };
            if (line.startsWith("VmRSS:"))
                m.rssKb = value();
            else if (line.startsWith("RssAnon:"))
                m.anonKb = value();
            else if (line.startsWith("RssFile:"))
                m.fileKb = value();
        }
    }
    m.sqliteKb = sqlite3_memory_used() / 1024;
    int used = 0, highwater = 0;
    sqlite3_db_status(writer, SQLITE_DBSTATUS_CACHE_USED, &used, &highwater, 0);
    m.writerCacheKb = used / 1024;
    heapTotals(m);
    return m;
}

void print(const char *label, const Memory &m)
{
    printf("  %-10s RSS %4lld MB = anon %4lld + file-backed %3lld | heap in use %4lld MB: SQLite %4lld (writer "
           "page cache %4lld), everything else %3lld | freed, kept by malloc %3lld MB\n",
           label, m.rssKb >> 10, m.anonKb >> 10, m.fileKb >> 10, m.heapInUseKb >> 10, m.sqliteKb >> 10,
           m.writerCacheKb >> 10, m.otherLiveKb() >> 10, m.heapFreeKb >> 10);
}

// CPU seconds by thread name (/proc/self/task): the writer is this program's main thread,
// the connector runs on pool threads, the fake server on its own thread.
QMap<QString, double> cpuByThread()
{
    QMap<QString, double> out;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QString main = QFileInfo(QCoreApplication::applicationFilePath()).fileName().left(15);
    for (const QFileInfo &task :
         QDir(QStringLiteral("/proc/self/task")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(task.filePath() + QStringLiteral("/comm")), stat(task.filePath() + QStringLiteral("/stat"));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        QString name = QString::fromUtf8(comm.readAll()).trimmed();
        if (name == main)
            name = QStringLiteral("writer (sync engine)");
        else if (name.startsWith(QLatin1String("Thread (pooled)")))
            name = QStringLiteral("connector (pool)");
        // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        out[name] += (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / tick;
    }
    return out;
}

constexpr int kTemplateVersions = 5;
constexpr int kBlockVersions = 3;

// `series` templates of kTemplateVersions versions and as many blocks of kBlockVersions, the
// last version of each a draft, the others approved, each body a few hundred bytes.
void addCatalogue(fakeserver::FakeCmisServer &server, int series)
{
    server.addType(QStringLiteral("exs:template"), QStringLiteral("cmis:document"),
                   {QStringLiteral("exs:templateId"), QStringLiteral("exs:status"), QStringLiteral("exs:approvals")});
    server.addType(QStringLiteral("exs:contentBlock"), QStringLiteral("cmis:document"),
                   {QStringLiteral("exs:blockId"), QStringLiteral("exs:blockKind"), QStringLiteral("exs:status")});
    const QString approvals =
        QStringLiteral(R"([{"step":"legal review","by":"bench","at":"2025-12-01T00:00:00Z","decision":"approved"}])");
    for (int s = 0; s < series; ++s) {
        const QString tpl = QStringLiteral("TPL-%1").arg(s, 4, 10, QLatin1Char('0'));
        for (int v = 1; v <= kTemplateVersions; ++v) {
            const bool draft = v == kTemplateVersions;
            QJsonObject p{{QStringLiteral("cmis:objectTypeId"), QStringLiteral("exs:template")},
                          {QStringLiteral("cmis:versionLabel"), QStringLiteral("%1.0").arg(v)},
                          {QStringLiteral("exs:templateId"), tpl},
                          {QStringLiteral("exs:status"), draft ? QStringLiteral("draft") : QStringLiteral("approved")}};
            if (!draft)
                p.insert(QStringLiteral("exs:approvals"), approvals);
            server.addVersion(tpl, QStringLiteral("%1-V%2").arg(tpl).arg(v), p,
                              QStringLiteral("Dear {name},\n%1 version %2\n").arg(tpl).arg(v).repeated(8).toUtf8());
        }
        const QString block = QStringLiteral("CB-%1").arg(s, 4, 10, QLatin1Char('0'));
        for (int v = 1; v <= kBlockVersions; ++v)
            server.addVersion(block, QStringLiteral("%1-V%2").arg(block).arg(v),
                              {{QStringLiteral("cmis:objectTypeId"), QStringLiteral("exs:contentBlock")},
                               {QStringLiteral("cmis:versionLabel"), QStringLiteral("%1.0").arg(v)},
                               {QStringLiteral("exs:blockId"), block},
                               {QStringLiteral("exs:blockKind"), QStringLiteral("clause")},
                               {QStringLiteral("exs:status"), QStringLiteral("approved")}},
                              QStringLiteral("Clause %1, version %2.").arg(block).arg(v).repeated(6).toUtf8());
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 100000;
    const int pageSize = argc > 2 ? atoi(argv[2]) : 1000;
    const int latencyMs = argc > 3 ? atoi(argv[3]) : 0;
    const int readAhead = argc > 4 ? atoi(argv[4]) : 2;
    const int writerCacheMib = argc > 5 ? atoi(argv[5]) : 0;
    const int templates = argc > 6 ? atoi(argv[6]) : 200;
    fakeserver::FakeCmisServer server;
    server.setSynthetic(count);
    addCatalogue(server, templates);
    server.setLatency(latencyMs);
    if (!server.start())
        return 3;
    QTemporaryDir dir;
    datafolder::DataFolder folder(dir.path());
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    if (writerCacheMib > 0)
        writer.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(writerCacheMib) * 1024));
    const auto repo = cache::RepositoryStore(writer).add(
        QStringLiteral("bench"), QStringLiteral("cmis"), server.serviceUrl().toString(),
        QJsonObject{{QStringLiteral("page_size"), pageSize}, {QStringLiteral("read_ahead"), readAhead}});
    sync::ConnectorEnvironment env;
    env.dataDir = dir.path();
    env.credentials = sync::CredentialStore(false);
    auto connector = sync::createConnector(repo, folder.contentStore(), env);
    const Memory start = sample(writer.handle());
    Memory atTenth, atHalf, peak = start;
    const QMap<QString, double> cpuStart = cpuByThread();
    QElapsedTimer timer;
    timer.start();
    const auto report = sync::SyncEngine(writer).sync(repo, *connector, [&](const sync::SyncProgress &p) {
        const Memory m = sample(writer.handle());
        if (m.rssKb > peak.rssKb)
            peak = m;
        if (!atTenth.rssKb && p.records >= count / 10)
            atTenth = m;
        if (!atHalf.rssKb && p.records >= count / 2)
            atHalf = m;
    });
    const Memory end = sample(writer.handle()); // before the count below reads the whole table
    const double seconds = timer.nsecsElapsed() / 1e9;
    const QMap<QString, double> cpuEnd = cpuByThread();
    if (!report.ok()) {
        fprintf(stderr, "sync failed: %s\n", qPrintable(report.error));
        return 1;
    }
    const qint64 stored = writer.queryInt("SELECT count(*) FROM communications");
    const qint64 templateVersions = writer.queryInt("SELECT count(*) FROM template_versions");
    const qint64 blockVersions = writer.queryInt("SELECT count(*) FROM content_blocks");
    printf("synced %lld records (%d per page, %d ms latency, read-ahead %d) in %.2f s: %.0f records/s\n", stored,
           pageSize, latencyMs, readAhead, seconds, stored / seconds);
    printf("with %lld template versions and %lld content-block versions (%d series each, bodies from the content "
           "streams) in the same sync\n",
           templateVersions, blockVersions, templates);
    printf("CPU by thread:");
    for (auto it = cpuEnd.begin(); it != cpuEnd.end(); ++it)
        if (const double used = it.value() - cpuStart.value(it.key()); used >= 0.01)
            printf(" %s %.2f s (%.0f µs a record);", qPrintable(it.key()), used, 1e6 * used / qMax<qint64>(1, stored));
    printf("\n");
    printf("cache file %lld MB, WAL %lld MB\n", QFileInfo(folder.databasePath()).size() >> 20,
           QFileInfo(folder.databasePath() + QStringLiteral("-wal")).size() >> 20);
    printf("memory:\n");
    print("start", start);
    print("after 10%", atTenth);
    print("after 50%", atHalf);
    print("peak RSS", peak);
    print("end", end);
    return stored == count && templateVersions == qint64(templates) * kTemplateVersions
                   && blockVersions == qint64(templates) * kBlockVersions
               ? 0
               : 1;
}
