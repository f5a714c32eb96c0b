#include "dropcursor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <sys/stat.h>

namespace proofdesk::sync {

namespace {

FileStamp stampOf(const struct stat &st)
{
    FileStamp stamp;
    stamp.size = qint64(st.st_size);
    stamp.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    stamp.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    stamp.inode = qint64(st.st_ino);
    return stamp;
}

qint64 number(const QJsonObject &o, const char *key)
{
    // Nanosecond times do not fit a double exactly: they are kept as decimal strings.
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble(-1));
}

} // namespace

FileStamp FileStamp::of(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return FileStamp();
    return stampOf(st);
}

FileStamp FileStamp::of(int fd)
{
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return FileStamp();
    return stampOf(st);
}

DropCursor DropCursor::fromJson(const QByteArray &json)
{
    DropCursor cursor;
    const QJsonObject files = QJsonDocument::fromJson(json).object().value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        DropFilePosition p;
        p.offset = qint64(f.value(QStringLiteral("offset")).toDouble());
        p.line = qint64(f.value(QStringLiteral("line")).toDouble());
        p.readSha = f.value(QStringLiteral("sha256")).toString().toLatin1();
        const QJsonObject stamp = f.value(QStringLiteral("stamp")).toObject();
        if (!stamp.isEmpty()) {
            p.stamp.size = number(stamp, "size");
            p.stamp.mtimeNs = number(stamp, "mtime_ns");
            p.stamp.ctimeNs = number(stamp, "ctime_ns");
            p.stamp.inode = number(stamp, "inode");
        }
        p.legacyHeadSha = f.value(QStringLiteral("head")).toString().toLatin1();
        p.legacyTailSha = f.value(QStringLiteral("tail")).toString().toLatin1();
        cursor.m_files.insert(it.key(), p);
    }
    return cursor;
}

QByteArray DropCursor::toJson() const
{
    QJsonObject files;
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        QJsonObject f{{QStringLiteral("offset"), double(it->offset)}, {QStringLiteral("line"), double(it->line)}};
        if (!it->readSha.isEmpty()) {
            f.insert(QStringLiteral("sha256"), QString::fromLatin1(it->readSha));
        } else if (!it->legacyHeadSha.isEmpty()) { // not checked yet (or found changed): kept
            f.insert(QStringLiteral("head"), QString::fromLatin1(it->legacyHeadSha));
            f.insert(QStringLiteral("tail"), QString::fromLatin1(it->legacyTailSha));
        }
        if (it->stamp.isKnown())
            f.insert(QStringLiteral("stamp"),
                     QJsonObject{{QStringLiteral("size"), double(it->stamp.size)},
                                 {QStringLiteral("mtime_ns"), QString::number(it->stamp.mtimeNs)},
                                 {QStringLiteral("ctime_ns"), QString::number(it->stamp.ctimeNs)},
                                 {QStringLiteral("inode"), QString::number(it->stamp.inode)}});
        files.insert(it.key(), f);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 2}, {QStringLiteral("files"), files}})
        .toJson(QJsonDocument::Compact);
}

DropFilePosition DropCursor::position(const QString &relativePath) const { return m_files.value(relativePath); }

void DropCursor::setPosition(const QString &relativePath, const DropFilePosition &position)
{
    m_files.insert(relativePath, position);
}

} // namespace proofdesk::sync
