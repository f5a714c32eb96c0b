#include "pgtestserver.h"

#include "pgtestcertificates.h"
#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QVersionNumber>
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace proofdesk::test {

using namespace serverprocess;

namespace {

constexpr int kReadyTimeoutMs = 20000;
constexpr int kInitdbTimeoutMs = 120000;
constexpr int kStopTimeoutMs = 15000;
constexpr int kPortAttempts = 5;
// The Debian package with initdb and postgres (PostgreSQL 15 is Debian 12's).
constexpr QLatin1String kServerPackage("postgresql-15");
// sun_path holds 108 bytes: SOCKETDIR "/.s.PGSQL.65535" and a NUL must fit.
constexpr int kMaxSocketDirBytes = 107 - 15;
constexpr QLatin1String kTemplateName("/pgtest-XXXXXX");

using Conn = std::unique_ptr<PGconn, void (*)(PGconn *)>;
using Result = std::unique_ptr<PGresult, void (*)(PGresult *)>;

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return password;
}

QString readFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(offset);
    return QString::fromUtf8(file.readAll());
}

QByteArray connInfoValue(const QString &value)
{
    QByteArray quoted = value.toUtf8();
    quoted.replace('\\', "\\\\").replace('\'', "\\'");
    return '\'' + quoted + '\'';
}

QString lastError(PGconn *conn) { return QString::fromUtf8(PQerrorMessage(conn)).trimmed(); }

QString quoteIdentifier(QString name)
{
    return QLatin1Char('"') + name.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

PgTestServer::PgTestServer() = default;

PgTestServer::~PgTestServer()
{
    stop();
    m_dir.reset(); // as root too: root removes the postgres user's files
}

bool PgTestServer::start(QString *error)
{
    if (isRunning())
        return true;
    if (!m_dir) {
        if (!initCluster(error) || (m_tls && !makeCertificates(error))) {
            m_dir.reset();
            return false;
        }
        return launch(true, error);
    }
    return launch(false, error);
}

bool PgTestServer::restart(QString *error)
{
    if (!m_dir) {
        setError(error, QStringLiteral("PgTestServer::restart(): the server was never started"));
        return false;
    }
    stop();
    return launch(false, error);
}

bool PgTestServer::isRunning() const
{
    return m_server && m_server->state() != QProcess::NotRunning && !m_server->waitForFinished(0);
}

void PgTestServer::stop()
{
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        const pid_t pid = pid_t(m_server->processId());
        ::kill(pid, SIGINT); // fast shutdown
        if (!m_server->waitForFinished(kStopTimeoutMs)) {
            qWarning("PgTestServer: no fast shutdown within %d s, immediate shutdown", kStopTimeoutMs / 1000);
            ::kill(pid, SIGQUIT);
            if (!m_server->waitForFinished(5000)) {
                m_server->kill();
                m_server->waitForFinished(5000);
            }
        }
    }
    m_server.reset();
}

bool PgTestServer::initCluster(QString *error)
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        setError(error, QStringLiteral("PostgreSQL server programs not found (initdb and postgres, looked in "
                                       "/usr/lib/postgresql/*/bin and PATH). Install the Debian package %1: "
                                       "apt-get install %1 (.ci/install-deps lists it).")
                            .arg(kServerPackage));
        return false;
    }

    // initdb and postgres refuse to run as root: then they run as the "postgres" system user.
    m_asPostgresUser = ::geteuid() == 0;
    uid_t pgUid = 0;
    gid_t pgGid = 0;
    if (m_asPostgresUser) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            setError(error, QStringLiteral("Running as root, and there is no \"postgres\" system user to run the "
                                           "PostgreSQL server as (initdb refuses root). Install the Debian package "
                                           "%1 (it creates that user), or run the tests as a normal user.")
                                .arg(kServerPackage));
            return false;
        }
        pgUid = pw->pw_uid;
        pgGid = pw->pw_gid;
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty() && !isExecutableFile(QStringLiteral("/usr/bin/setpriv"))) {
            setError(error, QStringLiteral("Running as root: setpriv (Debian package util-linux) is needed to run "
                                           "the PostgreSQL server as the \"postgres\" user, and is not installed."));
            return false;
        }
    }

    // The socket lives in the temporary directory: its path must fit in sun_path, and as root
    // the postgres user must be able to reach it.
    QString base = QDir::tempPath();
    if (QFile::encodeName(base).size() + kTemplateName.size() > kMaxSocketDirBytes
        || (m_asPostgresUser && !reachableByOthers(base)))
        base = QStringLiteral("/tmp");
    m_dir = std::make_unique<QTemporaryDir>(base + kTemplateName);
    if (!m_dir->isValid()) {
        setError(error, QStringLiteral("Cannot create a temporary directory for the PostgreSQL server in %1: %2")
                            .arg(base, m_dir->errorString()));
        return false;
    }
    const QByteArray dirPath = QFile::encodeName(m_dir->path());
    if (m_asPostgresUser
        && (::chown(dirPath.constData(), pgUid, pgGid) != 0 || ::chmod(dirPath.constData(), 0755) != 0)) {
        setError(error, QStringLiteral("Cannot give %1 to the postgres user: %2")
                            .arg(m_dir->path(), QString::fromLocal8Bit(strerror(errno))));
        return false;
    }
    m_socketDir = m_dir->path();
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    m_logFile = m_dir->filePath(QStringLiteral("server.log"));
    m_password = randomPassword();

    const QString pwfile = m_dir->filePath(QStringLiteral("pwfile"));
    {
        QFile file(pwfile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toUtf8() + '\n') < 0
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            setError(error, QStringLiteral("Cannot write %1: %2").arg(pwfile, file.errorString()));
            return false;
        }
    }
    if (m_asPostgresUser && ::chown(QFile::encodeName(pwfile).constData(), pgUid, pgGid) != 0) {
        setError(error, QStringLiteral("Cannot give %1 to the postgres user").arg(pwfile));
        return false;
    }

    const Command initdb = asServerUser(
        m_asPostgresUser, m_binDir + QLatin1String("/initdb"),
        {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), superuser(), QStringLiteral("--auth-local=trust"),
         QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
         QStringLiteral("--locale=C"), QStringLiteral("--pwfile=") + pwfile,
         QStringLiteral("--no-sync")}, // throwaway: no fsync of the new cluster (most of initdb's time)
        false);
    QProcess process;
    process.setProcessEnvironment(serverEnvironment());
    process.setWorkingDirectory(m_dir->path()); // not the test's, which the postgres user may not reach
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(initdb.program, initdb.arguments);
    const bool finished = process.waitForFinished(kInitdbTimeoutMs);
    QFile::remove(pwfile);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!finished)
            process.kill();
        const QString output = QString::fromLocal8Bit(process.readAll());
        setError(error,
                 QStringLiteral("initdb failed (%1 %2): %3\n%4")
                     .arg(initdb.program, initdb.arguments.join(QLatin1Char(' ')),
                          finished ? QStringLiteral("exit code %1").arg(process.exitCode()) : process.errorString(),
                          lastLines(output, 30)));
        return false;
    }
    return true;
}

bool PgTestServer::launch(bool mayChangePort, QString *error)
{
    QString socketDirSetting = m_socketDir;
    if (socketDirSetting.contains(QLatin1Char(',')) || socketDirSetting.contains(QLatin1Char(' ')))
        socketDirSetting = QLatin1Char('"') + socketDirSetting + QLatin1Char('"');

    for (int attempt = 1;; ++attempt) {
        if (mayChangePort || m_port == 0) {
            m_port = freeTcpPort();
            if (m_port == 0) {
                setError(error, QStringLiteral("Cannot find a free TCP port on 127.0.0.1: %1")
                                    .arg(QString::fromLocal8Bit(strerror(errno))));
                return false;
            }
        }
        const qint64 logStart = QFileInfo(m_logFile).size(); // this launch's part of the log

        QStringList settings = {QStringLiteral("-D"), m_dataDir,
                                QStringLiteral("-c"), QStringLiteral("listen_addresses=") + m_listenAddresses,
                                QStringLiteral("-c"), QStringLiteral("port=%1").arg(m_port),
                                QStringLiteral("-c"), QStringLiteral("unix_socket_directories=") + socketDirSetting,
                                QStringLiteral("-c"), QStringLiteral("fsync=off"),
                                QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                                QStringLiteral("-c"), QStringLiteral("max_connections=100")};
        if (m_tls)
            settings << QStringLiteral("-c") << QStringLiteral("ssl=on") << QStringLiteral("-c")
                     << QStringLiteral("ssl_cert_file=") + m_dir->filePath(QStringLiteral("server.crt"))
                     << QStringLiteral("-c")
                     << QStringLiteral("ssl_key_file=") + m_dir->filePath(QStringLiteral("server.key"));
        const Command postgres = asServerUser(m_asPostgresUser, m_binDir + QLatin1String("/postgres"), settings, true);
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(serverEnvironment());
        process->setWorkingDirectory(m_dir->path());
        process->setStandardInputFile(QProcess::nullDevice());
        // A file, not a pipe that nobody reads and that would stall the server once full.
        process->setStandardOutputFile(m_logFile, QIODevice::Append);
        process->setStandardErrorFile(m_logFile, QIODevice::Append);
#ifdef Q_OS_LINUX
        // Should the test die, so does the server (SIGQUIT: immediate shutdown). As root,
        // setpriv's --pdeathsig does this after changing user.
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGQUIT); });
#endif
        process->start(postgres.program, postgres.arguments);
        if (!process->waitForStarted(10000)) {
            setError(error, QStringLiteral("Cannot run %1: %2").arg(postgres.program, process->errorString()));
            return false;
        }

        const QByteArray connInfo = socketConnInfo(QStringLiteral("postgres")) + " connect_timeout=5";
        QElapsedTimer timer;
        timer.start();
        for (;;) { // left by return, or by break to try another port
            const PGPing ping = PQping(connInfo.constData());
            if (ping == PQPING_OK) {
                m_server = std::move(process);
                return true;
            }
            if (ping == PQPING_NO_ATTEMPT) {
                setError(error,
                         QStringLiteral("libpq refused the connection parameters %1").arg(QString::fromUtf8(connInfo)));
                process->kill();
                process->waitForFinished(5000);
                return false;
            }
            if (process->state() == QProcess::NotRunning || process->waitForFinished(10)) {
                const QString log = readFrom(m_logFile, logStart);
                if (mayChangePort && attempt < kPortAttempts && log.contains(QLatin1String("Address already in use"))) {
                    break; // someone took the port in between: another one
                }
                setError(error, QStringLiteral("The PostgreSQL server (%1) exited while starting, %2 on port %3. "
                                               "Server log (%4):\n%5")
                                    .arg(m_binDir + QLatin1String("/postgres"),
                                         process->exitStatus() == QProcess::CrashExit
                                             ? QStringLiteral("crashed")
                                             : QStringLiteral("exit code %1").arg(process->exitCode()))
                                    .arg(m_port)
                                    .arg(m_logFile, lastLines(log, 30)));
                return false;
            }
            if (timer.elapsed() > kReadyTimeoutMs) {
                ::kill(pid_t(process->processId()), SIGQUIT);
                if (!process->waitForFinished(5000))
                    process->kill();
                process->waitForFinished(5000);
                setError(error, QStringLiteral("The PostgreSQL server did not accept connections within %1 s "
                                               "(socket %2, port %3). Server log (%4):\n%5")
                                    .arg(kReadyTimeoutMs / 1000)
                                    .arg(m_socketDir)
                                    .arg(m_port)
                                    .arg(m_logFile, lastLines(readFrom(m_logFile, logStart), 30)));
                return false;
            }
        }
    }
}

QString PgTestServer::logTail(int lines) const
{
    return m_logFile.isEmpty() ? QString() : lastLines(readFrom(m_logFile, 0), lines);
}

QByteArray PgTestServer::socketConnInfo(const QString &db) const
{
    return "host=" + connInfoValue(m_socketDir) + " port=" + QByteArray::number(m_port)
           + " user=" + connInfoValue(superuser()) + " dbname=" + connInfoValue(db);
}

bool PgTestServer::makeCertificates(QString *error)
{
    const passwd *pw = m_asPostgresUser ? ::getpwnam("postgres") : nullptr;
    PgTestCertificates certificates;
    return certificates.make(m_dir->path(), m_listenAddresses.split(QLatin1Char(','), Qt::SkipEmptyParts),
                             pw ? pw->pw_uid : ::geteuid(), pw ? pw->pw_gid : ::getegid(), error);
}

QString PgTestServer::caFile() const { return m_dir ? m_dir->filePath(QStringLiteral("ca.crt")) : QString(); }
QString PgTestServer::otherCaFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("other-ca.crt")) : QString();
}

QString PgTestServer::url(const QString &user, const QString &password, bool tcp, const QString &db) const
{
    const auto encode = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    if (tcp) {
        return QLatin1String("postgresql://") + encode(user)
               + (password.isEmpty() ? QString() : QLatin1Char(':') + encode(password)) + QLatin1String("@127.0.0.1:")
               + QString::number(m_port) + QLatin1Char('/') + encode(db);
    }
    return QLatin1String("postgresql://") + encode(user) + QLatin1String("@/") + encode(db) + QLatin1String("?host=")
           + encode(m_socketDir) + QLatin1String("&port=") + QString::number(m_port);
}

namespace {

Conn connectSuperuser(const QByteArray &connInfo, QString *error)
{
    const QByteArray all = connInfo + " connect_timeout=10 client_encoding=UTF8 application_name=pgtestserver";
    Conn conn(PQconnectdb(all.constData()), &PQfinish);
    if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
        setError(error, QStringLiteral("Cannot connect to the test server as the superuser: %1")
                            .arg(conn ? lastError(conn.get()) : QStringLiteral("out of memory")));
        return Conn(nullptr, &PQfinish);
    }
    return conn;
}

bool resultOk(PGconn *conn, PGresult *result, QString *error)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return true;
    setError(error, result ? QString::fromUtf8(PQresultErrorMessage(result)).trimmed() : lastError(conn));
    return false;
}

} // namespace

bool PgTestServer::exec(const QString &sql, QString *error, const QString &db)
{
    const Conn conn = connectSuperuser(socketConnInfo(db), error);
    if (!conn)
        return false;
    const Result result(PQexec(conn.get(), sql.toUtf8().constData()), &PQclear);
    return resultOk(conn.get(), result.get(), error);
}

QString PgTestServer::createDatabase(QString name, QString *error)
{
    if (name.isEmpty())
        name = QStringLiteral("pgtest_db%1").arg(++m_databaseCounter);
    QString why;
    if (!exec(QStringLiteral("CREATE DATABASE ") + quoteIdentifier(name), &why)) {
        qWarning("PgTestServer: CREATE DATABASE %s failed: %s", qUtf8Printable(name), qUtf8Printable(why));
        setError(error, why);
        return {};
    }
    return name;
}

bool PgTestServer::terminateConnections(const QString &db, QString *error)
{
    const Conn conn = connectSuperuser(socketConnInfo(QStringLiteral("postgres")), error);
    if (!conn)
        return false;
    // With a timeout, pg_terminate_backend() waits until the session is gone (PostgreSQL 14+).
    const QByteArray dbName = db.toUtf8();
    const char *values[] = {dbName.constData()};
    const Result result(PQexecParams(conn.get(),
                                     "SELECT coalesce(bool_and(pg_terminate_backend(pid, 10000)), true) "
                                     "FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
                                     1, nullptr, values, nullptr, nullptr, 0),
                        &PQclear);
    if (!resultOk(conn.get(), result.get(), error))
        return false;
    if (qstrcmp(PQgetvalue(result.get(), 0, 0), "t") != 0) {
        setError(error, QStringLiteral("Some sessions on %1 did not end within 10 s").arg(db));
        return false;
    }
    return true;
}

} // namespace proofdesk::test
