// A data folder and a CMIS repository to look at "Search the Repositories Too" in the real
// window (docs/screenshots): serves a small corpus with the fake CMIS server over HTTP,
// prepares DATA_DIR (a repository "net" whose sync scope keeps the statements, synced, and a
// repository "archive" that cannot be reached), writes DATA_DIR/ready and serves until killed.
//   remotesearchdemo DATA_DIR &  …  PROOFDESK_DATA=DATA_DIR proofdesk
#include "cache/cachefile.h"
#include "cache/repositorystore.h"
#include "datafolder/datafolder.h"
#include "fakecmisserver.h"
#include "records/helddeletiontrail.h"
#include "sync/connectorfactory.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpServer>

using namespace proofdesk;

namespace {

const char *const kNames[] = {"Anna García", "Bruno Müller", "Carla Jones", "Dmitri Garcia", "Elena Brown"};
const char *const kTypes[] = {"statement", "claim_acknowledgement", "renewal_notice"};
const char *const kChannels[] = {"email", "print", "sms"};

void fillCorpus(fakeserver::FakeCmisServer &server)
{
    const qint64 start = 1767225600000; // 2026-01-01
    for (int i = 0; i < 90; ++i)
        server.addDocument(QStringLiteral("NET-2026-%1").arg(i, 5, 10, QLatin1Char('0')),
                           {{QStringLiteral("exs:recipientName"), QString::fromUtf8(kNames[i % 5])},
                            {QStringLiteral("exs:documentType"), QLatin1String(kTypes[i % 3])},
                            {QStringLiteral("exs:channel"), QLatin1String(kChannels[(i / 3) % 3])},
                            {QStringLiteral("exs:customerId"), QStringLiteral("CUS-%1").arg(1000 + i % 17)},
                            {QStringLiteral("exs:issuedAt"), double(start + i * 86400000LL * 3 + i * 3600000LL)}},
                           "%PDF-1.4 demo");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        qWarning("usage: remotesearchdemo DATA_DIR");
        return 2;
    }
    const QString dataDir = QString::fromLocal8Bit(argv[1]);
    fakeserver::FakeCmisServer server;
    if (!server.start())
        return 1;
    fillCorpus(server);
    datafolder::DataFolder folder(dataDir);
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    cache::RepositoryStore repos(writer);
    const cache::RepositoryInfo net =
        repos.add(QStringLiteral("net"), QStringLiteral("cmis"), server.serviceUrl().toString(),
                  QJsonObject{{QStringLiteral("scope"), QStringLiteral("type:statement")}});
    QTcpServer closed; // a port nobody listens on once closed
    closed.listen(QHostAddress::LocalHost);
    repos.add(QStringLiteral("archive"), QStringLiteral("cmis"),
              QStringLiteral("http://127.0.0.1:%1/cmis/browser").arg(closed.serverPort()),
              QJsonObject{{QStringLiteral("max_attempts"), 1}});
    closed.close();
    sync::ConnectorEnvironment env = sync::ConnectorEnvironment::forDataFolder(dataDir, false);
    auto connector = sync::createConnector(net, folder.contentStore(), env);
    sync::SyncEngine engine(writer);
    records::HeldDeletionTrail trail;
    engine.setHeldDeletionRecorder(&trail);
    const sync::SyncReport report = engine.sync(*repos.findById(net.id), *connector);
    qInfo("synced: %s", qPrintable(report.error.isEmpty() ? QStringLiteral("ok") : report.error));
    QFile ready(dataDir + QStringLiteral("/ready"));
    ready.open(QIODevice::WriteOnly);
    ready.close();
    return app.exec();
}
