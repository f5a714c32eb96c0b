#include "recordsfile.h"

#include "cache/fulldisk.h"
#include "cache/lostrecordsfile.h"
#include "recordsmigrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace proofdesk::cache {

QString RecordsFile::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("records.sqlite"));
}

QString RecordsFile::besideCache(const QString &cacheDatabasePath)
{
    return QFileInfo(cacheDatabasePath).absoluteDir().filePath(QStringLiteral("records.sqlite"));
}

static int latestVersion() { return recordsMigrations().back().version; }

void RecordsFile::migrate(Database &db)
{
    runMigrations(db, "records_meta", recordsMigrations(), "records");
    // A device id made once per data folder; OR IGNORE keeps the first one forever.
    db.prepare("INSERT OR IGNORE INTO records_meta(key, value) VALUES('device_id', ?1)")
        .bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .run();
}

void RecordsFile::prepare(const QString &recordsPath, bool check)
{
    const bool existed = QFile::exists(recordsPath);
    Database db(recordsPath, Database::Mode::ReadWrite);
    db.exec("PRAGMA busy_timeout = 10000");
    db.exec("PRAGMA foreign_keys = ON");
    if (existed && check) {
        QString problem;
        try {
            Statement st = db.prepare("PRAGMA quick_check(1)");
            problem = st.step() ? st.columnText(0) : QStringLiteral("no answer");
        } catch (const SqliteError &e) {
            // A full disk is not damage: the check could not even start (no room for the
            // -shm file). Saying "damaged" would advise throwing the trail away.
            if (FullDisk::explains(e, QFileInfo(recordsPath).absolutePath()))
                throw SqliteError(e, QStringLiteral("%1, so %2 could not be opened (%3). It was left as "
                                                    "it is; free some space and run the command again.")
                                         .arg(SqliteError::diskFullMessage(QFileInfo(recordsPath).absolutePath()),
                                              recordsPath, QString::fromUtf8(e.what())));
            problem = QString::fromUtf8(e.what());
        }
        if (problem != QLatin1String("ok"))
            throw SqliteError(
                0, QStringLiteral("%1 is damaged (%2), so it was left as it is. %3")
                       .arg(recordsPath, problem, LostRecordsFile::whatToDo(QFileInfo(recordsPath).absolutePath())));
    }
    const QString mode = db.queryText("PRAGMA journal_mode = WAL");
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        throw SqliteError(0,
                          QStringLiteral("%1: WAL journal mode could not be enabled (got %2)").arg(recordsPath, mode));
    migrate(db);
}

int RecordsFile::schemaVersion(Database &attached)
{
    if (attached.queryInt("SELECT count(*) FROM rec.sqlite_master WHERE name = 'records_meta'") == 0)
        return 0;
    return attached.queryText("SELECT value FROM rec.records_meta WHERE key = 'schema_version'").toInt();
}

bool RecordsFile::isCurrent(Database &attached) { return schemaVersion(attached) == latestVersion(); }

void RecordsFile::attach(Database &db, const QString &recordsPath, bool writer)
{
    if (!QFile::exists(recordsPath)) {
        // Gone while the folder was in use: an error, never a silent empty file.
        LostRecordsFile::refuse(db, recordsPath);
        prepare(recordsPath, false);
    }
    // A connection reading on a full disk reads records.sqlite the same way.
    db.prepare("ATTACH DATABASE ?1 AS rec")
        .bind(1, db.readsOnFullDisk() ? cache::Database::fullDiskUri(recordsPath) : recordsPath)
        .run();
    if (!writer || db.readsOnFullDisk())
        return;
    if (schemaVersion(db) < latestVersion())
        prepare(recordsPath, false); // on its own connection; this one holds no lock yet
    makeWritesDurable(db);
}

void RecordsFile::makeWritesDurable(Database &attached)
{
    // User actions are few and must survive a power cut: full sync for this file only.
    attached.exec("PRAGMA rec.synchronous = FULL");
}

QString RecordsFile::deviceId(Database &attached)
{
    return attached.queryText("SELECT value FROM rec.records_meta WHERE key = 'device_id'");
}

} // namespace proofdesk::cache
