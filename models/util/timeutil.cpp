#include "timeutil.h"

#include <QDateTime>
#include <algorithm>

namespace proofdesk {

namespace {

// The value of n decimal digits at `from`, or -1 if one is not a digit.
int digitsAt(QStringView s, qsizetype from, qsizetype n)
{
    int value = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        if (s[i] < u'0' || s[i] > u'9')
            return -1;
        value = value * 10 + (s[i].unicode() - u'0');
    }
    return value;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    return era * 146097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719468;
}

bool isLastDayOfMonth(qint64 daysSinceEpoch)
{
    // The day after it is the first of a month.
    const qint64 z = daysSinceEpoch + 1 + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    return dayOfYear - (153 * mp + 2) / 5 + 1 == 1;
}

} // namespace

// RFC 3339 section 5.6, read by hand rather than by QDateTime (microseconds a call, and a drop
// has a time or two on every line), and strictly: Qt's ISO parser takes "24:00:00" as the
// next midnight and refuses a leap second, which RFC 3339 has the other way round.
//   full-date "T" partial-time time-offset, with "t"/"z" and a space for "T" allowed (5.6's
//   NOTE); time-secfrac of any length (kept to the millisecond, truncated); hour 00-23.
// A leap second (second 60) is valid only where one can occur: 23:59:60 UTC (after the
// offset) on the last day of a month (5.7). It is kept as second 59 of that minute, with its
// fraction: milliseconds since the epoch, like POSIX time, have no 61st second, and :59 keeps
// the time in its own day, month and year (an end-of-year statement stays in its year), where
// the next 00:00:00 would move it to the next day.
std::optional<qint64> parseRfc3339(QStringView s)
{
    if (s.size() < 20 || s[4] != u'-' || s[7] != u'-' || (s[10] != u'T' && s[10] != u't' && s[10] != u' ')
        || s[13] != u':' || s[16] != u':')
        return std::nullopt;
    const int year = digitsAt(s, 0, 4), month = digitsAt(s, 5, 2), day = digitsAt(s, 8, 2);
    const int hour = digitsAt(s, 11, 2), minute = digitsAt(s, 14, 2), second = digitsAt(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    qsizetype i = 19;
    int ms = 0;
    if (s[i] == u'.') {
        const qsizetype first = ++i;
        for (; i < s.size() && s[i] >= u'0' && s[i] <= u'9'; ++i)
            if (i - first < 3)
                ms = ms * 10 + (s[i].unicode() - u'0');
        if (i == first)
            return std::nullopt;
        for (qsizetype n = i - first; n < 3; ++n)
            ms *= 10;
    }
    int offsetMinutes = 0;
    if (i + 1 == s.size() && (s[i] == u'Z' || s[i] == u'z')) {
        offsetMinutes = 0;
    } else if (i + 6 == s.size() && (s[i] == u'+' || s[i] == u'-') && s[i + 3] == u':') {
        const int oh = digitsAt(s, i + 1, 2), om = digitsAt(s, i + 4, 2);
        if (oh < 0 || oh > 23 || om < 0 || om > 59)
            return std::nullopt;
        offsetMinutes = (s[i] == u'-' ? -1 : 1) * (oh * 60 + om);
    } else {
        return std::nullopt; // no offset (a local time would be ambiguous), or something after it
    }
    const qint64 days = daysFromCivil(year, month, day);
    const qint64 utcMinutes = (days * 24 + hour) * 60 + minute - offsetMinutes;
    if (second == 60) {
        const qint64 utcDay = utcMinutes >= 0 ? utcMinutes / 1440 : -((-utcMinutes + 1439) / 1440);
        if (utcMinutes - utcDay * 1440 != 23 * 60 + 59 || !isLastDayOfMonth(utcDay))
            return std::nullopt;
    }
    return (utcMinutes * 60 + std::min(second, 59)) * 1000 + ms;
}

QString formatUtc(qint64 msecsSinceEpoch)
{
    // Qt::UTC (not QTimeZone::utc()) makes ISODate end in "Z" rather than "+00:00".
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
    return dt.toString(msecsSinceEpoch % 1000 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace proofdesk
