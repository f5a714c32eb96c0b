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
// at a million communications as at a thousand. For a search, the search's rows are found
// once (FindingScope) and shared by every chart: a small search is counted from its rows; a
// large one from index ranges of what each chart shows (the weeks drawn, the periods due
// within the year), with the search only filtering, so that no communication is read.
class DashboardQueries
{
public:
    DashboardQueries(cache::Database &db, qint64 now = 0);

    // Searches of at most this many communications are counted from their rows, larger ones
    // from index ranges. The index plan walks about twice the entries of the weeks drawn and
    // twice those of the periods due within the year (the bars, then the searches that check
    // them), which the aggregates tell; reading one communication costs about as much as
    // walking 50 entries (3-15 us against 0.1-0.2 us at a million, bench_compliance).
    qint64 scopeDriveLimit(int weeks = 26) const;
    // For tests and benchmarks, instead of scopeDriveLimit(): the charts do not depend on it.
    void setScopeDriveLimit(qint64 limit) { m_driveLimit = limit; }
    // A disposition bar that no type and month search shows exactly opens its communications
    // by id when it has at most this many (200); larger ones keep the closest search.
    void setMaxIdsPerBar(int n) { m_maxIds = n; }

    DashboardData load(const QString &query, int weeks = 26);

    ChartData activity(const FindingScope &scope, const QString &query, int weeks, ChartData *outcomes) const;
    ChartData holds(const FindingScope &scope, const QString &query) const;
    ChartData disposition(const FindingScope &scope, const QString &query) const;

private:
    cache::Database &m_db;
    qint64 m_now;
    qint64 m_driveLimit = -1; // -1: scopeDriveLimit()
    int m_maxIds = 200;
};

} // namespace proofdesk::compliance
