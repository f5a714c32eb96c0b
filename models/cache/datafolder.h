#pragma once

#include "cachefile.h"
#include "contentstore.h"
#include "sessionmarker.h"

#include <QString>

namespace proofdesk::cache {

// One data folder: the cache database and the content store beside it. The desktop
// client and proofdesk-cli resolve it the same way, so they share one cache.
class DataFolder
{
public:
    // Sets the organization and application names that AppDataLocation is derived from.
    static void setApplicationIdentity();
    // PROOFDESK_DATA if set, else the desktop client's AppDataLocation.
    static QString defaultPath();

    // Prepares the cache (create, quick_check, migrate); throws SqliteError if unusable.
    explicit DataFolder(const QString &path);
    // After a query met a damaged page (SqliteError::isCorrupt), with every connection to
    // the folder closed: the same recovery as a failed check at opening (the cache moved
    // aside and started again with its repositories), after a full integrity_check. A
    // damaged records.sqlite is refused with its own message, never moved.
    static CacheOpenReport recoverFromDamage(const QString &path);

    QString path() const { return m_path; }
    QString databasePath() const { return m_report.databasePath; }
    const CacheOpenReport &openReport() const { return m_report; }
    ContentStore &contentStore() { return m_store; }

private:
    QString m_path;
    SessionMarker m_marker; // before m_report: prepare() asks it whether to check
    CacheOpenReport m_report;
    ContentStore m_store;
};

} // namespace proofdesk::cache
