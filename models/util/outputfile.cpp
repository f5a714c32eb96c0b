#include "outputfile.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace proofdesk::util {

OutputFileError::OutputFileError(const QString &path, const QString &reason, int systemErrno)
    : std::runtime_error(QStringLiteral("Cannot write %1: %2").arg(path, reason).toStdString())
    , m_errno(systemErrno)
{}

bool OutputFileError::isDiskFull() const { return m_errno == ENOSPC || m_errno == EDQUOT; }

bool commitWhole(QSaveFile &file, QString *error, int *systemErrno)
{
    const auto failed = [&](const QString &why) {
        const int saved = errno;
        if (error)
            *error = why;
        if (systemErrno)
            *systemErrno = saved;
        return false;
    };
    errno = 0;
    if (file.error() != QFileDevice::NoError || !file.flush())
        return failed(file.errorString());
    if (::fsync(file.handle()) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    if (!file.commit())
        return failed(file.errorString());
    return true;
}

QString OutputFile::refusal(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return QString(); // nothing there (or a folder that cannot be reached: the opening names it)
    const char *kind = nullptr;
    if (S_ISREG(st.st_mode))
        return QString();
    if (S_ISLNK(st.st_mode))
        kind = "a symbolic link";
    else if (S_ISDIR(st.st_mode))
        kind = "a folder";
    else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        kind = "a device";
    else if (S_ISFIFO(st.st_mode))
        kind = "a pipe (FIFO)";
    else
        kind = "a socket";
    return QStringLiteral("it is %1, not a regular file; name a file, which is written whole in its place")
        .arg(QLatin1String(kind));
}

OutputFile::OutputFile(const QString &path)
    : m_path(path)
    , m_file(path)
{
    const QString refused = refusal(path);
    if (!refused.isEmpty())
        throw OutputFileError(path, refused);
    // Never straight into the target when no temporary file can be made beside it (a folder
    // that takes no new files): the target would be half written on any error.
    m_file.setDirectWriteFallback(false);
    if (!m_file.open(QIODevice::WriteOnly))
        throw OutputFileError(path, m_file.errorString(), errno);
}

// On any throw the QSaveFile is left uncommitted: its destructor removes the temporary file.
void OutputFile::commit()
{
    // Swapped for a link or a device while it was written: refused at the last moment too.
    const QString refused = refusal(m_path);
    if (!refused.isEmpty())
        throw OutputFileError(m_path, refused);
    QString error;
    int systemErrno = 0;
    if (!commitWhole(m_file, &error, &systemErrno))
        throw OutputFileError(m_path, error, systemErrno);
}

void OutputFile::write(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    errno = 0;
    if (file.device().write(bytes) != bytes.size())
        throw OutputFileError(path, file.device().errorString(), errno);
    file.commit();
}

} // namespace proofdesk::util
