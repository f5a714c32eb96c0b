#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QVersionNumber>
#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace proofdesk::test::serverprocess {

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

namespace {

bool hasServerPrograms(const QString &dir)
{
    // No pg_ctl: the server is this process's child (signals, parent-death signal), not a daemon.
    return isExecutableFile(dir + QLatin1String("/initdb")) && isExecutableFile(dir + QLatin1String("/postgres"));
}

} // namespace

QString findBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString &version : std::as_const(versions)) {
        const QString dir = root.filePath(version + QLatin1String("/bin"));
        if (hasServerPrograms(dir))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (initdb.isEmpty())
        return {};
    const QFileInfo info(initdb);
    for (const QString &dir : {info.absolutePath(), QFileInfo(info.canonicalFilePath()).absolutePath()}) {
        if (hasServerPrograms(dir))
            return dir;
    }
    return {};
}

bool reachableByOthers(const QString &dir)
{
    QString path = QFileInfo(dir).absoluteFilePath();
    for (;;) {
        struct stat st;
        if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !(st.st_mode & S_IXOTH))
            return false;
        if (path == QLatin1String("/"))
            return true;
        path = QFileInfo(path).absolutePath();
    }
}

int freeTcpPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

QString lastLines(const QString &text, int lines)
{
    QStringList all = text.split(QLatin1Char('\n'));
    while (!all.isEmpty() && all.constLast().trimmed().isEmpty())
        all.removeLast();
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

Command asServerUser(bool asPostgresUser, const QString &program, const QStringList &arguments, bool parentDeathSignal)
{
    if (!asPostgresUser)
        return {program, arguments};
    const passwd *pw = ::getpwnam("postgres");
    QStringList wrapped = {QStringLiteral("--reuid=%1").arg(pw->pw_uid), QStringLiteral("--regid=%1").arg(pw->pw_gid),
                           QStringLiteral("--init-groups")};
    // A parent-death signal set before the switch of user would be cleared by it: setpriv sets
    // it again afterwards.
    if (parentDeathSignal)
        wrapped << QStringLiteral("--pdeathsig") << QStringLiteral("SIGQUIT");
    wrapped << QStringLiteral("--") << program << arguments;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    return {setpriv.isEmpty() ? QStringLiteral("/usr/bin/setpriv") : setpriv, wrapped};
}

QProcessEnvironment serverEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    for (const char *name : {"PGDATA", "PGPORT", "PGHOST", "PGUSER", "PGOPTIONS"})
        env.remove(QLatin1String(name));
    return env;
}

} // namespace proofdesk::test::serverprocess
