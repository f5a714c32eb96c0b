#include "vanishedids.h"

#include "cache/cachefile.h"

namespace proofdesk::sync {

VanishedIds::VanishedIds(const QString &dataDir, qint64 repoId)
    : m_repoId(repoId)
{
    if (dataDir.isEmpty())
        return;
    m_db = cache::CacheFile::openReader(cache::CacheFile::databasePath(dataDir));
    // The temp schema is writable on a read-only connection. Object ids compare exactly, as
    // repo_object_id does (BINARY).
    m_db.exec("CREATE TEMP TABLE vanished_listed(id TEXT PRIMARY KEY) WITHOUT ROWID");
    m_insert = m_db.prepare("INSERT OR IGNORE INTO temp.vanished_listed(id) VALUES(?1)");
}

void VanishedIds::addListed(const QStringList &ids)
{
    if (!m_db.isOpen() || ids.isEmpty())
        return;
    // A deferred transaction: it writes only the temp schema, so it needs no lock on the
    // cache (BEGIN IMMEDIATE would, and a read-only connection cannot take one).
    m_db.exec("BEGIN");
    try {
        for (const QString &id : ids)
            m_insert.bind(1, id).run();
        m_db.exec("COMMIT");
    } catch (...) {
        m_db.exec("ROLLBACK");
        throw;
    }
}

QStringList VanishedIds::vanished()
{
    QStringList out;
    if (!m_db.isOpen())
        return out;
    cache::Statement st =
        m_db.prepare("SELECT repo_object_id FROM communications WHERE repo_id = ?1 AND repo_object_id IS NOT NULL "
                     "AND repo_deleted_at IS NULL AND repo_object_id NOT IN (SELECT id FROM temp.vanished_listed) "
                     "ORDER BY repo_object_id");
    st.bind(1, m_repoId);
    while (st.step())
        out << st.columnText(0);
    return out;
}

QStringList VanishedIds::unknown()
{
    QStringList out;
    if (!m_db.isOpen())
        return out;
    cache::Statement st =
        m_db.prepare("SELECT id FROM temp.vanished_listed WHERE id NOT IN (SELECT repo_object_id FROM "
                     "communications WHERE repo_id = ?1 AND repo_object_id IS NOT NULL) ORDER BY id");
    st.bind(1, m_repoId);
    while (st.step())
        out << st.columnText(0);
    return out;
}

QStringList VanishedIds::cachedAmong(const QString &dataDir, qint64 repoId, const QStringList &ids)
{
    QStringList out;
    if (dataDir.isEmpty() || ids.isEmpty())
        return out;
    cache::Database db = cache::CacheFile::openReader(cache::CacheFile::databasePath(dataDir));
    cache::Statement st = db.prepare("SELECT 1 FROM communications WHERE repo_id = ?1 AND repo_object_id = ?2");
    for (const QString &id : ids) {
        st.reset();
        st.bind(1, repoId).bind(2, id);
        if (st.step())
            out << id;
    }
    return out;
}

} // namespace proofdesk::sync
