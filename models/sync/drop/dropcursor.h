#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace proofdesk::sync {

// What the file system says about a file, as stat() gives it. While all of it stays the
// same, the file's bytes were not written: the change time (ctime) moves with every write
// and cannot be set back by a program, so an edit that keeps the size, or even restores the
// modification time, still changes the stamp.
struct FileStamp
{
    qint64 size = -1;
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0;
    qint64 inode = 0;

    static FileStamp of(const QString &path); // size -1 when it cannot be read
    static FileStamp of(int fd);
    bool isKnown() const { return size >= 0; }
    bool operator==(const FileStamp &o) const
    {
        return size == o.size && mtimeNs == o.mtimeNs && ctimeNs == o.ctimeNs && inode == o.inode;
    }
};

// How far a drop has been read: per file, the bytes and lines consumed and the SHA-256 of
// every byte consumed, so that a file whose already-read bytes changed anywhere (or that
// shrank) is noticed instead of silently re-read (drop-format.md).
struct DropFilePosition
{
    qint64 offset = 0;
    qint64 line = 0;
    QByteArray readSha; // SHA-256 hex of bytes [0, offset); empty in cursors older than it
    // The file as it was when readSha was last taken or checked: while it stays the same and
    // everything was read, nothing needs reading (or hashing) again.
    FileStamp stamp;
    // Cursors written before readSha kept only the first and last 4 KiB consumed; they are
    // checked that way once, then carry readSha.
    QByteArray legacyHeadSha;
    QByteArray legacyTailSha;
};

class DropCursor
{
public:
    static constexpr qint64 kLegacyProbe = 4096;

    static DropCursor fromJson(const QByteArray &json); // empty or invalid => from the start
    QByteArray toJson() const;

    DropFilePosition position(const QString &relativePath) const;
    void setPosition(const QString &relativePath, const DropFilePosition &position);
    const QMap<QString, DropFilePosition> &files() const { return m_files; }

private:
    QMap<QString, DropFilePosition> m_files;
};

} // namespace proofdesk::sync
