#include "syncjob.h"

#include "cache/cachefile.h"
#include "cache/contentstore.h"
#include "sync/credentials/credentialstore.h"
#include "sync/http/documentdownload.h"
#include "sync/repositoryconnector.h"
#include "syncservice.h"

#include <QThread>

namespace proofdesk::services {

SyncJob::SyncJob(const QString &databasePath, const QString &dataDir, const QStringList &repositories, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_names(repositories)
    , m_useKeychain(sync::CredentialStore::defaultUseKeychain())
{}

SyncJob::~SyncJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool SyncJob::isRunning() const { return m_thread && m_thread->isRunning(); }

void SyncJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("sync"));
    m_thread->start();
}

// Runs on the worker thread: signals are queued to the job's thread.
// What a sync that worked says: how much it synced, and the held communications the
// repository deleted (kept, marked deleted; issue #25 item 12), which nobody may miss.
QString SyncJob::syncedText(const SyncRun &run)
{
    QString text = tr("%n record(s) synced", nullptr, int(run.accepted()));
    qint64 keptHeld = 0, leftScope = 0;
    for (const RepositorySync &r : run.repositories) {
        keptHeld += r.report.result.keptHeld;
        leftScope += r.report.result.leftScope;
    }
    if (leftScope > 0)
        text += QLatin1Char('\n')
                + tr("%n communication(s) left the cache: they are outside the repository's sync scope "
                     "now (Search the repositories too finds them).",
                     nullptr, int(leftScope));
    if (keptHeld > 0)
        text += QLatin1Char('\n')
                + tr("%n communication(s) under legal hold were deleted in the repository: they are kept here, marked "
                     "deleted in the repository (their details say since when).",
                     nullptr, int(keptHeld));
    return text;
}

void SyncJob::run()
{
    try {
        cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
        cache::ContentStore store(m_dataDir);
        cache::RepositoryStore repos(writer);
        QList<cache::RepositoryInfo> targets;
        if (m_names.isEmpty()) {
            targets = repos.list();
        } else {
            for (const QString &name : std::as_const(m_names)) {
                if (const auto repo = repos.find(name))
                    targets << *repo;
                else
                    throw sync::ConnectorError(tr("There is no repository named \"%1\".").arg(name));
            }
        }
        if (targets.isEmpty()) {
            emit finished(false, tr("No repository is configured: add one in Settings → Repositories."));
            return;
        }
        SyncService service(writer, store, m_dataDir, m_identity);
        service.setUseKeychain(m_useKeychain);
        service.setHttpDefaults(m_http);
        service.setWaitingForTurn([this](const QString &name) { emit waitingForTurn(name); });
        const SyncRun run = service.sync(
            targets,
            [this](const sync::SyncProgress &p) { emit progress(p.records, p.bytesRead, p.pages, p.bytesTotal); },
            &m_cancel,
            [this](const QString &name, int index, int count) { emit repositoryStarted(name, index, count); });
        emit upkeepDone(run.upkeep.fulfilledReissues, run.upkeep.purged.rows, run.upkeep.outbox.sent);
        QStringList failures;
        for (const RepositorySync &r : run.repositories) {
            if (!r.report.error.isEmpty())
                failures << (sync::DocumentDownload::diskIsFull(m_dataDir)
                                 ? tr("%1 could not be synced: the disk of the data folder is full: %2")
                                 : tr("%1 is offline: %2"))
                                .arg(r.repository.name, r.report.error);
        }
        failures << run.upkeepProblems();
        if (m_cancel)
            emit finished(false, tr("Sync cancelled. What was synced is kept; sync again to continue."));
        else if (!failures.isEmpty())
            emit finished(false, failures.join(QLatin1Char('\n')));
        else
            emit finished(true, syncedText(run));
    } catch (const std::exception &e) {
        emit finished(false, QString::fromUtf8(e.what()));
    }
}

} // namespace proofdesk::services
