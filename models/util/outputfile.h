#pragma once

#include <QSaveFile>
#include <QString>
#include <stdexcept>

namespace proofdesk::util {

// A file named for output (--out FILE) that could not be written; what() is
// "Cannot write PATH: REASON". proofdesk-cli exits 3 for it, as for an evidence package.
class OutputFileError : public std::runtime_error
{
public:
    // systemErrno: the errno of the failed call, when there was one (0 otherwise).
    OutputFileError(const QString &path, const QString &reason, int systemErrno = 0);
    int systemErrno() const { return m_errno; }
    bool isDiskFull() const; // ENOSPC or EDQUOT

private:
    int m_errno = 0;
};

// QSaveFile::commit() as every file of a data folder and every export needs it. Qt 6.4's
// commit() reports a failed write() but not a failed flush of what write() buffered: on a full
// disk it renamed an empty temporary file over folder.json and repositories.json. This flushes
// and checks, fsyncs and checks, and only then commits (renames). False on the first failure,
// with its words in *error and its errno in *systemErrno; the QSaveFile then stays uncommitted
// and removes its temporary file when destroyed, so the file named keeps what it had.
bool commitWhole(QSaveFile &file, QString *error = nullptr, int *systemErrno = nullptr);

// A file a command writes where the user says (--out FILE): written whole under a temporary
// name beside it, synced and renamed into place (QSaveFile), and only ever in place of a
// regular file or of nothing. A rename replaces whatever has the name: run as root,
// `audit anchor --out /dev/full` put a regular file where the device node was; and QSaveFile
// follows a symbolic link to write wherever it points. So the name is lstat()ed when the file
// is opened and again just before the rename, and a link, device, FIFO, socket or folder is
// refused. Every write, and the flush and fsync of the commit, report their own error.
class OutputFile
{
public:
    // Throws OutputFileError when the name is refused or no temporary file can be made beside it.
    explicit OutputFile(const QString &path);
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    QIODevice &device() { return m_file; }
    // Flushes, syncs and renames into place; throws OutputFileError with the first error met.
    // Without it nothing appears (the temporary file is removed).
    void commit();

    // Why `path` may not be replaced (a link, a device, …), empty when it may: a regular file
    // or nothing. For a check before a command records what it is about to write.
    static QString refusal(const QString &path);
    // The whole file at once (also for the data folder's own files: folder.json, …).
    static void write(const QString &path, const QByteArray &bytes);

private:
    QString m_path;
    QSaveFile m_file;
};

} // namespace proofdesk::util
