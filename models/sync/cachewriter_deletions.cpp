// CacheWriter: the deletions a repository reports. Network repositories name the object by
// its own identity (cmis:objectId, the ArchivesSpace uri), never by the business id the
// mapping may have made the communication's id. A held communication the repository
// deleted is never purged: it stays, marked deleted in the repository, and the audit trail
// says so (DESIGN.md "Records rules": a hold blocks purging), and so does the sync: one
// warning per record (issue #25 item 12), so a scheduled sync exits 1 and a person is told.
#include "cache/holdsql.h"
#include "cachewriter.h"
#include "cachewriter_statements.h"
#include "helddeletionrecorder.h"

#include <QDateTime>

namespace proofdesk::sync {

using cache::Database;
using cache::Statement;

namespace {

bool recordsAttached(Database &db)
{
    return db.queryInt("SELECT count(*) FROM pragma_database_list WHERE name = 'rec'") > 0;
}

} // namespace

// `condition` on communication `c` where records.sqlite is attached; without it (a bare
// cache in a tool), at least the repository's own holds on the object.
Statement CacheWriter::prepareRowCheck(Database &db, const QString &condition)
{
    const QString check = recordsAttached(db) ? condition : QStringLiteral("c.repo_hold_ids IS NOT NULL");
    return db.prepare(QStringLiteral("SELECT 1 FROM communications c WHERE c.rowid = ?1 AND ") + check);
}

void CacheWriter::applyDeletions(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    CacheWriterStatements &s = statements();
    for (const QString &id : page.deletedCommunicationIds) {
        s.commLookup.bind(1, id);
        const bool exists = s.commLookup.step();
        const qint64 rowid = exists ? s.commLookup.columnInt(0) : 0;
        const bool ours = exists && s.commLookup.columnInt(2) == repoId;
        s.commLookup.reset();
        if (ours)
            deleteUnlessHeld(rowid, id, QString(), r);
    }
    QStringList notCommunications;
    for (const QString &objectId : page.deletedObjectIds) {
        QList<QPair<qint64, QString>> rows; // normally one; read whole before writing
        s.objectLookup.bind(1, repoId).bind(2, objectId);
        while (s.objectLookup.step())
            rows.append({s.objectLookup.columnInt(0), s.objectLookup.columnText(1)});
        s.objectLookup.reset();
        if (rows.isEmpty())
            notCommunications << objectId;
        for (const auto &[rowid, id] : std::as_const(rows))
            deleteUnlessHeld(rowid, id, objectId, r);
    }
    applyCatalogueDeletions(repoId, notCommunications, r); // a template or block version, if any
}

void CacheWriter::deleteUnlessHeld(qint64 rowid, const QString &id, const QString &objectId, ApplyResult &r)
{
    Statement &held = heldCheck();
    held.bind(1, rowid);
    const bool isHeld = held.step();
    held.reset();
    if (isHeld) {
        keepHeld(rowid, id, objectId, r);
        return;
    }
    removeRow(rowid);
    ++r.deleted;
}

// The communication, its text and its content blocks; its delivery events stay (by id).
void CacheWriter::removeRow(qint64 rowid)
{
    CacheWriterStatements &s = statements();
    removeFromTextIndex(rowid);
    s.textDelete.bind(1, rowid).run();
    s.blocksDelete.bind(1, rowid).run();
    s.commDelete.bind(1, rowid).run();
}

// Marked once; the audit entry goes in the page's transaction, so both or neither commit.
void CacheWriter::keepHeld(qint64 rowid, const QString &id, const QString &objectId, ApplyResult &r)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    statements().markRepositoryDeleted.bind(1, rowid).bind(2, now).run();
    if (m_db.changes() == 0)
        return; // already marked by an earlier sync
    ++r.keptHeld;
    const QString named =
        objectId.isEmpty() || objectId == id ? id : QStringLiteral("%1 (object %2)").arg(id, objectId);
    r.warnings << sync::RejectedRecord{
        objectId.isEmpty() ? id : objectId, 0,
        QStringLiteral("communication %1 was deleted in the repository; it is under legal "
                       "hold, so it is kept in the cache, marked deleted in the repository")
            .arg(named)};
    if (m_heldDeletions && recordsAttached(m_db)) // no records.sqlite, no audit trail (a bare cache in a tool)
        m_heldDeletions->keptHeld(m_db, id, objectId, now);
}

} // namespace proofdesk::sync
