#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace proofdesk {

// Times are kept as milliseconds since the epoch, UTC, everywhere below the UI.

// Parses an RFC 3339 date-time ("2026-10-03T09:12:44Z", "...44.250+02:00"); nullopt if malformed.
std::optional<qint64> parseRfc3339(QStringView text);
// Formats as "2026-10-03T09:12:44Z" (milliseconds added only when not zero).
QString formatUtc(qint64 msecsSinceEpoch);

} // namespace proofdesk
