#include "syncturn.h"

#include "cache/datafolderlock.h"
#include "cache/sqlite.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace proofdesk::sync {

QString dataFolderOf(const cache::Database &writer)
{
    const QString path = writer.path();
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return QString();
    return QFileInfo(path).absolutePath();
}

namespace {

QString hashed(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

std::unique_ptr<cache::DataFolderLock> waitForLock(cache::Database &writer, const QString &name,
                                                   const std::atomic_bool *cancel, bool *cancelled,
                                                   const std::function<void()> &waiting)
{
    *cancelled = false;
    const QString dataDir = dataFolderOf(writer);
    if (dataDir.isEmpty())
        return nullptr;
    auto lock = std::make_unique<cache::DataFolderLock>(dataDir, name);
    switch (lock->lock(cancel, waiting)) {
    case cache::DataFolderLock::Result::Locked:
        return lock;
    case cache::DataFolderLock::Result::Cancelled:
        *cancelled = true;
        return nullptr;
    case cache::DataFolderLock::Result::Failed:
        break;
    }
    throw cache::SqliteError(0, lock->errorString());
}

} // namespace

std::unique_ptr<cache::DataFolderLock> waitForDropTurn(cache::Database &writer, const QString &dropRoot,
                                                       const std::atomic_bool *cancel, bool *cancelled,
                                                       const std::function<void()> &waiting)
{
    // One lock per drop folder: imports of different drops still run side by side.
    const QString canonical = QFileInfo(dropRoot).canonicalFilePath();
    return waitForLock(writer, QStringLiteral("import-") + hashed(canonical.isEmpty() ? dropRoot : canonical), cancel,
                       cancelled, waiting);
}

std::unique_ptr<cache::DataFolderLock> waitForSyncTurn(cache::Database &writer, const cache::RepositoryInfo &repository,
                                                       const std::atomic_bool *cancel, bool *cancelled,
                                                       const std::function<void()> &waiting)
{
    if (repository.kind == QLatin1String("drop"))
        return waitForDropTurn(writer, repository.url, cancel, cancelled, waiting);
    // By the row's id: a repository renamed or moved to another URL is still the one whose
    // cursor both would write.
    return waitForLock(writer, QStringLiteral("sync-%1").arg(repository.id), cancel, cancelled, waiting);
}

} // namespace proofdesk::sync
