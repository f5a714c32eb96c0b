#include "findingscope.h"

#include "cache/communicationcount.h"
#include "searchrows.h"

#include <atomic>

namespace proofdesk::compliance {

FindingScope::FindingScope(cache::Database &db, const QString &query, qint64 driveLimit)
    : m_db(db)
    , m_whole(query.trimmed().isEmpty())
{
    if (m_whole) {
        m_count = cache::countCommunications(m_db);
        return;
    }
    SearchRows found = searchRows(m_db, query);
    if (!found.error.isEmpty()) {
        m_error = found.error;
        return;
    }
    holdRows(std::move(found.rowIds), driveLimit);
}

FindingScope::FindingScope(cache::Database &db, const QList<qint64> &rowIds, qint64 driveLimit)
    : m_db(db)
    , m_whole(false)
{
    holdRows(rowIds, driveLimit);
}

void FindingScope::holdRows(QList<qint64> rowIds, qint64 driveLimit)
{
    m_rows = cache::RowIdSet(std::move(rowIds));
    m_count = m_rows.size();
    m_function = std::make_unique<ScopeFunction>(m_db, m_rows);
    if (m_count > driveLimit)
        return;
    // A temporary table is writable on a read-only connection; it is dropped with the scope
    // (or here, if filling it fails: a constructor that throws runs no destructor).
    static std::atomic<quint64> next{0};
    const QString name = QStringLiteral("compliance_scope_%1").arg(++next);
    m_db.exec(QStringLiteral("CREATE TEMP TABLE %1(rowid INTEGER PRIMARY KEY)").arg(name));
    m_table = QStringLiteral("temp.") + name;
    try {
        fillTable();
    } catch (...) {
        dropTable();
        throw;
    }
}

// Rows go in ascending, so the inserts append and statements driven by the table read the
// cache in rowid order.
void FindingScope::fillTable()
{
    cache::Statement insert = m_db.prepare(QStringLiteral("INSERT INTO %1(rowid) VALUES(?1)").arg(m_table));
    for (const qint64 rowid : m_rows.sorted()) {
        insert.bind(1, rowid);
        insert.run();
        insert.reset();
    }
    // Without statistics SQLite takes the table for a million rows and, joining it to
    // communications, first builds a Bloom filter by reading all of communications: seconds
    // for a search of one row. Its size in temp.sqlite_stat1 keeps the plan a lookup per row.
    m_db.exec(QStringLiteral("ANALYZE %1").arg(m_table));
}

void FindingScope::dropTable() noexcept
{
    try {
        m_db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_table));
    } catch (const cache::SqliteError &) {
        // The connection is closing or busy: the table goes with it.
    }
}

FindingScope::~FindingScope()
{
    if (!m_table.isEmpty())
        dropTable();
}

QString FindingScope::condition(const QString &alias) const
{
    if (!m_error.isEmpty())
        return QStringLiteral("0");
    if (m_whole)
        return QStringLiteral("1");
    return m_function->call(alias);
}

QString FindingScope::from(const QString &alias) const
{
    if (m_table.isEmpty())
        return QStringLiteral("communications ") + alias;
    return QStringLiteral("%1 s_ CROSS JOIN communications %2 ON %2.rowid = s_.rowid").arg(m_table, alias);
}

} // namespace proofdesk::compliance
