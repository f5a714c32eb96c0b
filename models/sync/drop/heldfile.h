#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <sys/stat.h>

namespace proofdesk::sync {

// A file descriptor this object owns and closes, with the fstat() of what was opened: every
// check and every read of a drop's file goes through the one descriptor, so the file hashed
// is the file copied, extracted and shown (a name may be made to lead elsewhere at any time).
class HeldFile
{
public:
    HeldFile() = default;
    HeldFile(int fd, const struct stat &st);
    ~HeldFile();
    HeldFile(HeldFile &&other) noexcept;
    HeldFile &operator=(HeldFile &&other) noexcept;
    HeldFile(const HeldFile &) = delete;
    HeldFile &operator=(const HeldFile &) = delete;

    // A regular file only, opened without following a link in its last component and
    // without blocking (a FIFO would wait for a writer forever; O_NONBLOCK is cleared once
    // fstat() said "regular"). `dirFd` may be AT_FDCWD. *error is errno, or EINVAL for a file
    // that is not regular (then *mode says what it is).
    static HeldFile openRegular(int dirFd, const char *name, int *error, mode_t *mode = nullptr);

    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    const struct stat &stat() const { return m_stat; }
    qint64 size() const { return qint64(m_stat.st_size); }

    // Up to `length` bytes at `offset` (pread: the descriptor's position is never shared);
    // fewer at the end of the file, -1 on a read error.
    qint64 readAt(char *into, qint64 length, qint64 offset) const;
    // At most `limit` bytes from the start; *tooLarge set when the file holds more.
    QByteArray readBounded(qint64 limit, bool *tooLarge, bool *failed) const;

private:
    int m_fd = -1;
    struct stat m_stat = {};
};

// What a file that is not regular is, for messages: "a FIFO", "a device", "a folder", …
const char *fileKindName(mode_t mode);

} // namespace proofdesk::sync
