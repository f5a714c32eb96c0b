#include "documentstorage.h"

#include "asyncread.h"
#include "services/documentsettings.h"

namespace proofdesk::itemmodels {

void loadDocumentStorage(const QString &databasePath, const QString &dataDir, QObject *context,
                         std::function<void(DocumentStorageUsage)> done)
{
    readAsync<DocumentStorageUsage>(
        databasePath, context,
        [dataDir](cache::Database &db) {
            return DocumentStorageUsage{cache::DocumentCache::usage(db, dataDir), {}};
        },
        std::move(done));
}

FreeSpaceJob::FreeSpaceJob(const QString &databasePath, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
{}

FreeSpaceJob::~FreeSpaceJob()
{
    if (m_thread)
        m_thread->wait();
}

bool FreeSpaceJob::start()
{
    if (isRunning())
        return false;
    delete m_thread;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("free-space"));
    m_thread->start();
    return true;
}

// Runs on the worker thread: the signals are queued to the job's thread.
void FreeSpaceJob::run()
{
    try {
        const auto e =
            services::DocumentSettings(m_databasePath, m_dataDir).freeSpaceNow([this](qint64 done, qint64 total) {
                emit progress(done, total);
            });
        emit finished(e.objects, e.bytes, e.bytesAfter, e.keptOverLimit, QString());
    } catch (const std::exception &e) {
        emit finished(0, 0, 0, false, QString::fromUtf8(e.what()));
    }
}

} // namespace proofdesk::itemmodels
