#include "fulldisk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace proofdesk::cache::FullDisk {

bool refusesWrites(const QString &folder)
{
    const QByteArray probe = QFile::encodeName(
        QDir(folder).filePath(QStringLiteral(".space-probe-%1").arg(QCoreApplication::applicationPid())));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == ENOSPC || errno == EDQUOT;
    const bool full = ::write(fd, "x", 1) != 1 && (errno == ENOSPC || errno == EDQUOT);
    ::close(fd);
    ::unlink(probe.constData());
    return full;
}

bool explains(const SqliteError &e, const QString &folder)
{
    if (e.isDiskFull())
        return true;
    const int primary = e.code() & 0xff;
    return (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) && refusesWrites(folder);
}

} // namespace proofdesk::cache::FullDisk
