#pragma once

#include "cache/sqlite.h"
#include "chartdata.h"

namespace proofdesk::compliance {

class FindingScope;

// Everything the dashboards draw except findings (which come from a FindingsReport).
struct DashboardData
{
    QString query;
    ChartData weeklyByChannel;
    ChartData deliveryOutcomes;
    ChartData holds;
    ChartData disposition;
    qint64 elapsedMs = 0;
    QString error;
};

// The dashboards' aggregation queries. For the whole cache they read the aggregates that
// migration 2's triggers keep (agg_comm_week, agg_retention_month), so they cost the same
// at a million communications as at a thousand; for a search they group the search's rows.
class DashboardQueries
{
public:
    DashboardQueries(cache::Database &db, qint64 now = 0);

    DashboardData load(const QString &query, int weeks = 26);

    ChartData activity(const FindingScope &scope, const QString &query, int weeks, ChartData *outcomes) const;
    ChartData holds(const FindingScope &scope, const QString &query) const;
    ChartData disposition(const FindingScope &scope, const QString &query) const;

private:
    cache::Database &m_db;
    qint64 m_now;
};

} // namespace proofdesk::compliance
