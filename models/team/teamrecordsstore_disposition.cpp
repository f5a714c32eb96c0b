// Disposition on a team: the team database decides against every hold; this desk purges its copy.
#include "teamrecordsstore.h"

#include "cache/sqlite.h"
#include "records/disposition.h"
#include "records/holdsql.h"
#include "records/recordserror.h"
#include "records/retention.h"
#include "teammirror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace proofdesk::team {

using records::Action;
using records::RecordsError;

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

} // namespace proofdesk::team
