#pragma once

#include "sqlite.h"

#include <QString>

namespace proofdesk::cache {

// What happened when the cache file was opened.
struct CacheOpenReport
{
    QString databasePath;
    int schemaVersion = 0;
    bool created = false;
    bool checked = false; // quick_check ran (see CacheFile::prepare)
    // quick_check failed: the damaged file was moved to movedAsidePath and a new, empty
    // cache was created; it fills again from the repositories on the next sync.
    bool rebuilt = false;
    QString movedAsidePath;
    QString problem;
};

// The cache database of one data folder: `DATA/cache.sqlite` (WAL) beside the content
// store `DATA/objects/`. prepare() checks, migrates and (if damaged) rebuilds the file;
// connections are then opened per thread: one writer, any number of readers.
class CacheFile
{
public:
    static QString databasePath(const QString &dataDir);

    // Creates the folder and file if needed, runs quick_check and the migrations. The check
    // always runs with forceCheck; otherwise only when a day has passed since the last one
    // (DataFolder forces it after an unclean end of an earlier session).
    // Throws SqliteError when the file cannot be used at all (permissions, disk full).
    static CacheOpenReport prepare(const QString &dataDir, bool forceCheck = true);

    // The writer connection: the sync worker and user actions share it (one at a time).
    static Database openWriter(const QString &databasePath);
    // A reader connection, for searches and views on their own thread.
    static Database openReader(const QString &databasePath);

    static int schemaVersion(Database &db);
    static void migrate(Database &db);

private:
    static void applyPragmas(Database &db);
    // Throws when records.sqlite is gone from a folder whose cache knew it.
    static void refuseLostRecords(const QString &cachePath, const QString &recordsPath);
    static void rememberRecordsFile(Database &writer);
};

} // namespace proofdesk::cache
