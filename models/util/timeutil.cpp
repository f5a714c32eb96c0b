#include "timeutil.h"

#include <QDateTime>

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

// "2026-10-03T09:12:44Z" and "2026-10-03T09:12:44.487Z", what generators write, read without
// QDateTime (microseconds a call, and a drop has a time or two on every line). Any other
// form, or a part out of range, is left to QDateTime: nullopt here.
std::optional<qint64> parseUtcMillis(QStringView s)
{
    const bool withMs = s.size() == 24;
    if ((s.size() != 20 && !withMs) || s.back() != u'Z' || s[4] != u'-' || s[7] != u'-'
        || s[10] != u'T' || s[13] != u':' || s[16] != u':' || (withMs && s[19] != u'.'))
        return std::nullopt;
    const int year = digitsAt(s, 0, 4), month = digitsAt(s, 5, 2), day = digitsAt(s, 8, 2);
    const int hour = digitsAt(s, 11, 2), minute = digitsAt(s, 14, 2), second = digitsAt(s, 17, 2);
    const int ms = withMs ? digitsAt(s, 20, 3) : 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0)
        return std::nullopt;
    const qint64 seconds = ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second;
    return seconds * 1000 + ms;
}

} // namespace

std::optional<qint64> parseRfc3339(QStringView text)
{
    if (const auto utc = parseUtcMillis(text))
        return utc;
    // Qt::ISODateWithMs accepts "T" and offsets; RFC 3339 also allows a space or lower-case
    // "t"/"z", which generators rarely emit: normalize them first.
    QString s = text.trimmed().toString();
    if (s.size() < 20 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
        return std::nullopt;
    if (s.at(10) == QLatin1Char(' ') || s.at(10) == QLatin1Char('t'))
        s[10] = QLatin1Char('T');
    if (s.endsWith(QLatin1Char('z')))
        s[s.size() - 1] = QLatin1Char('Z');
    const QChar last = s.at(s.size() - 1);
    const bool hasZone = last == QLatin1Char('Z')
                         || (s.size() >= 6 && (s.at(s.size() - 6) == QLatin1Char('+')
                                               || s.at(s.size() - 6) == QLatin1Char('-')));
    if (!hasZone)
        return std::nullopt; // RFC 3339 requires an offset; a local time would be ambiguous
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

QString formatUtc(qint64 msecsSinceEpoch)
{
    // Qt::UTC (not QTimeZone::utc()) makes ISODate end in "Z" rather than "+00:00".
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
    return dt.toString(msecsSinceEpoch % 1000 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace proofdesk
