#include "recordstablemodel.h"

#include "util/readerdates.h"

#include <QDateTime>

namespace proofdesk::itemmodels {

QString formatRecordsTime(qint64 msUtc)
{
    if (msUtc <= 0)
        return {};
    return util::readerDateTime(QDateTime::fromMSecsSinceEpoch(msUtc, Qt::UTC).toLocalTime());
}

QString formatRecordsDay(qint64 msUtc)
{
    if (msUtc <= 0)
        return {};
    return util::readerDate(QDateTime::fromMSecsSinceEpoch(msUtc, Qt::UTC).toLocalTime().date());
}

} // namespace proofdesk::itemmodels
