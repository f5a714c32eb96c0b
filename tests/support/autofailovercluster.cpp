#include "autofailovercluster.h"

#include "pgtestcertificates.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <libpq-fe.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace proofdesk::test {

using namespace serverprocess;

namespace {

constexpr int kCreateTimeoutMs = 120000; // pg_autoctl create monitor: initdb and a first start
constexpr int kStopTimeoutMs = 15000;
constexpr QLatin1String kPackages("pg-auto-failover-cli and postgresql-15-auto-failover");

// Every process whose parent chain leads to `root`, `root` first (from /proc).
QList<pid_t> processTree(pid_t root)
{
    QMultiHash<pid_t, pid_t> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const pid_t pid = pid_t(entry.toInt(&isPid));
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid …: the name may hold spaces and parentheses, the last ')' ends it.
        const QList<QByteArray> rest = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (rest.size() > 1)
            children.insert(pid_t(rest.at(1).toInt()), pid);
    }
    QList<pid_t> out{root};
    for (qsizetype i = 0; i < out.size(); ++i)
        out += children.values(out.at(i));
    return out;
}

// All at once, as a power cut: stopped first (nothing reacts to a sibling's death), then killed.
void killTree(pid_t root)
{
    const QList<pid_t> tree = processTree(root);
    for (const pid_t pid : tree)
        ::kill(pid, SIGSTOP);
    for (const pid_t pid : tree)
        ::kill(pid, SIGKILL);
}

// The postmaster's pid from PGDATA/postmaster.pid, 0 when there is none.
pid_t postmasterOf(const QString &pgdata)
{
    QFile file(QDir(pgdata).filePath(QStringLiteral("postmaster.pid")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return pid_t(file.readLine().trimmed().toInt());
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QProcessEnvironment autoctlEnvironment(const QString &dir, const QString &binDir)
{
    QProcessEnvironment env = serverEnvironment();
    for (const char *name : {"PGSSLMODE", "PGSSLROOTCERT", "PGTARGETSESSIONATTRS", "PGDATABASE", "PGPASSWORD"})
        env.remove(QLatin1String(name));
    // pg_autoctl keeps its configuration and state under XDG's folders, its pid file under
    // XDG_RUNTIME_DIR; the servers' sockets go to PG_REGRESS_SOCK_DIR (pg_autoctl passes it as
    // -k), where pg_autoctl looks for them (PGHOST).
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QLatin1String("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QLatin1String("/share"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir + QLatin1String("/run"));
    env.insert(QStringLiteral("PG_REGRESS_SOCK_DIR"), dir + QLatin1String("/sock"));
    env.insert(QStringLiteral("PGHOST"), dir + QLatin1String("/sock"));
    env.insert(QStringLiteral("PATH"), binDir + QLatin1String(":/usr/bin:/bin"));
    return env;
}

} // namespace

struct AutoFailoverCluster::Node
{
    QString name;
    int port = 0;
    QString pgdata;
    QString log;
    std::unique_ptr<QProcess> keeper;
};

AutoFailoverCluster::AutoFailoverCluster() = default;

AutoFailoverCluster::~AutoFailoverCluster()
{
    stopAll();
    m_dir.reset();
}

QStringList AutoFailoverCluster::failoverSettings()
{
    // The monitor checks each node every second (1 s to connect, one retry 0.5 s later); a node
    // whose keeper has not reported for 3 s and that fails the check is unhealthy; a primary
    // that cannot be reached gets 3 s to demote itself before its standby is promoted. The
    // defaults (5 s, 5 s, 2, 2 s, 20 s, 30 s) take about 50 s.
    return {QStringLiteral("pgautofailover.health_check_period = 1000"),
            QStringLiteral("pgautofailover.health_check_timeout = 1000"),
            QStringLiteral("pgautofailover.health_check_max_retries = 1"),
            QStringLiteral("pgautofailover.health_check_retry_delay = 500"),
            QStringLiteral("pgautofailover.node_considered_unhealthy_timeout = 3000"),
            QStringLiteral("pgautofailover.primary_demote_timeout = 3000")};
}

bool AutoFailoverCluster::prepare(QString *error)
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pg_autoctl")).isEmpty()) {
        setError(error, QStringLiteral("pg_autoctl and PostgreSQL's programs are needed: apt-get install %1 "
                                       "(.ci/install-deps lists them).")
                            .arg(kPackages));
        return false;
    }
    m_asPostgresUser = ::geteuid() == 0;
    const passwd *pw = m_asPostgresUser ? ::getpwnam("postgres") : nullptr;
    if (m_asPostgresUser && !pw) {
        setError(error, QStringLiteral("Running as root, and there is no \"postgres\" user to run pg_autoctl as."));
        return false;
    }
    // Socket paths must fit in sun_path: a short base, reachable by the postgres user.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/pdha-XXXXXX"));
    if (!m_dir->isValid()) {
        setError(error, QStringLiteral("Cannot create a temporary directory: %1").arg(m_dir->errorString()));
        return false;
    }
    for (const char *sub : {"sock", "config", "share", "run"})
        QDir(m_dir->path()).mkdir(QLatin1String(sub));
    const uid_t uid = pw ? pw->pw_uid : ::geteuid();
    const gid_t gid = pw ? pw->pw_gid : ::getegid();
    for (const QString &path :
         {m_dir->path(), m_dir->filePath(QStringLiteral("sock")), m_dir->filePath(QStringLiteral("config")),
          m_dir->filePath(QStringLiteral("share")), m_dir->filePath(QStringLiteral("run"))}) {
        const QByteArray p = QFile::encodeName(path);
        if (::chown(p.constData(), uid, gid) != 0
            || ::chmod(p.constData(), path.endsWith(QLatin1String("/run")) ? 0700 : 0755) != 0) {
            setError(error, QStringLiteral("Cannot give %1 to the server's user: %2")
                                .arg(path, QString::fromLocal8Bit(strerror(errno))));
            return false;
        }
    }
    PgTestCertificates certificates;
    return certificates.make(m_dir->path(), {QStringLiteral("127.0.0.1")}, uid, gid, error);
}

bool AutoFailoverCluster::start(int standbys, QString *error)
{
    if (!prepare(error) || !startMonitor(error))
        return false;
    for (int i = 0; i <= standbys; ++i) {
        if (!startNode(i, error))
            return false;
    }
    return waitForPrimary(0, 60000, false, error);
}

QStringList AutoFailoverCluster::tlsArguments() const
{
    return {QStringLiteral("--ssl-ca-file"), caFile(),
            QStringLiteral("--server-cert"), m_dir->filePath(QStringLiteral("server.crt")),
            QStringLiteral("--server-key"),  m_dir->filePath(QStringLiteral("server.key")),
            QStringLiteral("--ssl-mode"),    QStringLiteral("verify-full"),
            QStringLiteral("--auth"),        QStringLiteral("trust"),
            QStringLiteral("--hostname"),    QStringLiteral("localhost"),
            QStringLiteral("--pgctl"),       m_binDir + QLatin1String("/pg_ctl")};
}

bool AutoFailoverCluster::startMonitor(QString *error)
{
    m_monitor = std::make_shared<Node>();
    m_monitor->name = QStringLiteral("monitor");
    m_monitor->port = freeTcpPort();
    m_monitor->pgdata = m_dir->filePath(QStringLiteral("monitor"));
    m_monitor->log = m_dir->filePath(QStringLiteral("monitor.log"));
    // Created, then told to listen on the loopback only (create monitor has no --listen), then run.
    if (!autoctl(QStringList{QStringLiteral("create"), QStringLiteral("monitor"), QStringLiteral("--pgdata"),
                             m_monitor->pgdata, QStringLiteral("--pgport"), QString::number(m_monitor->port)}
                     + tlsArguments(),
                 error)
        || !autoctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("--pgdata"), m_monitor->pgdata,
                     QStringLiteral("postgresql.listen_addresses"), QStringLiteral("127.0.0.1")},
                    error)
        || !runKeeper(*m_monitor, {QStringLiteral("run"), QStringLiteral("--pgdata"), m_monitor->pgdata}, error))
        return false;
    const bool ready = waitUntil([&] { return monitorRows(QStringLiteral("SELECT 1"), nullptr).size() == 1; }, 30000);
    if (!ready) {
        setError(error, QStringLiteral("The pg_auto_failover monitor did not start:\n%1").arg(logTail()));
        return false;
    }
    for (const QString &setting : failoverSettings()) {
        if (monitorRows(QStringLiteral("ALTER SYSTEM SET ") + setting, error).isEmpty() && error && !error->isEmpty())
            return false;
    }
    monitorRows(QStringLiteral("SELECT pg_reload_conf()"), error);
    return true;
}

bool AutoFailoverCluster::startNode(int index, QString *error)
{
    auto node = std::make_shared<Node>();
    node->name = QStringLiteral("node%1").arg(index + 1);
    node->port = freeTcpPort();
    node->pgdata = m_dir->filePath(node->name);
    node->log = m_dir->filePath(node->name + QLatin1String(".log"));
    m_nodes << node;
    const QStringList arguments = QStringList{QStringLiteral("create"),    QStringLiteral("postgres"),
                                              QStringLiteral("--pgdata"),  node->pgdata,
                                              QStringLiteral("--pgport"),  QString::number(node->port),
                                              QStringLiteral("--listen"),  QStringLiteral("127.0.0.1"),
                                              QStringLiteral("--name"),    node->name,
                                              QStringLiteral("--monitor"), monitorUrl(),
                                              QStringLiteral("--run")}
                                  + tlsArguments();
    if (!runKeeper(*node, arguments, error))
        return false;
    // The first is a single node, the others join as secondaries: each waits for the one before.
    const QString wanted = index == 0 ? QStringLiteral("single") : QStringLiteral("secondary");
    const bool joined = waitUntil(
        [&] {
            return !monitorRows(QStringLiteral("SELECT 1 FROM pgautofailover.node WHERE nodeport = %1 AND "
                                               "reportedstate = '%2' AND goalstate = '%2'")
                                    .arg(node->port)
                                    .arg(wanted),
                                nullptr)
                        .isEmpty();
        },
        kCreateTimeoutMs);
    if (!joined)
        setError(error, QStringLiteral("%1 did not become %2 within %3 s: %4\n%5")
                            .arg(node->name, wanted)
                            .arg(kCreateTimeoutMs / 1000)
                            .arg(states(), logTail()));
    return joined;
}

bool AutoFailoverCluster::autoctl(const QStringList &arguments, QString *error)
{
    const Command command = asServerUser(m_asPostgresUser, QStringLiteral("pg_autoctl"), arguments, false);
    QProcess process;
    process.setProcessEnvironment(autoctlEnvironment(m_dir->path(), m_binDir));
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(command.program, command.arguments);
    const bool finished = process.waitForFinished(kCreateTimeoutMs);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    setError(error, QStringLiteral("pg_autoctl %1 failed: %2")
                        .arg(arguments.join(QLatin1Char(' ')), lastLines(QString::fromUtf8(process.readAll()), 30)));
    return false;
}

bool AutoFailoverCluster::runKeeper(Node &node, const QStringList &arguments, QString *error)
{
    const Command command = asServerUser(m_asPostgresUser, QStringLiteral("pg_autoctl"), arguments, true);
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(autoctlEnvironment(m_dir->path(), m_binDir));
    process->setWorkingDirectory(m_dir->path());
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(node.log, QIODevice::Append);
    process->setStandardErrorFile(node.log, QIODevice::Append);
    // A session of its own (a terminal's ^C is the test's, not the keeper's), and should the
    // test die, the keeper stops its server (SIGQUIT; as root setpriv sets it after the switch).
    process->setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGQUIT);
    });
    process->start(command.program, command.arguments);
    if (!process->waitForStarted(10000)) {
        setError(error, QStringLiteral("Cannot run pg_autoctl: %1").arg(process->errorString()));
        return false;
    }
    node.keeper = std::move(process);
    return true;
}

QList<QStringList> AutoFailoverCluster::monitorRows(const QString &sql, QString *error) const
{
    const QByteArray conninfo = QStringLiteral("host='%1' port=%2 user='%3' dbname=pg_auto_failover connect_timeout=3")
                                    .arg(m_dir->filePath(QStringLiteral("sock")))
                                    .arg(m_monitor ? m_monitor->port : 0)
                                    .arg(superuser())
                                    .toUtf8();
    PGconn *conn = PQconnectdb(conninfo.constData());
    QList<QStringList> rows;
    PGresult *result = PQstatus(conn) == CONNECTION_OK ? PQexec(conn, sql.toUtf8().constData()) : nullptr;
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK) {
        for (int r = 0; r < PQntuples(result); ++r) {
            QStringList row;
            for (int c = 0; c < PQnfields(result); ++c)
                row << QString::fromUtf8(PQgetvalue(result, r, c));
            rows << row;
        }
    } else if (status != PGRES_COMMAND_OK) {
        setError(error, QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed());
    }
    PQclear(result);
    PQfinish(conn);
    return rows;
}

QString AutoFailoverCluster::states(QString *error) const
{
    QStringList parts;
    for (const QStringList &row :
         monitorRows(QStringLiteral("SELECT nodename, reportedstate, goalstate FROM pgautofailover.node "
                                    "ORDER BY nodeid"),
                     error))
        parts << QStringLiteral("%1 %2/%3").arg(row.value(0), row.value(1), row.value(2));
    return parts.join(QLatin1String(", "));
}

int AutoFailoverCluster::primary() const
{
    const QList<QStringList> rows =
        monitorRows(QStringLiteral("SELECT nodeport FROM pgautofailover.node WHERE reportedstate = goalstate AND "
                                   "reportedstate IN ('primary', 'wait_primary', 'single')"),
                    nullptr);
    for (int i = 0; i < m_nodes.size() && rows.size() == 1; ++i)
        if (m_nodes.at(i)->port == rows.first().value(0).toInt())
            return i;
    return -1;
}

bool AutoFailoverCluster::waitForPrimary(int node, int timeoutMs, bool alone, QString *error)
{
    const auto settled = [&] {
        const QList<QStringList> rows =
            monitorRows(QStringLiteral("SELECT nodeport, reportedstate, goalstate FROM pgautofailover.node"), nullptr);
        bool ok = !rows.isEmpty();
        for (const QStringList &row : rows) {
            const bool isNode = row.value(0).toInt() == m_nodes.value(node)->port;
            const QString want = isNode ? (alone ? QStringLiteral("wait_primary") : QStringLiteral("primary"))
                                        : QStringLiteral("secondary");
            const bool running = isNode || alone == false;
            ok = ok && (!running || (row.value(1) == want && row.value(2) == want));
        }
        return ok;
    };
    if (waitUntil(settled, timeoutMs))
        return true;
    setError(error, QStringLiteral("node%1 is not the primary within %2 s: %3\n%4")
                        .arg(node + 1)
                        .arg(timeoutMs / 1000)
                        .arg(states(), logTail()));
    return false;
}

bool AutoFailoverCluster::waitUntil(const std::function<bool()> &done, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(100);
    }
    return true;
}

qint64 AutoFailoverCluster::killNode(int node)
{
    Node &n = *m_nodes.at(node);
    const pid_t postmaster = postmasterOf(n.pgdata);
    if (n.keeper && n.keeper->state() != QProcess::NotRunning)
        killTree(pid_t(n.keeper->processId()));
    if (postmaster > 0) // should the keeper have lost it already
        killTree(postmaster);
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    if (n.keeper)
        n.keeper->waitForFinished(5000);
    n.keeper.reset();
    return at;
}

bool AutoFailoverCluster::restartNode(int node, QString *error)
{
    Node &n = *m_nodes.at(node);
    return runKeeper(n, {QStringLiteral("run"), QStringLiteral("--pgdata"), n.pgdata}, error);
}

void AutoFailoverCluster::stopAll()
{
    QList<std::shared_ptr<Node>> all = m_nodes;
    if (m_monitor)
        all << m_monitor;        // last: the keepers report to it until they stop
    for (const auto &node : all) // fast shutdown of each server by its keeper, all at once
        if (node->keeper && node->keeper->state() != QProcess::NotRunning)
            ::kill(pid_t(node->keeper->processId()), SIGINT);
    for (const auto &node : all) {
        if (node->keeper && !node->keeper->waitForFinished(kStopTimeoutMs)) {
            qWarning("AutoFailoverCluster: %s did not stop within %d s, killed", qPrintable(node->name),
                     kStopTimeoutMs / 1000);
            killTree(pid_t(node->keeper->processId()));
            node->keeper->waitForFinished(5000);
        }
        node->keeper.reset();
        if (const pid_t postmaster = postmasterOf(node->pgdata); postmaster > 0 && ::kill(postmaster, 0) == 0)
            killTree(postmaster); // a server its keeper left behind
    }
}

int AutoFailoverCluster::port(int node) const { return m_nodes.at(node)->port; }

QString AutoFailoverCluster::caFile() const { return m_dir ? m_dir->filePath(QStringLiteral("ca.crt")) : QString(); }

QString AutoFailoverCluster::superuser() const
{
    if (m_asPostgresUser)
        return QStringLiteral("postgres");
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("postgres");
}

bool AutoFailoverCluster::exec(const QString &sql, QString *error, const QString &db)
{
    const int node = primary();
    if (node < 0) {
        setError(error, QStringLiteral("No primary now: %1").arg(states()));
        return false;
    }
    const QByteArray conninfo = QStringLiteral("host='%1' port=%2 user='%3' dbname='%4' connect_timeout=5")
                                    .arg(m_dir->filePath(QStringLiteral("sock")))
                                    .arg(port(node))
                                    .arg(superuser(), db)
                                    .toUtf8();
    PGconn *conn = PQconnectdb(conninfo.constData());
    PGresult *result = PQstatus(conn) == CONNECTION_OK ? PQexec(conn, sql.toUtf8().constData()) : nullptr;
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
    if (!ok)
        setError(error, QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed());
    PQclear(result);
    PQfinish(conn);
    return ok;
}

QString AutoFailoverCluster::url(const QString &user, const QString &password, bool, const QString &db) const
{
    QStringList hosts;
    for (const auto &node : m_nodes)
        hosts << QStringLiteral("localhost:%1").arg(node->port);
    const auto encode = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    return QStringLiteral("postgresql://%1%2@%3/%4?sslrootcert=%5")
        .arg(encode(user), password.isEmpty() ? QString() : QLatin1Char(':') + encode(password),
             hosts.join(QLatin1Char(',')), encode(db), encode(caFile()));
}

QString AutoFailoverCluster::monitorUrl() const
{
    return QStringLiteral("postgres://autoctl_node@localhost:%1/pg_auto_failover?sslmode=verify-full&sslrootcert=%2")
        .arg(m_monitor ? m_monitor->port : 0)
        .arg(caFile());
}

QString AutoFailoverCluster::logTail(int lines) const
{
    QStringList out;
    QList<std::shared_ptr<Node>> all{m_monitor};
    all += m_nodes;
    for (const auto &node : all)
        if (node)
            out << QStringLiteral("--- %1 (%2)").arg(node->name, node->log) << lastLines(readAll(node->log), lines);
    return out.join(QLatin1Char('\n'));
}

} // namespace proofdesk::test
