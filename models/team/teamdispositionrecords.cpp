#include "teamdispositionrecords.h"

#include "records/disposition.h"
#include "records/recordserror.h"
#include "records/retention.h"
#include "teamactor.h"
#include "teammirror.h"

#include <QJsonArray>

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

TeamDispositionRecords::TeamDispositionRecords(TeamActor &actor)
    : m_actor(actor)
    , m_local(actor.local())
{}

QList<records::EligibleItem> TeamDispositionRecords::dispositionReview(int limit, records::ReviewRead read)
{
    m_actor.require(Action::ReviewDisposition, QStringLiteral("disposition"));
    refreshIfReachable([this] { TeamMirror(m_actor.server(), m_local.db()).refreshHolds(); });
    return records::DispositionService(m_local, m_actor.dataDir()).review(limit, read);
}

records::DispositionResult TeamDispositionRecords::approveDisposition(const QStringList &ids, const QString &reason)
{
    m_actor.require(Action::ApproveDisposition, QStringLiteral("disposition"));
    if (m_actor.isOffline()) // a decision against holds as they are now, on the team: never from a stale copy
        m_actor.needsServer(QStringLiteral("Approving a disposition"));
    // The team database decides, from its own facts (retention end, business keys for scope
    // holds, the repository's hold), against every hold of the team; this desktop then purges
    // what it holds, under the team's batch id.
    QStringList trimmed;
    for (const QString &id : ids)
        trimmed << id.trimmed();
    const QString batch = records::newBatchId();
    const QJsonObject decided = m_actor
                                    .call(QStringLiteral("disposition.approve"), QStringLiteral("disposition"), batch,
                                          QStringLiteral("SELECT proofdesk.decide_disposition($1, $2, $3, $4, $5, $6)"),
                                          {m_actor.roleText(), m_local.device(), batch, trimmed, reason})
                                    .toObject();
    TeamMirror(m_actor.server(), m_local.db()).refreshHolds();
    QStringList accepted;
    for (const QJsonValue &v : decided.value(QStringLiteral("disposed")).toArray())
        accepted << v.toString();
    // Decided on the team before (this desk lost the answer, or another desk decided): the
    // team's decision stands, so this copy is purged as well.
    for (const QJsonValue &v : decided.value(QStringLiteral("already")).toArray())
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
    records::DispositionResult result =
        records::DispositionService(m_local, m_actor.dataDir()).approve(accepted, reason, batch);
    result.skipped = skipped + result.skipped;
    return result;
}

std::optional<records::Tombstone> TeamDispositionRecords::tombstone(const QString &communicationId) const
{
    return records::findTombstone(m_local.db(), communicationId); // purged here, so recorded here
}

qint64 TeamDispositionRecords::heldEligibleCount() const
{
    refreshIfReachable([this] { TeamMirror(m_actor.server(), m_local.db()).refreshHolds(); });
    return records::Retention(m_local.db()).heldEligibleCount(m_local.now());
}

} // namespace proofdesk::team
