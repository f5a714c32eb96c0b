// proofdesk-netbench: syncs N records (default 100,000) from the loopback CMIS test server
// into a fresh cache and reports records/s and memory (RSS sampled during the sync: it
// must stay flat, whatever N). Usage: proofdesk-netbench [N] [PAGE_SIZE]
#include "cache/cachefile.h"
#include "cache/datafolder.h"
#include "fakecmisserver.h"
#include "sync/connectorfactory.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace proofdesk;

namespace {

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 100000;
    const int pageSize = argc > 2 ? atoi(argv[2]) : 1000;
    fakeserver::FakeCmisServer server;
    server.setSynthetic(count);
    if (!server.start())
        return 3;
    QTemporaryDir dir;
    cache::DataFolder folder(dir.path());
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    const auto repo = cache::RepositoryStore(writer).add(QStringLiteral("bench"), QStringLiteral("cmis"),
                                                         server.serviceUrl().toString(),
                                                         QJsonObject{{QStringLiteral("page_size"), pageSize}});
    sync::ConnectorEnvironment env;
    env.dataDir = dir.path();
    env.credentials = sync::CredentialStore(false);
    auto connector = sync::createConnector(repo, folder.contentStore(), env);
    const qint64 rssStart = rssKb();
    qint64 rssAtTenth = 0, rssPeak = rssStart;
    QElapsedTimer timer;
    timer.start();
    const auto report = sync::SyncEngine(writer).sync(repo, *connector, [&](const sync::SyncProgress &p) {
        const qint64 rss = rssKb();
        rssPeak = qMax(rssPeak, rss);
        if (!rssAtTenth && p.records >= count / 10)
            rssAtTenth = rss;
    });
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!report.ok()) {
        fprintf(stderr, "sync failed: %s\n", qPrintable(report.error));
        return 1;
    }
    const qint64 stored = writer.queryInt("SELECT count(*) FROM communications");
    printf("synced %lld records (%d per page) in %.2f s: %.0f records/s\n", stored, pageSize, seconds, stored / seconds);
    printf("RSS: start %lld KB, after 10%% %lld KB, peak %lld KB, end %lld KB\n", rssStart, rssAtTenth, rssPeak, rssKb());
    return stored == count ? 0 : 1;
}
