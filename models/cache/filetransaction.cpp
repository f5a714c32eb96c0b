#include "filetransaction.h"

#include <sqlite3.h>

namespace proofdesk::cache {

namespace {

bool recordsAttachedTo(sqlite3 *db) { return sqlite3_db_filename(db, "rec") != nullptr; }

} // namespace

FileTransaction::FileTransaction(Database &db, Locks locks)
    : m_db(db)
{
    if (locks == Locks::EveryFile || !recordsAttachedTo(db.handle())) {
        m_db.exec("BEGIN IMMEDIATE");
        return;
    }
    // A deferred transaction whose first statement writes (no row, but it is a write) takes that
    // file's lock, waiting for it as BEGIN IMMEDIATE would; the other file is read, if at all,
    // from a snapshot. Each table is one every cache and every records file has.
    m_db.exec("BEGIN");
    try {
        if (locks == Locks::CacheOnly) {
            m_db.exec("UPDATE main.repositories SET id = id WHERE 0");
            m_unlocked = "rec";
        } else {
            m_db.exec("UPDATE rec.audit_entries SET seq = seq WHERE 0");
            m_unlocked = "main";
        }
    } catch (...) {
        m_db.exec("ROLLBACK");
        throw;
    }
}

FileTransaction::~FileTransaction()
{
    if (m_open) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqliteError &) {
            // The transaction may already be gone (SQLite rolls back on some errors).
        }
    }
}

void FileTransaction::commit()
{
    if (m_unlocked && sqlite3_txn_state(m_db.handle(), m_unlocked) == SQLITE_TXN_WRITE)
        throw SqliteError(SQLITE_MISUSE,
                          QStringLiteral("a transaction that locked one file wrote %1 as well; rolled back")
                              .arg(QString::fromLatin1(m_unlocked)));
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace proofdesk::cache
