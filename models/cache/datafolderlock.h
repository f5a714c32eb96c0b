#pragma once

#include <QLockFile>
#include <QString>
#include <atomic>
#include <functional>

namespace proofdesk::cache {

// One thing in a data folder that only one process (or thread) at a time may do, such as
// preparing the cache files or importing one repository: DATA/locks/NAME.lock. Processes
// that start together (two `proofdesk-cli import` of one drop, the desktop and a scheduled
// CLI run) take turns instead of racing each other into half-made schemas and duplicate
// repositories. The lock of a process that died (SIGKILL, power loss) is stale and taken
// over; a live holder is waited for however long it works (no stale-by-age timeout: an
// import may rightly hold it for an hour).
class DataFolderLock
{
public:
    enum class Result { Locked, Cancelled, Failed };

    DataFolderLock(const QString &dataDir, const QString &name);
    ~DataFolderLock() = default; // QLockFile removes the file
    DataFolderLock(const DataFolderLock &) = delete;
    DataFolderLock &operator=(const DataFolderLock &) = delete;

    // Waits until the lock is this object's; Cancelled when `cancel` was set first, Failed
    // when the lock file cannot be made (errorString() says why). `waiting` is called once
    // when another holds the lock (to say so to the person).
    Result lock(const std::atomic_bool *cancel = nullptr, const std::function<void()> &waiting = {});
    QString errorString() const;

private:
    QString m_path;
    QLockFile m_file;
};

} // namespace proofdesk::cache
