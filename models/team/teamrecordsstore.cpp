#include "teamrecordsstore.h"

#include "audit/canonicaljson.h"
#include "cache/sqlite.h"
#include "pgconnection.h"
#include "records/disposition.h"
#include "records/holdregister.h"
#include "records/holdservice.h"
#include "records/holdsql.h"
#include "records/recordserror.h"
#include "records/reissueservice.h"
#include "records/reissuestore.h"
#include "records/retention.h"
#include "teamauditverifier.h"
#include "teamoutbox.h"
#include "teammirror.h"
#include "teamrequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUuid>

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

namespace {

QString canonicalText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    std::string text;
    audit::canonical::appendValue(text, value);
    return QString::fromStdString(text);
}

QString newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QByteArray jsonBytes(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QByteArray() : v.toString().toUtf8();
}

audit::AuditEntry entryFromJson(const QJsonObject &o)
{
    audit::AuditEntry e;
    e.seq = o.value(QStringLiteral("seq")).toInteger();
    e.at = o.value(QStringLiteral("at")).toInteger();
    e.user = o.value(QStringLiteral("user")).toString();
    e.role = o.value(QStringLiteral("role")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.objectType = o.value(QStringLiteral("object_type")).toString();
    e.objectId = o.value(QStringLiteral("object_id")).toString();
    e.reason = o.value(QStringLiteral("reason")).toString();
    e.before = jsonBytes(o.value(QStringLiteral("before")));
    e.after = jsonBytes(o.value(QStringLiteral("after")));
    e.device = o.value(QStringLiteral("device")).toString();
    e.prevHash = o.value(QStringLiteral("prev_hash")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    return e;
}

enum AuditColumn { Seq, At, User, Role, ActionName, Outcome, Type, Id, Reason, Before, After, Device, Prev, Hash };
const char kAuditColumns[] = "seq, at, \"user\", role, action, outcome, object_type, object_id, reason, before, "
                             "after, device, prev_hash, hash";

audit::AuditEntry entryFromRow(const PgResult &r, int row)
{
    audit::AuditEntry e;
    e.seq = r.integer(row, Seq);
    e.at = r.integer(row, At);
    e.user = r.text(row, User);
    e.role = r.text(row, Role);
    e.action = r.text(row, ActionName);
    e.outcome = r.text(row, Outcome);
    e.objectType = r.text(row, Type);
    e.objectId = r.text(row, Id);
    e.reason = r.text(row, Reason);
    e.before = r.isNull(row, Before) ? QByteArray() : QByteArray(r.data(row, Before), r.size(row, Before));
    e.after = r.isNull(row, After) ? QByteArray() : QByteArray(r.data(row, After), r.size(row, After));
    e.device = r.text(row, Device);
    e.prevHash = r.text(row, Prev);
    e.hash = r.text(row, Hash);
    return e;
}

RecordsError recordsErrorOf(const TeamError &e)
{
    switch (e.kind()) {
    case TeamError::Kind::Refused:
        return RecordsError(RecordsError::Kind::Refused, e.message());
    case TeamError::Kind::NotFound:
        return RecordsError(RecordsError::Kind::NotFound, e.message());
    default:
        return RecordsError(RecordsError::Kind::Invalid, e.message());
    }
}

TeamRecordsStore::CallHook &callHook()
{
    static TeamRecordsStore::CallHook hook;
    return hook;
}

} // namespace

TeamRecordsStore::TeamRecordsStore(Connect connect, std::unique_ptr<PgConnection> connection, records::Role role,
                                   const records::RecordsSession &local, QString dataDir)
    : m_connect(std::move(connect))
    , m_connection(std::move(connection))
    , m_role(role)
    , m_local(local)
    , m_dataDir(std::move(dataDir))
{
}

TeamRecordsStore::~TeamRecordsStore() = default;

QString TeamRecordsStore::user() const { return m_offline ? m_offlineLogin : server().user(); }

void TeamRecordsStore::goOffline(const QString &login, const QString &why)
{
    m_offline = true;
    m_offlineLogin = login;
    m_offlineReason = why;
    m_connection.reset();
}

void TeamRecordsStore::needsServer(const QString &what) const
{
    throw RecordsError(RecordsError::Kind::Invalid,
                       QStringLiteral("%1 needs the team database, which cannot be reached: %2").arg(what, m_offlineReason));
}

PgConnection &TeamRecordsStore::server() const
{
    if (m_offline) // reads fall back to the local copy (refreshIfReachable); the rest says why
        throw TeamError(TeamError::Kind::Unreachable,
                        QStringLiteral("The team database cannot be reached: %1").arg(m_offlineReason));
    if (!m_connection || !m_connection->isOpen())
        m_connection = m_connect();
    return *m_connection;
}
QString TeamRecordsStore::roleText() const { return records::roleName(m_role); }

void TeamRecordsStore::recordRefusal(const QString &action, const QString &objectType, const QString &objectId,
                                     const QString &message) const
{
    const QString sql = QStringLiteral("SELECT proofdesk.record($1, $2, $3, 'refused', $4, $5, $6, NULL, NULL, $7)");
    const QVariantList params{newKey(), roleText(), action, objectType, objectId, message, m_local.device()};
    if (m_offline) {
        TeamOutbox(m_local.db()).enqueue(user(), roleText(), action, objectType, objectId, sql, params, m_local.now());
        return;
    }
    try {
        server().exec(sql, params);
    } catch (const TeamError &) {
        // The refusal stands even when it cannot be recorded (the server is gone).
    }
}

void TeamRecordsStore::require(Action action, const QString &objectType, const QString &objectId) const
{
    const records::AccessDecision decision = records::AccessPolicy::check(user(), m_role, action);
    if (decision.allowed)
        return;
    recordRefusal(records::actionName(action), objectType, objectId, decision.message);
    throw RecordsError(RecordsError::Kind::Refused, decision.message);
}

QJsonValue TeamRecordsStore::call(const QString &action, const QString &objectType, const QString &objectId,
                                  const QString &sql, QVariantList params) const
{
    params.prepend(newKey()); // the same key on every attempt: the server applies it once
    if (m_offline) {
        TeamOutbox(m_local.db()).enqueue(user(), roleText(), action, objectType, objectId, sql, params, m_local.now());
        ++m_queuedOffline;
        return QJsonValue();
    }
    for (int attempt = 0;; ++attempt) {
        try {
            if (callHook())
                callHook()(sql, false);
            QJsonValue result = server().callJson(sql, params);
            if (callHook())
                callHook()(sql, true);
            return result;
        } catch (const TeamError &e) {
            if (e.kind() == TeamError::Kind::Unreachable) {
                if (attempt >= 4)
                    throw;
                QThread::msleep(250u << attempt); // 0.25 s … 2 s: a restarting server comes back
                m_connection.reset();
                continue;
            }
            if (e.kind() == TeamError::Kind::Failed)
                throw;
            // Refusals and conflicts (released meanwhile, approved by someone else) are shown
            // and recorded, never dropped.
            if (e.kind() == TeamError::Kind::Refused || e.kind() == TeamError::Kind::Conflict)
                recordRefusal(action, objectType, objectId, e.message());
            throw recordsErrorOf(e);
        }
    }
}

audit::AuditEntry TeamRecordsStore::record(const QString &action, const QString &objectType, const QString &objectId,
                                           const QString &reason, const QJsonValue &before, const QJsonValue &after)
{
    const QJsonValue row = call(action, objectType, objectId,
                                QStringLiteral("SELECT proofdesk.record($1, $2, $3, 'done', $4, $5, $6, $7, $8, $9)"),
                                {roleText(), action, objectType, objectId, reason, canonicalText(before),
                                 canonicalText(after), m_local.device()});
    if (m_offline) { // recorded when the server is back; its place in the chain is the server's
        audit::AuditEntry e;
        e.user = user();
        e.role = roleText();
        e.action = action;
        e.objectType = objectType;
        e.objectId = objectId;
        e.reason = reason;
        e.at = m_local.now();
        return e;
    }
    return entryFromJson(row.toObject());
}

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
                 QStringLiteral("SELECT proofdesk.stage_hold_items($1, $2, $3, $4)"), {roleText(), id, ids.mid(from, kChunk)});
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
            throw RecordsError(RecordsError::Kind::NotFound, QStringLiteral("There is no legal hold %1 here.").arg(holdId));
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

QStringList TeamRecordsStore::holdMembers(const QString &holdId) const
{
    refreshIfReachable([this] { TeamMirror(server(), m_local.db()).refreshHolds(); });
    return records::HoldRegister(m_local.db()).memberIds(holdId);
}

QList<audit::AuditEntry> TeamRecordsStore::holdHistory(const QString &holdId) const
{
    audit::AuditFilter filter;
    filter.objectType = QStringLiteral("hold");
    filter.objectId = holdId;
    QList<audit::AuditEntry> out;
    scanAudit(filter, [&out](const PgResult &r, int row) { out.append(entryFromRow(r, row)); });
    return out;
}

records::ReissueRequest TeamRecordsStore::afterReissueChange(const QString &id, const QJsonValue &,
                                                             const records::ReissueRequest *draft)
{
    if (m_offline) {
        // What the person asked for, as this desk knows it; the team decides when it arrives.
        records::ReissueRequest r = draft ? *draft : records::ReissueStore(m_local.db()).find(id).value_or(records::ReissueRequest{});
        r.id = id;
        r.status = QStringLiteral("offline");
        return r;
    }
    TeamMirror(server(), m_local.db()).refreshReissues();
    records::ReissueRequest r = *records::ReissueStore(m_local.db()).find(id);
    if (r.status == QLatin1String("approved")) {
        // This desktop sends it: into its outbox for the repository, then "queued" for all.
        records::ReissueService(m_local).enqueue(r);
        call(QStringLiteral("reissue.queue"), QStringLiteral("reissue"), id,
             QStringLiteral("SELECT proofdesk.advance_reissue($1, $2, $3, 'queued', NULL)"), {m_local.device(), id});
        TeamMirror(server(), m_local.db()).refreshReissues();
        r = *records::ReissueStore(m_local.db()).find(id);
    }
    return r;
}

records::ReissueRequest TeamRecordsStore::requestReissue(const records::ReissueSpec &spec)
{
    require(Action::RequestReissue, QStringLiteral("communication"), spec.communicationId);
    const records::ReissueRequest draft = records::ReissueService(m_local).draft(spec);
    return afterReissueChange(draft.id, call(QStringLiteral("reissue.request"), QStringLiteral("reissue"), draft.id,
                                   QStringLiteral("SELECT proofdesk.request_reissue($1, $2, $3, $4::jsonb)"),
                                   {roleText(), m_local.device(), reissueRequestJson(draft)}),
                              &draft);
}

records::ReissueRequest TeamRecordsStore::approveReissue(const QString &requestId, const QString &note)
{
    require(Action::ApproveReissue, QStringLiteral("reissue"), requestId);
    return afterReissueChange(requestId, call(QStringLiteral("reissue.approve"), QStringLiteral("reissue"), requestId,
                                   QStringLiteral("SELECT proofdesk.approve_reissue($1, $2, $3, $4, $5)"),
                                   {roleText(), m_local.device(), requestId, note}));
}

records::ReissueRequest TeamRecordsStore::rejectReissue(const QString &requestId, const QString &note)
{
    require(Action::ApproveReissue, QStringLiteral("reissue"), requestId);
    return afterReissueChange(requestId, call(QStringLiteral("reissue.reject"), QStringLiteral("reissue"), requestId,
                                   QStringLiteral("SELECT proofdesk.reject_reissue($1, $2, $3, $4, $5)"),
                                   {roleText(), m_local.device(), requestId, note}));
}

records::ReissueRequest TeamRecordsStore::withdrawReissue(const QString &requestId, const QString &reason)
{
    const auto existing = findReissue(requestId);
    const bool own = existing && existing->requestedBy.compare(user(), Qt::CaseInsensitive) == 0;
    require(own ? Action::RequestReissue : Action::ApproveReissue, QStringLiteral("reissue"), requestId);
    return afterReissueChange(requestId, call(QStringLiteral("reissue.cancel"), QStringLiteral("reissue"), requestId,
                                   QStringLiteral("SELECT proofdesk.cancel_reissue($1, $2, $3, $4, $5)"),
                                   {roleText(), m_local.device(), requestId, reason}));
}

QList<records::ReissueRequest> TeamRecordsStore::reissues(const QString &status, const QString &communicationId) const
{
    refreshIfReachable([this] { TeamMirror(server(), m_local.db()).refreshReissues(); });
    return records::ReissueStore(m_local.db()).list(status, communicationId);
}

std::optional<records::ReissueRequest> TeamRecordsStore::findReissue(const QString &requestId) const
{
    refreshIfReachable([this] { TeamMirror(server(), m_local.db()).refreshReissues(); });
    return records::ReissueStore(m_local.db()).find(requestId);
}

QList<records::EligibleItem> TeamRecordsStore::dispositionReview(int limit)
{
    require(Action::ReviewDisposition, QStringLiteral("disposition"));
    refreshIfReachable([this] { TeamMirror(server(), m_local.db()).refreshHolds(); });
    return records::DispositionService(m_local, m_dataDir).review(limit);
}

records::DispositionResult TeamRecordsStore::approveDisposition(const QStringList &ids, const QString &reason)
{
    require(Action::ApproveDisposition, QStringLiteral("disposition"));
    if (m_offline) // a decision against holds as they are now, on the team: never from a stale copy
        needsServer(QStringLiteral("Approving a disposition"));
    // The team database decides, against every hold of the team (by item, and by scope with
    // the business keys this cache has); this desktop then purges what it holds.
    QJsonObject keys;
    const QStringList fields = records::holdsql::scopeFields();
    cache::Statement st = m_local.db().prepare(
        QStringLiteral("SELECT %1 FROM communications WHERE id = ?1").arg(fields.join(QLatin1String(", "))));
    for (const QString &id : ids) {
        st.bind(1, id.trimmed());
        if (st.step()) {
            QJsonObject k;
            for (int c = 0; c < fields.size(); ++c)
                if (!st.columnText(c).isEmpty())
                    k.insert(fields.at(c), st.columnText(c));
            keys.insert(id.trimmed(), k);
        }
        st.reset();
    }
    QStringList trimmed;
    for (const QString &id : ids)
        trimmed << id.trimmed();
    const QString batch = QStringLiteral("DISP-") + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper();
    const QJsonObject decided =
        call(QStringLiteral("disposition.approve"), QStringLiteral("disposition"), batch,
             QStringLiteral("SELECT proofdesk.decide_disposition($1, $2, $3, $4, $5, $6::jsonb, $7)"),
             {roleText(), m_local.device(), batch, trimmed,
              QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)), reason})
            .toObject();
    TeamMirror(server(), m_local.db()).refreshHolds();
    QStringList accepted;
    for (const QJsonValue &v : decided.value(QStringLiteral("disposed")).toArray())
        accepted << v.toString();
    QList<QPair<QString, QString>> skipped;
    for (const QJsonValue &v : decided.value(QStringLiteral("skipped")).toArray())
        skipped.append({v[QStringLiteral("id")].toString(), v[QStringLiteral("why")].toString()});
    if (accepted.isEmpty()) {
        QStringList reasons;
        for (const auto &s : skipped)
            reasons << s.second;
        throw RecordsError(RecordsError::Kind::Refused,
                           QStringLiteral("Nothing was disposed of: %1.").arg(reasons.join(QLatin1String("; "))));
    }
    records::DispositionResult result = records::DispositionService(m_local, m_dataDir).approve(accepted, reason);
    result.skipped = skipped + result.skipped;
    return result;
}

qint64 TeamRecordsStore::heldEligibleCount() const
{
    refreshIfReachable([this] { TeamMirror(server(), m_local.db()).refreshHolds(); });
    return records::Retention(m_local.db()).heldEligibleCount(m_local.now());
}

void TeamRecordsStore::scopeAuditFilter(audit::AuditFilter &filter, bool *ownOnly) const
{
    const bool everyone = records::AccessPolicy::permits(m_role, Action::ViewAuditTrail);
    require(everyone ? Action::ViewAuditTrail : Action::ViewOwnAuditEntries, QStringLiteral("audit"));
    if (!everyone)
        filter.user = user(); // whatever the caller asked for (and the server's row security agrees)
    if (ownOnly)
        *ownOnly = !everyone;
}

// Reads entries in pages through a cursor (a million entries never sit in memory at once).
template<typename Visit>
void TeamRecordsStore::scanAudit(const audit::AuditFilter &filter, Visit visit) const
{
    if (m_offline)
        needsServer(QStringLiteral("Reading the audit trail"));
    QStringList where{QStringLiteral("seq > $1")};
    QVariantList params{filter.afterSeq};
    const auto add = [&](const QString &condition, const QVariant &value) {
        params << value;
        where << QString(condition).replace(QLatin1String("$?"), QStringLiteral("$%1").arg(params.size()));
    };
    if (!filter.user.isEmpty())
        add(QStringLiteral("lower(\"user\") = lower($?)"), filter.user);
    if (filter.action.endsWith(QLatin1Char('.')))
        add(QStringLiteral("starts_with(action, $?)"), filter.action);
    else if (!filter.action.isEmpty())
        add(QStringLiteral("action = $?"), filter.action);
    if (!filter.objectType.isEmpty())
        add(QStringLiteral("object_type = $?"), filter.objectType);
    if (!filter.objectId.isEmpty())
        add(QStringLiteral("lower(object_id) = lower($?)"), filter.objectId);
    if (filter.from)
        add(QStringLiteral("at >= $?"), *filter.from);
    if (filter.to)
        add(QStringLiteral("at < $?"), *filter.to);
    QString sql = QStringLiteral("DECLARE audit_scan NO SCROLL CURSOR FOR SELECT %1 FROM proofdesk.audit_entries WHERE %2 "
                                 "ORDER BY seq")
                      .arg(QLatin1String(kAuditColumns), where.join(QLatin1String(" AND ")));
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    PgTransaction tx(server());
    server().exec(sql, params);
    for (;;) {
        const PgResult page = server().exec(QStringLiteral("FETCH 20000 FROM audit_scan"));
        for (int row = 0; row < page.rows(); ++row)
            visit(page, row);
        if (page.rows() < 20000)
            break;
    }
    tx.commit();
}

QList<audit::AuditEntry> TeamRecordsStore::auditEntries(audit::AuditFilter filter, bool *ownOnly)
{
    scopeAuditFilter(filter, ownOnly);
    QList<audit::AuditEntry> out;
    scanAudit(filter, [&out](const PgResult &r, int row) { out.append(entryFromRow(r, row)); });
    return out;
}

qint64 TeamRecordsStore::exportAudit(QIODevice &out, audit::AuditFilter filter, bool *ownOnly)
{
    scopeAuditFilter(filter, ownOnly);
    qint64 written = 0;
    std::string line;
    scanAudit(filter, [&](const PgResult &r, int row) {
        line.clear();
        audit::canonical::appendValue(line, entryFromRow(r, row).toJson());
        line.push_back('\n');
        if (out.write(line.data(), qint64(line.size())) != qint64(line.size()))
            throw RecordsError(RecordsError::Kind::Invalid,
                               QStringLiteral("Cannot write the audit export: %1").arg(out.errorString()));
        ++written;
    });
    return written;
}

qint64 TeamRecordsStore::auditCount() const
{
    if (m_offline)
        needsServer(QStringLiteral("Counting the audit trail"));
    return server().exec(QStringLiteral("SELECT proofdesk.audit_head_seq()")).integer(0, 0);
}

audit::VerifyResult TeamRecordsStore::verifyAudit(const std::function<void(qint64)> &progress,
                                                  const std::atomic_bool *cancel)
{
    if (m_offline)
        needsServer(QStringLiteral("Verifying the audit trail"));
    require(Action::ViewAuditTrail, QStringLiteral("audit"));
    const audit::VerifyResult v = verifyTeamChain(server(), progress, cancel);
    record(QStringLiteral("audit.verify"), QStringLiteral("audit"), QString(), QString(), {},
           QJsonObject{{QStringLiteral("entries"), v.entries},
                       {QStringLiteral("ok"), v.ok},
                       {QStringLiteral("first_bad_seq"), v.ok ? QJsonValue() : QJsonValue(v.firstBadSeq)}});
    return v;
}

audit::AuditAnchor TeamRecordsStore::auditAnchor()
{
    if (m_offline)
        needsServer(QStringLiteral("Anchoring the audit trail"));
    require(Action::ViewAuditTrail, QStringLiteral("audit"));
    // The entry that records the anchor is the head returned: the anchor covers itself.
    const audit::AuditEntry e = entryFromJson(
        call(QStringLiteral("audit.anchor"), QStringLiteral("audit"), QString(),
             QStringLiteral("SELECT proofdesk.anchor($1, $2, $3)"), {roleText(), m_local.device()})
            .toObject());
    return {e.seq, e.hash};
}

std::optional<QString> TeamRecordsStore::auditEntryHash(qint64 seq) const
{
    if (m_offline)
        needsServer(QStringLiteral("Reading the audit trail"));
    require(Action::ViewAuditTrail, QStringLiteral("audit"));
    const PgResult r = server().exec(QStringLiteral("SELECT hash FROM proofdesk.audit_entries WHERE seq = $1"), {seq});
    if (r.rows() == 0)
        return std::nullopt;
    return r.text(0, 0);
}

void TeamRecordsStore::setCallHook(CallHook hook) { callHook() = std::move(hook); }

int TeamRecordsStore::resumeApproved()
{
    if (m_offline)
        return 0;
    const PgResult stuck = server().exec(QStringLiteral(
        "SELECT id FROM proofdesk.reissue_requests WHERE status = 'approved' AND "
        "(approved_by = session_user OR (requested_by = session_user AND NOT needs_approval))"));
    int resumed = 0;
    for (int row = 0; row < stuck.rows(); ++row) {
        const QString id = stuck.text(row, 0);
        const qint64 queued = [&] {
            cache::Statement st = m_local.db().prepare("SELECT count(*) FROM rec.outbox WHERE kind = 'reissue' AND id = ?1");
            st.bind(1, id);
            return st.step() ? st.columnInt(0) : 0;
        }();
        TeamMirror(server(), m_local.db()).refreshReissues();
        const auto request = records::ReissueStore(m_local.db()).find(id);
        if (!request)
            continue;
        if (!queued)
            records::ReissueService(m_local).enqueue(*request);
        call(QStringLiteral("reissue.queue"), QStringLiteral("reissue"), id,
             QStringLiteral("SELECT proofdesk.advance_reissue($1, $2, $3, 'queued', NULL)"), {m_local.device(), id});
        ++resumed;
    }
    if (resumed)
        TeamMirror(server(), m_local.db()).refreshReissues();
    return resumed;
}

records::FlushReport TeamRecordsStore::flushOutbox()
{
    const records::FlushReport report = records::OutboxDispatcher(m_local).flush();
    if (report.sent)
        refreshIfReachable([this] { TeamMirror(server(), m_local.db()).refreshAll(m_local.device()); });
    return report;
}

} // namespace proofdesk::team
