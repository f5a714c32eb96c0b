#include "teamreissuerecords.h"

#include "domain/person.h"
#include "pgconnection.h"
#include "records/recordserror.h"
#include "records/reissueservice.h"
#include "records/reissuestore.h"
#include "records/workflowroute.h"
#include "repositoryidentity.h"
#include "teamactor.h"
#include "teammirror.h"
#include "teamrequests.h"

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

TeamReissueRecords::TeamReissueRecords(TeamActor &actor)
    : m_actor(actor)
    , m_local(actor.local())
{}

void TeamReissueRecords::requireSendable(const records::ReissueRequest &r, const QString &repository) const
{
    if (records::workflowRepository(m_local.db()))
        return; // the workflow service sends it, whichever repository holds the original
    QString why;
    if (LocalRepositories(m_local.db()).forRequest(repository, r.communicationId, &why))
        return;
    throw RecordsError(RecordsError::Kind::Invalid,
                       QStringLiteral("Reissue %1 is approved on the team, but this desk cannot send it: %2. It waits "
                                      "on the team, approved; this desk sends it at its next records command once it "
                                      "has that repository and the communication (sync it).")
                           .arg(r.id, why));
}

records::ReissueRequest TeamReissueRecords::afterReissueChange(const QString &id, const QJsonValue &row,
                                                               const records::ReissueRequest *draft)
{
    if (m_actor.isOffline()) {
        // What the person asked for, as this desk knows it; the team decides when it arrives.
        records::ReissueRequest r =
            draft ? *draft : records::ReissueStore(m_local.db()).find(id).value_or(records::ReissueRequest{});
        r.id = id;
        r.status = QStringLiteral("offline");
        return r;
    }
    bool readBack = false;
    refreshIfReachable([&] {
        TeamMirror(m_actor.server(), m_local.db()).refreshReissues();
        readBack = true;
    });
    if (!readBack) {
        // The team has the change (its answer came back) but the connection was lost before it
        // was read back (a failover): the server's status as it answered; an approved request
        // this desk sends goes out at its next action (resumeApproved), not never, not twice.
        records::ReissueRequest r =
            draft ? *draft : records::ReissueStore(m_local.db()).find(id).value_or(records::ReissueRequest{});
        r.id = id;
        r.status = row.toObject().value(QStringLiteral("status")).toString(r.status);
        return r;
    }
    records::ReissueRequest r = *records::ReissueStore(m_local.db()).find(id);
    if (r.status == QLatin1String("approved")) {
        // This desktop sends it: into its outbox for the repository the team names (never a
        // repository that happens to have the requesting desk's number here), then "queued".
        requireSendable(r, row.toObject().value(QStringLiteral("repository")).toString());
        records::ReissueService(m_local).enqueue(r);
        m_actor.call(QStringLiteral("reissue.queue"), QStringLiteral("reissue"), id,
                     QStringLiteral("SELECT proofdesk.advance_reissue($1, $2, $3, 'queued', NULL)"),
                     {m_local.device(), id});
        refreshIfReachable([&] { TeamMirror(m_actor.server(), m_local.db()).refreshReissues(); });
        r = *records::ReissueStore(m_local.db()).find(id);
    }
    return r;
}

// The desk's draft checks the spec and fills the route; whether it needs approval, and what the
// original was, are the server's to say from its facts (proofdesk.plan_reissue), as
// request_reissue decides them. Without the server, nobody can say yet: the plan is "undecided".
records::ReissueRequest TeamReissueRecords::planReissue(const records::ReissueSpec &spec) const
{
    m_actor.require(Action::RequestReissue, QStringLiteral("communication"), spec.communicationId);
    records::ReissueRequest plan = records::ReissueService(m_local).draft(spec);
    if (m_actor.isOffline()) {
        plan.status = QStringLiteral("undecided");
        return plan;
    }
    try {
        const QJsonObject decided =
            m_actor.server()
                .callJson(QStringLiteral("SELECT proofdesk.plan_reissue($1, $2, $3, $4, $5)"),
                          {m_actor.roleText(), plan.communicationId, plan.mode, plan.channel, plan.destination})
                .toObject();
        plan.needsApproval = decided.value(QStringLiteral("needs_approval")).toBool(true);
        // Unknown to the team, the letter's route is still the one this desk's cache has: shown
        // as such (#64 item 3), where a blank one read as "nowhere" and the channel began at print.
        plan.originalFromDesk = !decided.value(QStringLiteral("known")).toBool();
        if (!plan.originalFromDesk) {
            plan.originalChannel = decided.value(QStringLiteral("original_channel")).toString();
            plan.originalDestination = decided.value(QStringLiteral("original_destination")).toString();
        }
    } catch (const TeamError &e) {
        if (e.kind() != TeamError::Kind::Unreachable)
            throw recordsErrorOf(e);
        plan.status = QStringLiteral("undecided");
    }
    return plan;
}

records::ReissueRequest TeamReissueRecords::requestReissue(const records::ReissueSpec &spec)
{
    m_actor.require(Action::RequestReissue, QStringLiteral("communication"), spec.communicationId);
    const records::ReissueRequest draft = records::ReissueService(m_local).draft(spec);
    return afterReissueChange(
        draft.id,
        m_actor.call(QStringLiteral("reissue.request"), QStringLiteral("reissue"), draft.id,
                     QStringLiteral("SELECT proofdesk.request_reissue($1, $2, $3, $4::jsonb)"),
                     {m_actor.roleText(), m_local.device(), reissueRequestJson(m_local.db(), draft)}),
        &draft);
}

records::ReissueRequest TeamReissueRecords::approveReissue(const QString &requestId, const QString &note)
{
    return decide(QStringLiteral("reissue.approve"), QStringLiteral("approve_reissue"), requestId, note);
}

records::ReissueRequest TeamReissueRecords::rejectReissue(const QString &requestId, const QString &note)
{
    return decide(QStringLiteral("reissue.reject"), QStringLiteral("reject_reissue"), requestId, note);
}

records::ReissueRequest TeamReissueRecords::decide(const QString &action, const QString &function,
                                                   const QString &requestId, const QString &note)
{
    m_actor.require(Action::ApproveReissue, QStringLiteral("reissue"), requestId);
    return afterReissueChange(requestId,
                              m_actor.call(action, QStringLiteral("reissue"), requestId,
                                           QStringLiteral("SELECT proofdesk.%1($1, $2, $3, $4, $5)").arg(function),
                                           {m_actor.roleText(), m_local.device(), requestId, note}));
}

records::ReissueRequest TeamReissueRecords::withdrawReissue(const QString &requestId, const QString &reason)
{
    const auto existing = findReissue(requestId);
    const bool own = existing && domain::samePerson(existing->requestedBy, m_actor.user());
    if (!own && !records::AccessPolicy::permits(m_actor.actingRole(), Action::ApproveReissue)) {
        // Cancelling, not approving, is what was asked (issue #39 item 4): say that.
        const QString why = QStringLiteral("%1 may not cancel %2's reissue request %3 in the role %4: cancelling "
                                           "another person's request needs the compliance role (whoever asked "
                                           "withdraws their own).")
                                .arg(m_actor.user(), existing ? existing->requestedBy : QStringLiteral("someone else"),
                                     requestId, m_actor.roleText());
        m_actor.recordRefusal(QStringLiteral("reissue.cancel"), QStringLiteral("reissue"), requestId, why);
        throw RecordsError(RecordsError::Kind::Refused, why);
    }
    m_actor.require(own ? Action::RequestReissue : Action::ApproveReissue, QStringLiteral("reissue"), requestId);
    return afterReissueChange(requestId,
                              m_actor.call(QStringLiteral("reissue.cancel"), QStringLiteral("reissue"), requestId,
                                           QStringLiteral("SELECT proofdesk.cancel_reissue($1, $2, $3, $4, $5)"),
                                           {m_actor.roleText(), m_local.device(), requestId, reason}));
}

QList<records::ReissueRequest> TeamReissueRecords::list(const QString &status, const QString &communicationId) const
{
    refreshIfReachable([this] { TeamMirror(m_actor.server(), m_local.db()).refreshReissues(); });
    return records::ReissueStore(m_local.db()).list(status, communicationId);
}

std::optional<records::ReissueRequest> TeamReissueRecords::findReissue(const QString &requestId) const
{
    refreshIfReachable([this] { TeamMirror(m_actor.server(), m_local.db()).refreshReissues(); });
    return records::ReissueStore(m_local.db()).find(requestId);
}

int TeamReissueRecords::resumeApproved()
{
    if (m_actor.isOffline())
        return 0;
    const PgResult stuck = m_actor.server().exec(
        QStringLiteral("SELECT id, repository FROM proofdesk.reissue_requests WHERE status = 'approved' AND "
                       "(approved_by = session_user OR (requested_by = session_user AND NOT needs_approval))"));
    int resumed = 0;
    for (int row = 0; row < stuck.rows(); ++row) {
        const QString id = stuck.text(row, 0);
        const qint64 queued = [&] {
            cache::Statement st =
                m_local.db().prepare("SELECT count(*) FROM rec.outbox WHERE kind = 'reissue' AND id = ?1");
            st.bind(1, id);
            return st.step() ? st.columnInt(0) : 0;
        }();
        TeamMirror(m_actor.server(), m_local.db()).refreshReissues();
        const auto request = records::ReissueStore(m_local.db()).find(id);
        if (!request)
            continue;
        try {
            requireSendable(*request, stuck.text(row, 1));
        } catch (const RecordsError &) {
            continue; // not this desk's to send yet (it lacks the repository): it waits, approved
        }
        if (!queued)
            records::ReissueService(m_local).enqueue(*request);
        m_actor.call(QStringLiteral("reissue.queue"), QStringLiteral("reissue"), id,
                     QStringLiteral("SELECT proofdesk.advance_reissue($1, $2, $3, 'queued', NULL)"),
                     {m_local.device(), id});
        ++resumed;
    }
    if (resumed)
        TeamMirror(m_actor.server(), m_local.db()).refreshReissues();
    return resumed;
}

} // namespace proofdesk::team
