#include "heldfile.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace proofdesk::sync {

HeldFile::HeldFile(int fd, const struct stat &st)
    : m_fd(fd)
    , m_stat(st)
{}

HeldFile::~HeldFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

HeldFile::HeldFile(HeldFile &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_stat(other.m_stat)
{}

HeldFile &HeldFile::operator=(HeldFile &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_stat = other.m_stat;
    }
    return *this;
}

HeldFile HeldFile::openRegular(int dirFd, const char *name, int *error, mode_t *mode)
{
    const int fd = ::openat(dirFd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *error = errno;
        return HeldFile();
    }
    struct stat st;
    const bool known = ::fstat(fd, &st) == 0;
    if (!known || !S_ISREG(st.st_mode)) {
        *error = known ? EINVAL : errno;
        if (mode && known)
            *mode = st.st_mode;
        ::close(fd);
        return HeldFile();
    }
    // Reads of a regular file never wait anyway; cleared so that nothing downstream meets EAGAIN.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    *error = 0;
    return HeldFile(fd, st);
}

qint64 HeldFile::readAt(char *into, qint64 length, qint64 offset) const
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(m_fd, into + done, size_t(length - done), off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

QByteArray HeldFile::readBounded(qint64 limit, bool *tooLarge, bool *failed) const
{
    // One byte past the limit tells a file at the limit from a larger one, whatever st_size
    // said (a file may grow between fstat() and read()).
    QByteArray bytes(qsizetype(limit + 1), Qt::Uninitialized);
    const qint64 n = readAt(bytes.data(), limit + 1, 0);
    *failed = n < 0;
    *tooLarge = n > limit;
    bytes.resize(qsizetype(qBound(qint64(0), n, limit)));
    return bytes;
}

const char *fileKindName(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a FIFO (named pipe)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISLNK(mode))
        return "a symbolic link";
    return "not a regular file";
}

} // namespace proofdesk::sync
