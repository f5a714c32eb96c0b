#include "matterservice.h"

#include "audit/auditreason.h"
#include "cache/filetransaction.h"
#include "domain/textfold.h"
#include "mattergate.h"
#include "matterregister.h"
#include "matterstate.h"
#include "recordserror.h"
#include "search/searchengine.h"
#include "session.h"
#include "util/timeutil.h"
#include "util/translation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::MatterService", "proofdesk::records", text);
}

constexpr qsizetype kChunk = 10000;
constexpr int kMostTags = 9; // one key each, 1 to 9
constexpr int kLongestTag = 40;

QString required(const QString &value, const QString &message)
{
    if (value.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid, message);
    return value.trimmed();
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The ids of the rows a search found, in its order.
QStringList idsOfRows(cache::Database &db, const QList<qint64> &rowIds)
{
    QStringList ids;
    ids.reserve(rowIds.size());
    cache::Statement st = db.prepare("SELECT c.id FROM json_each(?1) j JOIN communications c ON c.rowid = j.value "
                                     "ORDER BY j.key");
    for (qsizetype from = 0; from < rowIds.size(); from += kChunk) {
        QJsonArray chunk;
        for (qsizetype i = from; i < qMin(from + kChunk, rowIds.size()); ++i)
            chunk.append(rowIds.at(i));
        st.bind(1, jsonText(chunk));
        while (st.step())
            ids << st.columnText(0);
        st.reset();
    }
    return ids;
}

QString idsSha256(const QStringList &ids)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (const QString &id : ids) {
        sha.addData(id.toUtf8());
        sha.addData(QByteArrayView("\n", 1));
    }
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace

MatterService::MatterService(const RecordsSession &session)
    : m_session(session)
{}

QStringList MatterService::checkedTags(const QStringList &tags)
{
    if (tags.isEmpty())
        return defaultReviewTags();
    QStringList out;
    QSet<QString> folded;
    for (const QString &raw : tags) {
        const QString tag = raw.simplified();
        if (tag.isEmpty() || tag.size() > kLongestTag)
            throw RecordsError(
                RecordsError::Kind::Invalid,
                tr("A review tag is a word or a few, of 1 to %1 characters: \"%2\" is not.").arg(kLongestTag).arg(raw));
        if (folded.contains(domain::foldCase(tag)))
            throw RecordsError(RecordsError::Kind::Invalid, tr("The review tag \"%1\" is named twice.").arg(tag));
        folded.insert(domain::foldCase(tag));
        out << tag;
    }
    if (out.size() > kMostTags)
        throw RecordsError(
            RecordsError::Kind::Invalid,
            tr("A matter has at most %1 review tags, one key each; %2 were named.").arg(kMostTags).arg(out.size()));
    return out;
}

MatterInfo MatterService::insertMatter(const QString &title, const QString &reason, const QStringList &tags,
                                       const QString &why, const QStringList &holds)
{
    cache::Database &db = m_session.db();
    MatterInfo m;
    const qint64 number = db.queryInt("SELECT coalesce(max(number), 0) + 1 FROM rec.matters");
    m.id = QStringLiteral("MAT-%1").arg(number);
    m.title = title;
    m.reason = reason;
    m.tags = tags;
    m.openedBy = m_session.user();
    m.openedAt = m_session.now();
    QJsonObject after = matterstate::matter(m);
    if (!holds.isEmpty())
        after.insert(QStringLiteral("holds"), QJsonArray::fromStringList(holds));
    const audit::AuditEntry entry =
        m_session.record(QLatin1String(matterstate::kOpen), QStringLiteral("matter"), m.id, why, {}, after);
    db.prepare("INSERT INTO rec.matters(id, number, title, reason, tags, opened_by, opened_at, state, revision, "
               "entry_seq) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', 1, ?8)")
        .bind(1, m.id)
        .bind(2, number)
        .bind(3, m.title)
        .bind(4, m.reason)
        .bind(5, jsonText(QJsonArray::fromStringList(m.tags)))
        .bind(6, m.openedBy)
        .bind(7, m.openedAt)
        .bind(8, entry.seq)
        .run();
    return m;
}

MatterInfo MatterService::open(const QString &title, const QString &reason, const QStringList &tags)
{
    m_session.require(Action::ManageMatter, QStringLiteral("matter"));
    const QString t = required(title, tr("A matter needs a title."));
    const QString why = required(reason, tr("A matter needs a reason: the question it answers."));
    const QStringList checked = checkedTags(tags);
    cache::FileTransaction tx(m_session.db(), cache::Locks::RecordsOnly);
    const MatterInfo m = insertMatter(t, why, checked, why, {});
    tx.commit();
    return m;
}

void MatterService::insertHits(const QString &matterId, int seq, const QStringList &ids)
{
    cache::Statement st = m_session.db().prepare("INSERT INTO rec.matter_hits(matter_id, search_seq, ord, comm_id) "
                                                 "SELECT ?1, ?2, ?3 + j.key, j.value FROM json_each(?4) j");
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        st.bind(1, matterId)
            .bind(2, seq)
            .bind(3, qint64(from))
            .bind(4, jsonText(QJsonArray::fromStringList(ids.mid(from, kChunk))));
        st.run();
        st.reset();
    }
}

// The search's hits not yet in the review set join it, after the letters already there, in
// the order found.
qint64 MatterService::growReviewSet(const QString &matterId, int seq)
{
    cache::Database &db = m_session.db();
    db.prepare("INSERT INTO rec.matter_items(matter_id, comm_id, position) "
               "SELECT ?1, h.comm_id, (SELECT coalesce(max(position), 0) FROM rec.matter_items WHERE matter_id = ?1) "
               "+ row_number() OVER (ORDER BY h.ord) FROM rec.matter_hits h WHERE h.matter_id = ?1 "
               "AND h.search_seq = ?2 AND NOT EXISTS (SELECT 1 FROM rec.matter_items i WHERE i.matter_id = ?1 "
               "AND i.comm_id = h.comm_id)")
        .bind(1, matterId)
        .bind(2, seq)
        .run();
    return db.changes();
}

AddedSearch MatterService::addSearch(const QString &matterId, const QString &query)
{
    m_session.require(Action::ManageMatter, QStringLiteral("matter"), matterId);
    const QString q = required(query, tr("A matter's search needs a query."));
    MatterGate gate(m_session);
    gate.visible(matterId, QLatin1String(matterstate::kAddSearch));
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    const MatterInfo m = gate.open(matterId, QLatin1String(matterstate::kAddSearch));
    const search::RowIdsResult found = search::SearchEngine(db).allRowIds(q);
    if (found.error)
        throw RecordsError(
            RecordsError::Kind::Invalid,
            tr("The search is not valid at character %1: %2").arg(found.error->position + 1).arg(found.error->message));
    const QStringList ids = idsOfRows(db, found.rowIds);
    MatterSearch s;
    cache::Statement next =
        db.prepare("SELECT coalesce(max(seq), 0) + 1 FROM rec.matter_searches WHERE matter_id = ?1");
    next.bind(1, m.id).step();
    s.seq = int(next.columnInt(0));
    s.query = q;
    s.ranBy = m_session.user();
    s.ranAt = m_session.now();
    s.total = ids.size();
    s.idsSha256 = idsSha256(ids);
    insertHits(m.id, s.seq, ids);
    s.added = growReviewSet(m.id, s.seq);
    const audit::AuditEntry entry = m_session.record(QLatin1String(matterstate::kAddSearch), QStringLiteral("matter"),
                                                     m.id, {}, {}, matterstate::search(m.id, s));
    db.prepare("INSERT INTO rec.matter_searches(matter_id, seq, query, ran_by, ran_at, total, added, ids_sha256, "
               "watch, entry_seq) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9)")
        .bind(1, m.id)
        .bind(2, s.seq)
        .bind(3, s.query)
        .bind(4, s.ranBy)
        .bind(5, s.ranAt)
        .bind(6, s.total)
        .bind(7, s.added)
        .bind(8, s.idsSha256)
        .bind(9, entry.seq)
        .run();
    tx.commit();
    return {m.id, s};
}

MatterSearch MatterService::setWatch(const QString &matterId, int search, bool watch)
{
    m_session.require(Action::ManageMatter, QStringLiteral("matter"), matterId);
    MatterGate gate(m_session);
    gate.visible(matterId, QLatin1String(matterstate::kWatch));
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    const MatterInfo m = gate.open(matterId, QLatin1String(matterstate::kWatch));
    auto s = MatterRegister(db).search(m.id, search);
    if (!s)
        throw RecordsError(
            RecordsError::Kind::NotFound,
            tr("Matter %1 has no search %2. `matter show %1` lists its searches.").arg(m.id).arg(search));
    if (s->watch == watch) {
        tx.commit();
        return *s; // already so: nothing changes, nothing to record
    }
    const QJsonObject before = matterstate::search(m.id, *s);
    s->watch = watch;
    const audit::AuditEntry entry = m_session.record(QLatin1String(matterstate::kWatch), QStringLiteral("matter"), m.id,
                                                     {}, before, matterstate::search(m.id, *s));
    db.prepare("UPDATE rec.matter_searches SET watch = ?3, entry_seq = ?4 WHERE matter_id = ?1 AND seq = ?2 "
               "AND watch = ?5")
        .bind(1, m.id)
        .bind(2, search)
        .bind(3, int(watch))
        .bind(4, entry.seq)
        .bind(5, int(!watch))
        .run();
    tx.commit();
    return *s;
}

void MatterService::addMember(const QString &matterId, const QString &user, const QString &reason)
{
    m_session.require(Action::ManageMatter, QStringLiteral("matter"), matterId);
    const QString who = required(user, tr("Name the person to add to the matter."));
    const QString why = required(reason, tr("Adding someone to a matter needs a reason."));
    MatterGate gate(m_session);
    gate.visible(matterId, QLatin1String(matterstate::kMember));
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    const MatterInfo m = gate.open(matterId, QLatin1String(matterstate::kMember));
    if (MatterRegister(db).isMember(m.id, who))
        throw RecordsError(RecordsError::Kind::Conflict, tr("%1 was already added to matter %2.").arg(who, m.id));
    const qint64 at = m_session.now();
    const audit::AuditEntry entry =
        m_session.record(QLatin1String(matterstate::kMember), QStringLiteral("matter"), m.id, why, {},
                         matterstate::member(m.id, who, m_session.user(), at));
    db.prepare("INSERT INTO rec.matter_members(matter_id, user, added_by, added_at, entry_seq) "
               "VALUES(?1, ?2, ?3, ?4, ?5)")
        .bind(1, m.id)
        .bind(2, who)
        .bind(3, m_session.user())
        .bind(4, at)
        .bind(5, entry.seq)
        .run();
    tx.commit();
}

MatterInfo MatterService::close(const QString &matterId, const QString &reason)
{
    m_session.require(Action::ManageMatter, QStringLiteral("matter"), matterId);
    const QString why = required(reason, tr("Closing a matter needs a reason."));
    MatterGate gate(m_session);
    gate.visible(matterId, QLatin1String(matterstate::kClose));
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    const MatterInfo before = gate.open(matterId, QLatin1String(matterstate::kClose));
    MatterInfo after = before;
    after.state = QStringLiteral("closed");
    after.closedBy = m_session.user();
    after.closedAt = m_session.now();
    after.closeReason = why;
    after.revision = before.revision + 1;
    const audit::AuditEntry entry =
        m_session.record(QLatin1String(matterstate::kClose), QStringLiteral("matter"), before.id, why,
                         matterstate::matter(before), matterstate::matter(after));
    db.prepare("UPDATE rec.matters SET state = 'closed', closed_by = ?2, closed_at = ?3, close_reason = ?4, "
               "revision = ?5, entry_seq = ?6 WHERE id = ?1 AND state = 'open' AND revision = ?7")
        .bind(1, before.id)
        .bind(2, after.closedBy)
        .bind(3, *after.closedAt)
        .bind(4, why)
        .bind(5, after.revision)
        .bind(6, entry.seq)
        .bind(7, before.revision)
        .run();
    tx.commit();
    return after;
}

int MatterService::carryOverHoldMatters()
{
    cache::Database &db = m_session.db();
    const char *unlinked = "SELECT DISTINCT h.matter FROM rec.holds h WHERE h.matter IS NOT NULL "
                           "AND NOT EXISTS (SELECT 1 FROM rec.matters m WHERE m.id = h.matter) ORDER BY 1";
    if (!db.prepare(unlinked).step())
        return 0;
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    cache::Statement texts = db.prepare(unlinked);
    QStringList names;
    while (texts.step())
        names << texts.columnText(0);
    const QString why = audit::AuditReason("matter.carried_over").stored();
    for (const QString &name : names) {
        cache::Statement heldBy = db.prepare("SELECT id FROM rec.holds WHERE matter = ?1 ORDER BY created_at, id");
        heldBy.bind(1, name);
        QStringList holds;
        while (heldBy.step())
            holds << heldBy.columnText(0);
        const MatterInfo m = insertMatter(name, why, defaultReviewTags(), why, holds);
        db.prepare("UPDATE rec.holds SET matter = ?2 WHERE matter = ?1").bind(1, name).bind(2, m.id).run();
    }
    tx.commit();
    return int(names.size());
}

} // namespace proofdesk::records
