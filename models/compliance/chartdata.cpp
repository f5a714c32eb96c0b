#include "chartdata.h"

namespace proofdesk::compliance {

bool ChartData::isEmpty() const { return total() == 0; }

qint64 ChartData::total() const
{
    qint64 sum = 0;
    for (const ChartSeries &s : series) {
        for (qint64 v : s.values)
            sum += v;
    }
    return sum;
}

QString ChartData::queryAt(int s, int c) const
{
    if (s < 0 || s >= series.size() || c < 0 || c >= series.at(s).queries.size())
        return QString();
    return series.at(s).queries.at(c);
}

bool ChartData::isExact(int s, int c) const
{
    if (s < 0 || s >= series.size())
        return false;
    return !series.at(s).inexact.value(c, false);
}

QString withinScope(const QString &scopeQuery, const QString &clause)
{
    const QString scope = scopeQuery.trimmed();
    if (scope.isEmpty())
        return clause;
    if (clause.isEmpty())
        return scope;
    return QStringLiteral("(%1) %2").arg(scope, clause);
}

} // namespace proofdesk::compliance
