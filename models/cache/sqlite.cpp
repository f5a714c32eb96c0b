#include "sqlite.h"

#include "datefunctions.h"
#include "fulldisk.h"
#include "rowseal.h"
#include "rowsetfunctions.h"
#include "rowtextmatch.h"
#include "rulefunctions.h"
#include "statementcache.h"

#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QUrl>
#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace proofdesk::cache {

SqliteError::SqliteError(int code, const QString &message, int systemErrno)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_systemErrno(systemErrno)
{}

SqliteError::SqliteError(const SqliteError &cause, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(cause.m_code)
    , m_systemErrno(cause.m_systemErrno)
{}

bool SqliteError::isInterrupt() const { return (m_code & 0xff) == SQLITE_INTERRUPT; }

bool SqliteError::isDiskFull() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_FULL
           || ((primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN)
               && (m_systemErrno == ENOSPC || m_systemErrno == EDQUOT));
}

QString SqliteError::diskFullMessage(const QString &folder, const QString &detail)
{
    if (detail.contains(QLatin1String("the disk holding")))
        return detail;
    return QStringLiteral("%1 (%2)").arg(diskFullMessage(folder), detail);
}

bool SqliteError::isCorrupt() const
{
    const int primary = m_code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

QString SqliteError::diskFullMessage(const QString &folder)
{
    return QStringLiteral("the disk holding %1 is full").arg(folder);
}

static QString messageOf(sqlite3 *db, int rc)
{
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return QString::fromUtf8(msg ? msg : sqlite3_errstr(rc));
}

// Opened by fullDiskUri: for reading only, because the disk is full.
static bool readsOnFullDisk(sqlite3 *db)
{
    const char *main = sqlite3_db_filename(db, "main");
    return sqlite3_uri_boolean(main, "immutable", 0) || sqlite3_uri_boolean(main, "readonly_shm", 0);
}

// A write refused on a connection opened to write: a connection of the same process reads the
// file on a full disk (readonly_shm), and SQLite shares its read-only -shm index with this one.
static bool refusedByAFullDisk(sqlite3 *db)
{
    return sqlite3_db_readonly(db, "main") == 0
           && FullDisk::refusesWrites(QFileInfo(QString::fromUtf8(sqlite3_db_filename(db, "main"))).absolutePath());
}

// The error for a failed call on `db`, with the errno behind an I/O error. On a connection
// opened for reading because the disk is full, a refused write is that full disk.
static SqliteError errorOf(sqlite3 *db, int rc, const QString &message)
{
    const int primary = rc & 0xff;
    if (db && primary == SQLITE_READONLY && (readsOnFullDisk(db) || refusedByAFullDisk(db)))
        return SqliteError(SQLITE_FULL,
                           QStringLiteral("%1 (the data folder is open for reading only)")
                               .arg(SqliteError::diskFullMessage(
                                   QFileInfo(QString::fromUtf8(sqlite3_db_filename(db, "main"))).absolutePath())));
    const bool io = primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_FULL;
    return SqliteError(rc, message, db && io ? sqlite3_system_errno(db) : 0);
}

QString Database::fullDiskUri(const QString &path)
{
    const QString uri = QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded());
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (!wal.exists() || wal.size() == 0)
        return uri + QStringLiteral("?immutable=1"); // the file alone is complete
    // A read-only connection cannot open a log without its index file; an empty one takes an
    // inode and no space, and readonly_shm reads it as "not initialised" (the log is read).
    const QByteArray shm = QFile::encodeName(path + QStringLiteral("-shm"));
    const int fd = ::open(shm.constData(), O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd >= 0)
        ::close(fd);
    return uri + QStringLiteral("?mode=ro&readonly_shm=1");
}

Database::Database(const QString &path, Mode mode)
    : m_path(path)
    , m_fullDisk(mode == Mode::ReadOnFullDisk)
{
    const int flags = (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY)
                      | (m_fullDisk ? SQLITE_OPEN_URI : 0) | SQLITE_OPEN_NOMUTEX;
    const QString name = m_fullDisk ? fullDiskUri(path) : path;
    const int rc = sqlite3_open_v2(name.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const SqliteError error =
            errorOf(m_db, rc, QStringLiteral("cannot open %1: %2").arg(path, messageOf(m_db, rc)));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    registerRowSetFunctions(m_db);
    registerRowTextMatchFunction(m_db);
    m_statements = std::make_shared<StatementCache>();
    registerDateFunctions(m_db);
    registerRuleFunctions(m_db);
    RowSeal::registerFunction(m_db);
}

Database::~Database() { close(); }

Database::Database(Database &&other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
    , m_fullDisk(other.m_fullDisk)
    , m_statements(std::move(other.m_statements))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_fullDisk = other.m_fullDisk;
        m_statements = std::move(other.m_statements);
        other.m_db = nullptr;
    }
    return *this;
}

void Database::close()
{
    m_statements.reset(); // finalizes the idle ones; one still in use is finalized when destroyed
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw errorOf(m_db, rc, msg);
    }
}

Statement Database::prepare(const char *sql) const { return Statement(m_db, sql); }

Statement Database::prepare(const QString &sql) const { return Statement(m_db, sql.toUtf8().constData()); }

Statement Database::prepareCached(const char *sql) const { return prepareCached(QString::fromUtf8(sql)); }

Statement Database::prepareCached(const QString &sql) const
{
    const QByteArray utf8 = sql.toUtf8();
    if (!m_statements)
        return Statement(m_db, utf8.constData());
    if (sqlite3_stmt *compiled = m_statements->take(utf8.constData()))
        return Statement(m_db, compiled, m_statements);
    Statement fresh(m_db, utf8.constData());
    fresh.m_home = m_statements;
    return fresh;
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

qint64 Database::queryInt(const char *sql) const
{
    Statement st = prepare(sql);
    return st.step() ? st.columnInt(0) : 0;
}

QString Database::queryText(const char *sql) const
{
    Statement st = prepare(sql);
    return st.step() ? st.columnText(0) : QString();
}

bool Database::readsBesideWrites() const
{
    return !m_path.isEmpty() && m_path != QLatin1String(":memory:")
           && queryText("PRAGMA journal_mode") == QLatin1String("wal");
}

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throw errorOf(db, rc, QStringLiteral("%1 in: %2").arg(messageOf(db, rc), QString::fromUtf8(sql).simplified()));
    m_text.resize(sqlite3_bind_parameter_count(m_stmt));
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *compiled, std::weak_ptr<StatementCache> home)
    : m_stmt(compiled)
    , m_db(db)
    , m_home(std::move(home))
{
    m_text.resize(sqlite3_bind_parameter_count(m_stmt)); // as a fresh one: text is held, not copied
}

namespace {
void release(sqlite3_stmt *statement, const std::weak_ptr<StatementCache> &home)
{
    if (!statement)
        return;
    if (const auto cache = home.lock())
        cache->giveBack(statement); // bindings cleared before the held text below goes
    else
        sqlite3_finalize(statement);
}
} // namespace

Statement::~Statement() { release(m_stmt, m_home); }

Statement::Statement(Statement &&other) noexcept
    : m_stmt(other.m_stmt)
    , m_db(other.m_db)
    , m_home(std::move(other.m_home))
    , m_text(std::move(other.m_text))
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release(m_stmt, m_home);
        m_stmt = other.m_stmt;
        m_db = other.m_db;
        m_home = std::move(other.m_home);
        m_text = std::move(other.m_text);
        other.m_stmt = nullptr;
    }
    return *this;
}

void Statement::fail(int rc) const
{
    throw errorOf(m_db, rc, QStringLiteral("%1 in: %2").arg(messageOf(m_db, rc), sql().simplified()));
}

Statement &Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    if (index < 1 || index > m_text.size())
        return bind(index, value.toUtf8()); // SQLite names the bad index
    QByteArray &text = m_text[index - 1];
    QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    text.resize(utf8.requiredSpace(value.size()));
    text.truncate(utf8.appendToBuffer(text.data(), value) - text.data());
    if (utf8.hasError())
        text = value.toUtf8(); // a lone surrogate: toUtf8() writes '?' where the encoder writes U+FFFD
    return bindHeld(index);
}

Statement &Statement::bind(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    if (index < 1 || index > m_text.size() || !QByteArray(utf8).data_ptr().isMutable()) {
        // Bytes this array does not own (fromRawData, a literal) are copied by SQLite.
        const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        if (rc != SQLITE_OK)
            fail(rc);
        return *this;
    }
    m_text[index - 1] = utf8; // shares the bytes, no copy
    return bindHeld(index);
}

// SQLite reads the bytes in place (SQLITE_STATIC) until the parameter is bound again or the
// bindings are cleared: m_text keeps them alive at least that long.
Statement &Statement::bindHeld(int index)
{
    const QByteArray &text = m_text.at(index - 1);
    const int rc = sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindRowSet(int index, RowIdSet *set)
{
    if (const int rc = sqlite3_bind_pointer(m_stmt, index, set, kRowSetPointerType, nullptr); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

int Statement::parameterCount() const { return sqlite3_bind_parameter_count(m_stmt); }

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

qint64 Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return QString();
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return QByteArray();
    return QByteArray(text, sqlite3_column_bytes(m_stmt, column));
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

QString Statement::columnName(int column) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, column)); }

QString Statement::sql() const { return m_stmt ? QString::fromUtf8(sqlite3_sql(m_stmt)) : QString(); }

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqliteError &) {
            // The transaction may already be gone (SQLite rolls back on some errors).
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace proofdesk::cache
