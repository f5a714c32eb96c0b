#pragma once

#include "sqlite.h"

#include <QString>

namespace proofdesk::cache {

// records.sqlite holds what cannot be rebuilt from a repository (the audit trail, holds,
// reissue requests, role grants, unsent outbox items). A data folder that was used with one
// and lost it (deleted, not restored with the cache from a backup, lost with a disk) must say
// so, never carry on with a silently recreated empty file. The folder notes the records file
// it was used with (RecordsTie: folder.json and the cache's meta rows); a cache from before
// that still shows use by the repositories it holds.
class LostRecordsFile
{
public:
    // The command that starts an empty records file in such a folder, on purpose, recorded
    // in the new file's audit trail (proofdesk-cli records start-empty).
    static QString startEmptyCommand(const QString &dataDir);

    // What someone whose records file is gone or replaced can do: what it held, restoring it,
    // and starting an empty one on purpose. Ends a message.
    static QString whatToDo(const QString &dataDir);
    // Throws SqliteError naming the missing file, the device it had and what to do.
    [[noreturn]] static void refuseMissing(const QString &recordsPath, const QString &device);
    // For an open connection to the cache (before it attaches the records file): throws as
    // refuseMissing when recordsPath is missing in a folder that noted one. Nothing when the
    // file is there or the folder is new or unused.
    static void refuse(Database &cache, const QString &recordsPath);

    // The device id of the records file the cache was used with: the remembered id,
    // "unknown" when it holds repositories but remembers none, empty when it shows no use.
    static QString usedDevice(Database &cache);
};

} // namespace proofdesk::cache
