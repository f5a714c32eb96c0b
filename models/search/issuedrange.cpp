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
    return queryErrorText(
        QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                          "use a UTC day 2026-10-03, a month 2026-10, a year 2026, or an "
                          "inclusive range 2026-01-01..2026-03-31 (either end may be left "
                          "open: ..2026-03-31, 2026-01-01..)"));
}

qint64 startOfUtcDay(QDate date) { return date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch(); }

std::optional<Period> parsePeriod(QStringView text)
{
    // [0-9] rather than \d: \d also matches other scripts' digits, which QDate cannot use.
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$"));
    const QRegularExpressionMatch m = re.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const bool hasMonth = m.hasCaptured(2);
    const bool hasDay = m.hasCaptured(3);
    const QDate first(m.captured(1).toInt(), hasMonth ? m.captured(2).toInt() : 1,
                      hasDay ? m.captured(3).toInt() : 1);
    if (!first.isValid())
        return std::nullopt;
    const QDate next = hasDay     ? first.addDays(1)
                       : hasMonth ? first.addMonths(1)
                                  : first.addYears(1);
    return Period{startOfUtcDay(first), startOfUtcDay(next)};
}

IssuedRangeError notADate(QStringView text, int offset)
{
    return {offset, int(text.size()),
            queryErrorText(
                QT_TRANSLATE_NOOP("proofdesk::search::QueryParser", "'%1' is not a date: %2"))
                .arg(text.toString(), acceptedForms())};
}

} // namespace

std::variant<IssuedRange, IssuedRangeError> parseIssuedRange(QStringView value)
{
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
        return IssuedRangeError{
            0, int(value.size()),
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
            queryErrorText(QT_TRANSLATE_NOOP("proofdesk::search::QueryParser",
                                             "the range %1 ends before it starts"))
                .arg(value.toString())};
    return range;
}

} // namespace proofdesk::search
