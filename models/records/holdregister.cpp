#include "holdregister.h"

#include "audit/audittrail.h"
#include "cache/holdsql.h"
#include "holddeliverycounts.h"
#include "util/timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace proofdesk::records {

namespace {

QJsonValue textOrNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

void bindHoldId(cache::Statement &st, const QString &holdId)
{
    for (int i = 1; i <= cache::holdsql::memberParameterCount(); ++i)
        st.bind(i, holdId);
}

// The columns holdOf() reads, in its order.
const char kHoldColumns[] = "id, name, matter, reason, scope_field, scope_value, scope_query, created_by, created_at, "
                            "released_at, released_by, release_reason, revision";

HoldInfo holdOf(const cache::Statement &st)
{
    HoldInfo h;
    h.id = st.columnText(0);
    h.name = st.columnText(1);
    h.matter = st.columnText(2);
    h.reason = st.columnText(3);
    h.scopeField = st.columnText(4);
    h.scopeValue = st.columnText(5);
    h.scopeQuery = st.columnText(6);
    h.createdBy = st.columnText(7);
    h.createdAt = st.columnInt(8);
    if (!st.isNull(9))
        h.releasedAt = st.columnInt(9);
    h.releasedBy = st.columnText(10);
    h.releaseReason = st.columnText(11);
    h.revision = int(st.columnInt(12));
    return h;
}

} // namespace

QJsonObject HoldInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("matter"), textOrNull(matter)},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("status"), active() ? QStringLiteral("active") : QStringLiteral("released")},
                  {QStringLiteral("created_by"), createdBy},
                  {QStringLiteral("created_at"), formatUtc(createdAt)},
                  {QStringLiteral("revision"), revision},
                  {QStringLiteral("items"), items},
                  {QStringLiteral("removed_items"), removedItems}};
    if (!scopeField.isEmpty())
        o.insert(QStringLiteral("scope"),
                 QJsonObject{{QStringLiteral("field"), scopeField}, {QStringLiteral("value"), scopeValue}});
    if (!scopeQuery.isEmpty())
        o.insert(QStringLiteral("query"), scopeQuery);
    if (releasedAt) {
        o.insert(QStringLiteral("released_at"), formatUtc(*releasedAt));
        o.insert(QStringLiteral("released_by"), releasedBy);
        o.insert(QStringLiteral("release_reason"), releaseReason);
    }
    return o;
}

HoldRegister::HoldRegister(cache::Database &db)
    : m_db(db)
{}

QList<HoldInfo> HoldRegister::query(const QString &holdId) const
{
    cache::Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM rec.holds WHERE ?1 IS NULL OR id = ?1 "
                                                      "ORDER BY released_at IS NOT NULL, created_at DESC, id")
                                           .arg(QLatin1String(kHoldColumns)));
    st.bind(1, holdId);
    QList<HoldInfo> out;
    while (st.step())
        out << holdOf(st);
    for (HoldInfo &h : out)
        fillCounts(h);
    return out;
}

void HoldRegister::fillCounts(HoldInfo &hold) const
{
    cache::Statement members =
        m_db.prepare(QStringLiteral("SELECT count(DISTINCT r) FROM (%1)").arg(cache::holdsql::holdMemberRowIds()));
    bindHoldId(members, hold.id);
    hold.items = members.step() ? members.columnInt(0) : 0;
    cache::Statement removed =
        m_db.prepare("SELECT count(*) FROM rec.hold_items WHERE hold_id = ?1 AND removed_at IS NOT NULL");
    removed.bind(1, hold.id);
    hold.removedItems = removed.step() ? removed.columnInt(0) : 0;
    hold.deliveries = holdDeliveryCounts(m_db, hold.id);
}

QList<HoldInfo> HoldRegister::list() const { return query(QString()); }

std::optional<HoldInfo> HoldRegister::find(const QString &holdId) const
{
    if (holdId.isEmpty())
        return std::nullopt;
    const QList<HoldInfo> found = query(holdId);
    return found.isEmpty() ? std::nullopt : std::optional<HoldInfo>(found.front());
}

QStringList HoldRegister::memberIds(const QString &holdId) const
{
    cache::Statement st = m_db.prepare(QStringLiteral("SELECT id FROM communications WHERE rowid IN (%1) ORDER BY id")
                                           .arg(cache::holdsql::holdMemberRowIds()));
    bindHoldId(st, holdId);
    QStringList ids;
    while (st.step())
        ids << st.columnText(0);
    return ids;
}

QList<audit::AuditEntry> HoldRegister::history(const QString &holdId) const
{
    audit::AuditFilter filter;
    filter.objectType = QStringLiteral("hold");
    filter.objectId = holdId;
    return audit::AuditTrail(m_db).entries(filter);
}

QList<HoldInfo> HoldRegister::coveringRow(qint64 rowid) const
{
    // The same "is under hold" as the results' lock and `show` (holdsql).
    cache::Statement st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM rec.holds WHERE id IN (%2) ORDER BY created_at, id")
                         .arg(QLatin1String(kHoldColumns), cache::holdsql::activeHoldIdsOfRowId()));
    st.bind(1, rowid);
    QList<HoldInfo> out;
    while (st.step())
        out << holdOf(st);
    return out;
}

bool HoldRegister::isHeld(const QString &communicationId) const
{
    cache::Statement st = m_db.prepare(QStringLiteral("SELECT 1 FROM communications c WHERE c.id = ?1 AND %1")
                                           .arg(cache::holdsql::isHeld(QStringLiteral("c"))));
    st.bind(1, communicationId);
    return st.step();
}

QSet<QString> HoldRegister::heldAmong(const QStringList &communicationIds) const
{
    cache::Statement st = m_db.prepare(
        QStringLiteral("SELECT c.id FROM communications c WHERE c.id IN (SELECT value FROM json_each(?1)) AND %1")
            .arg(cache::holdsql::isHeld(QStringLiteral("c"))));
    st.bind(1, QString::fromUtf8(
                   QJsonDocument(QJsonArray::fromStringList(communicationIds)).toJson(QJsonDocument::Compact)));
    QSet<QString> held;
    while (st.step())
        held.insert(st.columnText(0));
    return held;
}

} // namespace proofdesk::records
