#include "repositorydeletions.h"

#include "cache/holdsql.h"
#include "cataloguewriter.h"
#include "communicationwriter.h"
#include "helddeletionrecorder.h"
#include "rowcheck.h"

#include <QDateTime>

namespace proofdesk::sync {

using cache::Statement;

RepositoryDeletions::RepositoryDeletions(cache::Database &db, CommunicationWriter &communications,
                                         CatalogueWriter &catalogue)
    : m_db(db)
    , m_communications(communications)
    , m_catalogue(catalogue)
    , m_objectLookup(db.prepare("SELECT rowid, id FROM communications WHERE repo_id = ?1 AND repo_object_id = ?2"))
    , m_markDeleted(db.prepare("UPDATE communications SET repo_deleted_at = ?2 "
                               "WHERE rowid = ?1 AND repo_deleted_at IS NULL"))
{}

Statement &RepositoryDeletions::heldCheck()
{
    if (!m_heldCheck.isValid())
        m_heldCheck = prepareRowCheck(m_db, cache::holdsql::isHeld(QStringLiteral("c")));
    return m_heldCheck;
}

void RepositoryDeletions::apply(qint64 repoId, const ChangePage &page, ApplyResult &r)
{
    for (const QString &id : page.deletedCommunicationIds) {
        const auto cached = m_communications.find(id);
        if (cached && cached->repoId == repoId)
            deleteUnlessHeld(cached->rowid, id, QString(), r);
    }
    QStringList notCommunications;
    for (const QString &objectId : page.deletedObjectIds) {
        QList<QPair<qint64, QString>> rows; // normally one; read whole before writing
        m_objectLookup.bind(1, repoId).bind(2, objectId);
        while (m_objectLookup.step())
            rows.append({m_objectLookup.columnInt(0), m_objectLookup.columnText(1)});
        m_objectLookup.reset();
        if (rows.isEmpty())
            notCommunications << objectId;
        for (const auto &[rowid, id] : std::as_const(rows))
            deleteUnlessHeld(rowid, id, objectId, r);
    }
    m_catalogue.applyDeletions(repoId, notCommunications, r); // a template or block version, if any
}

void RepositoryDeletions::deleteUnlessHeld(qint64 rowid, const QString &id, const QString &objectId, ApplyResult &r)
{
    Statement &held = heldCheck();
    held.bind(1, rowid);
    const bool isHeld = held.step();
    held.reset();
    if (isHeld) {
        keepHeld(rowid, id, objectId, r);
        return;
    }
    m_communications.removeRow(rowid);
    ++r.deleted;
}

void RepositoryDeletions::keepHeld(qint64 rowid, const QString &id, const QString &objectId, ApplyResult &r)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_markDeleted.bind(1, rowid).bind(2, now).run();
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
    if (m_recorder && recordsAttached(m_db)) // no records.sqlite, no audit trail (a bare cache in a tool)
        m_recorder->keptHeld(m_db, id, objectId, now);
}

} // namespace proofdesk::sync
