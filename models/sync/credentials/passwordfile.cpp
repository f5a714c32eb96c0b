#include "passwordfile.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <sys/stat.h>

namespace proofdesk::sync {

QString PasswordFile::ownerOnlyProblem(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("Cannot read the password file %1: %2")
            .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    if (!S_ISREG(st.st_mode))
        return QStringLiteral("The password file %1 is not a file.").arg(path);
    // Like ssh with its keys: a secret others may read is no longer a secret, so it is
    // refused rather than used with a warning nobody reads in a scheduled job's log.
    if (st.st_mode & (S_IRWXG | S_IRWXO))
        return QStringLiteral("The password file %1 has mode %2: others than its owner may use it. "
                              "Make it the owner's only with `chmod 600 %1`.")
            .arg(path, QStringLiteral("0%1").arg(st.st_mode & 07777, 3, 8, QLatin1Char('0')));
    return QString();
}

QString PasswordFile::readFirstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(
            QStringLiteral("Cannot read the password file %1: %2").arg(path, file.errorString()).toStdString());
    return QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
}

QString PasswordFile::readOwnerOnly(const QString &path)
{
    const QString problem = ownerOnlyProblem(path);
    if (!problem.isEmpty())
        throw std::runtime_error(problem.toStdString());
    return readFirstLine(path);
}

} // namespace proofdesk::sync
