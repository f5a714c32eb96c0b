#pragma once

#include "sqlite.h"

#include <QString>

namespace proofdesk::cache {

// records.sqlite holds what cannot be rebuilt from a repository (the audit trail, holds,
// reissue requests, role grants, unsent outbox items). A data folder whose cache was used
// with one and that lost it (deleted, not restored with the cache from a backup, lost with a
// disk) must say so, never carry on with a silently recreated empty file. The cache
// remembers the records file it was used with (its device id); a cache from before that, or
// one that never got to remember it, still shows use by the repositories it holds.
class LostRecordsFile
{
public:
    // The command that starts an empty records file in such a folder, on purpose, recorded
    // in the new file's audit trail (proofdesk-cli records start-empty).
    static QString startEmptyCommand(const QString &dataDir);

    // Throws SqliteError naming what was lost and how to restore it (or start empty) when
    // recordsPath is missing beside a cache that was used with one. Nothing when the file is
    // there or the cache is new or unused; a cache that cannot be read is left to its check.
    static void refuse(const QString &cachePath, const QString &recordsPath);
    // The same for an open connection to the cache (before it attaches the records file).
    static void refuse(Database &cache, const QString &recordsPath);

    // The device id of the records file the cache was used with: the remembered id,
    // "unknown" when it holds repositories but remembers none, empty when it shows no use.
    static QString usedDevice(Database &cache);
    // Makes the cache remember the attached records file's device id (the writer's).
    static void remember(Database &writer);
};

} // namespace proofdesk::cache
