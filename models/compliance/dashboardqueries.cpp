#include "dashboardqueries.h"

#include "findingscope.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <sqlite3.h>

namespace proofdesk::compliance {

DashboardQueries::DashboardQueries(cache::Database &db, qint64 now)
    : m_db(db)
    , m_now(now ? now : QDateTime::currentMSecsSinceEpoch())
{
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
            FindingScope scope(m_db, data.query);
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
        data.error = QString::fromUtf8(e.what());
        if (own)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    data.elapsedMs = timer.elapsed();
    return data;
}

} // namespace proofdesk::compliance
