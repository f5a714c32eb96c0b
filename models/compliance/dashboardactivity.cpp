// Communications per week by channel, and delivery outcomes per week of issue.
#include "complianceformat.h"
#include "dashboardqueries.h"
#include "findingscope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QTimeZone>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("proofdesk::compliance::Dashboard", text); }

constexpr qint64 kWeek = 604800000;
// Monday 00:00 UTC of the week of `ms` (the epoch was a Thursday), as migration 2 computes it.
const char kWeekSql[] = "(c.issued_at + 259200000) / 604800000 * 604800000 - 259200000";

struct WeekRow
{
    qint64 week;
    QString channel;
    QString status;
    qint64 n;
};

QString weekLabel(qint64 week)
{
    return QDateTime::fromMSecsSinceEpoch(week, QTimeZone::utc()).toString(QStringLiteral("d MMM"));
}

QString weekQuery(qint64 week)
{
    return QStringLiteral("issued:%1..%2").arg(formatDay(week), formatDay(week + kWeek - 1));
}

// Delivery outcome of a status: opened and viewed imply delivered; queued, sent and none
// are not outcomes yet.
QString outcomeOf(const QString &status)
{
    const QString s = status.toLower();
    if (s == QLatin1String("delivered") || s == QLatin1String("opened") || s == QLatin1String("viewed"))
        return QStringLiteral("delivered");
    if (s == QLatin1String("bounced") || s == QLatin1String("returned") || s == QLatin1String("failed"))
        return s;
    return QString();
}

QString outcomeClause(const QString &outcome)
{
    return outcome == QLatin1String("delivered")
               ? QStringLiteral("(status:delivered OR status:opened OR status:viewed)")
               : QStringLiteral("status:") + outcome;
}

QList<WeekRow> readWeeks(cache::Database &db, const FindingScope &scope, int weeks)
{
    QString lastSql = scope.isWholeCache()
                          ? QStringLiteral("SELECT max(week) FROM agg_comm_week WHERE n > 0")
                          : QStringLiteral("SELECT max(c.issued_at) FROM ") + scope.from(QStringLiteral("c"));
    cache::Statement last = db.prepare(lastSql);
    if (!last.step() || last.isNull(0))
        return {};
    const qint64 lastWeek = (last.columnInt(0) + 259200000) / kWeek * kWeek - 259200000;
    const qint64 firstWeek = lastWeek - qint64(weeks - 1) * kWeek;
    const QString sql = scope.isWholeCache()
        ? QStringLiteral("SELECT week, channel, status, n FROM agg_comm_week WHERE week >= ?1 AND n > 0")
        : QStringLiteral("SELECT %1, c.channel, c.status, count(*) FROM %2 "
                         "WHERE c.issued_at >= ?1 GROUP BY 1, 2, 3")
              .arg(QLatin1String(kWeekSql), scope.from(QStringLiteral("c")));
    cache::Statement st = db.prepare(sql);
    st.bind(1, firstWeek);
    QList<WeekRow> rows;
    rows << WeekRow{firstWeek, QString(), QString(), 0}; // marks the range even when sparse
    while (st.step())
        rows << WeekRow{st.columnInt(0), st.columnText(1).toLower(), st.columnText(2), st.columnInt(3)};
    return rows;
}

} // namespace

ChartData DashboardQueries::activity(const FindingScope &scope, const QString &query, int weeks,
                                     ChartData *outcomes) const
{
    ChartData perChannel;
    perChannel.title = tr("Communications per week by channel");
    perChannel.valueAxisTitle = tr("Communications");
    outcomes->title = tr("Delivery outcomes by week of issue");
    outcomes->valueAxisTitle = tr("Communications");
    const QList<WeekRow> rows = readWeeks(m_db, scope, weeks);
    if (rows.isEmpty())
        return perChannel;
    const qint64 firstWeek = rows.first().week;
    QList<qint64> weekStarts;
    for (int i = 0; i < weeks; ++i) {
        weekStarts << firstWeek + qint64(i) * kWeek;
        perChannel.categories << weekLabel(weekStarts.last());
    }
    outcomes->categories = perChannel.categories;
    QMap<QString, QList<qint64>> byChannel;
    const QStringList outcomeNames = {QStringLiteral("delivered"), QStringLiteral("bounced"),
                                      QStringLiteral("returned"), QStringLiteral("failed")};
    QHash<QString, QList<qint64>> byOutcome;
    for (const QString &o : outcomeNames)
        byOutcome.insert(o, QList<qint64>(weeks, 0));
    for (const WeekRow &r : rows) {
        const int i = int((r.week - firstWeek) / kWeek);
        if (r.n == 0 || i < 0 || i >= weeks)
            continue;
        auto &channel = byChannel[r.channel];
        channel.resize(weeks, 0);
        channel[i] += r.n;
        const QString outcome = outcomeOf(r.status);
        if (!outcome.isEmpty())
            byOutcome[outcome][i] += r.n;
    }
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        ChartSeries s{it.key(), it.value(), {}};
        for (qint64 w : weekStarts)
            s.queries << withinScope(query, QStringLiteral("channel:%1 %2").arg(it.key(), weekQuery(w)));
        perChannel.series << s;
    }
    for (const QString &o : outcomeNames) {
        ChartSeries s{o, byOutcome.value(o), {}};
        for (qint64 w : weekStarts)
            s.queries << withinScope(query, outcomeClause(o) + QLatin1Char(' ') + weekQuery(w));
        outcomes->series << s;
    }
    const QString range = tr("%1 to %2").arg(formatDay(firstWeek), formatDay(firstWeek + qint64(weeks) * kWeek - 1));
    perChannel.subtitle = range;
    outcomes->subtitle = range;
    return perChannel;
}

} // namespace proofdesk::compliance
