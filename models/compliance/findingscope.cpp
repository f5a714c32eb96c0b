#include "findingscope.h"

#include "search/searchengine.h"

namespace proofdesk::compliance {

FindingScope::FindingScope(cache::Database &db, const QString &query)
    : m_db(db)
    , m_whole(query.trimmed().isEmpty())
{
    if (m_whole) {
        m_count = m_db.queryInt("SELECT count(*) FROM communications");
        return;
    }
    const search::RowIdsResult found = search::SearchEngine(m_db).allRowIds(query);
    if (found.error) {
        m_error = found.error->message;
        return;
    }
    // A temporary table is writable on a read-only connection; it is dropped with the scope.
    m_db.exec("DROP TABLE IF EXISTS temp.compliance_scope");
    m_db.exec("CREATE TEMP TABLE compliance_scope(rowid INTEGER PRIMARY KEY)");
    m_created = true;
    cache::Statement insert = m_db.prepare("INSERT INTO temp.compliance_scope(rowid) VALUES(?1)");
    for (const qint64 rowid : found.rowIds) {
        insert.bind(1, rowid);
        insert.run();
        insert.reset();
    }
    m_count = found.rowIds.size();
}

FindingScope::~FindingScope()
{
    if (!m_created)
        return;
    try {
        m_db.exec("DROP TABLE IF EXISTS temp.compliance_scope");
    } catch (const cache::SqliteError &) {
        // The connection is closing or busy: the table goes with it.
    }
}

QString FindingScope::condition(const QString &alias) const
{
    if (!m_error.isEmpty())
        return QStringLiteral("0");
    if (m_whole)
        return QStringLiteral("1");
    return QStringLiteral("+") + alias + QStringLiteral(".rowid IN (SELECT rowid FROM temp.compliance_scope)");
}

QString FindingScope::from(const QString &alias) const
{
    if (!m_error.isEmpty())
        return QStringLiteral("(SELECT * FROM communications WHERE 0) ") + alias;
    if (m_whole)
        return QStringLiteral("communications ") + alias;
    return QStringLiteral("temp.compliance_scope s_ CROSS JOIN communications %1 ON %1.rowid = s_.rowid").arg(alias);
}

} // namespace proofdesk::compliance
