#include "cmiscursor.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

namespace {
const char *const kPhases[] = {"start", "crawl", "changes", "crawl-done"};
}

CmisCursor CmisCursor::fromJson(const QByteArray &json)
{
    CmisCursor c;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const QString phase = o.value(QStringLiteral("phase")).toString();
    for (int i = 0; i < 4; ++i)
        if (phase == QLatin1String(kPhases[i]))
            c.phase = Phase(i);
    c.skip = qint64(o.value(QStringLiteral("skip")).toDouble());
    c.token = o.value(QStringLiteral("token")).toString();
    c.lastEvent = o.value(QStringLiteral("last")).toString();
    c.resync = o.value(QStringLiteral("resync")).toBool();
    c.fresh = o.value(QStringLiteral("fresh")).toBool();
    c.mapping = o.value(QStringLiteral("mapping")).toString().toLatin1();
    return c;
}

QByteArray CmisCursor::toJson() const
{
    QJsonObject o{{QStringLiteral("format"), 1},
                  {QStringLiteral("phase"), QLatin1String(kPhases[int(phase)])},
                  {QStringLiteral("mapping"), QString::fromLatin1(mapping)}};
    if (phase == Phase::Crawl)
        o.insert(QStringLiteral("skip"), double(skip));
    if (!token.isEmpty())
        o.insert(QStringLiteral("token"), token);
    if (!lastEvent.isEmpty())
        o.insert(QStringLiteral("last"), lastEvent);
    if (resync)
        o.insert(QStringLiteral("resync"), true);
    if (fresh)
        o.insert(QStringLiteral("fresh"), true);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace proofdesk::sync
