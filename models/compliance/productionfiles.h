#pragma once

#include <QByteArray>
#include <QString>

namespace proofdesk::compliance {

// The files of a production folder, each written under a temporary name beside it and renamed
// into place, so that a name in the folder is a whole file or nothing (a kill leaves at most a
// temporary file, which the next run replaces). Nothing is synced file by file: a process
// killed loses nothing the kernel has; syncAll() makes it all durable before the production is
// recorded. Every failure throws util::OutputFileError naming the file and the system's reason
// (a full disk says so).
class ProductionFiles
{
public:
    explicit ProductionFiles(QString root);

    const QString &root() const { return m_root; }
    QString absolute(const QString &relative) const;

    // Writes `bytes` as `relative` (its folders made); returns their SHA-256 (hex).
    QString write(const QString &relative, const QByteArray &bytes) const;

    // Copies the whole open file `fd` (read with pread from 0) as `relative`, hashing the bytes
    // as they are written: the copy is kept and its SHA-256 returned only when it is
    // `expectedSha256`; otherwise nothing is left and `*actualSha256` says what they hashed to.
    bool copyVerified(const QString &relative, int fd, const QString &expectedSha256, QString *actualSha256,
                      qint64 *bytes) const;

    // Appends a line to `relative` and flushes it to the kernel (the journal).
    void append(const QString &relative, const QByteArray &line) const;

    // Everything written so far reaches the disk (syncfs on the folder's file system).
    void syncAll() const;

private:
    QString m_root;
};

} // namespace proofdesk::compliance
