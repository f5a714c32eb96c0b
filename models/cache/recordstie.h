#pragma once

#include "sqlite.h"

#include <QList>
#include <QString>

namespace proofdesk::cache {

// A records file as a data folder last saw it: its device id (RecordsFile::deviceId, made once
// per folder) and the head of its audit trail (the newest entry's seq and hash).
struct TrailHead
{
    QString device; // empty: nothing known; "unknown": a folder in use that never noted it
    qint64 seq = 0;
    QString hash;
};

// Ties records.sqlite to its data folder. The file cannot be rebuilt, so one put in its place —
// emptied (`: > records.sqlite`), another folder's, or missing — must stop the folder, never be
// taken as a new, empty trail (every hold gone, every role granted to the next importer). The
// folder notes the file's device id and trail head in two places: DATA/folder.json, which
// outlives a damaged cache moved aside, and the cache's meta rows, which outlive a folder.json
// swapped together with records.sqlite. Every opening compares the file with both before
// anything creates or migrates it; only `records start-empty` or a restore goes on from there.
// An older copy of the folder's own file (a restore from a backup) is no error: its trail ends
// before the noted head, which the opening then records in the trail (RestoredTrail).
class RecordsTie
{
public:
    static QString filePath(const QString &dataDir); // DATA/folder.json

    // What the folder noted: from folder.json and from the cache's meta rows (`cache` may be
    // null when it cannot be read). Empty when the folder shows no use.
    static QList<TrailHead> remembered(const QString &dataDir, Database *cache);
    // The head of the records file attached as `schema` ("rec", or "main" for the file alone).
    static TrailHead headOf(Database &db, const char *schema = "rec");

    // Throws SqliteError naming what happened (missing, emptied, another folder's, another
    // trail under this folder's id) unless the folder's records file is the one it noted, read
    // as it is before anything opens it for writing (CacheFile::prepare). Returns the noted
    // head the file's trail ends before (a restored older copy), else a head with no device.
    static TrailHead refuseUntied(const QString &dataDir);
    // The same for a connection with the records file attached as rec (a lean read, a full
    // disk's reading-only opening).
    static TrailHead refuseUntied(Database &attached, const QString &dataDir);
    // Whether `attached` holds exactly the noted trail (nothing to refuse, nothing restored).
    static bool isTied(Database &attached, const QString &dataDir);

    // After an opening: notes the attached records file and its head in both places, writing
    // only what moved.
    static void remember(Database &writer, const QString &dataDir);
    // `records start-empty`: the folder's records file is now a new one (`head`), in both places.
    static void replace(const QString &dataDir, const TrailHead &head);
};

} // namespace proofdesk::cache
