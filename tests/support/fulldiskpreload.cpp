// LD_PRELOAD library for tests: the file system under $PROOFDESK_FULL_DISK behaves as a full
// disk. Every write that needs new space there (appending, writing past the end, growing a
// file with ftruncate or fallocate) fails with ENOSPC; writes over bytes a file already has
// succeed, as on a real full disk. For a CI container where a small tmpfs cannot be mounted.
// With PROOFDESK_FULL_DISK_ROOM=N the disk fills up as the process writes: the first N bytes
// of new space are given, then it is full (a test sweeps N to meet every write of a command).
#include "preloadreal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

bool underFullDisk(int fd)
{
    const char *root = getenv("PROOFDESK_FULL_DISK");
    if (!root || !*root)
        return false;
    char link[64], path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return false;
    path[n] = '\0';
    const size_t rootLength = strlen(root);
    return strncmp(path, root, rootLength) == 0 && (path[rootLength] == '/' || path[rootLength] == '\0');
}

// True (errno ENOSPC) when [offset, offset + length) reaches past the end of the file.
bool needsSpace(int fd, off_t offset, size_t length)
{
    struct stat st;
    if (length == 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || !underFullDisk(fd))
        return false;
    const off_t needed = offset + off_t(length) - st.st_size;
    if (needed <= 0)
        return false;
    static long long room = [] {
        const char *n = getenv("PROOFDESK_FULL_DISK_ROOM");
        return n ? atoll(n) : 0LL;
    }();
    if (needed <= room) {
        room -= needed;
        return false;
    }
    errno = ENOSPC;
    return true;
}

// True (errno ENOSPC) when growing the file to `length` bytes would need space.
bool growingNeedsSpace(int fd, off_t length)
{
    struct stat st;
    return fstat(fd, &st) == 0 && length > st.st_size && needsSpace(fd, st.st_size, size_t(length - st.st_size));
}

off_t writeOffset(int fd)
{
    const int flags = fcntl(fd, F_GETFL);
    if (flags >= 0 && (flags & O_APPEND)) {
        struct stat st;
        return fstat(fd, &st) == 0 ? st.st_size : 0;
    }
    return lseek(fd, 0, SEEK_CUR);
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buf, size_t count)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    if (needsSpace(fd, writeOffset(fd), count))
        return -1;
    return next(fd, buf, count);
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
    static auto next = real<ssize_t (*)(int, const struct iovec *, int)>("writev");
    size_t total = 0;
    for (int i = 0; i < iovcnt; ++i)
        total += iov[i].iov_len;
    if (needsSpace(fd, writeOffset(fd), total))
        return -1;
    return next(fd, iov, iovcnt);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    if (needsSpace(fd, offset, count))
        return -1;
    return next(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    if (needsSpace(fd, off_t(offset), count))
        return -1;
    return next(fd, buf, count, offset);
}

int ftruncate(int fd, off_t length) noexcept
{
    static auto next = real<int (*)(int, off_t)>("ftruncate");
    if (growingNeedsSpace(fd, length))
        return -1;
    return next(fd, length);
}

int ftruncate64(int fd, off64_t length) noexcept
{
    static auto next = real<int (*)(int, off64_t)>("ftruncate64");
    if (growingNeedsSpace(fd, off_t(length)))
        return -1;
    return next(fd, length);
}

int fallocate(int fd, int mode, off_t offset, off_t length)
{
    static auto next = real<int (*)(int, int, off_t, off_t)>("fallocate");
    if (needsSpace(fd, offset, size_t(length)))
        return -1;
    return next(fd, mode, offset, length);
}

int fallocate64(int fd, int mode, off64_t offset, off64_t length)
{
    static auto next = real<int (*)(int, int, off64_t, off64_t)>("fallocate64");
    if (needsSpace(fd, off_t(offset), size_t(length)))
        return -1;
    return next(fd, mode, offset, length);
}

int posix_fallocate(int fd, off_t offset, off_t length)
{
    static auto next = real<int (*)(int, off_t, off_t)>("posix_fallocate");
    if (needsSpace(fd, offset, size_t(length)))
        return ENOSPC; // posix_fallocate returns the error
    return next(fd, offset, length);
}

int posix_fallocate64(int fd, off64_t offset, off64_t length)
{
    static auto next = real<int (*)(int, off64_t, off64_t)>("posix_fallocate64");
    if (needsSpace(fd, off_t(offset), size_t(length)))
        return ENOSPC;
    return next(fd, offset, length);
}

} // extern "C"
