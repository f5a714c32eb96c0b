#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace proofdesk::sync {

// How far a drop has been read: per file, the bytes and lines consumed, plus hashes of the
// first and last consumed bytes so that a file whose already-read bytes changed (or that
// shrank) is noticed instead of silently re-read (drop-format.md).
struct DropFilePosition
{
    qint64 offset = 0;
    qint64 line = 0;
    QByteArray headSha; // SHA-256 hex of bytes [0, min(offset, kProbe))
    QByteArray tailSha; // SHA-256 hex of bytes [max(0, offset - kProbe), offset)
};

class DropCursor
{
public:
    static constexpr qint64 kProbe = 4096;

    static DropCursor fromJson(const QByteArray &json); // empty or invalid => from the start
    QByteArray toJson() const;

    DropFilePosition position(const QString &relativePath) const;
    void setPosition(const QString &relativePath, const DropFilePosition &position);
    const QMap<QString, DropFilePosition> &files() const { return m_files; }

private:
    QMap<QString, DropFilePosition> m_files;
};

} // namespace proofdesk::sync
