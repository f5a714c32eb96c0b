#include "factswithdrawals.h"

#include "cache/repositorystore.h"
#include "cache/sqlite.h"
#include "pgconnection.h"
#include "search/searchengine.h"
#include "sync/syncscope.h"

namespace proofdesk::team {

FactsWithdrawals::FactsWithdrawals(PgConnection &server, cache::Database &cache)
    : m_server(server)
    , m_cache(cache)
{}

QSet<QString> FactsWithdrawals::outsideScope() const
{
    QSet<QString> ids;
    search::SearchEngine engine(m_cache);
    cache::Statement idOf = m_cache.prepare("SELECT id FROM communications WHERE rowid = ?1 AND repo_id = ?2");
    for (const cache::RepositoryInfo &repository : cache::RepositoryStore(m_cache).list()) {
        const sync::SyncScope scope = sync::SyncScope::ofSettings(repository.settings);
        if (scope.keepsEverything())
            continue;
        // The query the sync evicts by (CacheWriter::evictOutsideScope): what it finds and
        // keeps anyway (a hold, a reissue, an open case) is what stays outside the scope.
        const search::RowIdsResult outside = engine.allRowIds(scope.outsideQuery(repository.name));
        if (outside.error)
            throw std::runtime_error(QStringLiteral("the scope of %1 could not be evaluated: %2")
                                         .arg(repository.name, outside.error->message)
                                         .toStdString());
        for (const qint64 rowid : outside.rowIds) {
            idOf.bind(1, rowid).bind(2, repository.id);
            if (idOf.step())
                ids.insert(idOf.columnText(0));
            idOf.reset();
        }
    }
    return ids;
}

QStringList FactsWithdrawals::goneSince(qint64 mark) const
{
    QStringList ids;
    cache::Statement st = m_cache.prepare("SELECT f.comm_id FROM facts_changes f WHERE f.seq <= ?1 "
                                          "AND NOT EXISTS (SELECT 1 FROM communications c WHERE c.id = f.comm_id)");
    st.bind(1, mark);
    while (st.step())
        ids << st.columnText(0);
    return ids;
}

QStringList FactsWithdrawals::goneFromCache() const
{
    QStringList ids;
    cache::Statement cached = m_cache.prepare("SELECT 1 FROM communications WHERE id = ?1");
    m_server.forEachRow(
        QStringLiteral("SELECT f.comm_id FROM proofdesk.comm_facts f JOIN proofdesk.facts_publications p "
                       "ON p.seq = f.publication WHERE p.login = session_user"),
        {}, [&](const PgResult &page, int row) {
            const QString id = page.text(row, 0);
            cached.bind(1, id);
            if (!cached.step())
                ids << id;
            cached.reset();
            return true;
        });
    return ids;
}

QStringList FactsWithdrawals::backInScope(const QSet<QString> &outside) const
{
    QStringList ids;
    const PgResult withdrawn =
        m_server.exec(QStringLiteral("SELECT comm_id FROM proofdesk.withdrawn_facts('out_of_scope')"));
    cache::Statement cached = m_cache.prepare("SELECT id FROM communications WHERE id = ?1");
    for (int row = 0; row < withdrawn.rows(); ++row) {
        cached.bind(1, withdrawn.text(row, 0));
        if (cached.step() && !outside.contains(cached.columnText(0)))
            ids << cached.columnText(0);
        cached.reset();
    }
    return ids;
}

} // namespace proofdesk::team
