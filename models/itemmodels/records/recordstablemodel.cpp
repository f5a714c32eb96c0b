#include "recordstablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace proofdesk::itemmodels {

QString formatRecordsTime(qint64 msUtc)
{
    if (msUtc <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msUtc, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatRecordsDay(qint64 msUtc)
{
    if (msUtc <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msUtc, Qt::UTC).toLocalTime().date(),
                              QLocale::ShortFormat);
}

QString formatRecordsMoment(qint64 msUtc)
{
    if (msUtc <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msUtc, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
}

} // namespace proofdesk::itemmodels
