#pragma once

#include "actionrunner.h"
#include "demo/demodropwriter.h"
#include "records/identity.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <optional>

class QThread;

namespace proofdesk::services {

// Imports a drop on a worker thread with its own writer connection, for the desktop client
// (first run, "Import drop…"), through SyncService: the records upkeep follows as after
// `proofdesk-cli import`, and the first user of an unclaimed data folder gets every role.
// Optionally writes the demo archive first. Signals arrive on the thread that created the job.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFirstRejected = 20;

    ImportJob(const QString &databasePath, const QString &dataDir, const QString &dropPath, QObject *parent = nullptr);
    ~ImportJob() override;

    // Writes a demo drop into dropPath before importing it.
    void setWriteDemo(const demo::DemoOptions &options) { m_demo = options; }
    // Drops of at least this many records bulk-load (SyncEngine::setBulkLoadMinimum).
    void setBulkLoadMinimum(qint64 records) { m_bulkLoadMinimum = records; }
    // Who the upkeep's automatic steps are recorded for (default: the operating-system user).
    void setIdentity(const records::Identity &identity) { m_identity = identity; }
    // A drop new to the data folder becomes a repository only if `actor` may add one
    // (SyncService::setAddingActor); unset (the demo archive at the first start): no check.
    void setAddingActor(const Actor &actor) { m_addingActor = actor; }
    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;

signals:
    // phase is a translated, user-visible sentence; total 0 means "unknown".
    void progress(const QString &phase, qint64 done, qint64 total);
    void finished(bool ok, const QString &message, qint64 accepted, qint64 rejected);
    // The first rejected lines as "file:line: reason" (at most kFirstRejected), before finished().
    void rejectedLines(const QStringList &first);
    // As SyncJob::upkeepDone, before finished().
    void upkeepDone(int fulfilledReissues, qint64 purged, int outboxSent);

private:
    void run();

    QString m_databasePath;
    QString m_dataDir;
    QString m_dropPath;
    std::optional<demo::DemoOptions> m_demo;
    std::optional<qint64> m_bulkLoadMinimum;
    records::Identity m_identity = records::Identity::fromOperatingSystem();
    std::optional<Actor> m_addingActor;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace proofdesk::services
