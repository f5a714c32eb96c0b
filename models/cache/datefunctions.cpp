#include "datefunctions.h"

#include <QDateTime>
#include <QTimeZone>

namespace proofdesk::cache {

namespace {

void addYearsUtc(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const qint64 ms = sqlite3_value_int64(argv[0]);
    const int years = sqlite3_value_int(argv[1]);
    sqlite3_result_int64(context,
                         QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).addYears(years).toMSecsSinceEpoch());
}

} // namespace

void registerDateFunctions(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "add_years_utc", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               addYearsUtc, nullptr, nullptr, nullptr);
}

} // namespace proofdesk::cache
