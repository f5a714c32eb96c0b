#include "witnessjob.h"

#include "cache/cachefile.h"
#include "cache/contentstore.h"
#include "cache/repositorystore.h"
#include "repositorywitness.h"
#include "sync/credentials/credentialstore.h"

#include <QThread>

namespace proofdesk::services {

WitnessJob::WitnessJob(const QString &databasePath, const QString &dataDir, const QString &repository, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_repository(repository)
    , m_useKeychain(sync::CredentialStore::defaultUseKeychain())
{}

WitnessJob::~WitnessJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void WitnessJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("witness"));
    m_thread->start();
}

// Runs on the worker thread: signals are queued to the job's thread.
void WitnessJob::run()
{
    using Kind = sync::WitnessDifference::Kind;
    try {
        cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
        cache::ContentStore store(m_dataDir);
        const auto repository = cache::RepositoryStore(writer).find(m_repository);
        if (!repository) {
            emit finished(false, 0, tr("There is no repository named \"%1\".").arg(m_repository));
            return;
        }
        RepositoryWitness witness(writer, store, m_dataDir, m_identity);
        witness.setUseKeychain(m_useKeychain);
        witness.setHttpDefaults(m_http);
        witness.setSample(m_sample);
        const WitnessReport report = witness.witness(
            *repository, [this](const QString &step, qint64 listed) { emit progress(step, listed); }, &m_cancel);
        if (report.cancelled && report.differences.isEmpty()) {
            emit finished(false, 0, tr("The witness pass was cancelled: nothing was concluded or recorded."));
            return;
        }
        if (!report.error.isEmpty() && report.differences.isEmpty()) {
            emit finished(false, 0,
                          tr("The witness pass of \"%1\" stopped, and nothing was concluded from it: %2")
                              .arg(m_repository, report.error));
            return;
        }
        const int changed = int(report.count(Kind::Changed));
        const int gone = int(report.count(Kind::Gone));
        QString message =
            tr("\"%1\" lists %2 letters; the desk held %3.").arg(m_repository).arg(report.listed).arg(report.cached);
        message += QLatin1Char(' ')
                   + (changed + gone == 0
                          ? tr("Nothing changed or went without a record.")
                          : tr("%1 changed without a record, %2 gone without a deletion: each is in the audit trail "
                               "with what the desk saw before, and the cache now says what the repository says.")
                                .arg(changed)
                                .arg(gone));
        // Stopped after it recorded what it found (the closing sync failed, or Cancel while it
        // asked for the sample's bytes): what it found stands, and the person is told the rest.
        if (report.cancelled)
            message += QLatin1Char(' ') + tr("The pass was cancelled while it compared the sample's bytes.");
        if (!report.error.isEmpty())
            message += QLatin1Char(' ') + tr("Then it stopped: %1").arg(report.error);
        emit finished(report.ok(), changed + gone, message);
    } catch (const std::exception &e) {
        emit finished(false, 0, QString::fromUtf8(e.what()));
    }
}

} // namespace proofdesk::services
