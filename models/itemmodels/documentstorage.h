#pragma once

#include "cache/documentcache.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <functional>

namespace proofdesk::itemmodels {

// What the desktop's Document Storage settings show: the content store's limit and use.
struct DocumentStorageUsage
{
    cache::DocumentCache::Usage usage;
    QString error;
};

// Reads it on a worker thread; `done` runs on `context`'s thread.
void loadDocumentStorage(const QString &databasePath, const QString &dataDir, QObject *context,
                         std::function<void(DocumentStorageUsage)> done);

// "Free Space Now": the content store within its limit (services::DocumentSettings), on a
// thread of its own, with progress in bytes. One at a time; signals arrive on the thread
// that made the job; nothing throws out of the worker.
class FreeSpaceJob : public QObject
{
    Q_OBJECT

public:
    FreeSpaceJob(const QString &databasePath, const QString &dataDir, QObject *parent = nullptr);
    ~FreeSpaceJob() override; // waits for a run under way (each batch is short)

    // False (nothing emitted) when one runs already.
    bool start();
    bool isRunning() const { return m_thread && m_thread->isRunning(); }

signals:
    void progress(qint64 bytesEvicted, qint64 bytesToEvict);
    // error is set (and the rest zero) when the store could not be reached.
    void finished(qint64 objects, qint64 bytes, qint64 bytesAfter, bool keptOverLimit, const QString &error);

private:
    void run();

    QString m_databasePath;
    QString m_dataDir;
    QThread *m_thread = nullptr;
};

} // namespace proofdesk::itemmodels
