#include "timeutil.h"

#include <QDateTime>

namespace proofdesk {

std::optional<qint64> parseRfc3339(QStringView text)
{
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
