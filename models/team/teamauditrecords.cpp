#include "teamauditrecords.h"

#include "audit/canonicaljson.h"
#include "pgconnection.h"
#include "records/recordserror.h"
#include "records/relatedobjects.h"
#include "teamactor.h"
#include "teamauditverifier.h"
#include "teamentries.h"

#include <QJsonObject>

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

namespace {

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

} // namespace

TeamAuditRecords::TeamAuditRecords(TeamActor &actor)
    : m_actor(actor)
    , m_local(actor.local())
{}

// Reads entries in pages through a cursor (a million entries never sit in memory at once).
template <typename Visit> void TeamAuditRecords::scanAudit(const audit::AuditFilter &filter, Visit visit) const
{
    if (m_actor.isOffline())
        m_actor.needsServer(QStringLiteral("Reading the audit trail"));
    QStringList where{QStringLiteral("seq > $1")};
    QVariantList params{filter.afterSeq};
    const auto add = [&](const QString &condition, const QVariant &value) {
        params << value;
        where << QString(condition).replace(QLatin1String("$?"), QStringLiteral("$%1").arg(params.size()));
    };
    if (!filter.user.isEmpty())
        add(QStringLiteral("proofdesk.fold(\"user\") = proofdesk.fold($?)"), filter.user);
    if (filter.actionPrefix || filter.action.endsWith(QLatin1Char('.')))
        add(QStringLiteral("starts_with(action, $?)"), filter.action);
    else if (!filter.action.isEmpty())
        add(QStringLiteral("action = $?"), filter.action);
    if (!filter.objectType.isEmpty())
        add(QStringLiteral("object_type = $?"), filter.objectType);
    if (!filter.objectId.isEmpty())
        add(QStringLiteral("proofdesk.fold(object_id) = proofdesk.fold($?)"), filter.objectId);
    if (filter.from)
        add(QStringLiteral("at >= $?"), *filter.from);
    if (filter.to)
        add(QStringLiteral("at < $?"), *filter.to);
    QStringList anyOf;
    for (const audit::AuditObject &o : filter.objects) {
        params << (o.type.isEmpty() ? QVariant() : QVariant(o.type)) << o.id;
        anyOf << QStringLiteral(
                     "(($%1::text IS NULL OR object_type = $%1) AND proofdesk.fold(object_id) = proofdesk.fold($%2))")
                     .arg(params.size() - 1)
                     .arg(params.size());
    }
    if (!anyOf.isEmpty())
        where << QLatin1Char('(') + anyOf.join(QLatin1String(" OR ")) + QLatin1Char(')');
    QString sql = QStringLiteral("SELECT %1 FROM proofdesk.audit_entries WHERE %2 ORDER BY seq")
                      .arg(QLatin1String(kAuditColumns), where.join(QLatin1String(" AND ")));
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    m_actor.server().forEachRow(sql, params, [&](const PgResult &page, int row) {
        visit(page, row);
        return true;
    });
}

void TeamAuditRecords::scopeAuditFilter(audit::AuditFilter &filter, bool *ownOnly) const
{
    const bool everyone = records::AccessPolicy::permits(m_actor.actingRole(), Action::ViewAuditTrail);
    m_actor.require(everyone ? Action::ViewAuditTrail : Action::ViewOwnAuditEntries, QStringLiteral("audit"));
    if (!everyone)
        filter.user = m_actor.user(); // whatever the caller asked for (and the server's row security agrees)
    if (ownOnly)
        *ownOnly = !everyone;
}

QList<audit::AuditEntry> TeamAuditRecords::auditEntries(audit::AuditFilter filter, bool *ownOnly)
{
    scopeAuditFilter(filter, ownOnly);
    QList<audit::AuditEntry> out;
    scanAudit(filter, [&out](const PgResult &r, int row) { out.append(entryFromRow(r, row)); });
    return out;
}

// The team's holds and reissue requests are mirrored in this folder's records.
QList<audit::AuditObject> TeamAuditRecords::objectsAbout(const QString &communicationId) const
{
    return records::objectsAboutCommunication(m_local.db(), communicationId);
}

qint64 TeamAuditRecords::exportAudit(QIODevice &out, audit::AuditFilter filter, bool *ownOnly)
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

qint64 TeamAuditRecords::auditCount() const
{
    if (m_actor.isOffline())
        m_actor.needsServer(QStringLiteral("Counting the audit trail"));
    return m_actor.server().exec(QStringLiteral("SELECT proofdesk.audit_head_seq()")).integer(0, 0);
}

audit::VerifyResult TeamAuditRecords::verifyAudit(const std::function<void(qint64)> &progress,
                                                  const std::atomic_bool *cancel)
{
    if (m_actor.isOffline())
        m_actor.needsServer(QStringLiteral("Verifying the audit trail"));
    m_actor.require(Action::ViewAuditTrail, QStringLiteral("audit"));
    const audit::VerifyResult v = verifyTeamChain(m_actor.server(), progress, cancel);
    m_actor.record(QStringLiteral("audit.verify"), QStringLiteral("audit"), QString(), QString(), {},
                   QJsonObject{{QStringLiteral("entries"), v.entries},
                               {QStringLiteral("ok"), v.ok},
                               {QStringLiteral("first_bad_seq"), v.ok ? QJsonValue() : QJsonValue(v.firstBadSeq)}});
    return v;
}

audit::AuditAnchor TeamAuditRecords::auditAnchor()
{
    if (m_actor.isOffline())
        m_actor.needsServer(QStringLiteral("Anchoring the audit trail"));
    m_actor.require(Action::ViewAuditTrail, QStringLiteral("audit"));
    // The entry that records the anchor is the head returned: the anchor covers itself.
    const audit::AuditEntry e = auditEntryFromServer(
        m_actor
            .call(QStringLiteral("audit.anchor"), QStringLiteral("audit"), QString(),
                  QStringLiteral("SELECT proofdesk.anchor($1, $2, $3)"), {m_actor.roleText(), m_local.device()})
            .toObject());
    return {e.seq, e.hash};
}

std::optional<QString> TeamAuditRecords::auditEntryHash(qint64 seq) const
{
    if (m_actor.isOffline())
        m_actor.needsServer(QStringLiteral("Reading the audit trail"));
    m_actor.require(Action::ViewAuditTrail, QStringLiteral("audit"));
    const PgResult r =
        m_actor.server().exec(QStringLiteral("SELECT hash FROM proofdesk.audit_entries WHERE seq = $1"), {seq});
    if (r.rows() == 0)
        return std::nullopt;
    return r.text(0, 0);
}

QList<audit::AuditEntry> TeamAuditRecords::entriesOf(const audit::AuditFilter &filter) const
{
    QList<audit::AuditEntry> out;
    scanAudit(filter, [&out](const PgResult &r, int row) { out.append(entryFromRow(r, row)); });
    return out;
}

} // namespace proofdesk::team
