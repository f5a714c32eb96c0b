#pragma once

#include "applyresult.h"
#include "cache/repositorystore.h"
#include "cache/sqlite.h"

namespace proofdesk::sync {

class CommunicationWriter;
class SyncScope;

// A repository's sync scope in the cache, CacheWriter's part (syncscope.h, issue #28). What
// lies outside it is not taken; what leaves it leaves the cache, unless a hold, a reissue
// under way or an open exception case keeps it (cache/holdsql.h keptOutsideScope). Only
// cache.sqlite changes: the holds, reissues and the audit trail in records.sqlite name
// communications by id and stay as they are.
class ScopeKeeper
{
public:
    ScopeKeeper(cache::Database &db, CommunicationWriter &communications);

    // The scope while pages are applied (null: everything is taken).
    void setScope(const SyncScope *scope) { m_scope = scope; }
    // False when `c` lies outside the scope and is not to be applied (counted, and removed from
    // the cache when it was there and nothing keeps it); a kept one stays, and stays current.
    bool takes(qint64 repoId, const domain::Communication &c, ApplyResult &r);
    // After a sync: removes the repository's cached communications outside `scope`, except the
    // kept ones, in transactions of its own (call it outside one). Counted in r.leftScope.
    void evictOutside(const cache::RepositoryInfo &repository, const SyncScope &scope, ApplyResult &r);
    // An eviction of at least this many rows, and of a fifth or more of the rest, rebuilds the
    // indexes instead of deleting from each; tests choose the path.
    void setRebuildAtLeast(qint64 rows) { m_rebuildAtLeast = rows; }

private:
    bool keptOutsideScope(qint64 rowid);
    QList<qint64> refusedByScope(const SyncScope &scope, const QList<qint64> &proposed);
    // The repository's rows among these that nothing keeps, with their text, full-text
    // entries and blocks; how many were removed.
    qint64 removeRows(qint64 repoId, const QList<qint64> &rowIds);

    cache::Database &m_db;
    CommunicationWriter &m_communications;
    const SyncScope *m_scope = nullptr;
    cache::Statement m_keptCheck; // prepared at the first communication outside the scope
    qint64 m_rebuildAtLeast = 20000;
};

} // namespace proofdesk::sync
