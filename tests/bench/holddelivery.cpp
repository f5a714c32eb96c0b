// proofdesk-bench-holds: a legal hold over N communications (default 100,000) synced from
// the loopback CMIS test server, then reported: the time to queue it (HoldService::create:
// its items, its audit entry and one delivery per repository object, one transaction) and
// the time to send it (OutboxDispatcher: each object read, cmis:rm_holdIds updated with
// its change token, its confirmation committed), with objects/s and memory. Then the
// release, queued and sent the same way. Usage:
//   proofdesk-bench-holds [N] [SEND_LIMIT]
// SEND_LIMIT stops the send after that many objects (0: all) and reports the rate so far,
// for machines where sending N takes too long.
#include "cache/cachefile.h"
#include "datafolder/datafolder.h"
#include "fakecmisserver.h"
#include "records/connectorsender.h"
#include "records/holdservice.h"
#include "records/outboxdispatcher.h"
#include "records/rolegrants.h"
#include "sync/connectorfactory.h"
#include "sync/syncengine.h"
#include "syntheticdocs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace proofdesk;

namespace {

qint64 rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() >> 10;
    return 0;
}

struct Sent
{
    records::FlushReport report;
    double seconds = 0;
};

Sent send(const records::RecordsSession &session, datafolder::DataFolder &folder, const QString &dataDir, qint64 limit)
{
    records::OutboxDispatcher dispatcher(session, records::OutboxDispatcher::RequestsKept::InThisFolder);
    dispatcher.setSenderFactory([&](const cache::RepositoryInfo &repository) -> std::unique_ptr<records::OutboxSender> {
        sync::ConnectorEnvironment env;
        env.dataDir = dataDir;
        env.credentials = sync::CredentialStore(false);
        return std::make_unique<records::ConnectorSender>(
            sync::createConnector(repository, folder.contentStore(), env));
    });
    dispatcher.setDeliveryObserver([limit](qint64 delivered) { return limit <= 0 || delivered < limit; });
    QElapsedTimer timer;
    timer.start();
    Sent sent;
    sent.report = dispatcher.flush();
    sent.seconds = timer.nsecsElapsed() / 1e9;
    return sent;
}

void print(const char *what, const Sent &sent)
{
    const qint64 done = sent.report.objectsConfirmed + sent.report.objectsRefused;
    printf("%s: %lld objects in %.2f s: %.0f objects/s (%lld refused, %lld still pending%s), RSS %lld MB\n", what, done,
           sent.seconds, done / qMax(sent.seconds, 1e-9), sent.report.objectsRefused, sent.report.objectsWaiting,
           sent.report.errors.isEmpty() ? "" : qPrintable(QStringLiteral("; ") + sent.report.errors.first()), rssMb());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 100000;
    const qint64 limit = argc > 2 ? atoll(argv[2]) : 0;
    fakeserver::FakeCmisServer server;
    server.setSynthetic(count);
    if (!server.start())
        return 3;
    QTemporaryDir dir;
    datafolder::DataFolder folder(dir.path());
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    const auto repo = cache::RepositoryStore(writer).add(QStringLiteral("bench"), QStringLiteral("cmis"),
                                                         server.serviceUrl().toString(),
                                                         QJsonObject{{QStringLiteral("page_size"), 1000}});
    {
        sync::ConnectorEnvironment env;
        env.dataDir = dir.path();
        env.credentials = sync::CredentialStore(false);
        auto connector = sync::createConnector(repo, folder.contentStore(), env);
        QElapsedTimer timer;
        timer.start();
        const auto report = sync::SyncEngine(writer).sync(repo, *connector);
        if (!report.ok()) {
            fprintf(stderr, "sync failed: %s\n", qPrintable(report.error));
            return 1;
        }
        printf("setup: synced %lld communications in %.1f s\n", writer.queryInt("SELECT count(*) FROM communications"),
               timer.nsecsElapsed() / 1e9);
    }
    records::grantAsSystem(writer, records::Identity{QStringLiteral("bench"), QStringLiteral("os"), {}},
                           {records::Role::Records}, QStringLiteral("benchmark setup"));
    const records::RecordsSession session = records::RecordsSession::open(
        writer, records::Identity{QStringLiteral("bench"), QStringLiteral("os"), {}}, records::Role::Records);
    QStringList ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i)
        ids << fakeserver::synthetic::id(i);

    QElapsedTimer timer;
    timer.start();
    records::HoldService holds(session);
    const records::HoldInfo hold =
        holds.create({QStringLiteral("Bench"), {}, QStringLiteral("benchmark"), ids, {}, {}, {}});
    printf("queue the hold: %lld items, %lld deliveries in %.2f s, RSS %lld MB\n", hold.items,
           writer.queryInt("SELECT count(*) FROM rec.hold_deliveries"), timer.nsecsElapsed() / 1e9, rssMb());
    const Sent held = send(session, folder, dir.path(), limit);
    print("send the hold", held);

    timer.restart();
    holds.release(hold.id, QStringLiteral("benchmark done"));
    printf("queue the release: %.2f s\n", timer.nsecsElapsed() / 1e9);
    const Sent released = send(session, folder, dir.path(), limit);
    print("send the release", released);
    int twice = 0;
    for (int i = 0; i < count; i += qMax(1, count / 1000)) // a sample: each object updated at most twice (on, off)
        twice += server.updateCount(ids.at(i)) > 2;
    printf("objects in the sample updated more than twice: %d\n", twice);
    return twice == 0 && held.report.errors.isEmpty() ? 0 : 1;
}
