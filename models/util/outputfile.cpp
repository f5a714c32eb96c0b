#include "outputfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace proofdesk::util {

OutputFileError::OutputFileError(const QString &path, const QString &reason)
    : std::runtime_error(QStringLiteral("Cannot write %1: %2").arg(path, reason).toStdString())
{
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
        throw OutputFileError(path, m_file.errorString());
}

// On any throw the QSaveFile is left uncommitted: its destructor removes the temporary file.
void OutputFile::commit()
{
    // Qt 6.4's commit() reports a failed write() but not a failed flush of what write() buffered
    // (a full disk took the whole file that way, and "succeeded" with an empty one), and it
    // ignores the fsync's result: both are asked here, before the rename.
    if (m_file.error() != QFileDevice::NoError || !m_file.flush())
        throw OutputFileError(m_path, m_file.errorString());
    if (::fsync(m_file.handle()) != 0)
        throw OutputFileError(m_path, QString::fromLocal8Bit(std::strerror(errno)));
    // Swapped for a link or a device while it was written: refused at the last moment too.
    const QString refused = refusal(m_path);
    if (!refused.isEmpty())
        throw OutputFileError(m_path, refused);
    if (!m_file.commit())
        throw OutputFileError(m_path, m_file.errorString());
}

void OutputFile::write(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (file.device().write(bytes) != bytes.size())
        throw OutputFileError(path, file.device().errorString());
    file.commit();
}

} // namespace proofdesk::util
