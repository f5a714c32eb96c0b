#include "holddeliverycounts.h"

namespace proofdesk::records {

QJsonObject HoldDeliveryCount::toJson() const
{
    QJsonObject o{{QStringLiteral("repo_id"), repoId},  {QStringLiteral("repository"), repository},
                  {QStringLiteral("kind"), kind},       {QStringLiteral("confirmed"), confirmed},
                  {QStringLiteral("pending"), pending}, {QStringLiteral("refused"), refused}};
    if (!keyState.isEmpty())
        o.insert(QStringLiteral("key"), keyState);
    if (!lastError.isEmpty())
        o.insert(QStringLiteral("last_error"), lastError);
    return o;
}

QJsonArray HoldInfo::deliveriesJson() const
{
    QJsonArray out;
    for (const HoldDeliveryCount &d : deliveries)
        out.append(d.toJson());
    return out;
}

QJsonObject HoldRefusal::toJson() const
{
    return {{QStringLiteral("repository"), repository},
            {QStringLiteral("id"), communicationId},
            {QStringLiteral("object_id"), objectId},
            {QStringLiteral("reason"), reason}};
}

namespace {

void addObjectCounts(cache::Database &db, const QString &holdId, QList<HoldDeliveryCount> &out)
{
    cache::Statement st =
        db.prepare("SELECT d.repo_id, coalesce(r.name, ''), coalesce(r.kind, ''), total(d.state = 'confirmed'), "
                   "total(d.state = 'pending'), total(d.state = 'refused'), "
                   "(SELECT e.last_error FROM rec.hold_deliveries e WHERE e.hold_id = ?1 AND e.repo_id = d.repo_id "
                   " AND e.last_error IS NOT NULL ORDER BY coalesce(e.done_at, e.queued_at) DESC LIMIT 1) "
                   "FROM rec.hold_deliveries d LEFT JOIN repositories r ON r.id = d.repo_id "
                   "WHERE d.hold_id = ?1 GROUP BY d.repo_id ORDER BY d.repo_id");
    st.bind(1, holdId);
    while (st.step()) {
        HoldDeliveryCount c;
        c.repoId = st.columnInt(0);
        c.repository = st.columnText(1);
        c.kind = st.columnText(2);
        c.confirmed = qint64(st.columnDouble(3));
        c.pending = qint64(st.columnDouble(4));
        c.refused = qint64(st.columnDouble(5));
        c.lastError = st.isNull(6) ? QString() : st.columnText(6);
        out << c;
    }
}

// A drop takes the whole hold per revision: the newest revision's file tells.
void addDropCounts(cache::Database &db, const QString &holdId, QList<HoldDeliveryCount> &out)
{
    cache::Statement st = db.prepare(
        "SELECT o.repo_id, r.name, r.kind, o.state, json_array_length(o.payload, '$.communications'), o.last_error, "
        "json_type(o.payload, '$.scope') IS NOT NULL "
        "FROM rec.outbox o JOIN repositories r ON r.id = o.repo_id AND r.kind = 'drop' "
        "WHERE o.kind = 'hold' AND o.object_id = ?1 AND json_valid(o.payload) "
        "ORDER BY o.repo_id, json_extract(o.payload, '$.revision') DESC, o.created_at DESC");
    st.bind(1, holdId);
    qint64 lastRepo = -1;
    while (st.step()) {
        if (st.columnInt(0) == lastRepo)
            continue; // an older revision
        lastRepo = st.columnInt(0);
        HoldDeliveryCount c;
        c.repoId = lastRepo;
        c.repository = st.columnText(1);
        c.kind = st.columnText(2);
        const QString state = st.columnText(3);
        const qint64 items = st.columnInt(4);
        QString taken;
        if (state == QLatin1String("pending")) {
            c.pending = items;
            taken = QStringLiteral("pending");
        } else if (state == QLatin1String("failed")) {
            c.refused = items;
            taken = QStringLiteral("refused");
        } else { // sent, acknowledged
            c.confirmed = items;
            taken = QStringLiteral("confirmed");
        }
        if (st.columnInt(6)) // a hold on a key: the drop took (or refused) the key itself
            c.keyState = taken;
        c.lastError = st.isNull(5) ? QString() : st.columnText(5);
        out << c;
    }
}

} // namespace

QList<HoldDeliveryCount> holdDeliveryCounts(cache::Database &db, const QString &holdId)
{
    QList<HoldDeliveryCount> out;
    addDropCounts(db, holdId, out);
    addObjectCounts(db, holdId, out);
    std::sort(out.begin(), out.end(),
              [](const HoldDeliveryCount &a, const HoldDeliveryCount &b) { return a.repoId < b.repoId; });
    return out;
}

QList<HoldRefusal> holdRefusals(cache::Database &db, const QString &holdId, int limit)
{
    cache::Statement st =
        db.prepare("SELECT coalesce(r.name, ''), d.comm_id, coalesce(d.object_id, ''), coalesce(d.last_error, '') "
                   "FROM rec.hold_deliveries d LEFT JOIN repositories r ON r.id = d.repo_id "
                   "WHERE d.hold_id = ?1 AND d.state = 'refused' ORDER BY d.done_at DESC, d.comm_id LIMIT ?2");
    st.bind(1, holdId).bind(2, limit);
    QList<HoldRefusal> out;
    while (st.step())
        out << HoldRefusal{st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3)};
    return out;
}

} // namespace proofdesk::records
