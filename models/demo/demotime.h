#pragma once

#include <QString>

namespace proofdesk::demo {

// Fixed calendar of the demo: every date is UTC and derived from these, never from the clock.
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);

// Communications are issued between these two instants (2024-01 .. 2026-10).
qint64 issueSpanStart();
qint64 issueSpanEnd();
// drop.json "created": after the last issue and its delivery events.
qint64 dropCreatedAt();

int yearOf(qint64 t);
int monthOf(qint64 t); // 1..12
qint64 startOfMonth(qint64 t);
qint64 addMonths(qint64 t, int months); // keeps the day, clamped to the month's length
QString monthKey(qint64 t);             // "2026-10"
QString yearKey(qint64 t);              // "2026"
QString longDate(qint64 t);             // "3 October 2026" (English, locale independent)
QString monthYear(qint64 t);            // "October 2026"
QString isoDate(qint64 t);              // "2026-10-03"
QString rfc3339(qint64 t);              // "2026-10-03T09:12:44Z"

} // namespace proofdesk::demo
