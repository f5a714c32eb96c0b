#include "syncjob.h"

#include "cache/cachefile.h"
#include "cache/contentstore.h"
#include "connectorfactory.h"
#include "credentials/credentialstore.h"
#include "syncengine.h"

#include <QThread>

namespace proofdesk::sync {

SyncJob::SyncJob(const QString &databasePath, const QString &dataDir, const QStringList &repositories,
                 QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_names(repositories)
    , m_useKeychain(CredentialStore::defaultUseKeychain())
{
}

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
                    throw ConnectorError(tr("There is no repository named \"%1\".").arg(name));
            }
        }
        if (targets.isEmpty()) {
            emit finished(false, tr("No repository is configured: add one in Settings → Repositories."));
            return;
        }
        QStringList failures;
        qint64 accepted = 0;
        for (int i = 0; i < targets.size() && !m_cancel; ++i) {
            const cache::RepositoryInfo &repo = targets.at(i);
            emit repositoryStarted(repo.name, i, int(targets.size()));
            SyncReport report;
            try {
                auto environment = ConnectorEnvironment::forDataFolder(m_dataDir, m_useKeychain, m_http);
                auto connector = createConnector(repo, store, std::move(environment));
                report = SyncEngine(writer).sync(
                    repo, *connector,
                    [this](const SyncProgress &p) { emit progress(p.records, p.bytesRead, p.pages, p.bytesTotal); },
                    &m_cancel);
            } catch (const std::exception &e) {
                // The connector could not even be made (a missing folder, no password).
                report.error = QString::fromUtf8(e.what());
                repos.recordError(repo.id, report.error);
            }
            accepted += report.result.accepted;
            if (!report.error.isEmpty())
                failures << tr("%1 is offline: %2").arg(repo.name, report.error);
        }
        if (m_cancel)
            emit finished(false, tr("Sync cancelled. What was synced is kept; sync again to continue."));
        else if (!failures.isEmpty())
            emit finished(false, failures.join(QLatin1Char('\n')));
        else
            emit finished(true, tr("%n record(s) synced", nullptr, int(accepted)));
    } catch (const std::exception &e) {
        emit finished(false, QString::fromUtf8(e.what()));
    }
}

} // namespace proofdesk::sync
