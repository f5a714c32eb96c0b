#include "dispositioncounts.h"

#include "cache/holdsql.h"
#include "domain/textfold.h"
#include "findingscope.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace proofdesk::compliance {

namespace {

const char kPeriodStart[] = "coalesce(c.retention_trigger, c.issued_at)";

bool inRange(int month, int from, int to) { return month >= from && month < to; }

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

DispositionRow readRow(const cache::Statement &st, bool held)
{
    return DispositionRow{st.columnInt(0),
                          st.columnText(1),
                          st.columnText(2),
                          DispositionRows::monthOf(st.columnInt(3)),
                          domain::foldCase(st.columnText(4)),
                          DispositionRows::monthOf(st.columnInt(5)),
                          held};
}

} // namespace

DispositionCounts::DispositionCounts(cache::Database &db, const FindingScope &scope)
    : m_db(db)
    , m_scope(scope)
{
    readExcluded();
    if (m_scope.drives())
        readRows();
}

qint64 DispositionCounts::monthStart(int index)
{
    return QDateTime(QDate(index / 12, index % 12 + 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 DispositionCounts::startOf(int from)
{
    return from == kOpen ? std::numeric_limits<qint64>::min() : monthStart(from);
}

// Held (active holds, as search's hold:any) or disposed (a tombstone, though a later sync
// brought the communication back): never eligible. CROSS JOIN: the few tombstones look up
// their communications, rather than every communication looking for a tombstone.
void DispositionCounts::readExcluded()
{
    const QString held = QStringLiteral("SELECT r FROM (") + cache::holdsql::activeHeldRowIds() + QLatin1Char(')');
    cache::Statement st =
        m_db.prepare(QStringLiteral("SELECT c.rowid, c.id, c.retention_class, %1, c.type, c.issued_at, c.rowid IN (%2) "
                                    "FROM communications c WHERE c.rowid IN (%2 UNION SELECT c3.rowid "
                                    "FROM rec.tombstones t CROSS JOIN communications c3 ON c3.id = t.comm_id) AND %3")
                         .arg(QLatin1String(kPeriodStart), held, m_scope.condition(QStringLiteral("c"))));
    while (st.step())
        m_excluded << readRow(st, st.columnInt(6) != 0);
}

void DispositionCounts::readRows()
{
    QSet<qint64> excluded;
    for (const DispositionRow &r : std::as_const(m_excluded))
        excluded.insert(r.rowid);
    cache::Statement st =
        m_db.prepare(QStringLiteral("SELECT c.rowid, c.id, c.retention_class, %1, c.type, c.issued_at FROM %2 WHERE %3")
                         .arg(QLatin1String(kPeriodStart), m_scope.from(QStringLiteral("c")),
                              m_scope.condition(QStringLiteral("c"))));
    QList<DispositionRow> rows;
    while (st.step()) {
        if (!excluded.contains(st.columnInt(0)))
            rows << readRow(st, false);
    }
    m_rows.emplace(std::move(rows));
}

QList<QPair<QString, int>> DispositionCounts::classes() const
{
    cache::Statement st =
        m_db.prepare("SELECT a.class, max(rc.years) FROM agg_retention_month a JOIN retention_classes rc "
                     "ON rc.class = a.class WHERE a.n > 0 AND rc.years > 0 GROUP BY a.class ORDER BY a.class");
    QList<QPair<QString, int>> out;
    while (st.step())
        out << qMakePair(st.columnText(0), int(st.columnInt(1)));
    return out;
}

qint64 DispositionCounts::eligible(const QString &cls, int from, int to)
{
    if (m_rows)
        return m_rows->count(cls, from, to);
    qint64 n = 0;
    if (m_scope.isWholeCache()) {
        cache::Statement st = m_db.prepare("SELECT coalesce(sum(n), 0) FROM agg_retention_month "
                                           "WHERE class = ?1 AND month >= ?2 AND month < ?3");
        st.bind(1, cls).bind(2, from).bind(3, to);
        n = st.step() ? st.columnInt(0) : 0;
    } else {
        cache::Statement st =
            m_db.prepare(QStringLiteral("SELECT count(*) FROM communications c INDEXED BY comm_retention "
                                        "WHERE c.retention_class = ?1 AND %1 >= ?2 AND %1 < ?3 AND %2")
                             .arg(QLatin1String(kPeriodStart), m_scope.condition(QStringLiteral("c"))));
        st.bind(1, cls).bind(2, startOf(from)).bind(3, monthStart(to));
        n = st.step() ? st.columnInt(0) : 0;
    }
    for (const DispositionRow &r : std::as_const(m_excluded))
        n -= r.cls == cls && inRange(r.month, from, to) ? 1 : 0;
    return n;
}

std::optional<QStringList> DispositionCounts::eligibleIds(const QString &cls, int from, int to, int limit)
{
    QStringList ids;
    if (m_rows) {
        ids = m_rows->ids(cls, from, to);
    } else {
        QSet<qint64> excluded;
        for (const DispositionRow &r : std::as_const(m_excluded))
            excluded.insert(r.rowid);
        cache::Statement st =
            m_db.prepare(QStringLiteral("SELECT c.rowid, c.id FROM communications c INDEXED BY comm_retention "
                                        "WHERE c.retention_class = ?1 AND %1 >= ?2 AND %1 < ?3 AND %2 LIMIT ?4")
                             .arg(QLatin1String(kPeriodStart), m_scope.condition(QStringLiteral("c"))));
        st.bind(1, cls).bind(2, startOf(from)).bind(3, monthStart(to));
        st.bind(4, qint64(limit) + m_excluded.size() + 1);
        while (st.step()) {
            if (!excluded.contains(st.columnInt(0)))
                ids << st.columnText(1);
        }
    }
    if (ids.size() > limit)
        return std::nullopt;
    ids.sort();
    return ids;
}

void DispositionCounts::guessTypes()
{
    // The distinct types by skipping through comm_type (one seek each), then for each the
    // class of its first communication in the scope.
    cache::Statement st = m_db.prepare(
        QStringLiteral("WITH RECURSIVE d(t) AS (SELECT (SELECT type FROM communications ORDER BY type LIMIT 1) "
                       "UNION ALL SELECT (SELECT n.type FROM communications n WHERE n.type > d.t "
                       "ORDER BY n.type LIMIT 1) FROM d WHERE d.t IS NOT NULL) "
                       "SELECT d.t, (SELECT c.retention_class FROM communications c INDEXED BY comm_type "
                       "WHERE c.type = d.t AND %1 LIMIT 1) FROM d WHERE d.t IS NOT NULL")
            .arg(m_scope.condition(QStringLiteral("c"))));
    m_classOfType.emplace();
    while (st.step()) {
        if (!st.isNull(1))
            m_classOfType->insert(domain::foldCase(st.columnText(0)), st.columnText(1));
    }
}

QStringList DispositionCounts::typesOf(const QString &cls, int from, int to)
{
    QStringList out;
    if (m_rows) {
        out = m_rows->types(cls, from, to);
    } else {
        if (!m_classOfType)
            guessTypes();
        for (auto it = m_classOfType->cbegin(); it != m_classOfType->cend(); ++it) {
            if (it.value() == cls)
                out << it.key();
        }
    }
    out.sort();
    return out;
}

qint64 DispositionCounts::searchable(const QStringList &types, int from, int to)
{
    const QSet<QString> wanted(types.cbegin(), types.cend());
    qint64 n = 0;
    if (m_rows) {
        n = m_rows->issued(types, from, to);
    } else {
        cache::Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM communications c INDEXED BY comm_type "
                                                          "WHERE c.type IN (SELECT value FROM json_each(?1)) "
                                                          "AND c.issued_at >= ?2 AND c.issued_at < ?3 AND %1")
                                               .arg(m_scope.condition(QStringLiteral("c"))));
        st.bind(1, jsonList(types)).bind(2, startOf(from)).bind(3, monthStart(to));
        n = st.step() ? st.columnInt(0) : 0;
    }
    // The search's -hold:any takes the held off; the disposed but present it still finds
    // (m_rows left out both, the index ranges counted both).
    for (const DispositionRow &r : std::as_const(m_excluded)) {
        if (wanted.contains(r.type) && inRange(r.issuedMonth, from, to))
            n += m_rows ? (r.held ? 0 : 1) : (r.held ? -1 : 0);
    }
    return n;
}

} // namespace proofdesk::compliance
