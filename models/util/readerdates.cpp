#include "readerdates.h"

#include <QLocale>

namespace proofdesk::util {

namespace {

QString fourDigitYears(QString pattern)
{
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

} // namespace

QString readerDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, fourDigitYears(locale.dateFormat(QLocale::ShortFormat)));
}

QString readerDateTime(const QDateTime &at, bool seconds)
{
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (seconds && !time.contains(QLatin1String("ss")))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(at, fourDigitYears(locale.dateFormat(QLocale::ShortFormat)) + QLatin1Char(' ') + time);
}

} // namespace proofdesk::util
