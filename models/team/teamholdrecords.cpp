#include "teamholdrecords.h"

#include "cache/sqlite.h"
#include "pgconnection.h"
#include "records/holdregister.h"
#include "records/holdservice.h"
#include "records/recordserror.h"
#include "teamactor.h"
#include "teamauditrecords.h"
#include "teammirror.h"

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

TeamHoldRecords::TeamHoldRecords(TeamActor &actor, const TeamAuditRecords &audit)
    : m_actor(actor)
    , m_local(actor.local())
    , m_audit(audit)
{}

QStringList TeamHoldRecords::idsOf(const QList<QVariant> &keys, bool byRowId) const
{
    QStringList ids;
    ids.reserve(keys.size());
    if (!byRowId) {
        for (const QVariant &k : keys)
            ids << k.toString();
        return ids;
    }
    cache::Statement st = m_local.db().prepare("SELECT id FROM communications WHERE rowid = ?1");
    for (const QVariant &k : keys) {
        st.bind(1, k.toLongLong());
        if (st.step())
            ids << st.columnText(0);
        st.reset();
    }
    return ids;
}

records::HoldInfo TeamHoldRecords::createHold(const records::HoldSpec &spec, const records::HoldProgress &progress)
{
    m_actor.require(Action::ApplyHold, QStringLiteral("hold"));
    records::HoldService local(m_local);
    const records::HoldTargets t = local.resolve(spec);
    QStringList ids = idsOf(t.keys, t.byRowId);
    const qint64 total = ids.size();
    if (progress)
        progress(0, total);
    const QString id = records::HoldService::newHoldId();
    // A large hold goes up in chunks staged under its id (progress per chunk); the hold and
    // its items then appear in one transaction with one audit entry.
    constexpr qsizetype kChunk = 10000;
    if (ids.size() > kChunk) {
        for (qsizetype from = 0; from < ids.size(); from += kChunk) {
            m_actor.call(QStringLiteral("hold.create"), QStringLiteral("hold"), id,
                         QStringLiteral("SELECT proofdesk.stage_hold_items($1, $2, $3, $4)"),
                         {m_actor.roleText(), id, ids.mid(from, kChunk)});
            if (progress)
                progress(qMin<qint64>(from + kChunk, total), total);
        }
        ids.clear();
    }
    m_actor.call(QStringLiteral("hold.create"), QStringLiteral("hold"), id,
                 QStringLiteral("SELECT proofdesk.create_hold($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"),
                 {m_actor.roleText(), m_local.device(), id, t.name, spec.matter.trimmed(), t.reason, t.scopeColumn,
                  t.scopeValue, t.query, ids});
    if (progress)
        progress(total, total);
    if (m_actor.isOffline()) {
        records::HoldInfo pending;
        pending.id = id;
        pending.name = t.name;
        pending.matter = spec.matter.trimmed();
        pending.reason = t.reason;
        pending.scopeField = t.scopeColumn;
        pending.scopeValue = t.scopeValue;
        pending.scopeQuery = t.query;
        pending.createdBy = m_actor.user();
        pending.createdAt = m_local.now();
        pending.items = total;
        return pending; // applied (and sent to the repositories) when the server is back
    }
    TeamMirror(m_actor.server(), m_local.db()).refreshHolds();
    local.queueRevision(id);
    return *records::HoldRegister(m_local.db()).find(id);
}

qint64 TeamHoldRecords::addHoldItems(const QString &holdId, const QStringList &ids, const QString &reason,
                                     const records::HoldProgress &progress)
{
    m_actor.require(Action::ApplyHold, QStringLiteral("hold"), holdId);
    records::HoldService local(m_local);
    local.checkKnown(ids);
    QStringList trimmed;
    for (const QString &id : ids)
        trimmed << id.trimmed();
    const QJsonValue r = m_actor.call(QStringLiteral("hold.add"), QStringLiteral("hold"), holdId,
                                      QStringLiteral("SELECT proofdesk.add_hold_items($1, $2, $3, $4, $5, $6)"),
                                      {m_actor.roleText(), m_local.device(), holdId, trimmed, reason});
    if (m_actor.isOffline())
        return trimmed.size();
    TeamMirror(m_actor.server(), m_local.db()).refreshHolds();
    local.queueRevision(records::HoldRegister(m_local.db()).find(holdId)->id);
    if (progress)
        progress(ids.size(), ids.size());
    return r.toObject().value(QStringLiteral("count")).toInteger();
}

qint64 TeamHoldRecords::removeHoldItems(const QString &holdId, const QStringList &ids, const QString &reason)
{
    m_actor.require(Action::ApplyHold, QStringLiteral("hold"), holdId);
    const QJsonValue r = m_actor.call(QStringLiteral("hold.remove"), QStringLiteral("hold"), holdId,
                                      QStringLiteral("SELECT proofdesk.remove_hold_items($1, $2, $3, $4, $5, $6)"),
                                      {m_actor.roleText(), m_local.device(), holdId, ids, reason});
    if (m_actor.isOffline())
        return 0; // how many were held is known when the server applies it
    TeamMirror(m_actor.server(), m_local.db()).refreshHolds();
    records::HoldService(m_local).queueRevision(records::HoldRegister(m_local.db()).find(holdId)->id);
    return r.toObject().value(QStringLiteral("count")).toInteger();
}

records::HoldInfo TeamHoldRecords::releaseHold(const QString &holdId, const QString &reason)
{
    m_actor.require(Action::ReleaseHold, QStringLiteral("hold"), holdId);
    m_actor.call(QStringLiteral("hold.release"), QStringLiteral("hold"), holdId,
                 QStringLiteral("SELECT proofdesk.release_hold($1, $2, $3, $4, $5)"),
                 {m_actor.roleText(), m_local.device(), holdId, reason});
    if (m_actor.isOffline()) {
        std::optional<records::HoldInfo> copy = records::HoldRegister(m_local.db()).find(holdId);
        if (!copy)
            throw RecordsError(RecordsError::Kind::NotFound,
                               QStringLiteral("There is no legal hold %1 here.").arg(holdId));
        return *copy; // released when the server is back
    }
    TeamMirror(m_actor.server(), m_local.db()).refreshHolds();
    const records::HoldInfo released = *records::HoldRegister(m_local.db()).find(holdId);
    records::HoldService(m_local).queueRevision(released.id);
    return released;
}

QList<records::HoldInfo> TeamHoldRecords::list() const
{
    refreshIfReachable([this] { TeamMirror(m_actor.server(), m_local.db()).refreshHolds(); });
    return records::HoldRegister(m_local.db()).list();
}

std::optional<records::HoldInfo> TeamHoldRecords::findHold(const QString &holdId) const
{
    refreshIfReachable([this] { TeamMirror(m_actor.server(), m_local.db()).refreshHolds(); });
    return records::HoldRegister(m_local.db()).find(holdId);
}

// Deliveries to repository objects are made from this desktop's own queue (the acting
// desktop sends what it queued), so the local copy tells.
QList<records::HoldRefusal> TeamHoldRecords::holdRefusals(const QString &holdId, int limit) const
{
    return records::holdRefusals(m_local.db(), holdId, limit);
}

QStringList TeamHoldRecords::holdMembers(const QString &holdId) const
{
    refreshIfReachable([this] { TeamMirror(m_actor.server(), m_local.db()).refreshHolds(); });
    return records::HoldRegister(m_local.db()).memberIds(holdId);
}

QList<audit::AuditEntry> TeamHoldRecords::holdHistory(const QString &holdId) const
{
    audit::AuditFilter filter;
    filter.objectType = QStringLiteral("hold");
    filter.objectId = holdId;
    return m_audit.entriesOf(filter);
}

int TeamHoldRecords::resume()
{
    // Holds this login created or released whose current revision this desk never queued for
    // its repositories: the process died after the team database committed (kill -9, power).
    const PgResult mine = m_actor.server().exec(QStringLiteral(
        "SELECT id, revision FROM proofdesk.holds WHERE created_by = session_user OR released_by = session_user"));
    if (mine.rows() == 0)
        return 0;
    TeamMirror(m_actor.server(), m_local.db()).refreshHolds();
    cache::Statement queued = m_local.db().prepare(
        "SELECT EXISTS (SELECT 1 FROM rec.outbox WHERE kind = 'hold' AND object_id = ?1 AND id LIKE ?2 ESCAPE '\\') "
        "OR EXISTS (SELECT 1 FROM rec.hold_deliveries WHERE hold_id = ?1 AND revision >= ?3)");
    records::HoldService local(m_local);
    int resumed = 0;
    for (int row = 0; row < mine.rows(); ++row) {
        const QString id = mine.text(row, 0);
        const qint64 revision = mine.integer(row, 1);
        QString prefix = QStringLiteral("%1.r%2.repo").arg(id).arg(revision);
        prefix.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        queued.bind(1, id).bind(2, prefix + QLatin1Char('%')).bind(3, revision);
        const bool done = queued.step() && queued.columnInt(0);
        queued.reset();
        if (done || !records::HoldRegister(m_local.db()).find(id))
            continue;
        const auto queuedRows = [&] {
            cache::Statement st =
                m_local.db().prepare("SELECT count(*) FROM rec.outbox WHERE kind = 'hold' AND object_id = ?1");
            st.bind(1, id);
            return st.step() ? st.columnInt(0) : 0;
        };
        const qint64 before = queuedRows();
        local.queueRevision(id);
        resumed += queuedRows() > before ? 1 : 0; // a hold on nothing this desk has queues nothing
    }
    return resumed;
}

} // namespace proofdesk::team
