#include "rowcheck.h"

namespace proofdesk::sync {

bool recordsAttached(cache::Database &db)
{
    return db.queryInt("SELECT count(*) FROM pragma_database_list WHERE name = 'rec'") > 0;
}

cache::Statement prepareRowCheck(cache::Database &db, const QString &condition)
{
    const QString check = recordsAttached(db) ? condition : QStringLiteral("c.repo_hold_ids IS NOT NULL");
    return db.prepare(QStringLiteral("SELECT 1 FROM communications c WHERE c.rowid = ?1 AND ") + check);
}

} // namespace proofdesk::sync
