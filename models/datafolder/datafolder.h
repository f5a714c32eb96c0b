#pragma once

#include "cache/cachefile.h"
#include "cache/contentstore.h"
#include "cache/sessionmarker.h"

#include <QString>

namespace proofdesk::datafolder {

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
    // DailyCheck::Beside leaves a daily check that is due to cache::CheckBeside
    // (openReport().checkLeftBeside).
    explicit DataFolder(const QString &path, cache::DailyCheck daily = cache::DailyCheck::BeforeReading);
    // After a query met a damaged page (SqliteError::isCorrupt), with every connection to
    // the folder closed: the same recovery as a failed check at opening (the cache moved
    // aside and started again with its repositories), after a full integrity_check. A
    // damaged records.sqlite is refused with its own message, never moved.
    static cache::CacheOpenReport recoverFromDamage(const QString &path);

    QString path() const { return m_path; }
    QString databasePath() const { return m_report.databasePath; }
    const cache::CacheOpenReport &openReport() const { return m_report; }
    cache::ContentStore &contentStore() { return m_store; }

private:
    QString m_path;
    cache::SessionMarker m_marker; // before m_report: prepare() asks it whether to check
    cache::CacheOpenReport m_report;
    cache::ContentStore m_store;
};

} // namespace proofdesk::datafolder
