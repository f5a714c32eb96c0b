// CacheWriter: a repository's sync scope (syncscope.h, issue #28). What lies outside it is
// not taken; what leaves it leaves the cache, unless a hold, a reissue under way or an open
// exception case keeps it (cache/holdsql.h keptOutsideScope). Only cache.sqlite changes:
// the holds, reissues and the audit trail in records.sqlite name communications by id and
// stay as they are.
#include "cachewriter.h"

#include "cache/holdsql.h"
#include "cachewriter_statements.h"
#include "search/searchengine.h"
#include "syncscope.h"

namespace proofdesk::sync {

bool CacheWriter::keptOutsideScope(qint64 rowid)
{
    if (!m_keptCheck.isValid())
        m_keptCheck = prepareRowCheck(m_db, cache::holdsql::keptOutsideScope(QStringLiteral("c")));
    m_keptCheck.bind(1, rowid);
    const bool kept = m_keptCheck.step();
    m_keptCheck.reset();
    return kept;
}

bool CacheWriter::takenByScope(qint64 repoId, const domain::Communication &c, ApplyResult &r)
{
    if (m_scope->keeps(c))
        return true;
    CacheWriterStatements &s = statements();
    s.commLookup.bind(1, c.id);
    const bool exists = s.commLookup.step();
    const qint64 rowid = exists ? s.commLookup.columnInt(0) : 0;
    const bool ours = exists && s.commLookup.columnInt(2) == repoId;
    s.commLookup.reset();
    if (ours && keptOutsideScope(rowid))
        return true; // it stays, and stays current
    if (ours) {
        removeRow(rowid);
        ++r.leftScope;
    } else {
        ++r.outsideScope;
    }
    return false;
}

void CacheWriter::evictOutsideScope(const QString &repositoryName, const SyncScope &scope, ApplyResult &r)
{
    if (scope.keepsEverything())
        return;
    search::SearchEngine engine(m_db);
    const search::RowIdsResult outside = engine.allRowIds(scope.outsideQuery(repositoryName));
    if (outside.error) // parse() accepted the scope, so this is a defect, not a user's mistake
        throw std::runtime_error(QStringLiteral("the scope of %1 could not be evaluated: %2")
                                     .arg(repositoryName, outside.error->message).toStdString());
    if (outside.rowIds.isEmpty())
        return;
    for (const qint64 rowid : outside.rowIds) {
        if (keptOutsideScope(rowid))
            continue;
        removeRow(rowid);
        ++r.leftScope;
    }
}

} // namespace proofdesk::sync
