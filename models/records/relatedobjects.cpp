#include "relatedobjects.h"

#include "cache/holdsql.h"

#include <QStringList>

namespace proofdesk::records {

namespace {

void addIds(cache::Database &db, const QString &sql, const QString &communicationId, const QString &type,
            QList<audit::AuditObject> &out)
{
    cache::Statement st = db.prepareCached(sql);
    st.bind(1, communicationId);
    while (st.step()) {
        const audit::AuditObject object{type, st.columnText(0)};
        if (!out.contains(object))
            out << object;
    }
}

// The holds whose scope (a business key) the communication carries, released or not.
QString scopeHoldsSql()
{
    QStringList branches;
    for (const QString &field : cache::holdsql::scopeFields())
        branches << QStringLiteral("SELECT h.id FROM rec.holds h JOIN communications c ON c.%1 = h.scope_value "
                                   "WHERE h.scope_field = '%1' AND c.id = ?1")
                        .arg(field);
    return branches.join(QLatin1String(" UNION "));
}

} // namespace

QList<audit::AuditObject> objectsAboutCommunication(cache::Database &db, const QString &communicationId)
{
    const QString id = communicationId.trimmed();
    QList<audit::AuditObject> out{{QStringLiteral("communication"), id}};
    if (id.isEmpty())
        return out;
    addIds(db, QStringLiteral("SELECT id FROM rec.reissue_requests WHERE comm_id = ?1 ORDER BY requested_at"), id,
           QStringLiteral("reissue"), out);
    addIds(db, QStringLiteral("SELECT hold_id FROM rec.hold_items WHERE comm_id = ?1 ORDER BY added_at"), id,
           QStringLiteral("hold"), out);
    addIds(db, scopeHoldsSql(), id, QStringLiteral("hold"), out);
    addIds(db, QStringLiteral("SELECT id FROM rec.exception_cases WHERE comm_id = ?1 ORDER BY opened_at"), id,
           QStringLiteral("exception_case"), out);
    addIds(db, QStringLiteral("SELECT batch_id FROM rec.tombstones WHERE comm_id = ?1"), id,
           QStringLiteral("disposition"), out);
    return out;
}

} // namespace proofdesk::records
