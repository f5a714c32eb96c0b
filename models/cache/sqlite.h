#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace proofdesk::cache {

// Thrown for any SQLite failure; what() names the statement and SQLite's message.
// Exceptions never leave a thread's run(): workers catch them and report an error.
class SqliteError : public std::runtime_error
{
public:
    // systemErrno: the errno of the system call behind an I/O error (sqlite3_system_errno).
    SqliteError(int code, const QString &message, int systemErrno = 0);
    // The same failure (code, errno) told in other words.
    SqliteError(const SqliteError &cause, const QString &message);
    int code() const { return m_code; }
    bool isInterrupt() const;
    // SQLITE_FULL, or an I/O error whose system call failed with ENOSPC or EDQUOT (SQLite
    // reports a -shm or -wal file it cannot grow as a "disk I/O error").
    bool isDiskFull() const;

    // "the disk holding FOLDER is full": the words every full-disk message starts from.
    static QString diskFullMessage(const QString &folder);
    // `detail` when it already names the full disk, else diskFullMessage(folder) with it.
    static QString diskFullMessage(const QString &folder, const QString &detail);
    // SQLITE_CORRUPT or SQLITE_NOTADB: a damaged page or file met by a query.
    bool isCorrupt() const;

private:
    int m_code;
    int m_systemErrno;
};

class Statement;
class RowIdSet;
class StatementCache;

// One SQLite connection (RAII), opened without a mutex: one thread at a time may use it
// (a search hands its helper reader to a pool thread and waits for it; see TextRows).
class Database
{
public:
    // ReadOnFullDisk: read-only, and never writing the -wal or -shm files, which a full disk
    // cannot make room for (fullDiskUri). A write on it fails as SQLITE_FULL naming the full disk.
    enum class Mode { ReadWrite, ReadOnly, ReadOnFullDisk };

    Database() = default;
    Database(const QString &path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    bool readsOnFullDisk() const { return m_fullDisk; }
    // The URI that opens or attaches `path` for reading on a full disk (SQLITE_OPEN_URI): with
    // an empty write-ahead log `immutable` (no lock, no -shm); with changes in it `readonly_shm`,
    // so that SQLite never truncates or grows the -shm index (its first connection would, and
    // on a full disk leave it 3 bytes long for every later one) and reads the log into memory
    // when no other connection keeps the index. Makes an empty -shm file if there is none.
    static QString fullDiskUri(const QString &path);
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }
    // Whether a second connection to this file may read while this one writes, neither waiting for
    // the other: a file on disk with a write-ahead log (the stored rows' refresh reads on one).
    bool readsBesideWrites() const;

    void exec(const char *sql);
    void exec(const QString &sql) { exec(sql.toUtf8().constData()); }
    Statement prepare(const char *sql) const;
    Statement prepare(const QString &sql) const;
    // The same, from this connection's cache of compiled statements (statementcache.h): for
    // statements run again and again with other values (a search's), whose compiling would
    // otherwise cost as much as their run. The statement goes back to the cache, reset, when
    // destroyed.
    Statement prepareCached(const QString &sql) const;
    Statement prepareCached(const char *sql) const;
    qint64 lastInsertRowId() const;
    int changes() const;
    // Scalar helpers for one-value queries.
    qint64 queryInt(const char *sql) const;
    QString queryText(const char *sql) const;

    void close();

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_fullDisk = false;
    std::shared_ptr<StatementCache> m_statements;
};

// A prepared statement (RAII). Bind indexes start at 1, column indexes at 0, as in SQLite.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);   // a null QString binds NULL
    Statement &bind(int index, const QByteArray &utf8); // a null QByteArray binds NULL
    Statement &bindNull(int index);
    // For rowset_has / rowset_add (rowsetfunctions.h); the set must outlive the statement's run.
    Statement &bindRowSet(int index, RowIdSet *set);
    int parameterCount() const;

    // Steps once: true while a row is available, false when done.
    bool step();
    // Steps to completion (for statements that return no rows).
    void run();
    void reset();

    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnUtf8(int column) const;
    int columnCount() const;
    QString columnName(int column) const;
    QString sql() const;
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *compiled, std::weak_ptr<StatementCache> home);
    [[noreturn]] void fail(int rc) const;
    Statement &bindHeld(int index);
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    // Where the statement goes back to when destroyed (prepareCached); expired or none: finalized.
    std::weak_ptr<StatementCache> m_home;
    // The text bound to each parameter, held here so that SQLite need not copy it: an import
    // binds some forty values a record. A QString is encoded into its parameter's buffer,
    // which keeps its capacity, so binding the next row's value allocates nothing.
    QList<QByteArray> m_text;
};

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    Database &m_db;
    bool m_open = true;
};

} // namespace proofdesk::cache
