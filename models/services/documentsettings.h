#pragma once

#include "actionrunner.h"
#include "cache/documentcache.h"

#include <QString>
#include <functional>

namespace proofdesk::services {

// The bounded content store's setting and upkeep, for `proofdesk-cli config` and `stats` and
// the desktop's settings alike: the limit (`documents.limit`) is a setting of the data
// folder, changed by an admin (DESIGN.md "Roles": configure) and audited as
// "settings.change" with the limit before and after; freeing space is the cache's own work
// (no record changes) and needs no role.
class DocumentSettings
{
public:
    DocumentSettings(QString databasePath, QString dataDir);

    // The limit in force and what the store holds now (reads only).
    cache::DocumentCache::Usage usage() const;

    // Sets the limit; throws RecordsError (refused, audited) or std::exception. Does not
    // evict: the next import, sync, fetch or freeSpaceNow() does.
    cache::DocumentLimit setLimit(const Actor &actor, qint64 bytes);
    // The body of that action, for a caller that runs the action itself (the desktop's
    // RecordsContext): writes the limit and records the change with before and after.
    static cache::DocumentLimit applyLimit(ActionContext &a, qint64 bytes);

    // Brings the store in step with its folder and within the limit now, least recently viewed
    // bytes first, never held or pinned ones. progress(done, total) in bytes evicted.
    cache::DocumentCache::Eviction freeSpaceNow(const std::function<void(qint64, qint64)> &progress = {});

private:
    QString m_databasePath;
    QString m_dataDir;
};

} // namespace proofdesk::services
