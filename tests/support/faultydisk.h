#pragma once

#include <QString>
#include <atomic>

// A disk that fails the i-th access (issue #62, as Nextcloud's client tests its journal):
// an SQLite VFS in front of the platform's, made the default for every connection opened
// after install(). It counts each read, write, sync and truncate of a file under the
// watched folder (a database, its write-ahead log, its journal) and fails the chosen one
// once, as the disk would: an I/O error SQLite reports for that call (SQLITE_IOERR_READ,
// _WRITE, _FSYNC, _TRUNCATE). Every other access reaches the real file. A test counts an
// action's accesses with nothing failing, then runs it again failing each in turn, and
// checks that the state converges when the action is tried again.
class FaultyDisk
{
public:
    // Registers the VFS as the default (once per process) and returns it, watching nothing.
    static FaultyDisk &install();

    // Counts the accesses to files whose path starts with `folder` (and only those) from
    // now on, failing none.
    void watch(const QString &folder);
    // The n-th access counted from now fails (1 the next one); 0: none fails.
    void failAccess(qint64 n);
    // Accesses counted since watch() or failAccess().
    qint64 accesses() const { return m_accesses.load(); }
    // Whether the chosen access came and failed, and which it was ("write of records.sqlite-wal").
    bool failed() const { return m_failed.load(); }
    QString failure() const;

    // For the VFS's own functions: whether this access (of `file`, `what` it does) is the one
    // to fail. Counts it when the file is watched.
    bool shouldFail(const char *file, const char *what);

private:
    FaultyDisk() = default;

    QString m_folder;
    std::atomic<qint64> m_accesses{0};
    std::atomic<qint64> m_failAt{0};
    std::atomic_bool m_failed{false};
    QString m_failure;
};
