#include "demotime.h"

#include <QDateTime>
#include <QTimeZone>

namespace proofdesk::demo {

static QDate dateOf(qint64 t) { return QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).date(); }

qint64 utcMs(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 issueSpanStart() { return utcMs(2024, 1, 2, 6); }

qint64 issueSpanEnd() { return utcMs(2026, 10, 28, 18); }

qint64 dropCreatedAt() { return utcMs(2026, 11, 2, 6); }

int yearOf(qint64 t) { return dateOf(t).year(); }

int monthOf(qint64 t) { return dateOf(t).month(); }

qint64 startOfMonth(qint64 t)
{
    const QDate d = dateOf(t);
    return utcMs(d.year(), d.month(), 1);
}

qint64 addMonths(qint64 t, int months)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc());
    return dt.addMonths(months).toMSecsSinceEpoch();
}

static QString twoDigits(int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); }

QString monthKey(qint64 t)
{
    const QDate d = dateOf(t);
    return QString::number(d.year()) + QLatin1Char('-') + twoDigits(d.month());
}

QString yearKey(qint64 t) { return QString::number(yearOf(t)); }

static QString monthName(int month)
{
    static const char *const names[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
    return QLatin1String(names[(month - 1) % 12]);
}

QString longDate(qint64 t)
{
    const QDate d = dateOf(t);
    return QString::number(d.day()) + QLatin1Char(' ') + monthName(d.month()) + QLatin1Char(' ')
           + QString::number(d.year());
}

QString monthYear(qint64 t)
{
    const QDate d = dateOf(t);
    return monthName(d.month()) + QLatin1Char(' ') + QString::number(d.year());
}

QString isoDate(qint64 t) { return dateOf(t).toString(Qt::ISODate); }

QString rfc3339(qint64 t)
{
    // Formatted here rather than by Qt::ISODate, which writes "+00:00" for a QTimeZone::utc()
    // time; the drop's examples (and most readers' expectations) use "Z".
    return QDateTime::fromMSecsSinceEpoch(t - t % kSecond, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace proofdesk::demo
