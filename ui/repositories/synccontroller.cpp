#include "synccontroller.h"

#include "services/syncjob.h"
#include "sync/credentials/credentialstore.h"

using proofdesk::services::SyncJob;

SyncController::SyncController(const QString &databasePath, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_useKeychain(proofdesk::sync::CredentialStore::defaultUseKeychain())
{}

SyncController::~SyncController() = default; // the job's destructor cancels and waits

proofdesk::services::Actor SyncController::actor() const
{
    return m_actor ? m_actor() : proofdesk::services::Actor{proofdesk::records::Identity::fromOperatingSystem(), {}};
}

bool SyncController::syncNow(const QString &repository)
{
    if (m_job)
        return false;
    m_job = std::make_unique<SyncJob>(m_databasePath, m_dataDir,
                                      repository.isEmpty() ? QStringList() : QStringList{repository});
    m_job->setUseKeychain(m_useKeychain);
    connect(m_job.get(), &SyncJob::repositoryStarted, this, &SyncController::repositoryStarted);
    connect(m_job.get(), &SyncJob::waitingForTurn, this, &SyncController::waitingForTurn);
    connect(m_job.get(), &SyncJob::progress, this, &SyncController::progress);
    connect(m_job.get(), &SyncJob::finished, this, &SyncController::onFinished);
    emit started(repository);
    m_job->start();
    return true;
}

void SyncController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void SyncController::onFinished(bool ok, const QString &message)
{
    // The worker has emitted its last signal; let it end before the job goes.
    std::unique_ptr<SyncJob> job = std::move(m_job);
    job.reset();
    emit finished(ok, message);
}
