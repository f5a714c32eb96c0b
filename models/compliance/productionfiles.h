#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

namespace proofdesk::compliance {

// The files of a production folder. A letter's files are written in place: the journal records
// a letter only once all of them are whole, and a run after a kill writes the letter again over
// what was cut short. The files the folder ends with (the load files, production.json) are
// written under a temporary name and renamed into place (write()). Nothing is synced file by
// file: a process killed loses nothing the kernel has; syncAll() makes it all durable before
// the production is recorded. Every failure throws util::OutputFileError naming the file and
// the system's reason (a full disk says so).
class ProductionFiles
{
public:
    explicit ProductionFiles(QString root);
    ~ProductionFiles();
    ProductionFiles(const ProductionFiles &) = delete;
    ProductionFiles &operator=(const ProductionFiles &) = delete;

    const QString &root() const { return m_root; }
    QString absolute(const QString &relative) const;

    // Writes `bytes` as `relative` (its folders made), under a temporary name renamed into
    // place; returns their SHA-256 (hex).
    QString write(const QString &relative, const QByteArray &bytes) const;
    // The same in place (a letter's file: its journal line is what makes it count).
    QString writeInPlace(const QString &relative, const QByteArray &bytes) const;

    // Copies the whole open file `fd` (read with pread from 0) in place as `relative`, hashing
    // the bytes as they are written: the copy is kept only when they hash to `expectedSha256`;
    // otherwise nothing is left and `*actualSha256` says what they hashed to.
    bool copyVerified(const QString &relative, int fd, const QString &expectedSha256, QString *actualSha256,
                      qint64 *bytes) const;

    // Appends to `relative` (the journal, the parts) in memory: nothing reaches the kernel before
    // flushAppended(), which writes each file's bytes whole, the files in the order of their first
    // append since the last flush (a caller who appends the parts before the journal's line has
    // the parts written first). A file stays open for the next; closeAppended() flushes and closes
    // them, as the end does. Bytes never flushed are dropped with the object: whatever counts
    // them (the journal) was not written either.
    void append(const QString &relative, const QByteArray &bytes) const;
    void flushAppended() const;
    void closeAppended() const;

    // Everything written so far reaches the disk (syncfs on the folder's file system).
    void syncAll() const;

private:
    void makeFolderOf(const QString &path) const;

    QString m_root;
    mutable QHash<QString, int> m_appended;              // relative path → open descriptor
    mutable QList<QPair<QString, QByteArray>> m_pending; // not yet flushed, by first append
    mutable QSet<QString> m_folders;                     // made already
};

} // namespace proofdesk::compliance
