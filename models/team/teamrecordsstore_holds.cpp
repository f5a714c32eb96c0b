// Legal holds on the team database (records role), and their local copy.
#include "cache/sqlite.h"
#include "records/holdregister.h"
#include "records/holdservice.h"
#include "records/recordserror.h"
#include "teammirror.h"
#include "teamrecordsstore.h"

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

QStringList TeamRecordsStore::idsOf(const QList<QVariant> &keys, bool byRowId) const
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

records::HoldInfo TeamRecordsStore::createHold(const records::HoldSpec &spec, const records::HoldProgress &progress)
{
    require(Action::ApplyHold, QStringLiteral("hold"));
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
            call(QStringLiteral("hold.create"), QStringLiteral("hold"), id,
                 QStringLiteral("SELECT proofdesk.stage_hold_items($1, $2, $3, $4)"),
                 {roleText(), id, ids.mid(from, kChunk)});
            if (progress)
                progress(qMin<qint64>(from + kChunk, total), total);
        }
        ids.clear();
    }
    call(QStringLiteral("hold.create"), QStringLiteral("hold"), id,
         QStringLiteral("SELECT proofdesk.create_hold($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"),
         {roleText(), m_local.device(), id, t.name, spec.matter.trimmed(), t.reason, t.scopeColumn, t.scopeValue,
          t.query, ids});
    if (progress)
        progress(total, total);
    if (m_offline) {
        records::HoldInfo pending;
        pending.id = id;
        pending.name = t.name;
        pending.matter = spec.matter.trimmed();
        pending.reason = t.reason;
        pending.scopeField = t.scopeColumn;
        pending.scopeValue = t.scopeValue;
        pending.scopeQuery = t.query;
        pending.createdBy = user();
        pending.createdAt = m_local.now();
        pending.items = total;
        return pending; // applied (and sent to the repositories) when the server is back
    }
    TeamMirror(server(), m_local.db()).refreshHolds();
    local.queueRevision(id);
    return *records::HoldRegister(m_local.db()).find(id);
}

qint64 TeamRecordsStore::addHoldItems(const QString &holdId, const QStringList &ids, const QString &reason,
                                      const records::HoldProgress &progress)
{
    require(Action::ApplyHold, QStringLiteral("hold"), holdId);
    records::HoldService local(m_local);
    local.checkKnown(ids);
    QStringList trimmed;
    for (const QString &id : ids)
        trimmed << id.trimmed();
    const QJsonValue r = call(QStringLiteral("hold.add"), QStringLiteral("hold"), holdId,
                              QStringLiteral("SELECT proofdesk.add_hold_items($1, $2, $3, $4, $5, $6)"),
                              {roleText(), m_local.device(), holdId, trimmed, reason});
    if (m_offline)
        return trimmed.size();
    TeamMirror(server(), m_local.db()).refreshHolds();
    local.queueRevision(records::HoldRegister(m_local.db()).find(holdId)->id);
    if (progress)
        progress(ids.size(), ids.size());
    return r.toObject().value(QStringLiteral("count")).toInteger();
}

qint64 TeamRecordsStore::removeHoldItems(const QString &holdId, const QStringList &ids, const QString &reason)
{
    require(Action::ApplyHold, QStringLiteral("hold"), holdId);
    const QJsonValue r = call(QStringLiteral("hold.remove"), QStringLiteral("hold"), holdId,
                              QStringLiteral("SELECT proofdesk.remove_hold_items($1, $2, $3, $4, $5, $6)"),
                              {roleText(), m_local.device(), holdId, ids, reason});
    if (m_offline)
        return 0; // how many were held is known when the server applies it
    TeamMirror(server(), m_local.db()).refreshHolds();
    records::HoldService(m_local).queueRevision(records::HoldRegister(m_local.db()).find(holdId)->id);
    return r.toObject().value(QStringLiteral("count")).toInteger();
}

records::HoldInfo TeamRecordsStore::releaseHold(const QString &holdId, const QString &reason)
{
    require(Action::ReleaseHold, QStringLiteral("hold"), holdId);
    call(QStringLiteral("hold.release"), QStringLiteral("hold"), holdId,
         QStringLiteral("SELECT proofdesk.release_hold($1, $2, $3, $4, $5)"),
         {roleText(), m_local.device(), holdId, reason});
    if (m_offline) {
        std::optional<records::HoldInfo> copy = records::HoldRegister(m_local.db()).find(holdId);
        if (!copy)
            throw RecordsError(RecordsError::Kind::NotFound,
                               QStringLiteral("There is no legal hold %1 here.").arg(holdId));
        return *copy; // released when the server is back
    }
    TeamMirror(server(), m_local.db()).refreshHolds();
    const records::HoldInfo released = *records::HoldRegister(m_local.db()).find(holdId);
    records::HoldService(m_local).queueRevision(released.id);
    return released;
}

QList<records::HoldInfo> TeamRecordsStore::holds() const
{
    refreshIfReachable([this] { TeamMirror(server(), m_local.db()).refreshHolds(); });
    return records::HoldRegister(m_local.db()).list();
}

std::optional<records::HoldInfo> TeamRecordsStore::findHold(const QString &holdId) const
{
    refreshIfReachable([this] { TeamMirror(server(), m_local.db()).refreshHolds(); });
    return records::HoldRegister(m_local.db()).find(holdId);
}

// Deliveries to repository objects are made from this desktop's own queue (the acting
// desktop sends what it queued), so the local copy tells.
QList<records::HoldRefusal> TeamRecordsStore::holdRefusals(const QString &holdId, int limit) const
{
    return records::holdRefusals(m_local.db(), holdId, limit);
}

QStringList TeamRecordsStore::holdMembers(const QString &holdId) const
{
    refreshIfReachable([this] { TeamMirror(server(), m_local.db()).refreshHolds(); });
    return records::HoldRegister(m_local.db()).memberIds(holdId);
}

} // namespace proofdesk::team
