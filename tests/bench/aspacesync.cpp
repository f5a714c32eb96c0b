// proofdesk-bench-aspace: a first sync of N digital objects (default 20,000) from the loopback
// ArchivesSpace test server, with LATENCY_MS added to every answer (a distant backend; default
// 20 ms), once per READ_AHEAD value (the connector's "read_ahead": id_set batches in flight
// ahead of the one being mapped; 0 asks for each when it is needed), each into a fresh data
// folder. Reports records/s and checks that every record arrived. Usage:
//   proofdesk-bench-aspace [N] [LATENCY_MS] [READ_AHEAD,READ_AHEAD,…] [BATCH]
// Defaults: 20000 records, 20 ms, read-ahead 0, 1 and 2, batches of 250 (ArchivesSpace's most).
#include "cache/cachefile.h"
#include "datafolder/datafolder.h"
#include "fakeaspaceserver.h"
#include "sync/connectorfactory.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <atomic>
#include <cstdio>

using namespace proofdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 20000;
    const int latencyMs = argc > 2 ? atoi(argv[2]) : 20;
    QList<int> readAheads{0, 1, 2};
    if (argc > 3) {
        readAheads.clear();
        for (const QString &n : QString::fromLatin1(argv[3]).split(QLatin1Char(',')))
            readAheads << n.toInt();
    }
    const int batch = argc > 4 ? atoi(argv[4]) : 250;

    fakeserver::FakeAspaceServer server;
    if (!server.start())
        return 3;
    for (int i = 0; i < count; ++i)
        server.addObject({{QStringLiteral("user_defined"),
                           QJsonObject{{QStringLiteral("string_1"), QStringLiteral("CU-%1").arg(i % 5000)},
                                       {QStringLiteral("string_2"), QStringLiteral("AC-%1").arg(i)},
                                       {QStringLiteral("enum_1"), QStringLiteral("email")},
                                       {QStringLiteral("date_1"), QStringLiteral("2026-03-01")}}}});
    std::atomic_int idSets{0};
    server.setFaultHook([latencyMs, &idSets](const fakeserver::Request &r) {
        idSets += r.hasQuery(QStringLiteral("id_set"));
        return latencyMs > 0 ? fakeserver::Fault::delay(latencyMs) : fakeserver::Fault();
    });
    printf("%d ArchivesSpace records from the loopback server, id_set batches of %d, %d ms added to every answer\n",
           count, batch, latencyMs);
    bool ok = true;
    for (const int readAhead : std::as_const(readAheads)) {
        QTemporaryDir dir;
        datafolder::DataFolder folder(dir.path());
        cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
        const auto repo = cache::RepositoryStore(writer).add(
            QStringLiteral("bench"), QStringLiteral("archivesspace"), server.baseUrl().toString(),
            QJsonObject{{QStringLiteral("user"), QStringLiteral("admin")},
                        {QStringLiteral("page_size"), batch},
                        {QStringLiteral("read_ahead"), readAhead}});
        sync::ConnectorEnvironment env;
        env.dataDir = dir.path();
        env.credentials = sync::CredentialStore(false);
        env.secret = QStringLiteral("admin");
        auto connector = sync::createConnector(repo, folder.contentStore(), env);
        const int idSetsBefore = idSets;
        QElapsedTimer timer;
        timer.start();
        const auto report = sync::SyncEngine(writer).sync(repo, *connector);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const qint64 stored = writer.queryInt("SELECT count(*) FROM communications");
        printf("  read-ahead %d: %lld records in %.2f s, %.0f records/s (%d id_set requests)%s%s\n", readAhead, stored,
               seconds, stored / seconds, idSets - idSetsBefore,
               report.ok() ? "" : "; error: ", qPrintable(report.error));
        ok = ok && report.ok() && stored == count;
    }
    return ok ? 0 : 1;
}
