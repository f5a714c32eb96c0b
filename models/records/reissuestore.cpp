#include "reissuestore.h"

#include "util/timeutil.h"

namespace proofdesk::records {

namespace {

QJsonValue textOrNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
QJsonValue timeOrNull(const std::optional<qint64> &t) { return t ? QJsonValue(formatUtc(*t)) : QJsonValue(); }

} // namespace

QJsonObject ReissueRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("communication_id"), communicationId},
                       {QStringLiteral("mode"), mode},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("channel"), channel},
                       {QStringLiteral("destination"), textOrNull(destination)},
                       {QStringLiteral("original_channel"), originalChannel},
                       {QStringLiteral("original_destination"), textOrNull(originalDestination)},
                       {QStringLiteral("needs_approval"), needsApproval},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("requested_by"), requestedBy},
                       {QStringLiteral("requested_at"), formatUtc(requestedAt)},
                       {QStringLiteral("approved_by"), textOrNull(approvedBy)},
                       {QStringLiteral("approved_at"), timeOrNull(approvedAt)},
                       {QStringLiteral("decision_note"), textOrNull(decisionNote)},
                       {QStringLiteral("status_reason"), textOrNull(statusReason())},
                       {QStringLiteral("fulfilled_by_communication"), textOrNull(fulfilledCommunicationId)},
                       {QStringLiteral("fulfilled_at"), timeOrNull(fulfilledAt)}};
}

QString ReissueRequest::statusReason() const
{
    const bool ended = status == QLatin1String("rejected") || status == QLatin1String("cancelled");
    return ended ? decisionNote : QString();
}

const QStringList &pendingReissueStatuses()
{
    static const QStringList statuses = {QStringLiteral("draft"), QStringLiteral("pending_approval"),
                                         QStringLiteral("approved"), QStringLiteral("queued"), QStringLiteral("sent")};
    return statuses;
}

bool ReissueRequest::isPending() const { return pendingReissueStatuses().contains(status); }

ReissueStore::ReissueStore(cache::Database &db)
    : m_db(db)
{}

std::optional<ReissueRequest> ReissueStore::find(const QString &id) const
{
    const QList<ReissueRequest> found = query({}, {}, id.trimmed().isEmpty() ? QStringLiteral("-") : id.trimmed());
    return found.isEmpty() ? std::nullopt : std::optional<ReissueRequest>(found.front());
}

QList<ReissueRequest> ReissueStore::list(const QString &status, const QString &communicationId) const
{
    return query(status, communicationId, {});
}

QList<ReissueRequest> ReissueStore::query(const QString &status, const QString &communicationId,
                                          const QString &id) const
{
    cache::Statement st =
        m_db.prepare("SELECT id, comm_id, repo_id, mode, reason, channel, destination, original_channel, "
                     "original_destination, needs_approval, status, requested_by, requested_at, approved_by, "
                     "approved_at, decision_note, fulfilled_comm_id, fulfilled_at FROM rec.reissue_requests "
                     "WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR comm_id = ?2) "
                     "AND (?3 IS NULL OR id = ?3 COLLATE fold) "
                     "ORDER BY requested_at DESC, id");
    st.bind(1, status.isEmpty() ? QString() : status)
        .bind(2, communicationId.isEmpty() ? QString() : communicationId)
        .bind(3, id.isEmpty() ? QString() : id);
    QList<ReissueRequest> out;
    while (st.step()) {
        ReissueRequest r;
        r.id = st.columnText(0);
        r.communicationId = st.columnText(1);
        r.repoId = st.columnInt(2);
        r.mode = st.columnText(3);
        r.reason = st.columnText(4);
        r.channel = st.columnText(5);
        r.destination = st.columnText(6);
        r.originalChannel = st.columnText(7);
        r.originalDestination = st.columnText(8);
        r.needsApproval = st.columnInt(9) != 0;
        r.status = st.columnText(10);
        r.requestedBy = st.columnText(11);
        r.requestedAt = st.columnInt(12);
        r.approvedBy = st.columnText(13);
        if (!st.isNull(14))
            r.approvedAt = st.columnInt(14);
        r.decisionNote = st.columnText(15);
        r.fulfilledCommunicationId = st.columnText(16);
        if (!st.isNull(17))
            r.fulfilledAt = st.columnInt(17);
        out << r;
    }
    return out;
}

} // namespace proofdesk::records
