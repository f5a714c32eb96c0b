#include "holdservice.h"

#include "cache/filetransaction.h"
#include "cache/holdsql.h"
#include "holddeliveries.h"
#include "holdregister.h"
#include "outbox.h"
#include "recordserror.h"
#include "search/searchengine.h"
#include "util/crashpoint.h"
#include "util/timeutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::HoldService", "proofdesk::records", text);
}

constexpr qsizetype kChunk = 10000;

QString jsonArrayText(const QList<QVariant> &values, qsizetype from, qsizetype count)
{
    QJsonArray a;
    for (qsizetype i = from; i < from + count && i < values.size(); ++i)
        a.append(QJsonValue::fromVariant(values.at(i)));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString required(const QString &value, const char *what)
{
    if (value.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid, tr("A legal hold needs %1.").arg(tr(what)));
    return value.trimmed();
}

} // namespace

QString HoldService::newHoldId()
{
    return QStringLiteral("HOLD-") + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper();
}

HoldService::HoldService(const RecordsSession &session)
    : m_session(session)
{}

void HoldService::checkKnown(const QStringList &ids) const
{
    cache::Statement st = m_session.db().prepare("SELECT j.value FROM json_each(?1) j WHERE NOT EXISTS "
                                                 "(SELECT 1 FROM communications c WHERE c.id = j.value) LIMIT 11");
    st.bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    QStringList unknown;
    while (st.step())
        unknown << st.columnText(0);
    if (!unknown.isEmpty())
        throw RecordsError(RecordsError::Kind::NotFound,
                           tr("No communication with id %1 in the cache: nothing was put on hold. "
                              "Check the ids, or sync first.")
                               .arg(unknown.mid(0, 10).join(QLatin1String(", "))
                                    + (unknown.size() > 10 ? QStringLiteral(", …") : QString())));
}

qint64 HoldService::insertItems(const QString &holdId, const QList<QVariant> &keys, bool byRowId, const QString &reason,
                                HoldItemsDigest &digest, const HoldProgress &progress)
{
    // An item removed earlier and added again is active again (its removal is in the audit
    // trail); one that is already active is left untouched.
    cache::Statement st = m_session.db().prepare(
        QStringLiteral("INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by, added_reason) "
                       "SELECT ?1, c.id, ?2, ?3, ?4 FROM json_each(?5) j JOIN communications c "
                       "ON c.%1 = j.value WHERE true "
                       "ON CONFLICT(hold_id, comm_id) DO UPDATE SET added_at = excluded.added_at, "
                       "added_by = excluded.added_by, added_reason = excluded.added_reason, "
                       "removed_at = NULL, removed_by = NULL, removed_reason = NULL "
                       "WHERE removed_at IS NOT NULL RETURNING comm_id")
            .arg(byRowId ? QLatin1String("rowid") : QLatin1String("id")));
    qint64 added = 0;
    for (qsizetype from = 0; from < keys.size(); from += kChunk) {
        st.bind(1, holdId)
            .bind(2, m_session.now())
            .bind(3, m_session.user())
            .bind(4, reason)
            .bind(5, jsonArrayText(keys, from, kChunk));
        while (st.step()) { // the letters it added: neither those held already nor unknown ids
            digest.add(st.columnText(0));
            ++added;
        }
        st.reset();
        if (progress)
            progress(qMin<qint64>(from + kChunk, keys.size()), keys.size());
    }
    return added;
}

HoldTargets HoldService::resolve(const HoldSpec &spec) const
{
    HoldTargets t;
    t.name = required(spec.name, "a name");
    t.reason = required(spec.reason, "a reason");
    const int kinds = int(!spec.ids.isEmpty()) + int(!spec.query.trimmed().isEmpty())
                      + int(!spec.scopeField.isEmpty() || !spec.scopeValue.isEmpty());
    if (kinds != 1)
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("A legal hold covers exactly one of: a list of communication ids, a search "
                              "query, or a business key scope (customer, account, policy, claim, loan, case)."));
    t.scopeColumn = spec.scopeField.isEmpty() ? QString() : cache::holdsql::scopeColumn(spec.scopeField);
    if (!spec.scopeField.isEmpty() && (t.scopeColumn.isEmpty() || spec.scopeValue.trimmed().isEmpty()))
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("\"%1=%2\" is not a hold scope: use customer, account, policy, claim, loan "
                              "or case with a value, e.g. claim=CLM-88812.")
                               .arg(spec.scopeField, spec.scopeValue));
    t.scopeValue = t.scopeColumn.isEmpty() ? QString() : spec.scopeValue.trimmed();
    t.query = spec.query.trimmed();
    if (!spec.ids.isEmpty()) {
        checkKnown(spec.ids);
        for (const QString &id : spec.ids)
            t.keys << id.trimmed();
    } else if (!t.query.isEmpty()) {
        const search::RowIdsResult found = search::SearchEngine(m_session.db()).allRowIds(t.query);
        if (found.error)
            throw RecordsError(RecordsError::Kind::Invalid, tr("The hold's query is not valid at character %1: %2")
                                                                .arg(found.error->position + 1)
                                                                .arg(found.error->message));
        for (const qint64 r : found.rowIds)
            t.keys << r;
        t.byRowId = true;
    }
    return t;
}

HoldInfo HoldService::create(const HoldSpec &spec, const HoldProgress &progress)
{
    m_session.require(Action::ApplyHold, QStringLiteral("hold"));
    crashPoint("hold-decision"); // tests: another process disposes of a letter here (tst_cli_holdrace)
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    const HoldTargets t = resolve(spec);
    const QString matter = matterLink(spec.matter);
    const QString id = newHoldId();
    db.prepare("INSERT INTO rec.holds(id, name, matter, reason, scope_field, scope_value, scope_query, "
               "created_by, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, id)
        .bind(2, t.name)
        .bind(3, matter)
        .bind(4, t.reason)
        .bind(5, t.scopeColumn)
        .bind(6, t.scopeValue)
        .bind(7, t.query.isEmpty() ? QString() : t.query)
        .bind(8, m_session.user())
        .bind(9, m_session.now())
        .run();
    HoldItemsDigest digest;
    insertItems(id, t.keys, t.byRowId, t.reason, digest, progress);
    HoldInfo created = *HoldRegister(db).find(id);
    QJsonObject after = created.toJson();
    after.insert(QStringLiteral("items_xor"), digest.hex()); // records::HoldReplay checks the letters by it
    m_session.record(QStringLiteral("hold.create"), QStringLiteral("hold"), id, t.reason, {}, after);
    enqueue(id, true);
    tx.commit();
    return created;
}

// A hold's matter is the matter's link (its id), never free text: a hold placed for a matter
// shows in it, and the matter is found from the hold.
QString HoldService::matterLink(const QString &matter) const
{
    if (matter.trimmed().isEmpty())
        return QString();
    cache::Statement st = m_session.db().prepare("SELECT id FROM rec.matters WHERE id = ?1");
    if (st.bind(1, matter.trimmed()).step())
        return st.columnText(0);
    throw RecordsError(RecordsError::Kind::NotFound,
                       tr("There is no matter \"%1\": a hold names its matter by the matter's id (MAT-…); "
                          "`matter list` shows them, `matter open` opens one.")
                           .arg(matter.trimmed()));
}

HoldInfo HoldService::activeHold(const QString &holdId, const QString &action) const
{
    const auto hold = HoldRegister(m_session.db()).find(holdId);
    if (!hold)
        throw RecordsError(RecordsError::Kind::NotFound,
                           tr("There is no legal hold %1. `hold list` shows them.").arg(holdId));
    if (!hold->active())
        m_session.refuse(action, QStringLiteral("hold"), hold->id,
                         audit::AuditReason("hold.released", {hold->id, formatUtc(*hold->releasedAt)}));
    return *hold;
}

qint64 HoldService::addItems(const QString &holdId, const QStringList &ids, const QString &reason,
                             const HoldProgress &progress)
{
    m_session.require(Action::ApplyHold, QStringLiteral("hold"), holdId);
    const QString why = required(reason, "a reason for adding communications");
    const HoldInfo hold = activeHold(holdId, QStringLiteral("hold.add"));
    cache::FileTransaction tx(m_session.db(), cache::Locks::RecordsOnly);
    checkKnown(ids);
    QList<QVariant> keys;
    for (const QString &id : ids)
        keys << id.trimmed();
    HoldItemsDigest digest;
    const qint64 added = insertItems(hold.id, keys, false, why, digest, progress);
    m_session.record(QStringLiteral("hold.add"), QStringLiteral("hold"), hold.id, why, {},
                     QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)},
                                 {QStringLiteral("added"), added},
                                 {QStringLiteral("items_xor"), digest.hex()}});
    enqueue(hold.id, false);
    tx.commit();
    return added;
}

qint64 HoldService::removeItems(const QString &holdId, const QStringList &ids, const QString &reason)
{
    m_session.require(Action::ApplyHold, QStringLiteral("hold"), holdId);
    const QString why = required(reason, "a reason for removing communications");
    const HoldInfo hold = activeHold(holdId, QStringLiteral("hold.remove"));
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    cache::Statement remove =
        db.prepare("UPDATE rec.hold_items SET removed_at = ?3, removed_by = ?4, removed_reason = ?5 "
                   "WHERE hold_id = ?1 AND comm_id IN (SELECT value FROM json_each(?2)) AND removed_at IS NULL "
                   "RETURNING comm_id");
    remove.bind(1, hold.id)
        .bind(2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)))
        .bind(3, m_session.now())
        .bind(4, m_session.user())
        .bind(5, why);
    HoldItemsDigest digest; // removing a letter takes its part out of the hold's digest again
    qint64 removed = 0;
    while (remove.step()) {
        digest.add(remove.columnText(0));
        ++removed;
    }
    m_session.record(QStringLiteral("hold.remove"), QStringLiteral("hold"), hold.id, why,
                     QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}},
                     QJsonObject{{QStringLiteral("removed"), removed}, {QStringLiteral("items_xor"), digest.hex()}});
    enqueue(hold.id, false);
    tx.commit();
    return removed;
}

HoldInfo HoldService::release(const QString &holdId, const QString &reason)
{
    m_session.require(Action::ReleaseHold, QStringLiteral("hold"), holdId);
    const QString why = required(reason, "a reason for its release");
    const HoldInfo before = activeHold(holdId, QStringLiteral("hold.release"));
    cache::Database &db = m_session.db();
    cache::FileTransaction tx(db, cache::Locks::RecordsOnly);
    db.prepare("UPDATE rec.holds SET released_at = ?2, released_by = ?3, release_reason = ?4 "
               "WHERE id = ?1 AND released_at IS NULL")
        .bind(1, before.id)
        .bind(2, m_session.now())
        .bind(3, m_session.user())
        .bind(4, why)
        .run();
    const HoldInfo after = *HoldRegister(db).find(before.id);
    m_session.record(QStringLiteral("hold.release"), QStringLiteral("hold"), before.id, why, before.toJson(),
                     after.toJson());
    enqueue(before.id, false);
    tx.commit();
    return after;
}

// The hold's state at this revision goes to every repository it concerns: those of its
// items, or all of them for a scope hold (later arrivals may come from any). A drop gets the
// whole hold as one file named by the hold id, so each revision replaces the one before; a
// CMIS or ArchivesSpace repository keeps a hold on each object, so the objects whose state
// changes get theirs (HoldDeliveries), each once, addressed by the repository's identity.
void HoldService::enqueue(const QString &holdId, bool isNew)
{
    if (!isNew)
        m_session.db().prepare("UPDATE rec.holds SET revision = revision + 1 WHERE id = ?1").bind(1, holdId).run();
    queueRevision(holdId);
}

void HoldService::queueRevision(const QString &holdId)
{
    cache::Database &db = m_session.db();
    const HoldInfo hold = *HoldRegister(db).find(holdId);
    HoldDeliveries(db).plan(holdId, m_session.now());
    cache::Statement repos =
        db.prepare(hold.scopeField.isEmpty()
                       ? "SELECT DISTINCT c.repo_id FROM rec.hold_items hi JOIN communications c ON c.id = hi.comm_id "
                         "JOIN repositories r ON r.id = c.repo_id WHERE hi.hold_id = ?1 AND r.kind = 'drop' ORDER BY 1"
                       : "SELECT id FROM repositories WHERE ?1 IS NOT NULL AND kind = 'drop' ORDER BY id");
    repos.bind(1, holdId);
    cache::Statement items =
        db.prepare("SELECT hi.comm_id FROM rec.hold_items hi JOIN communications c ON c.id = hi.comm_id "
                   "WHERE hi.hold_id = ?1 AND hi.removed_at IS NULL AND c.repo_id = ?2 ORDER BY hi.comm_id");
    Outbox outbox(db);
    while (repos.step()) {
        const qint64 repoId = repos.columnInt(0);
        QJsonArray ids;
        items.bind(1, holdId).bind(2, repoId);
        while (items.step())
            ids.append(items.columnText(0));
        items.reset();
        QJsonObject payload = hold.toJson();
        payload.remove(QStringLiteral("items"));
        payload.remove(QStringLiteral("removed_items"));
        const QString key = QStringLiteral("%1.r%2.repo%3").arg(holdId).arg(hold.revision).arg(repoId);
        payload.insert(QStringLiteral("kind"), QStringLiteral("hold"));
        payload.insert(QStringLiteral("idempotency_key"), key);
        payload.insert(QStringLiteral("communications"), ids);
        outbox.enqueue(key, repoId, QStringLiteral("hold"), holdId, payload, m_session.now());
    }
}

} // namespace proofdesk::records
