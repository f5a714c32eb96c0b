#pragma once

#include "recordstie.h"
#include "sqlite.h"

#include <QString>
#include <optional>

namespace proofdesk::cache {

// What happened when the cache file was opened.
// Whether prepare() runs a daily check that is due before the folder is read (the CLI: its one
// read waits for it) or leaves it to be run beside the work (the desktop, whose window is up
// meanwhile: CheckBeside). A check forced by a possible machine stop, or by a problem a check
// beside found, always runs before.
enum class DailyCheck { BeforeReading, Beside };

struct CacheOpenReport
{
    QString databasePath;
    int schemaVersion = 0;
    bool created = false;
    bool checked = false;         // quick_check ran (see CacheFile::prepare)
    bool checkLeftBeside = false; // a daily check was due, left to CheckBeside (DailyCheck::Beside)
    // quick_check failed: the damaged file was moved to movedAsidePath and a new, empty
    // cache was created; it fills again from the repositories on the next sync.
    bool rebuilt = false;
    QString movedAsidePath;
    QString problem;
    int repositoriesKept = 0; // carried into the new cache (RepositoryCarryOver): sync refills it
    // The check passed and found letters' rows changed outside Proofdesk (cache/rowseal.h):
    // their repositories are read again at the next sync, which writes those rows again.
    qint64 damagedRows = 0;
    // Set when the disk is full: the folder was opened for reading only (no check, no
    // migration, no recovery); it says why. Reads work; a write fails naming the disk.
    QString readOnlyReason;
    // The head this folder noted that records.sqlite's trail ends before: an older copy of its
    // own file was put back (a restore from a backup). Recorded in the trail (no device: none).
    TrailHead restoredFrom;
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
    // (DataFolder forces it when the machine may have stopped under an earlier session).
    // Throws SqliteError when the file cannot be used at all (permissions, disk full).
    // damageSeen: a query met a damaged page (SqliteError::isCorrupt): the full
    // integrity_check runs, and what it finds is recovered as at any open.
    static CacheOpenReport prepare(const QString &dataDir, bool forceCheck = true, bool damageSeen = false,
                                   DailyCheck daily = DailyCheck::BeforeReading);

    // The writer connection: the sync worker and user actions share it (one at a time).
    // On a full disk it still reads (see openOnFullDisk); its first write names the disk.
    static Database openWriter(const QString &databasePath);
    // A reader connection, for searches and views on their own thread; reads on a full disk.
    static Database openReader(const QString &databasePath);

    static int schemaVersion(Database &db);
    // Whether a day has passed since the last whole-file check (or none was ever made): the
    // next prepare() checks the whole file. Reads one row of meta.
    static bool checkIsDue(Database &db);
    // A problem the daily check found when it ran beside the work (cache/checkbeside.h), kept
    // in DATA/cache-check-failed (a file: the cache it is about may not take a write): the next
    // opening checks before anything is read, and rebuilds a cache that fails. Empty when none.
    static QString problemFoundBeside(const QString &dataDir);
    // PRAGMA quick_check (integrity_check when `thorough`): the problem found, empty when none;
    // nullopt when the file was busy (in use, not damaged) or the disk full, or the check was
    // interrupted. Throws nothing.
    static std::optional<QString> quickCheck(Database &db, bool thorough, const QString &dataDir);
    // Notes a clean check now, and forgets a problem found beside.
    static void rememberCheck(Database &db);
    // Keeps a problem the check beside found, for the next opening (problemFoundBeside).
    static void rememberProblemFoundBeside(const QString &dataDir, const QString &problem);
    // Whether the folder of a reader connection needs nothing that prepare() would do before
    // it is read: both schemas current, no quick_check due, no indexes an import left
    // dropped. Only reads (a few rows of meta). proofdesk-cli's lean start reads such a
    // folder as it is and leaves any other to the full opening (DataFolder).
    static bool readyToRead(Database &reader);
    // One connection that reads and then records the read (proofdesk-cli's lean start: a
    // search and its audit entry): the writer's settings, opened only on a folder that
    // readyToRead finds needing nothing, so it neither migrates, changes the journal mode nor
    // creates a file; nullopt for any other folder. Throws SqliteError when it cannot open.
    static std::optional<Database> openWriterIfReady(const QString &databasePath);
    // Before such a connection closes: the records' log, once a dozen or so reads have made it
    // longer than kTrimmedLogBytes, copied into records.sqlite and emptied, if nobody else is
    // using it at that moment (else it is left for a later one).
    static void trimRecordsLog(Database &db);
    static constexpr qint64 kTrimmedLogBytes = 32 * 4120; // 32 frames of 4 KB pages
    static void migrate(Database &db);

private:
    static void applyPragmas(Database &db);
    static Database openWriterOnDisk(const QString &databasePath);
    static Database openReaderOnDisk(const QString &databasePath);
    // On a disk too full for the -shm and -wal files: the files read without writing anything
    // (Database::Mode::ReadOnFullDisk; a write then fails naming the full disk).
    static Database openOnFullDisk(const QString &databasePath, const SqliteError &why);
    static Database openOrReadOnFullDisk(const QString &databasePath, Database (*open)(const QString &));
};

} // namespace proofdesk::cache
