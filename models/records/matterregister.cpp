#include "matterregister.h"

#include "cache/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::records {

namespace {

QStringList tagsOf(const QByteArray &json)
{
    if (json.size() <= 2) // "[]"
        return {};
    QStringList tags;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        tags << v.toString();
    return tags;
}

std::optional<qint64> timeAt(const cache::Statement &st, int column)
{
    return st.isNull(column) ? std::nullopt : std::optional<qint64>(st.columnInt(column));
}

const char kMatterColumns[] = "id, title, reason, tags, opened_by, opened_at, state, closed_by, closed_at, "
                              "close_reason, revision FROM rec.matters";

MatterInfo matterOf(const cache::Statement &st)
{
    MatterInfo m;
    m.id = st.columnText(0);
    m.title = st.columnText(1);
    m.reason = st.columnText(2);
    m.tags = tagsOf(st.columnUtf8(3));
    m.openedBy = st.columnText(4);
    m.openedAt = st.columnInt(5);
    m.state = st.columnText(6);
    m.closedBy = st.columnText(7);
    m.closedAt = timeAt(st, 8);
    m.closeReason = st.columnText(9);
    m.revision = int(st.columnInt(10));
    return m;
}

const char kSearchColumns[] = "seq, query, ran_by, ran_at, total, added, watch, ids_sha256 FROM rec.matter_searches";

MatterSearch searchOf(const cache::Statement &st)
{
    MatterSearch s;
    s.seq = int(st.columnInt(0));
    s.query = st.columnText(1);
    s.ranBy = st.columnText(2);
    s.ranAt = st.columnInt(3);
    s.total = st.columnInt(4);
    s.added = st.columnInt(5);
    s.watch = st.columnInt(6) != 0;
    s.idsSha256 = st.columnText(7);
    return s;
}

const char kItemColumns[] = "comm_id, tags, note, reviewer, reviewed_at, revision FROM rec.matter_items";

ReviewItem itemOf(const cache::Statement &st)
{
    ReviewItem i;
    i.id = st.columnText(0);
    i.tags = tagsOf(st.columnUtf8(1));
    i.note = st.columnText(2);
    i.reviewer = st.columnText(3);
    i.reviewedAt = timeAt(st, 4);
    i.revision = int(st.columnInt(5));
    return i;
}

const char kProductionColumns[] = "id, matter_id, prefix, tag, first_number, reserved, state, documents, exceptions, "
                                  "root_sha256, path, created_by, created_at, completed_at FROM rec.productions";

ProductionInfo productionOf(const cache::Statement &st)
{
    ProductionInfo p;
    p.id = st.columnText(0);
    p.matter = st.columnText(1);
    p.prefix = st.columnText(2);
    p.tag = st.columnText(3);
    p.firstNumber = st.columnInt(4);
    p.reserved = st.columnInt(5);
    p.state = st.columnText(6);
    p.documents = st.columnInt(7);
    p.exceptions = st.columnInt(8);
    p.rootSha256 = st.columnText(9);
    p.path = st.columnText(10);
    p.createdBy = st.columnText(11);
    p.createdAt = st.columnInt(12);
    p.completedAt = timeAt(st, 13);
    return p;
}

QStringList texts(cache::Statement &st)
{
    QStringList out;
    while (st.step())
        out << st.columnText(0);
    return out;
}

} // namespace

MatterRegister::MatterRegister(cache::Database &db)
    : m_db(db)
{}

QList<MatterInfo> MatterRegister::list() const
{
    cache::Statement st = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY number").arg(QLatin1String(kMatterColumns)));
    QList<MatterInfo> out;
    while (st.step())
        out << matterOf(st);
    return out;
}

std::optional<MatterInfo> MatterRegister::find(const QString &matterId) const
{
    cache::Statement st = m_db.prepare(QStringLiteral("SELECT %1 WHERE id = ?1").arg(QLatin1String(kMatterColumns)));
    st.bind(1, matterId);
    if (!st.step())
        return std::nullopt;
    return matterOf(st);
}

QList<MatterSearch> MatterRegister::searches(const QString &matterId) const
{
    cache::Statement st =
        m_db.prepare(QStringLiteral("SELECT %1 WHERE matter_id = ?1 ORDER BY seq").arg(QLatin1String(kSearchColumns)));
    st.bind(1, matterId);
    QList<MatterSearch> out;
    while (st.step())
        out << searchOf(st);
    return out;
}

std::optional<MatterSearch> MatterRegister::search(const QString &matterId, int seq) const
{
    cache::Statement st =
        m_db.prepare(QStringLiteral("SELECT %1 WHERE matter_id = ?1 AND seq = ?2").arg(QLatin1String(kSearchColumns)));
    st.bind(1, matterId).bind(2, seq);
    if (!st.step())
        return std::nullopt;
    return searchOf(st);
}

QStringList MatterRegister::members(const QString &matterId) const
{
    cache::Statement st =
        m_db.prepare("SELECT user FROM rec.matter_members WHERE matter_id = ?1 ORDER BY added_at, user");
    st.bind(1, matterId);
    return texts(st);
}

bool MatterRegister::isMember(const QString &matterId, const QString &user) const
{
    return m_db.prepare("SELECT 1 FROM rec.matter_members WHERE matter_id = ?1 AND user = ?2")
        .bind(1, matterId)
        .bind(2, user)
        .step();
}

QStringList MatterRegister::holds(const QString &matterId) const
{
    cache::Statement st = m_db.prepare("SELECT id FROM rec.holds WHERE matter = ?1 ORDER BY created_at, id");
    st.bind(1, matterId);
    return texts(st);
}

ReviewSummary MatterRegister::summary(const QString &matterId) const
{
    ReviewSummary s;
    cache::Statement counts =
        m_db.prepare("SELECT count(*), count(reviewer) FROM rec.matter_items WHERE matter_id = ?1");
    counts.bind(1, matterId).step();
    s.items = counts.columnInt(0);
    s.reviewed = counts.columnInt(1);
    cache::Statement tags = m_db.prepare("SELECT t.value, count(*) FROM rec.matter_items i, json_each(i.tags) t "
                                         "WHERE i.matter_id = ?1 AND i.tags <> '[]' GROUP BY t.value");
    tags.bind(1, matterId);
    while (tags.step())
        s.tags.insert(tags.columnText(0), tags.columnInt(1));
    return s;
}

QList<ReviewItem> MatterRegister::review(const QString &matterId, const ReviewFilter &filter) const
{
    QString sql = QStringLiteral("SELECT %1 WHERE matter_id = ?1").arg(QLatin1String(kItemColumns));
    if (!filter.tag.isEmpty())
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(tags) t WHERE t.value = ?2)");
    if (!filter.reviewer.isEmpty())
        sql += QStringLiteral(" AND reviewer = ?3 COLLATE fold");
    if (filter.unreviewedOnly)
        sql += QStringLiteral(" AND reviewer IS NULL");
    sql += QStringLiteral(" ORDER BY position LIMIT ?4");
    cache::Statement st = m_db.prepare(sql);
    st.bind(1, matterId).bind(4, filter.limit);
    if (!filter.tag.isEmpty())
        st.bind(2, filter.tag);
    if (!filter.reviewer.isEmpty())
        st.bind(3, filter.reviewer);
    QList<ReviewItem> out;
    while (st.step())
        out << itemOf(st);
    return out;
}

std::optional<ReviewItem> MatterRegister::item(const QString &matterId, const QString &commId) const
{
    cache::Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 WHERE matter_id = ?1 AND comm_id = ?2").arg(QLatin1String(kItemColumns)));
    st.bind(1, matterId).bind(2, commId);
    if (!st.step())
        return std::nullopt;
    return itemOf(st);
}

QStringList MatterRegister::itemIds(const QString &matterId) const
{
    cache::Statement st = m_db.prepare("SELECT comm_id FROM rec.matter_items WHERE matter_id = ?1 ORDER BY position");
    st.bind(1, matterId);
    return texts(st);
}

QList<ProductionInfo> MatterRegister::productions(const QString &matterId) const
{
    cache::Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 WHERE matter_id = ?1 ORDER BY number").arg(QLatin1String(kProductionColumns)));
    st.bind(1, matterId);
    QList<ProductionInfo> out;
    while (st.step())
        out << productionOf(st);
    return out;
}

std::optional<ProductionInfo> MatterRegister::production(const QString &productionId) const
{
    cache::Statement st =
        m_db.prepare(QStringLiteral("SELECT %1 WHERE id = ?1").arg(QLatin1String(kProductionColumns)));
    st.bind(1, productionId);
    if (!st.step())
        return std::nullopt;
    return productionOf(st);
}

QStringList MatterRegister::hits(const QString &matterId, int seq) const
{
    cache::Statement st =
        m_db.prepare("SELECT comm_id FROM rec.matter_hits WHERE matter_id = ?1 AND search_seq = ?2 ORDER BY ord");
    st.bind(1, matterId).bind(2, seq);
    return texts(st);
}

MatterOverview MatterRegister::overview(const MatterInfo &matter) const
{
    return {
        matter, searches(matter.id), holds(matter.id), members(matter.id), summary(matter.id), productions(matter.id)};
}

} // namespace proofdesk::records
