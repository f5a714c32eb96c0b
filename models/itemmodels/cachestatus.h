#pragma once

#include "cache/rebuiltcache.h"

#include <QObject>
#include <QString>
#include <functional>

namespace proofdesk::itemmodels {

// What the status bar and the first run need to know about the cache.
struct CacheSummary
{
    bool hasRepositories = false;
    qint64 communications = 0;
    qint64 repositories = 0;
    QString error;
    // The cache was started again after damage and not yet filled by a sync (rebuiltcache.h).
    std::optional<cache::RebuiltCache::Unfilled> rebuilt;
};

// Reads the summary synchronously: two small index lookups, used once at start-up to
// decide on the first run before any window exists.
CacheSummary readCacheSummary(const QString &databasePath);
// The same on a worker thread; `done` runs on `context`'s thread.
void loadCacheSummary(const QString &databasePath, QObject *context, std::function<void(CacheSummary)> done);

} // namespace proofdesk::itemmodels
