#include "complianceformat.h"

#include <QDateTime>
#include <QTimeZone>

namespace proofdesk::compliance {

QString formatDay(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd"));
}

QString formatMinute(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
           + QStringLiteral(" UTC");
}

QString formatPair(qint64 first, qint64 second, QString *secondText)
{
    const bool sameDay = formatDay(first) == formatDay(second);
    *secondText = sameDay ? formatMinute(second) : formatDay(second);
    return sameDay ? formatMinute(first) : formatDay(first);
}

} // namespace proofdesk::compliance
