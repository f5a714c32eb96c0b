#include "scopekeeper.h"

#include "cache/bulkload.h"
#include "cache/communicationcount.h"
#include "cache/holdsql.h"
#include "communicationwriter.h"
#include "rowcheck.h"
#include "search/searchengine.h"
#include "syncscope.h"

namespace proofdesk::sync {

ScopeKeeper::ScopeKeeper(cache::Database &db, CommunicationWriter &communications)
    : m_db(db)
    , m_communications(communications)
{}

bool ScopeKeeper::keptOutsideScope(qint64 rowid)
{
    if (!m_keptCheck.isValid())
        m_keptCheck = prepareRowCheck(m_db, cache::holdsql::keptOutsideScope(QStringLiteral("c")));
    m_keptCheck.bind(1, rowid);
    const bool kept = m_keptCheck.step();
    m_keptCheck.reset();
    return kept;
}

bool ScopeKeeper::takes(qint64 repoId, const domain::Communication &c, ApplyResult &r)
{
    if (!m_scope || m_scope->keeps(c))
        return true;
    const auto cached = m_communications.find(c.id);
    const bool ours = cached && cached->repoId == repoId;
    if (ours && keptOutsideScope(cached->rowid))
        return true; // it stays, and stays current
    if (ours) {
        m_communications.removeRow(cached->rowid);
        ++r.leftScope;
    } else {
        ++r.outsideScope;
    }
    return false;
}

// Of the rows the search engine proposes as outside the scope (through the indexes, with the
// same folding: COLLATE fold), those the scope's own keeps() refuses: the one rule decides
// here as it decided when each row was written (takenByScope).
QList<qint64> ScopeKeeper::refusedByScope(const SyncScope &scope, const QList<qint64> &proposed)
{
    const QStringList columns = scope.columns();
    QString select = QStringLiteral("SELECT issued_at");
    for (const QString &column : columns)
        select += QStringLiteral(", \"%1\"").arg(column);
    cache::Statement st = m_db.prepare(select + QStringLiteral(" FROM communications WHERE rowid = ?1"));
    QList<qint64> refused;
    QStringList values;
    for (const qint64 rowid : proposed) {
        st.bind(1, rowid);
        if (st.step()) {
            values.clear();
            for (int i = 0; i < columns.size(); ++i)
                values << st.columnText(i + 1);
            if (!scope.keeps(SyncScope::withColumns(st.columnInt(0), columns, values)))
                refused << rowid;
        }
        st.reset();
    }
    return refused;
}

// Set-based: the rows leaving go into a temporary table, the kept ones are taken out of it,
// and each table loses its rows in one statement. Deleting a row costs a seek in each of the
// communications table's ~29 indexes (150 µs a row at 100,000), so when many leave (a 1M
// cache narrowed to a year) those indexes are dropped, the rows deleted and the indexes built
// again from what stays (cache/bulkload.h, crash-safe: an interrupted rebuild finishes at the
// next open); the full-text index loses the leaving rows' entries, which costs much less
// than indexing again what stays. Its own transactions: call it outside one.
void ScopeKeeper::evictOutside(const cache::RepositoryInfo &repository, const SyncScope &scope, ApplyResult &r)
{
    if (scope.keepsEverything())
        return;
    search::SearchEngine engine(m_db);
    const search::RowIdsResult outside = engine.allRowIds(scope.outsideQuery(repository.name));
    if (outside.error) // parse() accepted the scope, so this is a defect, not a user's mistake
        throw std::runtime_error(QStringLiteral("the scope of %1 could not be evaluated: %2")
                                     .arg(repository.name, outside.error->message)
                                     .toStdString());
    const QList<qint64> leavingRows = refusedByScope(scope, outside.rowIds);
    if (leavingRows.isEmpty())
        return;
    const qint64 all = cache::countCommunications(m_db);
    const qint64 leaving = leavingRows.size();
    const bool rebuild = leaving >= m_rebuildAtLeast && leaving * 4 >= all - leaving;
    if (rebuild) // the full-text index stays: deleting the leaving rows' entries is cheap
        cache::BulkLoad::deferIndexes(m_db, cache::BulkLoad::TextIndex::Keep);
    {
        cache::Transaction tx(m_db);
        r.leftScope += removeRows(repository.id, leavingRows);
        tx.commit();
    }
    if (!rebuild)
        return;
    cache::BulkLoad::restoreIndexes(m_db);
    // The deleted entries stay in the full-text index's segments until they are merged: after
    // 674,000 of a million left, `balance` took 202 ms instead of 25 until 'optimize' (3.8 s).
    m_db.exec("INSERT INTO comm_fts(comm_fts) VALUES('optimize')");
}

qint64 ScopeKeeper::removeRows(qint64 repoId, const QList<qint64> &rowIds)
{
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS leaving(r INTEGER PRIMARY KEY)");
    m_db.exec("DELETE FROM temp.leaving");
    cache::Statement add = m_db.prepare("INSERT OR IGNORE INTO temp.leaving(r) VALUES(?1)");
    for (const qint64 rowid : rowIds)
        add.bind(1, rowid).run();
    const QString kept = keptCondition(m_db, cache::holdsql::keptOutsideScope(QStringLiteral("c")));
    m_db.exec(QStringLiteral("DELETE FROM temp.leaving WHERE r IN (SELECT c.rowid FROM communications c "
                             "JOIN temp.leaving l ON l.r = c.rowid WHERE %1)")
                  .arg(kept));
    // Only this repository's rows, whatever the search found (SyncScope::outsideQuery).
    m_db.prepare("DELETE FROM temp.leaving WHERE r NOT IN (SELECT rowid FROM communications WHERE repo_id = ?1)")
        .bind(1, repoId)
        .run();
    if (!m_db.queryInt(cache::BulkLoad::kTextIndexPendingSql)) // a bulk load's rebuild would index what stays
        m_db.exec("INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) SELECT 'delete', t.rowid, t.body, t.names, "
                  "t.ids FROM comm_text t JOIN temp.leaving l ON l.r = t.rowid");
    m_db.exec("DELETE FROM comm_text WHERE rowid IN temp.leaving");
    m_db.exec("DELETE FROM comm_blocks WHERE comm_rowid IN temp.leaving");
    m_db.exec("DELETE FROM communications WHERE rowid IN temp.leaving");
    const qint64 removed = m_db.changes();
    m_db.exec("DELETE FROM temp.leaving");
    return removed;
}

} // namespace proofdesk::sync
