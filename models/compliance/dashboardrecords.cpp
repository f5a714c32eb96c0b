// Active holds with the communications they hold.
#include "cache/holdsql.h"
#include "dashboardqueries.h"
#include "findingscope.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QLocale>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::DashboardQueries", "proofdesk::compliance", text);
}

constexpr int kMaxHolds = 12;

} // namespace

ChartData DashboardQueries::holds(const FindingScope &scope, const QString &query) const
{
    ChartData chart;
    chart.title = tr("Active legal holds");
    chart.valueAxisTitle = tr("Communications held");
    ChartSeries items{tr("communications held"), {}, {}, {}, QStringLiteral("held")};
    cache::Statement holds =
        m_db.prepare("SELECT id, name FROM rec.holds WHERE released_at IS NULL ORDER BY created_at, id");
    const QString memberCount = QStringLiteral("SELECT count(DISTINCT m.r) FROM (") + cache::holdsql::holdMemberRowIds()
                                + QStringLiteral(") m JOIN communications c ON c.rowid = m.r WHERE ")
                                + scope.condition(QStringLiteral("c"));
    cache::Statement count = m_db.prepare(memberCount);
    QList<QPair<qint64, QPair<QString, QString>>> rows;
    while (holds.step()) {
        const QString id = holds.columnText(0);
        for (int p = 1; p <= cache::holdsql::memberParameterCount(); ++p)
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
        (QStringLiteral("SELECT count(DISTINCT h.r) FROM (") + cache::holdsql::activeHeldRowIds()
         + QStringLiteral(") h JOIN communications c ON c.rowid = h.r WHERE ") + scope.condition(QStringLiteral("c")))
            .toUtf8()
            .constData());
    chart.subtitle =
        tr("%1 active holds, %2 communications held").arg(QLocale().toString(rows.size()), QLocale().toString(held));
    return chart;
}

} // namespace proofdesk::compliance
