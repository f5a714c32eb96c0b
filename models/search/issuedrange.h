#pragma once

#include <QString>
#include <QStringView>
#include <optional>
#include <variant>

namespace proofdesk::search {

// The value of `issued:` as a half-open interval [from, to) of ms since the epoch, UTC.
struct IssuedRange
{
    std::optional<qint64> from;
    std::optional<qint64> to;
};

// Where in the value the problem is (offset and length within the value) and why.
struct IssuedRangeError
{
    int offset = 0;
    int length = 0;
    QString message;
};

// Accepts a UTC day `2026-10-03`, month `2026-10` or year `2026`, a UTC day counted back
// from today (`now`, `now-30d`, `now-2w`, `now-24m`, `now-1y`: a scope's rolling window),
// inclusive ranges of them `A..B`, `..B`, `A..` (each end may be a day, month or year:
// `2024..2025` is both years), and one-sided bounds `>A` (after A), `>=A` (from A's start),
// `<A` (before A), `<=A` (to A's end). Rejects impossible dates, both ends open, and ranges
// that end before they start.
std::variant<IssuedRange, IssuedRangeError> parseIssuedRange(QStringView value);

} // namespace proofdesk::search
