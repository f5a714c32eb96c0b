// proofdesk-bench-prefetch: a sync with document prefetch ("prefetch": true) from the loopback
// CMIS test server, N synthetic documents of BYTES each, once per PARALLEL value (the
// "prefetch_parallel" setting: downloads in flight at once; 1 is one after the other), each
// into a fresh data folder, and once without prefetch (the records alone) for comparison.
// Reports documents/s of the whole sync and checks every document: verified, stored, and
// its stored bytes exactly the server's. Usage:
//   proofdesk-bench-prefetch [N] [BYTES] [LATENCY_MS] [PARALLEL,PARALLEL,…]
// Defaults: 2000 documents of 60,000 bytes, no added latency, parallel 1 and 8. LATENCY_MS
// delays every answer of the server (a distant repository).
#include "cache/cachefile.h"
#include "cache/contentstore.h"
#include "datafolder/datafolder.h"
#include "fakecmisserver.h"
#include "sync/connectorfactory.h"
#include "sync/syncengine.h"
#include "syntheticdocs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace proofdesk;

namespace {

struct Run
{
    double seconds = 0;
    qint64 records = 0;
    qint64 verified = 0;
    qint64 exact = 0; // stored objects whose bytes are the server's
    qsizetype warnings = 0;
    QString error;
};

Run syncOnce(const QUrl &url, int count, int contentBytes, int parallel)
{
    QTemporaryDir dir;
    datafolder::DataFolder folder(dir.path());
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    QJsonObject settings{{QStringLiteral("page_size"), 500},
                         {QStringLiteral("template_type"), QString()},
                         {QStringLiteral("block_type"), QString()}};
    if (parallel > 0) {
        settings.insert(QStringLiteral("prefetch"), true);
        settings.insert(QStringLiteral("prefetch_parallel"), parallel);
    }
    const auto repo =
        cache::RepositoryStore(writer).add(QStringLiteral("bench"), QStringLiteral("cmis"), url.toString(), settings);
    sync::ConnectorEnvironment env;
    env.dataDir = dir.path();
    env.credentials = sync::CredentialStore(false);
    auto connector = sync::createConnector(repo, folder.contentStore(), env);
    Run run;
    QElapsedTimer timer;
    timer.start();
    const auto report = sync::SyncEngine(writer).sync(repo, *connector);
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.error = report.error;
    run.warnings = report.result.warnings.size();
    run.records = writer.queryInt("SELECT count(*) FROM communications");
    run.verified = writer.queryInt("SELECT count(*) FROM communications WHERE fixity = 'verified'");
    if (parallel > 0) {
        cache::Statement st = writer.prepare("SELECT id, content_sha256 FROM communications");
        cache::ContentStore &store = folder.contentStore();
        while (st.step()) {
            const auto bytes = store.read(st.columnText(1));
            run.exact += bytes && *bytes == fakeserver::synthetic::content(st.columnText(0), contentBytes);
        }
    }
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 2000;
    const int contentBytes = argc > 2 ? atoi(argv[2]) : 60000;
    const int latencyMs = argc > 3 ? atoi(argv[3]) : 0;
    QList<int> parallels{1, 8};
    if (argc > 4) {
        parallels.clear();
        for (const QString &p : QString::fromLatin1(argv[4]).split(QLatin1Char(',')))
            parallels << p.toInt();
    }
    fakeserver::FakeCmisServer server;
    server.setSynthetic(count);
    server.setSyntheticContentBytes(contentBytes);
    server.setLatency(latencyMs);
    if (!server.start())
        return 3;
    // The test server hashes each synthetic document once, for the hash it lists: done here,
    // before anything is timed, so that no run pays the server's first look.
    QByteArray warm;
    for (int i = 0; i < count; ++i) {
        fakeserver::synthetic::appendObject(i, warm, contentBytes);
        warm.clear();
    }
    printf("%d documents of %d bytes from the loopback CMIS server, %d ms added latency\n", count, contentBytes,
           latencyMs);
    const Run records = syncOnce(server.serviceUrl(), count, contentBytes, 0);
    printf("  no prefetch (records only): %.2f s, %.0f records/s\n", records.seconds,
           records.records / records.seconds);
    bool ok = records.error.isEmpty() && records.records == count;
    for (const int parallel : std::as_const(parallels)) {
        const Run run = syncOnce(server.serviceUrl(), count, contentBytes, parallel);
        printf("  prefetch, %2d in flight: %.2f s, %.1f documents/s (%.1f MB/s); %lld verified, %lld stored "
               "byte for byte, %lld warnings%s%s\n",
               parallel, run.seconds, run.records / run.seconds, run.records * double(contentBytes) / run.seconds / 1e6,
               run.verified, run.exact, qint64(run.warnings),
               run.error.isEmpty() ? "" : "; error: ", qPrintable(run.error));
        ok = ok && run.error.isEmpty() && run.verified == count && run.exact == count && run.warnings == 0;
    }
    return ok ? 0 : 1;
}
