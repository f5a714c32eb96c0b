#pragma once

#include "demo/demodropwriter.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

class QThread;

namespace proofdesk::sync {

// Imports a drop on a worker thread with its own writer connection, for the desktop client
// (first run, "Import drop…"). Optionally writes the demo archive first. Signals arrive on
// the thread that created the job.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(const QString &databasePath, const QString &dataDir, const QString &dropPath,
              QObject *parent = nullptr);
    ~ImportJob() override;

    // Writes a demo drop into dropPath before importing it.
    void setWriteDemo(const demo::DemoOptions &options) { m_demo = options; }
    // Drops of at least this many records bulk-load (SyncEngine::setBulkLoadMinimum).
    void setBulkLoadMinimum(qint64 records) { m_bulkLoadMinimum = records; }
    void start();
    void cancel() { m_cancel = true; }
    bool isRunning() const;

signals:
    // phase is a translated, user-visible sentence; total 0 means "unknown".
    void progress(const QString &phase, qint64 done, qint64 total);
    void finished(bool ok, const QString &message, qint64 accepted, qint64 rejected);

private:
    void run();

    QString m_databasePath;
    QString m_dataDir;
    QString m_dropPath;
    std::optional<demo::DemoOptions> m_demo;
    std::optional<qint64> m_bulkLoadMinimum;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace proofdesk::sync
