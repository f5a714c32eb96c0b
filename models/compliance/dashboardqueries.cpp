#include "dashboardqueries.h"

#include "cache/bulkload.h"
#include "findingscope.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <sqlite3.h>

namespace proofdesk::compliance {

DashboardQueries::DashboardQueries(cache::Database &db, qint64 now)
    : m_db(db)
    , m_now(now ? now : QDateTime::currentMSecsSinceEpoch())
{}

qint64 DashboardQueries::scopeDriveLimit(int weeks) const
{
    if (m_driveLimit >= 0)
        return m_driveLimit;
    constexpr qint64 kEntriesPerRow = 50;
    constexpr qint64 kMin = 2000;
    constexpr qint64 kMax = 50000;
    cache::Statement drawn =
        m_db.prepare("SELECT coalesce(sum(n), 0) FROM agg_comm_week WHERE week > (SELECT max(week) FROM agg_comm_week "
                     "WHERE n > 0) - ?1 * 604800000");
    drawn.bind(1, qint64(weeks));
    const qint64 window = drawn.step() ? drawn.columnInt(0) : 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_now, QTimeZone::utc()).date();
    cache::Statement due = m_db.prepare(
        "SELECT coalesce(sum(a.n), 0) FROM agg_retention_month a JOIN retention_classes rc ON rc.class = a.class "
        "WHERE rc.years > 0 AND a.month + 12 * rc.years < ?1");
    due.bind(1, qint64(today.year()) * 12 + today.month() - 1 + 12);
    const qint64 eligible = due.step() ? due.columnInt(0) : 0;
    return qBound(kMin, 2 * (window + eligible) / kEntriesPerRow, kMax);
}

DashboardData DashboardQueries::load(const QString &query, int weeks)
{
    DashboardData data;
    data.query = query.trimmed();
    QElapsedTimer timer;
    timer.start();
    const bool own = sqlite3_get_autocommit(m_db.handle()) != 0;
    try {
        if (own)
            m_db.exec("BEGIN");
        {
            FindingScope scope(m_db, data.query, scopeDriveLimit(weeks));
            if (!scope.error().isEmpty()) {
                data.error = scope.error();
            } else {
                data.weeklyByChannel = activity(scope, data.query, weeks, &data.deliveryOutcomes);
                data.holds = holds(scope, data.query);
                data.disposition = disposition(scope, data.query);
            }
        }
        if (own)
            m_db.exec("COMMIT");
    } catch (const std::exception &e) {
        if (own)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        const QString loading = cache::BulkLoad::unavailableWhileLoading(m_db);
        data.error = loading.isEmpty() ? QString::fromUtf8(e.what()) : loading;
    }
    data.elapsedMs = timer.elapsed();
    return data;
}

} // namespace proofdesk::compliance
