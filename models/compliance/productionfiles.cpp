#include "productionfiles.h"

#include "util/outputfile.h"
#include "util/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace proofdesk::compliance {

namespace {

[[noreturn]] void fail(const QString &path, int error)
{
    throw util::OutputFileError(path, QString::fromLocal8Bit(std::strerror(error)), error);
}

// A file descriptor closed when it goes (RAII), for the temporary file being written.
class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};

void writeAll(int fd, const char *data, qint64 size, const QString &path)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail(path, n < 0 ? errno : ENOSPC);
        data += n;
        size -= n;
    }
}

// `file` opened for writing, emptied (a folder of `path`'s made first).
int openFor(const QString &path, const QString &file)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        fail(path, errno);
    return fd;
}

void closeAndRename(Fd &fd, const QString &temporary, const QString &path)
{
    if (::close(fd.release()) != 0)
        fail(path, errno);
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        fail(path, errno);
}

// Removes the temporary file unless it was renamed into place (a full disk leaves no half file).
class TemporaryGuard
{
public:
    explicit TemporaryGuard(const QString &temporary)
        : m_name(QFile::encodeName(temporary))
    {}
    ~TemporaryGuard()
    {
        if (!m_kept)
            ::unlink(m_name.constData());
    }
    void kept() { m_kept = true; }

private:
    QByteArray m_name;
    bool m_kept = false;
};

QString temporaryOf(const QString &path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.tmp-") + info.fileName();
}

} // namespace

ProductionFiles::ProductionFiles(QString root)
    : m_root(std::move(root))
{}

QString ProductionFiles::absolute(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }

void ProductionFiles::makeFolderOf(const QString &path) const
{
    const QString folder = QFileInfo(path).absolutePath();
    if (m_folders.contains(folder))
        return;
    if (!QDir().mkpath(folder))
        fail(path, errno ? errno : EACCES);
    m_folders.insert(folder);
}

QString ProductionFiles::writeInPlace(const QString &relative, const QByteArray &bytes) const
{
    const QString path = absolute(relative);
    makeFolderOf(path);
    Fd fd(openFor(path, path));
    TemporaryGuard guard(path); // a full disk leaves no half file
    writeAll(fd.get(), bytes.constData(), bytes.size(), path);
    if (::close(fd.release()) != 0)
        fail(path, errno);
    guard.kept();
    return QString::fromLatin1(sha256Hex(bytes));
}

QString ProductionFiles::write(const QString &relative, const QByteArray &bytes) const
{
    const QString path = absolute(relative), temporary = temporaryOf(path);
    makeFolderOf(path);
    Fd fd(openFor(path, temporary));
    TemporaryGuard guard(temporary);
    writeAll(fd.get(), bytes.constData(), bytes.size(), path);
    closeAndRename(fd, temporary, path);
    guard.kept();
    return QString::fromLatin1(sha256Hex(bytes));
}

bool ProductionFiles::copyVerified(const QString &relative, int source, const QString &expectedSha256,
                                   QString *actualSha256, qint64 *bytes) const
{
    const QString path = absolute(relative);
    makeFolderOf(path);
    Fd fd(openFor(path, path));
    TemporaryGuard guard(path);
    Sha256 hash;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 offset = 0;
    for (;;) {
        const ssize_t n = ::pread(source, chunk.data(), size_t(chunk.size()), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *actualSha256 = QString();
            return false;
        }
        if (n == 0)
            break;
        hash.add(QByteArrayView(chunk.constData(), n));
        writeAll(fd.get(), chunk.constData(), n, path);
        offset += n;
    }
    *actualSha256 = QString::fromLatin1(hash.hex());
    *bytes = offset;
    if (*actualSha256 != expectedSha256.toLower())
        return false;
    if (::close(fd.release()) != 0)
        fail(path, errno);
    guard.kept();
    return true;
}

ProductionFiles::~ProductionFiles()
{
    for (const int fd : std::as_const(m_appended))
        ::close(fd);
}

void ProductionFiles::append(const QString &relative, const QByteArray &bytes) const
{
    for (auto &[name, pending] : m_pending) {
        if (name == relative) {
            pending += bytes;
            return;
        }
    }
    m_pending.append({relative, bytes});
}

void ProductionFiles::flushAppended() const
{
    for (const auto &[relative, bytes] : std::as_const(m_pending)) {
        const QString path = absolute(relative);
        auto it = m_appended.find(relative);
        if (it == m_appended.end()) {
            const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
            if (fd < 0)
                fail(path, errno);
            it = m_appended.insert(relative, fd);
        }
        writeAll(*it, bytes.constData(), bytes.size(), path);
    }
    m_pending.clear();
}

void ProductionFiles::closeAppended() const
{
    flushAppended();
    for (const int fd : std::as_const(m_appended))
        ::close(fd);
    m_appended.clear();
}

void ProductionFiles::syncAll() const
{
    Fd fd(::open(QFile::encodeName(m_root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0 || ::syncfs(fd.get()) != 0)
        fail(m_root, errno);
}

} // namespace proofdesk::compliance
