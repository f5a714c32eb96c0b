#include "httpdate.h"

#include <QLocale>
#include <QStringList>

namespace proofdesk::sync {

namespace {

// The date and the time of day are read apart and joined as UTC: QLocale::toDateTime
// would read them as local time, where an hour a year does not exist (the spring DST gap)
// and its dates come back invalid.
QDateTime utc(const QString &date, const QString &dateFormat, const QString &time)
{
    const QLocale c = QLocale::c(); // English day and month names, whatever the user's locale
    const QDate d = c.toDate(date, dateFormat);
    const QTime t = c.toTime(time, QStringLiteral("HH:mm:ss"));
    if (!d.isValid() || !t.isValid())
        return {};
    return QDateTime(d, t, Qt::UTC);
}

} // namespace

QDateTime parseHttpDate(const QByteArray &value, const QDateTime &now)
{
    // simplified(): asctime pads a one-digit day with a second space ("Nov  6").
    const QStringList t = QString::fromLatin1(value).simplified().split(QLatin1Char(' '));
    const bool gmt = t.last() == QLatin1String("GMT");
    if (t.size() == 6 && gmt) // IMF-fixdate
        return utc(t.mid(0, 4).join(QLatin1Char(' ')), QStringLiteral("ddd, dd MMM yyyy"), t.at(4));
    if (t.size() == 4 && gmt && t.at(0).endsWith(QLatin1Char(','))) { // RFC 850
        // The weekday is left out: QLocale reads "yy" as 19yy, where the day it names
        // would not match.
        QDateTime at = utc(t.at(1), QStringLiteral("dd-MMM-yy"), t.at(2));
        if (at.isValid())
            at = at.addYears(100 * ((now.date().year() + 50 - at.date().year()) / 100));
        return at;
    }
    if (t.size() == 5) // asctime
        return utc(QStringList{t.at(0), t.at(1), t.at(2), t.at(4)}.join(QLatin1Char(' ')),
                   QStringLiteral("ddd MMM d yyyy"), t.at(3));
    return {};
}

} // namespace proofdesk::sync
