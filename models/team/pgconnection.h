#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

struct pg_conn;
struct pg_result;

namespace proofdesk::team {

// A failure talking to the team database, with what the person can act on. `Unreachable`
// (no connection, or it dropped) means the action did not reach the server or its outcome is
// unknown: a retry with the same idempotency key is safe. The other kinds are the server's
// answer (SQLSTATE PDREF refused, PDNFD not found, PDINV invalid, PDCFL conflict; 42501 a
// privilege the login lacks).
class TeamError : public std::runtime_error
{
public:
    enum class Kind { Unreachable, Refused, NotFound, Invalid, Conflict, Failed };
    TeamError(Kind kind, const QString &message, QString sqlState = {})
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_sqlState(std::move(sqlState))
    {}
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromStdString(what()); }
    const QString &sqlState() const { return m_sqlState; }
    // The server is there but another session holds what the call needs (a lock wait or a
    // statement past its timeout): nothing was applied, and the call may be sent again at once.
    bool isBusy() const { return m_sqlState == QLatin1String("55P03") || m_sqlState == QLatin1String("57014"); }

private:
    Kind m_kind;
    QString m_sqlState;
};

// One result of a statement: rows of text values (NULL = a null QString).
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 integer(int row, int column) const;
    // The raw bytes of a value, valid while this result lives (no copy).
    const char *data(int row, int column) const;
    int size(int row, int column) const;

private:
    std::shared_ptr<pg_result> m_result;
};

// A connection to the team database through libpq. Parameters are always sent separately
// from the statement text (never spliced in), as text; a QStringList parameter becomes a
// PostgreSQL text[] literal. Not thread-safe: one connection per thread.
class PgConnection
{
public:
    // Whether a connection that does not verify the server's certificate (protectionOf) may be
    // made: only when the person chose so (`team connect --insecure`, TeamConfig::insecure).
    enum class Verification { Required, NotRequired };

    // `url` is a libpq URI or key=value string; `password`, if given, is used instead of
    // what the URL or libpq's own sources (PGPASSWORD, PGPASSFILE) hold. Throws TeamError
    // (Refused: a connection that would not be verified, or a certificate not accepted).
    PgConnection(const QString &url, const QString &password = {}, Verification verification = Verification::Required);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    PgResult exec(const QString &sql, const QVariantList &params = {});
    // Runs a function that returns jsonb and gives back its value.
    QJsonValue callJson(const QString &sql, const QVariantList &params = {});
    // Several statements in one string, no parameters (migrations).
    void execScript(const QString &sql);
    // COPY … FROM STDIN in text format: `next` fills one line (tab-separated fields, escaped
    // with copyField(), ending in a newline) and returns false when there are no more. Lines
    // are sent in blocks of about 256 KB. Returns the rows the server took.
    qint64 copyIn(const QString &copySql, const std::function<bool(QByteArray &line)> &next);
    // One field of a COPY text line: NULL as \N, backslash, tab, newline and CR escaped.
    static void appendCopyField(QByteArray &line, const QByteArray *value);

    // Runs `query` through a server-side cursor, `pageRows` at a time, and hands each row to
    // `visit` (which returns false to stop): a million rows never sit in memory at once. Inside
    // the caller's transaction if one is open (to read other things in the same snapshot),
    // else in one of its own.
    void forEachRow(const QString &query, const QVariantList &params,
                    const std::function<bool(const PgResult &, int row)> &visit, int pageRows = 20000);

    QString user() const; // the login the server authenticated
    // The server this connection reached, as host:port (of a URL with several, the one libpq
    // chose; a socket's folder for a local socket).
    QString serverAddress() const;
    QString database() const;
    bool isOpen() const;
    int socket() const;
    // Reads what arrived on the socket and returns the notifications (channel, payload); the
    // answer to a heartbeat is read, and its first row, if it had one, put in *heartbeatRow.
    QList<QPair<QString, QString>> takeNotifications(QStringList *heartbeatRow = nullptr);
    // Sends an empty query without waiting for its answer, unless the last one is still
    // unanswered: data the server must acknowledge, so that a listening connection whose
    // packets are lost ends within tcp_user_timeout even while the server's packets still
    // arrive (and keep TCP's keepalive from ever probing). False when the connection is gone.
    // `query` may ask something small on the way (a row of settings); empty by default.
    bool sendHeartbeat(const char *query = "");

    // The libpq parameters added to `url` where it (or libpq's environment) does not set them:
    // connect timeout, TCP keepalives and user timeout, lock and statement timeouts, and
    // sslmode=verify-full when any host of any form (host, hostaddr, several of each, PGHOST,
    // PGHOSTADDR) is reached over TCP, the loopback included (or the URL names a CA with
    // sslrootcert, as `team connect --ca FILE` writes it). Only a Unix socket goes without.
    // With several hosts, target_session_attrs=read-write (the primary, wherever it is now).
    using ConnectionDefaults = std::vector<std::pair<QByteArray, QByteArray>>;
    static ConnectionDefaults connectionDefaults(const QString &url);

    // How a connection to `url` would be protected, before connecting.
    struct Protection
    {
        QStringList networkHosts; // empty: the local socket only
        QString sslmode;          // what libpq will use
        QString chosenBy;         // "the URL", "PGSSLMODE" or "Proofdesk"
        bool verified() const { return networkHosts.isEmpty() || sslmode == QLatin1String("verify-full"); }
        QString summary() const; // for the person
    };
    static Protection protectionOf(const QString &url);
    // Whether libpq's message for a failed connection names the server's certificate or TLS
    // (another CA, another name, no TLS offered: refused) rather than a server gone in the
    // middle of the handshake (unreachable: a desk works offline and tries again).
    static bool isCertificateFailure(const QString &libpqMessage);
    // How this connection is protected, as libpq made it (the host it reached, TLS and its
    // version, whether the certificate was verified), for `team status`.
    QString protectionNow() const;

    // Text[] literal for a list (escaping quotes and backslashes).
    static QString arrayLiteral(const QStringList &values);

private:
    [[noreturn]] void fail(pg_result *result, const QString &sql);

    pg_conn *m_conn = nullptr;
};

// A transaction on a connection: rolled back unless committed.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &connection);
    ~PgTransaction();
    void commit();

private:
    PgConnection &m_connection;
    bool m_done = false;
};

} // namespace proofdesk::team
