// DropConnector::send: the hot-folder outbox of a drop.
#include "dropconnector.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace proofdesk::sync {

SendResult DropConnector::send(const OutboxItem &item)
{
    static const QRegularExpression safeName(QStringLiteral("^[A-Za-z0-9._-]+$"));
    QString folder;
    if (item.kind == QLatin1String("reissue"))
        folder = QStringLiteral("reissue");
    else if (item.kind == QLatin1String("hold") || item.kind == QLatin1String("hold_release"))
        folder = QStringLiteral("holds");
    else if (item.kind == QLatin1String("disposition"))
        folder = QStringLiteral("disposition");
    if (folder.isEmpty() || !safeName.match(item.idempotencyKey).hasMatch())
        return {SendResult::Status::Rejected, {},
                QStringLiteral("%1: cannot write a %2 request named \"%3\"").arg(describe(), item.kind, item.idempotencyKey)};
    QJsonObject body = QJsonDocument::fromJson(item.payloadJson).object();
    body.insert(QStringLiteral("id"), item.idempotencyKey);
    body.insert(QStringLiteral("kind"), item.kind);
    body.insert(QStringLiteral("target_id"), item.targetId);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Indented);
    const QString dir = QDir(m_root).filePath(QStringLiteral("outbox/") + folder);
    const QString path = QDir(dir).filePath(item.idempotencyKey + QStringLiteral(".json"));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly))
        return {SendResult::Status::Duplicate, item.idempotencyKey, {}}; // the id is the key: written once
    QSaveFile file(path); // temporary name, renamed into place: never a half file
    if (!QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {SendResult::Status::Retry, {},
                QStringLiteral("%1: cannot write %2 (%3)").arg(describe(), path, file.errorString())};
    return {SendResult::Status::Accepted, item.idempotencyKey, {}};
}

} // namespace proofdesk::sync
