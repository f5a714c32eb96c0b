#include "datafolderlock.h"

#include <QDir>
#include <QFileInfo>

namespace proofdesk::cache {

namespace {

QString lockPath(const QString &dataDir, const QString &name)
{
    return QDir(dataDir).filePath(QStringLiteral("locks/%1.lock").arg(name));
}

// How long one tryLock waits: QLockFile's own wait backs off to 5 s sleeps, too slow to
// notice a release or a cancel promptly, so the waiting loop is ours.
constexpr int kPollMs = 100;

} // namespace

DataFolderLock::DataFolderLock(const QString &dataDir, const QString &name)
    : m_path(lockPath(dataDir, name))
    , m_file(m_path)
{
    m_file.setStaleLockTime(0); // stale only when its process is gone, never by age
}

DataFolderLock::Result DataFolderLock::lock(const std::atomic_bool *cancel, const std::function<void()> &waiting)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    bool told = false;
    while (!m_file.tryLock(kPollMs)) {
        if (m_file.error() != QLockFile::LockFailedError)
            return Result::Failed;
        if (waiting && !told) {
            told = true;
            waiting();
        }
        if (cancel && cancel->load())
            return Result::Cancelled;
    }
    return Result::Locked;
}

QString DataFolderLock::errorString() const
{
    switch (m_file.error()) {
    case QLockFile::NoError:
        return QString();
    case QLockFile::LockFailedError:
        return QStringLiteral("%1 is held by another process").arg(m_path);
    case QLockFile::PermissionError:
        return QStringLiteral("the lock file %1 cannot be created: no permission to write there").arg(m_path);
    case QLockFile::UnknownError:
        break;
    }
    return QStringLiteral("the lock file %1 cannot be created").arg(m_path);
}

} // namespace proofdesk::cache
