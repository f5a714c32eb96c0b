#include "dispositionrows.h"

#include <QDate>
#include <QSet>
#include <algorithm>

namespace proofdesk::compliance {

DispositionRows::DispositionRows(QList<DispositionRow> rows)
    : m_rows(std::move(rows))
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_byClass[m_rows.at(i).cls] << i;
        m_byType[m_rows.at(i).type] << i;
    }
    for (QList<int> &order : m_byClass)
        std::sort(order.begin(), order.end(), [this](int a, int b) { return m_rows.at(a).month < m_rows.at(b).month; });
    for (QList<int> &order : m_byType)
        std::sort(order.begin(), order.end(),
                  [this](int a, int b) { return m_rows.at(a).issuedMonth < m_rows.at(b).issuedMonth; });
}

int DispositionRows::monthOf(qint64 ms)
{
    // Whole days since 1970-01-01 (floor), as a Julian day: no time zone lookups per row.
    const qint64 days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    const QDate d = QDate::fromJulianDay(days + 2440588);
    return d.year() * 12 + d.month() - 1;
}

DispositionRows::Range DispositionRows::range(const QHash<QString, QList<int>> &index, const QString &key, int from,
                                              int to, bool issued) const
{
    static const QList<int> none;
    const auto found = index.constFind(key);
    const QList<int> &order = found == index.constEnd() ? none : *found;
    const auto monthAt = [this, issued](int i) { return issued ? m_rows.at(i).issuedMonth : m_rows.at(i).month; };
    const auto first = std::partition_point(order.cbegin(), order.cend(), [&](int i) { return monthAt(i) < from; });
    const auto last = std::partition_point(first, order.cend(), [&](int i) { return monthAt(i) < to; });
    return qMakePair(first, last);
}

qint64 DispositionRows::count(const QString &cls, int from, int to) const
{
    const auto [first, last] = range(m_byClass, cls, from, to, false);
    return last - first;
}

QStringList DispositionRows::ids(const QString &cls, int from, int to) const
{
    const auto [first, last] = range(m_byClass, cls, from, to, false);
    QStringList out;
    for (auto i = first; i != last; ++i)
        out << m_rows.at(*i).id;
    return out;
}

QStringList DispositionRows::types(const QString &cls, int from, int to) const
{
    const auto [first, last] = range(m_byClass, cls, from, to, false);
    QSet<QString> types;
    for (auto i = first; i != last; ++i)
        types.insert(m_rows.at(*i).type);
    return QStringList(types.cbegin(), types.cend());
}

qint64 DispositionRows::issued(const QStringList &types, int from, int to) const
{
    qint64 n = 0;
    for (const QString &type : QSet<QString>(types.cbegin(), types.cend())) {
        const auto [first, last] = range(m_byType, type, from, to, true);
        n += last - first;
    }
    return n;
}

} // namespace proofdesk::compliance
