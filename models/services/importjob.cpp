#include "importjob.h"

#include "cache/cachefile.h"
#include "cache/contentstore.h"
#include "syncservice.h"

#include <QThread>

namespace proofdesk::services {

ImportJob::ImportJob(const QString &databasePath, const QString &dataDir, const QString &dropPath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
    , m_dropPath(dropPath)
{}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const { return m_thread && m_thread->isRunning(); }

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

// Runs on the worker thread: signals are queued to the job's thread; nothing throws out.
void ImportJob::run()
{
    try {
        if (m_demo) {
            const QString phase = tr("Writing the demo archive…");
            emit progress(phase, 0, m_demo->count);
            const auto result = demo::writeDemoDrop(
                m_dropPath, *m_demo, [&](int done, int total) { emit progress(phase, done, total); },
                [this] { return m_cancel.load(); });
            if (!result.ok()) {
                emit finished(false, tr("The demo archive could not be written: %1").arg(result.error), 0, 0);
                return;
            }
        }
        cache::Database writer = cache::CacheFile::openWriter(m_databasePath);
        cache::ContentStore store(m_dataDir);
        const QString phase = tr("Importing communications…");
        const QString indexing = tr("Building the search indexes…");
        SyncService service(writer, store, m_dataDir, m_identity);
        service.setClaimUnclaimedFolder(true);
        if (m_addingActor)
            service.setAddingActor(*m_addingActor);
        const SyncRun run = service.importDrop(
            m_dropPath,
            [&](const sync::SyncProgress &p) {
                if (p.indexesTotal > 0)
                    emit progress(indexing, p.indexesBuilt, p.indexesTotal);
                else
                    emit progress(phase, p.bytesRead, p.bytesTotal);
            },
            &m_cancel, m_bulkLoadMinimum);
        emit upkeepDone(run.upkeep.fulfilledReissues, run.upkeep.purged.rows, run.upkeep.outbox.sent);
        const sync::SyncReport &report = run.repositories.first().report;
        const auto &r = report.result;
        QStringList first;
        for (qsizetype i = 0; i < r.rejected.size() && i < kFirstRejected; ++i)
            first << QStringLiteral("%1:%2: %3")
                         .arg(r.rejected.at(i).file)
                         .arg(r.rejected.at(i).line)
                         .arg(r.rejected.at(i).reason);
        if (!first.isEmpty())
            emit rejectedLines(first);
        if (report.cancelled)
            emit finished(false, tr("Import cancelled. What was imported is kept; import again to continue."),
                          r.accepted, r.rejected.size());
        else if (!report.error.isEmpty())
            emit finished(false, report.error, r.accepted, r.rejected.size());
        else if (const QStringList problems = run.upkeepProblems(); !problems.isEmpty())
            emit finished(false, tr("Imported, but: %1").arg(problems.join(QLatin1Char('\n'))), r.accepted,
                          r.rejected.size());
        else
            emit finished(true, tr("%n record(s) imported", nullptr, int(r.accepted)), r.accepted, r.rejected.size());
    } catch (const std::exception &e) {
        emit finished(false, QString::fromUtf8(e.what()), 0, 0);
    }
}

} // namespace proofdesk::services
