// Active holds with the communications they hold, and what becomes eligible for disposition
// in the next twelve months.
#include "complianceformat.h"
#include "dashboardqueries.h"
#include "findingscope.h"
#include "records/holdsql.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QTimeZone>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("proofdesk::compliance::Dashboard", text); }

constexpr int kMaxHolds = 12;
constexpr int kMonths = 12;

// year * 12 + month - 1 of a UTC time, as migration 2's agg_retention_month.
const char kMonthSql[] =
    "CAST(strftime('%Y', coalesce(c.retention_trigger, c.issued_at) / 1000, 'unixepoch') AS INTEGER) * 12 "
    "+ CAST(strftime('%m', coalesce(c.retention_trigger, c.issued_at) / 1000, 'unixepoch') AS INTEGER) - 1";

QDate monthDate(int index)
{
    return QDate(index / 12, index % 12 + 1, 1);
}

// Held or disposed communications (excluded from eligibility), as a rowid SELECT.
QString excludedRowIds()
{
    return QStringLiteral("SELECT r FROM (") + records::holdsql::activeHeldRowIds()
           + QStringLiteral(") UNION SELECT c3.rowid FROM rec.tombstones t JOIN communications c3 ON c3.id = t.comm_id");
}

} // namespace

ChartData DashboardQueries::holds(const FindingScope &scope, const QString &query) const
{
    ChartData chart;
    chart.title = tr("Active legal holds");
    chart.valueAxisTitle = tr("Communications held");
    ChartSeries items{tr("communications held"), {}, {}};
    cache::Statement holds = m_db.prepare("SELECT id, name FROM rec.holds WHERE released_at IS NULL ORDER BY created_at, id");
    const QString memberCount = QStringLiteral("SELECT count(DISTINCT m.r) FROM (") + records::holdsql::holdMemberRowIds()
                                + QStringLiteral(") m JOIN communications c ON c.rowid = m.r WHERE ")
                                + scope.condition(QStringLiteral("c"));
    cache::Statement count = m_db.prepare(memberCount);
    QList<QPair<qint64, QPair<QString, QString>>> rows;
    while (holds.step()) {
        const QString id = holds.columnText(0);
        for (int p = 1; p <= records::holdsql::memberParameterCount(); ++p)
            count.bind(p, id);
        const qint64 n = count.step() ? count.columnInt(0) : 0;
        count.reset();
        rows << qMakePair(n, qMakePair(id, holds.columnText(1)));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; i < rows.size() && i < kMaxHolds; ++i) {
        chart.categories << rows.at(i).second.second;
        items.values << rows.at(i).first;
        items.queries << withinScope(query, QStringLiteral("hold:%1").arg(rows.at(i).second.first));
    }
    chart.series << items;
    const qint64 held = m_db.queryInt(
        (QStringLiteral("SELECT count(DISTINCT h.r) FROM (") + records::holdsql::activeHeldRowIds()
         + QStringLiteral(") h JOIN communications c ON c.rowid = h.r WHERE ") + scope.condition(QStringLiteral("c")))
            .toUtf8().constData());
    chart.subtitle = tr("%1 active holds, %2 communications held").arg(rows.size()).arg(held);
    return chart;
}

ChartData DashboardQueries::disposition(const FindingScope &scope, const QString &query) const
{
    ChartData chart;
    chart.title = tr("Eligible for disposition, next twelve months");
    chart.valueAxisTitle = tr("Communications");
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_now, QTimeZone::utc()).date();
    const int current = today.year() * 12 + today.month() - 1;
    // Per class and month the period runs from: the aggregate for the whole cache, the
    // search's rows otherwise; held and disposed ones are taken off in both cases.
    const QString counts = scope.isWholeCache()
        ? QStringLiteral("SELECT class AS cls, month AS mon, n AS n FROM agg_retention_month WHERE n > 0")
        : QStringLiteral("SELECT c.retention_class AS cls, %1 AS mon, count(*) AS n FROM %2 WHERE c.retention_class IS NOT NULL "
                         "GROUP BY 1, 2").arg(QLatin1String(kMonthSql), scope.from(QStringLiteral("c")));
    const QString excluded = QStringLiteral("SELECT c.retention_class, %1, -count(*) FROM communications c WHERE "
                                            "c.rowid IN (%2) AND c.retention_class IS NOT NULL AND %3 GROUP BY 1, 2")
                                 .arg(QLatin1String(kMonthSql), excludedRowIds(), scope.condition(QStringLiteral("c")));
    cache::Statement st = m_db.prepare(
        QStringLiteral("SELECT x.cls, x.mon + 12 * rc.years AS due, sum(x.n), rc.years FROM (%1 UNION ALL %2) x "
                       "JOIN retention_classes rc ON rc.class = x.cls WHERE rc.years > 0 "
                       "AND x.mon + 12 * rc.years < ?1 GROUP BY 1, 2").arg(counts, excluded));
    st.bind(1, current + kMonths);
    chart.categories << tr("already due");
    for (int m = current; m < current + kMonths; ++m)
        chart.categories << QLocale().toString(monthDate(m), QStringLiteral("MMM yy"));
    QMap<QString, ChartSeries> byClass;
    while (st.step()) {
        const QString cls = st.columnText(0);
        const int due = int(st.columnInt(1));
        const int years = int(st.columnInt(3));
        ChartSeries &s = byClass[cls];
        if (s.name.isEmpty()) {
            s.name = cls;
            s.values = QList<qint64>(kMonths + 1, 0);
            // Search has no retention field: the closest search is the issue months whose
            // period ends in that month (trigger dates other than issue may differ).
            s.queries << withinScope(query, QStringLiteral("issued:..%1")
                                                .arg(formatDay(QDateTime(monthDate(current).addYears(-years), QTime(0, 0), QTimeZone::utc())
                                                                   .toMSecsSinceEpoch() - 1)));
            for (int m = current; m < current + kMonths; ++m)
                s.queries << withinScope(query, QStringLiteral("issued:%1").arg(monthDate(m).addYears(-years).toString(QStringLiteral("yyyy-MM"))));
        }
        s.values[due < current ? 0 : due - current + 1] += st.columnInt(2);
    }
    for (const ChartSeries &s : std::as_const(byClass))
        chart.series << s;
    chart.subtitle = tr("by retention class; held and disposed not counted");
    return chart;
}

} // namespace proofdesk::compliance
