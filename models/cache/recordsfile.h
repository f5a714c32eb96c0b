#pragma once

#include "cache/sqlite.h"

#include <QString>

namespace proofdesk::cache {

// `DATA/records.sqlite` (WAL): what users author, kept apart from the rebuildable cache and
// attached to every cache connection as schema `rec` (CacheFile::openWriter/openReader).
// A damaged cache is moved aside and rebuilt; this file never is: if it fails its check,
// the data folder is refused with a message saying so, and nothing is thrown away.
class RecordsFile
{
public:
    static QString databasePath(const QString &dataDir);
    // records.sqlite in the folder of a cache database file.
    static QString besideCache(const QString &cacheDatabasePath);

    // Creates the file if needed, checks it (quick_check) when `check`, runs the numbered
    // migrations and gives the data folder its device id. Throws cache::SqliteError.
    static void prepare(const QString &recordsPath, bool check = true);

    // Attaches the file as `rec`. A writer connection migrates it first if it is behind;
    // a read-only connection attaches it read-only (it inherits the connection's mode).
    static void attach(cache::Database &db, const QString &recordsPath, bool writer);

    // What a writer connection sets on the attached file (attach with writer = true does it):
    // user actions are few and must survive a power cut, so commits sync fully.
    static void makeWritesDurable(cache::Database &attached);

    // The stable UUID of this data folder, recorded with every audit entry.
    static QString deviceId(cache::Database &attached);
    static int schemaVersion(cache::Database &attached);
    // The attached file is at the latest schema (nothing for prepare() to migrate).
    static bool isCurrent(cache::Database &attached);

private:
    static void migrate(cache::Database &db);
};

} // namespace proofdesk::cache
