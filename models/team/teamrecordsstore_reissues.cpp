// Reissue requests on the team database: requested by agents and officers, decided by another officer.
#include "teamrecordsstore.h"

#include "records/recordserror.h"
#include "records/reissueservice.h"
#include "records/reissuestore.h"
#include "teammirror.h"
#include "teamrequests.h"

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

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

records::ReissueRequest TeamRecordsStore::planReissue(const records::ReissueSpec &spec) const
{
    return records::ReissueService(m_local).draft(spec);
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

} // namespace proofdesk::team
