#pragma once

#include "testdatabaseserver.h"

#include <QString>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace proofdesk::test {

// A real, throwaway PostgreSQL server for a test (never a mock): initdb into a temporary
// directory, the server on a free port of 127.0.0.1 and on a unix socket inside that directory,
// everything removed again by the destructor. Starts in about a second (initdb is most of it).
//
// Authentication: trust over the unix socket (test setup, exec()), scram-sha-256 over TCP. The
// superuser is "postgres", with a random password (superuserPassword()).
//
// As root (CI containers) initdb and the server run as the Debian "postgres" system user
// (created by the postgresql package), through setpriv; the temporary directory is given to
// that user. As any other user they run as that user.
//
// The server is a child process of the thread that called start(), with a parent-death signal:
// if the test process dies, the server shuts down too (its temporary directory stays behind).
// Create, start and stop it on one thread (the test's main thread).
class PgTestServer : public TestDatabaseServer
{
public:
    PgTestServer();
    ~PgTestServer() override; // stop(), then the data, socket and log are removed
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // Creates the cluster (first call) and starts the server; returns once it accepts
    // connections (within 20 s), else false with the reason and the server log's tail. After
    // stop(), starts the same cluster again on the same port. True at once if running.
    bool start(QString *error);
    // Before start(): the addresses the server listens on (default 127.0.0.1), e.g.
    // "127.0.0.1,10.231.4.2" for a server in a network namespace of a test (NetnsLink).
    void setListenAddresses(const QString &addresses) { m_listenAddresses = addresses; }
    // Before start(): the server speaks TLS too (ssl=on), with a certificate for localhost and
    // the listen addresses signed by a CA of the test's own (caFile()); otherCaFile() is a CA
    // that signed nothing here (a man in the middle's, or the wrong --ca).
    void enableTls() { m_tls = true; }
    QString caFile() const;
    QString otherCaFile() const;
    // Fast shutdown (SIGINT: open sessions are ended, not waited for); the port is free once
    // it returns. No-op when not running.
    void stop();
    // stop() and start() again: same data, same port, same socket. Open connections break.
    bool restart(QString *error);
    bool isRunning() const;

    QString socketDir() const { return m_socketDir; }
    int port() const { return m_port; }
    static QString superuser() { return QStringLiteral("postgres"); }
    QString superuserPassword() const { return m_password; }
    QString dataDir() const { return m_dataDir; }
    QString binDir() const { return m_binDir; } // the server's programs (pg_dump beside postgres)
    QString logFilePath() const { return m_logFile; }
    QString logTail(int lines = 30) const; // the server log's last lines, for failure messages

    // A libpq connection URI. TCP: postgresql://user[:password]@127.0.0.1:PORT/db (scram);
    // socket: postgresql://user@/db?host=SOCKETDIR&port=PORT (trust, password ignored).
    QString url(const QString &user, const QString &password = {}, bool tcp = true,
                const QString &db = QStringLiteral("postgres")) const override;

    // Runs `sql` (one or more statements, as one implicit transaction; so CREATE DATABASE must
    // come alone) as the superuser over the socket, in `db`. For test setup.
    bool exec(const QString &sql, QString *error, const QString &db = QStringLiteral("postgres")) override;
    // CREATE DATABASE name (quoted as an identifier; a generated name when empty). Returns the
    // name, or an empty string on failure (error, when given, says why).
    QString createDatabase(QString name, QString *error = nullptr);
    // Ends every session connected to `db` except the one asking (pg_terminate_backend), and
    // waits for them to be gone: their next query fails. True when all were ended.
    bool terminateConnections(const QString &db, QString *error = nullptr);

private:
    bool initCluster(QString *error);
    bool launch(bool mayChangePort, QString *error);
    bool makeCertificates(QString *error);
    QByteArray socketConnInfo(const QString &db) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    QString m_binDir;
    QString m_listenAddresses = QStringLiteral("127.0.0.1");
    bool m_tls = false;
    QString m_socketDir;
    QString m_dataDir;
    QString m_logFile;
    QString m_password;
    int m_port = 0;
    int m_databaseCounter = 0;
    bool m_asPostgresUser = false; // running as root: commands run as the "postgres" user
};

} // namespace proofdesk::test
