#include "cmislisting.h"

#include "sync/http/propertymapping.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

namespace proofdesk::sync::cmis {

namespace {

constexpr int kMaxRestarts = 8;
const QString kObjectId = QStringLiteral("cmis:objectId");

} // namespace

ObjectListing::ObjectListing(Query query)
    : m_query(std::move(query))
{}

QString ObjectListing::timestamp(qint64 ms)
{
    return QStringLiteral("TIMESTAMP '%1'")
        .arg(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
}

QString ObjectListing::conditionsOf(const QString &statement)
{
    static const QRegularExpression where(QStringLiteral("\\sWHERE\\s+(.*?)(?:\\s+ORDER\\s+BY\\s.*)?$"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    return where.match(statement).captured(1).trimmed();
}

QString ObjectListing::statement() const
{
    const QString &key = m_query.sortKey;
    QString select = m_query.select;
    if (!key.isEmpty() && select != QLatin1String("*") && !select.split(QLatin1Char(',')).contains(key))
        select += QStringLiteral(", ") + key;
    QString s = QStringLiteral("SELECT %1 FROM %2").arg(select, m_query.type);
    QStringList where;
    if (!m_query.conditions.isEmpty()) // kept whole: "a OR b" stays one term
        where << QLatin1Char('(') + m_query.conditions + QLatin1Char(')');
    if (!key.isEmpty() && keyset() && m_bound)
        where << key + QStringLiteral(" >= ") + timestamp(*m_bound);
    if (!where.isEmpty())
        s += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (!key.isEmpty())
        s += QStringLiteral(" ORDER BY ") + key + QStringLiteral(" ASC");
    return s;
}

int ObjectListing::anchorLimit() const { return qBound(1, m_query.pageSize / 8, 100); }

void ObjectListing::restart(const QString &why)
{
    if (++m_restarts > kMaxRestarts)
        throw Error(QStringLiteral("the listing had to start again %1 times (last: %2)").arg(m_restarts - 1).arg(why));
    m_consumed = 0;
    m_anchors.clear();
    m_lastDate.reset();
    m_tie = 0;
}

qsizetype ObjectListing::continuation(const QList<QJsonObject> &results) const
{
    if (m_anchors.isEmpty())
        return 0;
    QHash<QString, qsizetype> anchor;
    for (qsizetype i = 0; i < m_anchors.size(); ++i)
        anchor.insert(m_anchors.at(i), i);
    qsizetype lastAnchor = -1, first = -1, last = -1;
    for (qsizetype pos = 0; pos < results.size(); ++pos) {
        const auto it = anchor.constFind(results.at(pos).value(kObjectId).toString());
        if (it == anchor.constEnd())
            continue;
        if (*it <= lastAnchor)
            return -1; // the anchors came back in another order
        lastAnchor = *it;
        first = first < 0 ? pos : first;
        last = pos;
    }
    if (last < 0)
        return -1;
    for (qsizetype pos = first; pos <= last; ++pos) // something new among them: not the order read before
        if (!anchor.contains(results.at(pos).value(kObjectId).toString()))
            return -1;
    // The later anchors may lie just beyond this page: nothing tells where it goes on.
    if (lastAnchor != m_anchors.size() - 1 && last == results.size() - 1)
        return -1;
    return last + 1;
}

bool ObjectListing::inOrder(const QList<QJsonObject> &results)
{
    const QString &key = m_query.sortKey;
    if (key.isEmpty() || !m_sorted)
        return true;
    std::optional<qint64> previous;
    for (const QJsonObject &r : results) {
        const auto date = PropertyMapping::toTime(r.value(key));
        if (!date) {
            m_sorted = false;
            restart(QStringLiteral("an object without %1").arg(key));
            return false;
        }
        if (m_useBound && m_bound && *date < *m_bound) {
            m_useBound = false; // it ignored the WHERE: list from the start by skipCount
            restart(QStringLiteral("the repository ignored %1 >= %2").arg(key, timestamp(*m_bound)));
            return false;
        }
        if (previous && *date < *previous) {
            m_sorted = false;
            restart(QStringLiteral("the repository did not order by %1").arg(key));
            return false;
        }
        previous = date;
    }
    return true;
}

QList<QJsonObject> ObjectListing::take(const QList<QJsonObject> &results, bool more)
{
    if (m_done)
        return {};
    if (results.isEmpty() && more)
        throw Error(QStringLiteral("a page claims more objects follow but brings none"));
    if (!inOrder(results))
        return {}; // listed again from the start, now without the bound or the order it ignored
    const QString &key = m_query.sortKey;
    const qsizetype from = continuation(results);
    if (from < 0) {
        restart(QStringLiteral("the objects it read last were not where they were"));
        return {};
    }
    QList<QJsonObject> out;
    for (qsizetype i = from; i < results.size(); ++i) {
        const QJsonObject &r = results.at(i);
        const QString id = r.value(kObjectId).toString();
        if (id.isEmpty())
            throw Error(QStringLiteral("an object in the answer has no cmis:objectId"));
        ++m_consumed;
        m_anchors << id;
        if (m_anchors.size() > anchorLimit())
            m_anchors.removeFirst();
        if (!key.isEmpty() && m_sorted) {
            const qint64 date = *PropertyMapping::toTime(r.value(key));
            m_tie = m_lastDate == date ? m_tie + 1 : 1;
            m_lastDate = date;
        }
        if (!m_seen.contains(id)) {
            m_seen.insert(id);
            out << r;
        }
    }
    if (!more) {
        m_done = true;
        return out;
    }
    if (from >= results.size())
        throw Error(QStringLiteral("a page claims more objects follow but brings none after those it repeats"));
    // Everything before the last date read has been listed: go on from that date.
    if (keyset() && !key.isEmpty() && m_lastDate && (!m_bound || *m_lastDate > *m_bound)) {
        m_bound = m_lastDate;
        if (m_tie <= anchorLimit()) { // read again from the date's start: its order is the repository's
            m_consumed = 0;
            m_anchors.clear();
            m_lastDate.reset();
            m_tie = 0;
        } else { // too many to read again each time: go on after them, by skipCount
            m_consumed = m_tie;
        }
    }
    return out;
}

} // namespace proofdesk::sync::cmis
