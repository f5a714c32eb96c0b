#include "holddeliveries.h"

#include "cache/holdsql.h"

#include <optional>
#include <sqlite3.h>

namespace proofdesk::records {

namespace {

// The kinds whose repositories keep a hold on each object (DESIGN.md "Repositories").
const QStringList &objectHoldKinds()
{
    static const QStringList kinds{QStringLiteral("cmis"), QStringLiteral("archivesspace")};
    return kinds;
}

// "('cmis', 'archivesspace')" for SQL.
QString objectHoldKindsSql() { return QStringLiteral("('%1')").arg(objectHoldKinds().join(QStringLiteral("', '"))); }

} // namespace

QString HoldDelivery::key() const { return QStringLiteral("%1.r%2.%3").arg(holdId).arg(revision).arg(objectId); }

HoldDeliveries::HoldDeliveries(cache::Database &db)
    : m_db(db)
{}

bool HoldDeliveries::takesObjectHolds(const QString &repositoryKind)
{
    return objectHoldKinds().contains(repositoryKind);
}

qint64 HoldDeliveries::queueMark(cache::Database &db)
{
    return db.queryInt("SELECT (SELECT count(*) FROM rec.outbox WHERE state = 'pending') + "
                       "(SELECT coalesce(max(generation), 0) FROM rec.hold_deliveries)");
}

qint64 HoldDeliveries::nextGeneration() const
{
    return m_db.queryInt("SELECT coalesce(max(generation), 0) + 1 FROM rec.hold_deliveries");
}

qint64 HoldDeliveries::plan(const QString &holdId, qint64 now)
{
    // A data folder with only drops (the default) has nothing to plan.
    const QString anyObjectHoldRepository =
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM repositories WHERE kind IN %1)").arg(objectHoldKindsSql());
    if (!m_db.queryInt(anyObjectHoldRepository.toUtf8().constData()))
        return 0;
    cache::Statement hold =
        m_db.prepare("SELECT revision, released_at IS NULL, scope_field IS NOT NULL FROM rec.holds WHERE id = ?1");
    hold.bind(1, holdId);
    if (!hold.step())
        return 0;
    const qint64 revision = hold.columnInt(0);
    const bool active = hold.columnInt(1) != 0;
    const bool scoped = hold.columnInt(2) != 0;
    hold.reset();
    std::optional<cache::Transaction> tx;
    if (sqlite3_get_autocommit(m_db.handle()))
        tx.emplace(m_db);

    fillWanted(holdId, active, scoped);

    const qint64 generation = nextGeneration();
    m_db.prepare(QStringLiteral("INSERT INTO rec.hold_deliveries(hold_id, comm_id, repo_id, object_id, held, revision, "
                                "generation, queued_at) "
                                "SELECT ?1, w.comm_id, c.repo_id, c.repo_object_id, w.held, ?2, ?3, ?4 "
                                "FROM temp.hold_wanted w JOIN communications c ON c.id = w.comm_id "
                                "WHERE c.repo_id IN (SELECT id FROM repositories WHERE kind IN %1) "
                                "ON CONFLICT(hold_id, comm_id) DO UPDATE SET repo_id = excluded.repo_id, "
                                "object_id = coalesce(excluded.object_id, object_id), held = excluded.held, "
                                "revision = excluded.revision, generation = excluded.generation, state = 'pending', "
                                "attempts = 0, last_error = NULL, queued_at = excluded.queued_at, done_at = NULL "
                                "WHERE held <> excluded.held")
                     .arg(objectHoldKindsSql()))
        .bind(1, holdId)
        .bind(2, revision)
        .bind(3, generation)
        .bind(4, now)
        .run();
    qint64 queued = m_db.changes();
    // A communication that left a scope hold's key is no longer covered: the hold comes off.
    m_db.prepare("UPDATE rec.hold_deliveries SET held = 0, revision = ?2, generation = ?3, state = 'pending', "
                 "attempts = 0, last_error = NULL, queued_at = ?4, done_at = NULL "
                 "WHERE hold_id = ?1 AND held = 1 AND comm_id NOT IN (SELECT comm_id FROM temp.hold_wanted)")
        .bind(1, holdId)
        .bind(2, revision)
        .bind(3, generation)
        .bind(4, now)
        .run();
    queued += m_db.changes();
    m_db.exec("DELETE FROM temp.hold_wanted");
    if (tx)
        tx->commit();
    return queued;
}

// What the hold wants now, per communication, into temp.hold_wanted: every item (a removed
// one must lose the hold), and for a scope hold every communication with its business key.
void HoldDeliveries::fillWanted(const QString &holdId, bool active, bool scoped)
{
    m_db.exec("CREATE TEMP TABLE IF NOT EXISTS hold_wanted(comm_id TEXT PRIMARY KEY COLLATE fold, "
              "held INTEGER NOT NULL) WITHOUT ROWID");
    m_db.exec("DELETE FROM temp.hold_wanted");
    m_db.prepare("INSERT INTO temp.hold_wanted(comm_id, held) "
                 "SELECT comm_id, ?2 AND removed_at IS NULL FROM rec.hold_items WHERE hold_id = ?1")
        .bind(1, holdId)
        .bind(2, qint64(active))
        .run();
    if (scoped) {
        cache::Statement members = m_db.prepare(
            QStringLiteral("INSERT INTO temp.hold_wanted(comm_id, held) SELECT id, %1 FROM communications "
                           "WHERE rowid IN (%2) ON CONFLICT(comm_id) DO UPDATE SET held = max(held, excluded.held)")
                .arg(active ? 1 : 0)
                .arg(cache::holdsql::holdMemberRowIds()));
        for (int i = 1; i <= cache::holdsql::memberParameterCount(); ++i)
            members.bind(i, holdId);
        members.run();
    }
}

qint64 HoldDeliveries::planScopeHolds(qint64 now)
{
    QStringList holds;
    cache::Statement st =
        m_db.prepare("SELECT id FROM rec.holds WHERE released_at IS NULL AND scope_field IS NOT NULL");
    while (st.step())
        holds << st.columnText(0);
    qint64 queued = 0;
    for (const QString &id : holds)
        queued += plan(id, now);
    return queued;
}

QList<qint64> HoldDeliveries::repositoriesWithPending() const
{
    cache::Statement st =
        m_db.prepare("SELECT r.id FROM repositories r WHERE EXISTS (SELECT 1 FROM rec.hold_deliveries d "
                     "WHERE d.repo_id = r.id AND d.state = 'pending') ORDER BY r.id");
    QList<qint64> ids;
    while (st.step())
        ids << st.columnInt(0);
    return ids;
}

QList<HoldDelivery> HoldDeliveries::pending(qint64 repoId, const HoldDelivery &after, int limit) const
{
    // The address is the cache's current identity of the object (a sync may have learnt it
    // since the hold was queued); "held by any" is read now, not when queued, so that a flag
    // shared by several holds ends as the last of them wants, whatever order they came in.
    cache::Statement st = m_db.prepare(
        "SELECT d.hold_id, d.comm_id, coalesce(c.repo_object_id, d.object_id), d.held, "
        "d.held OR EXISTS (SELECT 1 FROM rec.hold_deliveries o WHERE o.comm_id = d.comm_id AND o.held = 1), "
        "c.repo_deleted_at IS NOT NULL, d.revision, d.generation, d.attempts "
        "FROM rec.hold_deliveries d LEFT JOIN communications c ON c.id = d.comm_id "
        "WHERE d.repo_id = ?1 AND d.state = 'pending' "
        "AND (d.attempts, d.generation, d.hold_id, d.comm_id) > (?2, ?3, ?4, ?5) "
        "ORDER BY d.attempts, d.generation, d.hold_id, d.comm_id LIMIT ?6");
    st.bind(1, repoId)
        .bind(2, after.attempts)
        .bind(3, after.generation)
        .bind(4, after.holdId.isNull() ? QStringLiteral("") : after.holdId)
        .bind(5, after.communicationId.isNull() ? QStringLiteral("") : after.communicationId)
        .bind(6, limit);
    QList<HoldDelivery> out;
    while (st.step()) {
        HoldDelivery d;
        d.holdId = st.columnText(0);
        d.communicationId = st.columnText(1);
        d.objectId = st.isNull(2) ? QString() : st.columnText(2);
        d.held = st.columnInt(3) != 0;
        d.heldByAny = st.columnInt(4) != 0;
        d.deletedInRepository = st.columnInt(5) != 0;
        d.revision = int(st.columnInt(6));
        d.generation = st.columnInt(7);
        d.attempts = st.columnInt(8);
        out << d;
    }
    return out;
}

bool HoldDeliveries::isCurrent(const HoldDelivery &delivery) const
{
    cache::Statement st = m_db.prepare("SELECT 1 FROM rec.hold_deliveries WHERE hold_id = ?1 AND comm_id = ?2 "
                                       "AND generation = ?3 AND state = 'pending'");
    st.bind(1, delivery.holdId).bind(2, delivery.communicationId).bind(3, delivery.generation);
    return st.step();
}

bool HoldDeliveries::finish(const HoldDelivery &delivery, const char *state, const QString &error, qint64 now)
{
    m_db.prepare("UPDATE rec.hold_deliveries SET state = ?4, attempts = attempts + 1, last_error = ?5, done_at = ?6 "
                 "WHERE hold_id = ?1 AND comm_id = ?2 AND generation = ?3 AND state = 'pending'")
        .bind(1, delivery.holdId)
        .bind(2, delivery.communicationId)
        .bind(3, delivery.generation)
        .bind(4, QString::fromLatin1(state))
        .bind(5, error)
        .bind(6, now)
        .run();
    return m_db.changes() > 0;
}

bool HoldDeliveries::confirm(const HoldDelivery &delivery, qint64 now)
{
    return finish(delivery, "confirmed", QString(), now);
}

bool HoldDeliveries::refuse(const HoldDelivery &delivery, const QString &reason, qint64 now)
{
    return finish(delivery, "refused", reason, now);
}

void HoldDeliveries::noteFailedAttempt(const HoldDelivery &delivery, const QString &error)
{
    m_db.prepare("UPDATE rec.hold_deliveries SET attempts = attempts + 1, last_error = ?3 "
                 "WHERE hold_id = ?1 AND comm_id = ?2 AND state = 'pending'")
        .bind(1, delivery.holdId)
        .bind(2, delivery.communicationId)
        .bind(3, error)
        .run();
}

void HoldDeliveries::noteWaiting(const HoldDelivery &delivery, const QString &why)
{
    m_db.prepare("UPDATE rec.hold_deliveries SET last_error = ?3 "
                 "WHERE hold_id = ?1 AND comm_id = ?2 AND state = 'pending' AND last_error IS NOT ?3")
        .bind(1, delivery.holdId)
        .bind(2, delivery.communicationId)
        .bind(3, why)
        .run();
}

} // namespace proofdesk::records
