// DropConnector::readIdentity: drop.json, read through the drop's held folder like every
// other file of it, and bounded: a drop.json that is a FIFO, a device, a link out of the
// drop or a file of gigabytes is reported by name instead of hanging or exhausting memory.
#include "dropconnector.h"
#include "strictjson.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

DropIdentity DropConnector::readIdentity(const QString &dropRoot)
{
    const DropDir dir(dropRoot);
    return readIdentity(dir);
}

DropIdentity DropConnector::readIdentity(const DropDir &dir)
{
    const QString dropRoot = dir.root();
    const QString path = QDir(dropRoot).filePath(QStringLiteral("drop.json"));
    const DropOpen opened = dir.open(QStringLiteral("drop.json"));
    if (opened.problem == DropOpen::Problem::Missing || opened.problem == DropOpen::Problem::Unreadable)
        throw ConnectorError(QStringLiteral("%1 is not a drop: %2 cannot be read (%3)")
                                 .arg(dropRoot, path, dir.isOpen() ? opened.why : dir.rootError()));
    if (!opened.ok())
        throw ConnectorError(QStringLiteral("%1 is not a drop: %2").arg(dropRoot, opened.why));
    bool tooLarge = false, failed = false;
    const QByteArray bytes = opened.file.readBounded(kMaxIdentityBytes, &tooLarge, &failed);
    if (failed)
        throw ConnectorError(QStringLiteral("%1 is not a drop: %2 cannot be read").arg(dropRoot, path));
    if (tooLarge)
        throw ConnectorError(QStringLiteral("%1: larger than %2 KiB, the limit for drop.json; it "
                                            "was not read")
                                 .arg(path)
                                 .arg(kMaxIdentityBytes >> 10));
    if (const auto violation = StrictJson::firstViolation(bytes))
        throw ConnectorError(QStringLiteral("%1: not valid JSON (%2 at character %3)")
                                 .arg(path, violation->problem)
                                 .arg(violation->offset + 1));
    QJsonParseError err;
    const QJsonObject o = QJsonDocument::fromJson(bytes, &err).object();
    if (err.error != QJsonParseError::NoError)
        throw ConnectorError(QStringLiteral("%1: not valid JSON (%2)").arg(path, err.errorString()));
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("proofdesk-drop"))
        throw ConnectorError(QStringLiteral("%1: \"format\" must be \"proofdesk-drop\"").arg(path));
    DropIdentity id;
    id.version = o.value(QStringLiteral("version")).toInt(0);
    if (id.version != 1)
        throw ConnectorError(QStringLiteral("%1: drop format version %2 is not supported; this "
                                            "Proofdesk reads version 1")
                                 .arg(path, o.value(QStringLiteral("version")).toVariant().toString()));
    id.source = o.value(QStringLiteral("source")).toString();
    if (id.source.trimmed().isEmpty())
        throw ConnectorError(QStringLiteral("%1: \"source\" is missing").arg(path));
    id.created = o.value(QStringLiteral("created")).toString();
    return id;
}

} // namespace proofdesk::sync
