#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace proofdesk::util {

// Dates and times as the person reads them, one pattern in every view (issue #64 item 6: US short
// dates in Disposition and the Queue beside ISO everywhere else): the locale's short date and
// time, the year always in four digits (a record's "1/2/24" could be of 1924), seconds where an
// event's order within a minute matters. The CSV exports, the reports' machine fields and the
// search syntax keep ISO 8601.
QString readerDate(const QDate &date);
QString readerDateTime(const QDateTime &at, bool seconds = false);

} // namespace proofdesk::util
