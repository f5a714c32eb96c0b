#include "recordstablemodel.h"

#include <QDateTime>

namespace proofdesk::itemmodels {

QString formatRecordsTime(qint64 msUtc)
{
    if (msUtc <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msUtc, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace proofdesk::itemmodels
