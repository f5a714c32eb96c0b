#include "issuedrange.h"

#include "querynode.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace proofdesk::search {

namespace {

struct Period
{
    qint64 start;
    qint64 end; // exclusive
};

QString acceptedForms()
{
    return queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                            "use a UTC day 2026-10-03, a month 2026-10, a year 2026, a day "
                                            "counted back from today (now-30d, now-2w, now-24m, now-1y), an "
                                            "inclusive range 2026-01-01..2026-03-31 (either end may be left "
                                            "open: ..2026-03-31, 2026-01-01..), or a bound >now-24m, <2026"));
}

qint64 startOfUtcDay(QDate date) { return date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch(); }

// The UTC day `now` names: today, or the day $PROOFDESK_TODAY gives (YYYY-MM-DD), so that a
// rolling scope can be tried days ahead without waiting for them (tests, a rehearsal). It
// moves only what `now` means in a query or a scope, never a time that is recorded.
QDate today()
{
    const QDate fixed = QDate::fromString(qEnvironmentVariable("PROOFDESK_TODAY"), Qt::ISODate);
    return fixed.isValid() ? fixed : QDateTime::currentDateTimeUtc().date();
}

// "now", "now-30d", "now-2w", "now-24m", "now-1y": that UTC day counted back from today,
// so that a scope's rolling window ("issued:>=now-24m") moves by itself.
std::optional<Period> parseRelativeDay(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^now(?:-([0-9]{1,4})([dwmy]))?$"));
    const QRegularExpressionMatch m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    QDate day = today();
    if (m.hasCaptured(1)) {
        const int n = m.captured(1).toInt();
        const QChar unit = m.captured(2).at(0);
        day = unit == QLatin1Char('d')   ? day.addDays(-n)
              : unit == QLatin1Char('w') ? day.addDays(-7 * n)
              : unit == QLatin1Char('m') ? day.addMonths(-n)
                                         : day.addYears(-n);
    }
    return Period{startOfUtcDay(day), startOfUtcDay(day.addDays(1))};
}

std::optional<Period> parsePeriod(QStringView text)
{
    if (text.startsWith(QLatin1String("now")))
        return parseRelativeDay(text);
    // [0-9] rather than \d: \d also matches other scripts' digits, which QDate cannot use.
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$"));
    const QRegularExpressionMatch m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const bool hasMonth = m.hasCaptured(2);
    const bool hasDay = m.hasCaptured(3);
    const QDate first(m.captured(1).toInt(), hasMonth ? m.captured(2).toInt() : 1, hasDay ? m.captured(3).toInt() : 1);
    if (!first.isValid())
        return std::nullopt;
    const QDate next = hasDay ? first.addDays(1) : hasMonth ? first.addMonths(1) : first.addYears(1);
    return Period{startOfUtcDay(first), startOfUtcDay(next)};
}

IssuedRangeError notADate(QStringView text, int offset)
{
    return {offset, int(text.size()),
            queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser", "'%1' is not a date: %2"))
                .arg(text.toString(), acceptedForms())};
}

} // namespace

namespace {

// ">D" after the period D, ">=D" from its start, "<D" before it, "<=D" to its end.
std::optional<std::variant<IssuedRange, IssuedRangeError>> parseBound(QStringView value)
{
    if (!value.startsWith(QLatin1Char('>')) && !value.startsWith(QLatin1Char('<')))
        return std::nullopt;
    const bool after = value.front() == QLatin1Char('>');
    const bool inclusive = value.size() > 1 && value.at(1) == QLatin1Char('=');
    const int offset = inclusive ? 2 : 1;
    const QStringView date = value.mid(offset);
    const std::optional<Period> p = parsePeriod(date);
    if (!p)
        return notADate(date, offset);
    IssuedRange range;
    if (after)
        range.from = inclusive ? p->start : p->end;
    else
        range.to = inclusive ? p->end : p->start;
    return range;
}

} // namespace

std::variant<IssuedRange, IssuedRangeError> parseIssuedRange(QStringView value)
{
    if (auto bound = parseBound(value))
        return *bound;
    const QLatin1String dots("..");
    const qsizetype split = value.indexOf(dots);
    if (split < 0) {
        if (const std::optional<Period> p = parsePeriod(value))
            return IssuedRange{p->start, p->end};
        return notADate(value, 0);
    }

    const QStringView left = value.left(split);
    const QStringView right = value.mid(split + dots.size());
    if (left.isEmpty() && right.isEmpty())
        return IssuedRangeError{0, int(value.size()),
                                queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                                                 "'..' needs a date on at least one side: %1"))
                                    .arg(acceptedForms())};
    IssuedRange range;
    if (!left.isEmpty()) {
        const std::optional<Period> p = parsePeriod(left);
        if (!p)
            return notADate(left, 0);
        range.from = p->start;
    }
    if (!right.isEmpty()) {
        const int rightOffset = int(split + dots.size());
        const std::optional<Period> p = parsePeriod(right);
        if (!p)
            return notADate(right, rightOffset);
        range.to = p->end;
    }
    if (range.from && range.to && *range.from >= *range.to)
        return IssuedRangeError{
            0, int(value.size()),
            queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser", "the range %1 ends before it starts"))
                .arg(value.toString())};
    return range;
}

} // namespace proofdesk::search
