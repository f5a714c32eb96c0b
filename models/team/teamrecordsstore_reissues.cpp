// Reissue requests on the team database: requested by agents and officers, decided by another officer.
#include "pgconnection.h"
#include "records/recordserror.h"
#include "records/reissueservice.h"
#include "records/reissuestore.h"
#include "records/workflowroute.h"
#include "repositoryidentity.h"
#include "teammirror.h"
#include "teamrecordsstore.h"
#include "teamrequests.h"

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

void TeamRecordsStore::requireSendable(const records::ReissueRequest &r, const QString &repository) const
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

records::ReissueRequest TeamRecordsStore::afterReissueChange(const QString &id, const QJsonValue &row,
                                                             const records::ReissueRequest *draft)
{
    if (m_offline) {
        // What the person asked for, as this desk knows it; the team decides when it arrives.
        records::ReissueRequest r =
            draft ? *draft : records::ReissueStore(m_local.db()).find(id).value_or(records::ReissueRequest{});
        r.id = id;
        r.status = QStringLiteral("offline");
        return r;
    }
    bool readBack = false;
    refreshIfReachable([&] {
        TeamMirror(server(), m_local.db()).refreshReissues();
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
        call(QStringLiteral("reissue.queue"), QStringLiteral("reissue"), id,
             QStringLiteral("SELECT proofdesk.advance_reissue($1, $2, $3, 'queued', NULL)"), {m_local.device(), id});
        refreshIfReachable([&] { TeamMirror(server(), m_local.db()).refreshReissues(); });
        r = *records::ReissueStore(m_local.db()).find(id);
    }
    return r;
}

// The desk's draft checks the spec and fills the route; whether it needs approval, and what the
// original was, are the server's to say from its facts (proofdesk.plan_reissue), as
// request_reissue decides them. Without the server, nobody can say yet: the plan is "undecided".
records::ReissueRequest TeamRecordsStore::planReissue(const records::ReissueSpec &spec) const
{
    require(Action::RequestReissue, QStringLiteral("communication"), spec.communicationId);
    records::ReissueRequest plan = records::ReissueService(m_local).draft(spec);
    if (m_offline) {
        plan.status = QStringLiteral("undecided");
        return plan;
    }
    try {
        const QJsonObject decided =
            server()
                .callJson(QStringLiteral("SELECT proofdesk.plan_reissue($1, $2, $3, $4, $5)"),
                          {roleText(), plan.communicationId, plan.mode, plan.channel, plan.destination})
                .toObject();
        plan.needsApproval = decided.value(QStringLiteral("needs_approval")).toBool(true);
        const bool known = decided.value(QStringLiteral("known")).toBool();
        plan.originalChannel = known ? decided.value(QStringLiteral("original_channel")).toString() : QString();
        plan.originalDestination = known ? decided.value(QStringLiteral("original_destination")).toString() : QString();
    } catch (const TeamError &e) {
        if (e.kind() != TeamError::Kind::Unreachable)
            throw recordsErrorOf(e);
        plan.status = QStringLiteral("undecided");
    }
    return plan;
}

records::ReissueRequest TeamRecordsStore::requestReissue(const records::ReissueSpec &spec)
{
    require(Action::RequestReissue, QStringLiteral("communication"), spec.communicationId);
    const records::ReissueRequest draft = records::ReissueService(m_local).draft(spec);
    return afterReissueChange(draft.id,
                              call(QStringLiteral("reissue.request"), QStringLiteral("reissue"), draft.id,
                                   QStringLiteral("SELECT proofdesk.request_reissue($1, $2, $3, $4::jsonb)"),
                                   {roleText(), m_local.device(), reissueRequestJson(m_local.db(), draft)}),
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
    if (!own && !records::AccessPolicy::permits(m_role, Action::ApproveReissue)) {
        // Cancelling, not approving, is what was asked (issue #39 item 4): say that.
        const QString why =
            QStringLiteral("%1 may not cancel %2's reissue request %3 in the role %4: cancelling "
                           "another person's request needs the compliance role (whoever asked "
                           "withdraws their own).")
                .arg(user(), existing ? existing->requestedBy : QStringLiteral("someone else"), requestId, roleText());
        recordRefusal(QStringLiteral("reissue.cancel"), QStringLiteral("reissue"), requestId, why);
        throw RecordsError(RecordsError::Kind::Refused, why);
    }
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

} // namespace proofdesk::team
