#include "changetransaction.h"

#include "audittrail.h"
#include "util/crashpoint.h"

#include <QStringList>
#include <sqlite3.h>
#include <utility>
#include <vector>

namespace proofdesk::audit {

namespace {

// The stagings open on this thread's connections (a connection is used by one thread at a
// time), innermost last.
thread_local std::vector<std::pair<sqlite3 *, StagedEntries *>> t_open;

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (const qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

// Deletes every staged copy whose entry (seq and hash) records.sqlite has.
constexpr char kDeleteConfirmed[] = "DELETE FROM main.trail_staged WHERE EXISTS (SELECT 1 FROM rec.audit_entries a "
                                    "WHERE a.seq = trail_staged.seq AND a.hash = trail_staged.hash)";

} // namespace

StagedEntries::StagedEntries(cache::Database &db)
    : m_db(db)
{
    t_open.emplace_back(db.handle(), this);
}

StagedEntries::~StagedEntries()
{
    for (auto it = t_open.end(); it != t_open.begin();) {
        --it;
        if (it->second == this) {
            t_open.erase(it);
            break;
        }
    }
}

StagedEntries *StagedEntries::of(const cache::Database &db)
{
    for (auto it = t_open.rbegin(); it != t_open.rend(); ++it)
        if (it->first == db.handle())
            return it->second;
    return nullptr;
}

void StagedEntries::stage(qint64 seq)
{
    m_db.prepare("INSERT INTO main.trail_staged(seq, at, user, role, action, outcome, object_type, object_id, reason, "
                 "before, after, device, prev_hash, hash) SELECT seq, at, user, role, action, outcome, object_type, "
                 "object_id, reason, before, after, device, prev_hash, hash FROM rec.audit_entries WHERE seq = ?1")
        .bind(1, seq)
        .run();
    m_rows << m_db.lastInsertRowId();
}

bool StagedEntries::landedInCache() const
{
    if (m_rows.isEmpty() || sqlite3_get_autocommit(m_db.handle()) == 0)
        return false; // still in the transaction: nothing of it is committed
    try {
        return m_db.queryInt(QStringLiteral("SELECT count(*) FROM main.trail_staged WHERE id IN (%1)")
                                 .arg(idList(m_rows))
                                 .toUtf8()
                                 .constData())
               > 0;
    } catch (const cache::SqliteError &) {
        return false;
    }
}

void StagedEntries::clearConfirmed() noexcept
{
    if (m_rows.isEmpty())
        return;
    try {
        m_db.exec(QStringLiteral("%1 AND id IN (%2)").arg(QLatin1String(kDeleteConfirmed), idList(m_rows)));
    } catch (const cache::SqliteError &) {
        // A full disk: the copies stay, and the next opening deletes them.
    }
}

ChangeTransaction::ChangeTransaction(cache::Database &db)
    : m_tx(db)
    , m_staged(db)
{}

void ChangeTransaction::commit()
{
    try {
        m_tx.commit();
    } catch (const cache::SqliteError &e) {
        if (m_staged.landedInCache())
            throw EntryKeptInCache(e);
        throw;
    }
    crashPoint("change-committed"); // tests: both files committed, the staged copy not yet cleared
    m_staged.clearConfirmed();
}

EntryKeptInCache::EntryKeptInCache(const cache::SqliteError &cause)
    : cache::SqliteError(
        cause, QStringLiteral("the change was stored in cache.sqlite, but its audit entry could not be written into "
                              "records.sqlite (%1); the entry is kept in cache.sqlite and added to the audit trail "
                              "when the data folder is next opened with room for it")
                   .arg(QString::fromUtf8(cause.what())))
{}

namespace {

struct Staged
{
    qint64 id = 0;
    AuditEntry entry; // as first appended: its seq and hash name it in the trail
};

QList<Staged> readStaged(cache::Database &db)
{
    cache::Statement st = db.prepare("SELECT seq, at, user, role, action, outcome, object_type, object_id, reason, "
                                     "before, after, device, prev_hash, hash, id FROM main.trail_staged ORDER BY id");
    QList<Staged> out;
    while (st.step())
        out << Staged{st.columnInt(14), AuditTrail::readEntry(st)};
    return out;
}

} // namespace

int finishStagedEntries(cache::Database &db)
{
    try {
        if (db.queryInt("SELECT count(*) FROM main.trail_staged") == 0)
            return 0;
    } catch (const cache::SqliteError &) {
        return 0; // a cache without the table (before migration 12), which stages nothing
    }
    int appended = 0;
    {
        // BEGIN IMMEDIATE: no other process is between its two commits while this reads.
        cache::Transaction tx(db);
        AuditTrail trail(db);
        for (const Staged &s : readStaged(db)) {
            if (trail.hashAt(s.entry.seq) == s.entry.hash)
                continue; // records.sqlite has it
            const AuditEntry stored = trail.append(s.entry);
            // The copy names the entry as now appended. This transaction commits the cache
            // first too: landed alone, the copy names an entry the trail lacks, appended again.
            db.prepare("UPDATE main.trail_staged SET seq = ?2, prev_hash = ?3, hash = ?4 WHERE id = ?1")
                .bind(1, s.id)
                .bind(2, stored.seq)
                .bind(3, stored.prevHash)
                .bind(4, stored.hash)
                .run();
            ++appended;
        }
        tx.commit();
    }
    db.exec(kDeleteConfirmed);
    return appended;
}

} // namespace proofdesk::audit
