#include "rowcheck.h"

namespace proofdesk::sync {

bool recordsAttached(cache::Database &db)
{
    return db.queryInt("SELECT count(*) FROM pragma_database_list WHERE name = 'rec'") > 0;
}

QString keptCondition(cache::Database &db, const QString &condition)
{
    // Without records.sqlite nobody can say what a hold of ours keeps: every row is kept (the
    // repository's own holds could be read, ours could not: keeping only those let a held
    // letter go).
    return recordsAttached(db) ? condition : QStringLiteral("1");
}

cache::Statement prepareRowCheck(cache::Database &db, const QString &condition)
{
    const QString check = keptCondition(db, condition);
    return db.prepare(QStringLiteral("SELECT 1 FROM communications c WHERE c.rowid = ?1 AND ") + check);
}

} // namespace proofdesk::sync
