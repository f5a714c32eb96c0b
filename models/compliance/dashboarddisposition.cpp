// What becomes eligible for disposition in the next twelve months, by retention class, and
// the search each bar opens.
//
// search-syntax.md has no retention field (class, trigger date, disposed): its field table
// is the whole list, and an unknown field is an error. A bar is opened as
//   (scope) type:… issued:<the months its period runs from> -hold:any
// which is exactly the bar when the bar's types are filed under its class alone and its
// periods run from issue (no trigger date). Whether that holds is not assumed: the search's
// total is counted the way the search counts it and compared with the bar. When they
// differ, a bar of at most 200 communications opens them by id (exact); a larger one
// keeps the closest search and is marked inexact, and the chart's note says why.
#include "complianceformat.h"
#include "dashboardqueries.h"
#include "dispositioncounts.h"
#include "findingscharts.h"
#include "findingscope.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::DashboardQueries", "proofdesk::compliance", text);
}

constexpr int kMonths = 12;

// "issued:2019-11", or "issued:..2019-10-31" for everything before month `to`.
QString issuedClause(int from, int to)
{
    if (from == DispositionCounts::kOpen)
        return QStringLiteral("issued:..%1").arg(formatDay(DispositionCounts::monthStart(to) - 1));
    return QStringLiteral("issued:%1")
        .arg(QDateTime::fromMSecsSinceEpoch(DispositionCounts::monthStart(from), QTimeZone::utc())
                 .toString(QStringLiteral("yyyy-MM")));
}

// "type:\"a\"" or "(type:\"a\" OR type:\"b\")"; empty if a type cannot be written in a query.
QString typeClause(const QStringList &types)
{
    QStringList terms;
    for (const QString &t : types) {
        if (t.isEmpty() || t.contains(QLatin1Char('"')))
            return QString();
        terms << QStringLiteral("type:\"%1\"").arg(t);
    }
    if (terms.size() <= 1)
        return terms.join(QString());
    return QStringLiteral("(%1)").arg(terms.join(QLatin1String(" OR ")));
}

struct Bar
{
    QString query;
    bool exact = true;
};

// The search for the bar of class `cls` whose periods run from months [from, to).
Bar barQuery(DispositionCounts &counts, const QString &scopeQuery, const QString &cls, int from, int to, qint64 value,
             int maxIds)
{
    if (value == 0)
        return {}; // nothing to open
    const QStringList types = counts.typesOf(cls, from, to);
    const QString byType = typeClause(types);
    const QString closest = withinScope(scopeQuery, (byType.isEmpty() ? QString() : byType + QLatin1Char(' '))
                                                        + issuedClause(from, to) + QStringLiteral(" -hold:any"));
    if (!byType.isEmpty() && counts.searchable(types, from, to) == value)
        return {closest, true};
    const auto ids = counts.eligibleIds(cls, from, to, maxIds);
    const auto quotable = [](const QString &id) { return !id.contains(QLatin1Char('"')); };
    if (ids && std::all_of(ids->cbegin(), ids->cend(), quotable))
        return {withinScope(scopeQuery, idsQuery(*ids, maxIds)), true};
    return {closest, false};
}

} // namespace

ChartData DashboardQueries::disposition(const FindingScope &scope, const QString &query) const
{
    ChartData chart;
    chart.title = tr("Eligible for disposition, next twelve months");
    chart.valueAxisTitle = tr("Communications");
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_now, QTimeZone::utc()).date();
    const int current = today.year() * 12 + today.month() - 1;
    chart.categories << tr("already due");
    for (int m = current; m < current + kMonths; ++m)
        chart.categories << QLocale().toString(QDate(m / 12, m % 12 + 1, 1), QStringLiteral("MMM yy"));
    DispositionCounts counts(m_db, scope);
    bool inexact = false;
    for (const auto &[cls, years] : counts.classes()) {
        // Bar 0: periods running from before the month that is due this month; bar k: from
        // the month that is due in month current + k - 1.
        const int first = current - 12 * years;
        const auto from = [first](int k) { return k == 0 ? DispositionCounts::kOpen : first + k - 1; };
        const auto to = [first](int k) { return k == 0 ? first : first + k; };
        ChartSeries s{cls, {}, {}, {}, {}};
        for (int k = 0; k <= kMonths; ++k)
            s.values << counts.eligible(cls, from(k), to(k));
        qint64 total = 0;
        for (qint64 v : std::as_const(s.values))
            total += v;
        if (total == 0)
            continue;
        for (int k = 0; k <= kMonths; ++k) {
            const Bar bar = barQuery(counts, query, cls, from(k), to(k), s.values.at(k), m_maxIds);
            s.queries << bar.query;
            s.inexact << !bar.exact;
            inexact = inexact || !bar.exact;
        }
        chart.series << s;
    }
    chart.subtitle = tr("by retention class; held and disposed not counted");
    if (inexact)
        chart.note = tr("Retention class and trigger date are not search fields: a bar marked approximate "
                        "opens "
                        "the communications of its types issued in its months, which is not exactly the bar.");
    return chart;
}

} // namespace proofdesk::compliance
