#pragma once

#include "syncengine.h"

#include <QString>
#include <memory>
#include <optional>

namespace proofdesk::cache {
class ContentStore;
} // namespace proofdesk::cache

namespace proofdesk::sync {

struct DropImportOutcome
{
    cache::RepositoryInfo repository;
    bool added = false; // the drop was new and became a repository
    SyncReport report;
};

// Whether the drop at `dropPath` is already one of the cache's repositories (importing it again
// adds none).
bool isKnownDrop(cache::Database &db, const QString &dropPath);

// `proofdesk-cli import DROP` and the desktop's first run: adds the drop as a repository
// (named after drop.json's source) if it is new, then syncs it. Throws ConnectorError when
// the folder is not a usable drop.
// While another process or thread imports the same drop into the same data folder, this
// waits for it (DataFolderLock) and then syncs what is left, usually nothing; a cancel while
// waiting returns a cancelled report.
// `bulkLoadMinimum` overrides SyncEngine's (for tests of the bulk-load phase on small drops);
// `heldDeletions` is told of held communications the drop deleted (SyncEngine's).
// `beforeAdding` is asked with drop.json's source before a drop that is not yet a repository
// becomes one, and throws to refuse it (nothing is written then).
DropImportOutcome importDrop(cache::Database &writer, cache::ContentStore &store, const QString &dropPath,
                             const std::function<void(const SyncProgress &)> &progress = {},
                             const std::atomic_bool *cancel = nullptr,
                             std::optional<qint64> bulkLoadMinimum = std::nullopt,
                             HeldDeletionRecorder *heldDeletions = nullptr,
                             const std::function<void(const QString &source)> &beforeAdding = {});

} // namespace proofdesk::sync
