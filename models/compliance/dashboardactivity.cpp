// Communications per week by channel, and delivery outcomes per week of issue.
#include "complianceformat.h"
#include "dashboardqueries.h"
#include "domain/codelabels.h"
#include "findingscope.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QTimeZone>
#include <optional>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::DashboardQueries", "proofdesk::compliance", text);
}

constexpr qint64 kWeek = 604800000;
// Monday 00:00 UTC of the week of `ms` (the epoch was a Thursday), as migration 2 computes it.
const char kWeekSql[] = "(c.issued_at + 259200000) / 604800000 * 604800000 - 259200000";

struct WeekRow
{
    qint64 week;
    QString channel;
    QString status;
    qint64 n;
    // Rows counted from one index carry only the channel or only the status.
    bool hasChannel = true;
    bool hasStatus = true;
};

// In the language in use ("3 Mar", "3 März"): QDateTime::toString would always write English.
QString weekLabel(qint64 week)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(week, QTimeZone::utc()).date(), QStringLiteral("d MMM"));
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

// The scope's latest issue time, or nullopt when it is empty.
std::optional<qint64> latestIssue(cache::Database &db, const FindingScope &scope)
{
    // The whole cache: the aggregate. A small search: its rows. A large one: walking the
    // issue index from the newest end stops at the search's newest row.
    const QString c = QStringLiteral("c");
    QString sql;
    if (scope.isWholeCache())
        sql = QStringLiteral("SELECT max(week) FROM agg_comm_week WHERE n > 0");
    else if (scope.drives())
        sql = QStringLiteral("SELECT max(c.issued_at) FROM %1 WHERE %2").arg(scope.from(c), scope.condition(c));
    else
        sql = QStringLiteral("SELECT c.issued_at FROM communications c INDEXED BY comm_issued WHERE %1 "
                             "ORDER BY c.issued_at DESC LIMIT 1")
                  .arg(scope.condition(c));
    cache::Statement last = db.prepare(sql);
    if (!last.step() || last.isNull(0))
        return std::nullopt;
    return last.columnInt(0);
}

// Rows of (week, channel, status, n) of the weeks [firstWeek, endWeek). A large search is
// counted from the (channel, issued_at, id) and (status, issued_at, id) indexes over the
// weeks shown, the scope filtering, so that no communication is read: those rows carry only
// a channel or only a status. The channels to look up are those the aggregate has in those
// weeks.
void readWeekRows(cache::Database &db, const FindingScope &scope, qint64 firstWeek, qint64 endWeek,
                  QList<WeekRow> &rows)
{
    const QString c = QStringLiteral("c");
    const QLatin1String week(kWeekSql);
    QList<QPair<QString, WeekRow>> statements; // SQL, and which parts its rows carry
    const WeekRow both{0, {}, {}, 0, true, true};
    if (scope.isWholeCache()) {
        statements << qMakePair(QStringLiteral("SELECT week, channel, status, n FROM agg_comm_week "
                                               "WHERE week >= ?1 AND week < ?2 AND n > 0"),
                                both);
    } else if (scope.drives()) {
        statements << qMakePair(QStringLiteral("SELECT %1, c.channel, c.status, count(*) FROM %2 "
                                               "WHERE c.issued_at >= ?1 AND c.issued_at < ?2 AND %3 GROUP BY 1, 2, 3")
                                    .arg(week, scope.from(c), scope.condition(c)),
                                both);
    } else {
        statements << qMakePair(QStringLiteral("SELECT %1, c.channel, NULL, count(*) FROM communications c "
                                               "INDEXED BY comm_channel WHERE c.channel IN (SELECT channel "
                                               "FROM agg_comm_week WHERE week >= ?1 AND week < ?2 AND n > 0) "
                                               "AND c.issued_at >= ?1 AND c.issued_at < ?2 AND %2 GROUP BY 2, 1")
                                    .arg(week, scope.condition(c)),
                                WeekRow{0, {}, {}, 0, true, false})
                   << qMakePair(QStringLiteral("SELECT %1, NULL, c.status, count(*) FROM communications c "
                                               "INDEXED BY comm_status WHERE c.status IN ('delivered', 'opened', "
                                               "'viewed', 'bounced', 'returned', 'failed') "
                                               "AND c.issued_at >= ?1 AND c.issued_at < ?2 AND %2 GROUP BY 3, 1")
                                    .arg(week, scope.condition(c)),
                                WeekRow{0, {}, {}, 0, false, true});
    }
    for (const auto &[text, parts] : std::as_const(statements)) {
        cache::Statement st = db.prepare(text);
        st.bind(1, firstWeek).bind(2, endWeek);
        while (st.step())
            rows << WeekRow{st.columnInt(0), st.columnText(1).toLower(), st.columnText(2),
                            st.columnInt(3), parts.hasChannel,           parts.hasStatus};
    }
}

QList<WeekRow> readWeeks(cache::Database &db, const FindingScope &scope, int weeks)
{
    const std::optional<qint64> last = latestIssue(db, scope);
    if (!last)
        return {};
    const qint64 lastWeek = (*last + 259200000) / kWeek * kWeek - 259200000;
    const qint64 firstWeek = lastWeek - qint64(weeks - 1) * kWeek;
    QList<WeekRow> rows;
    rows << WeekRow{firstWeek, QString(), QString(), 0}; // marks the range even when sparse
    readWeekRows(db, scope, firstWeek, lastWeek + kWeek, rows);
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
        if (r.hasChannel) {
            auto &channel = byChannel[r.channel];
            channel.resize(weeks, 0);
            channel[i] += r.n;
        }
        const QString outcome = r.hasStatus ? outcomeOf(r.status) : QString();
        if (!outcome.isEmpty())
            byOutcome[outcome][i] += r.n;
    }
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it) {
        ChartSeries s{domain::CodeLabels::label(it.key()), it.value(), {}, {}, it.key()};
        for (qint64 w : weekStarts)
            s.queries << withinScope(query, QStringLiteral("channel:%1 %2").arg(it.key(), weekQuery(w)));
        perChannel.series << s;
    }
    for (const QString &o : outcomeNames) {
        ChartSeries s{domain::CodeLabels::label(o), byOutcome.value(o), {}, {}, o};
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
