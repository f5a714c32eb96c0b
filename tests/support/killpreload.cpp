// LD_PRELOAD library for tests: kills the process (SIGKILL, as a power cut or `kill -9` would)
// at the moment a transaction that wrote both files of a data folder is half committed.
// records.sqlite is attached to cache.sqlite's connection, and in WAL mode SQLite commits the
// two files one after the other, the cache first: the first write to records.sqlite-wal after
// writes to cache.sqlite-wal is the point where the cache's part has landed and the records'
// part has not. PROOFDESK_KILL_BETWEEN_COMMITS=N kills at the Nth such point of the process
// (counted from 1); a test runs a command with N = 1, 2, … until it ends by itself, and checks
// after each kill what the next opening makes of the folder.
#include "preloadreal.h"

#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

bool endsWith(const char *text, size_t length, const char *suffix)
{
    const size_t n = strlen(suffix);
    return length >= n && memcmp(text + length - n, suffix, n) == 0;
}

enum class Log { Other, Cache, Records };

Log logOf(int fd)
{
    char link[64], path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return Log::Other;
    if (endsWith(path, size_t(n), "/cache.sqlite-wal"))
        return Log::Cache;
    if (endsWith(path, size_t(n), "/records.sqlite-wal"))
        return Log::Records;
    return Log::Other;
}

bool cacheWrittenLast = false;
long pointsSeen = 0;

// Called before every write: dies at the Nth records write that follows cache writes.
void beforeWrite(int fd)
{
    static const long killAt = [] {
        const char *n = getenv("PROOFDESK_KILL_BETWEEN_COMMITS");
        return n ? atol(n) : 0L;
    }();
    if (killAt <= 0)
        return;
    switch (logOf(fd)) {
    case Log::Cache:
        cacheWrittenLast = true;
        return;
    case Log::Records:
        if (cacheWrittenLast && ++pointsSeen == killAt)
            raise(SIGKILL); // no destructor, no flush, no rollback
        cacheWrittenLast = false;
        return;
    case Log::Other:
        return;
    }
}

} // namespace

extern "C" {

ssize_t write(int fd, const void *buf, size_t count)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t)>("write");
    beforeWrite(fd);
    return next(fd, buf, count);
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
    static auto next = real<ssize_t (*)(int, const struct iovec *, int)>("writev");
    beforeWrite(fd);
    return next(fd, iov, iovcnt);
}

ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t, off_t)>("pwrite");
    beforeWrite(fd);
    return next(fd, buf, count, offset);
}

ssize_t pwrite64(int fd, const void *buf, size_t count, off64_t offset)
{
    static auto next = real<ssize_t (*)(int, const void *, size_t, off64_t)>("pwrite64");
    beforeWrite(fd);
    return next(fd, buf, count, offset);
}

} // extern "C"
