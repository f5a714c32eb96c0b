#include "dropcursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

DropCursor DropCursor::fromJson(const QByteArray &json)
{
    DropCursor cursor;
    const QJsonObject files = QJsonDocument::fromJson(json).object().value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        DropFilePosition p;
        p.offset = qint64(f.value(QStringLiteral("offset")).toDouble());
        p.line = qint64(f.value(QStringLiteral("line")).toDouble());
        p.headSha = f.value(QStringLiteral("head")).toString().toLatin1();
        p.tailSha = f.value(QStringLiteral("tail")).toString().toLatin1();
        cursor.m_files.insert(it.key(), p);
    }
    return cursor;
}

QByteArray DropCursor::toJson() const
{
    QJsonObject files;
    for (auto it = m_files.begin(); it != m_files.end(); ++it)
        files.insert(it.key(), QJsonObject{{QStringLiteral("offset"), double(it->offset)},
                                           {QStringLiteral("line"), double(it->line)},
                                           {QStringLiteral("head"), QString::fromLatin1(it->headSha)},
                                           {QStringLiteral("tail"), QString::fromLatin1(it->tailSha)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("files"), files}})
        .toJson(QJsonDocument::Compact);
}

DropFilePosition DropCursor::position(const QString &relativePath) const
{
    return m_files.value(relativePath);
}

void DropCursor::setPosition(const QString &relativePath, const DropFilePosition &position)
{
    m_files.insert(relativePath, position);
}

} // namespace proofdesk::sync
