#include "holdsql.h"

namespace proofdesk::cache::holdsql {

const QStringList &scopeFields()
{
    static const QStringList fields = {QStringLiteral("customer_id"), QStringLiteral("account_id"),
                                       QStringLiteral("policy_id"),   QStringLiteral("claim_id"),
                                       QStringLiteral("loan_id"),     QStringLiteral("case_id")};
    return fields;
}

QString scopeColumn(const QString &name)
{
    const QString lower = name.toLower();
    const QString column = lower.endsWith(QLatin1String("_id")) ? lower : lower + QLatin1String("_id");
    return scopeFields().contains(column) ? column : QString();
}

namespace {

// One branch per key column, so that each join walks that column's index.
QString scopeBranches(const QString &holdCondition)
{
    QStringList parts;
    for (const QString &f : scopeFields())
        parts << QStringLiteral("SELECT c2.rowid FROM rec.holds h JOIN communications c2 "
                                "ON c2.%1 = h.scope_value WHERE h.scope_field = '%1' AND %2")
                     .arg(f, holdCondition);
    return parts.join(QLatin1String(" UNION ALL "));
}

// The scope value of a hold compared with the matching column of `alias`.
QString scopeMatches(const QString &alias)
{
    QString cases = QStringLiteral("CASE h.scope_field");
    for (const QString &f : scopeFields())
        cases += QStringLiteral(" WHEN '%1' THEN %2.%1").arg(f, alias);
    return QStringLiteral("h.scope_value = ") + cases + QStringLiteral(" END");
}

} // namespace

// Holds set in the repository by others (cmis:rm_holdIds seen in sync) are holds too: they
// count for hold:any and keep a communication from disposition (DESIGN.md "Records rules").
// The partial index comm_repo_held (migration 5) holds exactly these rows.
const QString &activeHeldRowIds()
{
    static const QString sql =
        QStringLiteral("SELECT c2.rowid AS r FROM rec.hold_items hi JOIN rec.holds h ON h.id = hi.hold_id "
                       "JOIN communications c2 ON c2.id = hi.comm_id "
                       "WHERE hi.removed_at IS NULL AND h.released_at IS NULL UNION ALL "
                       "SELECT c3.rowid AS r FROM communications c3 WHERE c3.repo_hold_ids IS NOT NULL UNION ALL ")
        + scopeBranches(QStringLiteral("h.released_at IS NULL"));
    return sql;
}

const QString &holdMemberRowIds()
{
    static const QString sql =
        QStringLiteral("SELECT c2.rowid AS r FROM rec.hold_items hi JOIN communications c2 "
                       "ON c2.id = hi.comm_id WHERE hi.hold_id = ? AND hi.removed_at IS NULL UNION ALL ")
        + scopeBranches(QStringLiteral("h.id = ?"));
    return sql;
}

int memberParameterCount() { return 1 + int(scopeFields().size()); }

QString isHeld(const QString &alias)
{
    return QStringLiteral("(%1.repo_hold_ids IS NOT NULL "
                          "OR EXISTS (SELECT 1 FROM rec.hold_items hi JOIN rec.holds h ON h.id = hi.hold_id "
                          "WHERE hi.comm_id = %1.id AND hi.removed_at IS NULL AND h.released_at IS NULL) "
                          "OR EXISTS (SELECT 1 FROM rec.holds h WHERE h.released_at IS NULL "
                          "AND h.scope_field IS NOT NULL AND %2))")
        .arg(alias, scopeMatches(alias));
}

QString keptOutsideScope(const QString &alias)
{
    return QStringLiteral("(%1 OR EXISTS (SELECT 1 FROM rec.reissue_requests rr WHERE rr.comm_id = %2.id "
                          "AND rr.status NOT IN ('fulfilled', 'rejected', 'cancelled')) "
                          "OR EXISTS (SELECT 1 FROM rec.exception_cases ec WHERE ec.comm_id = %2.id "
                          "AND ec.state NOT IN ('completed', 'deleted')))")
        .arg(isHeld(alias), alias);
}

const QString &activeHoldIdsOfRowId()
{
    static const QString sql =
        QStringLiteral("SELECT h.id FROM communications c JOIN rec.holds h ON h.released_at IS NULL "
                       "AND (h.id IN (SELECT hi.hold_id FROM rec.hold_items hi WHERE hi.comm_id = c.id "
                       "AND hi.removed_at IS NULL) OR (h.scope_field IS NOT NULL AND %1)) "
                       "WHERE c.rowid = ?1 ORDER BY h.id")
            .arg(scopeMatches(QStringLiteral("c")));
    return sql;
}

} // namespace proofdesk::cache::holdsql
