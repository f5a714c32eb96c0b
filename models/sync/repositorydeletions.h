#pragma once

#include "applyresult.h"
#include "cache/sqlite.h"
#include "changepage.h"

namespace proofdesk::sync {

class CatalogueWriter;
class CommunicationWriter;
class HeldDeletionRecorder;

// The deletions a repository reports, CacheWriter's part. Network repositories name the object
// by its own identity (cmis:objectId, the ArchivesSpace uri), never by the business id the
// mapping may have made the communication's id. A held communication the repository deleted
// is never purged: it stays, marked deleted in the repository, and the audit trail says so
// (DESIGN.md "Records rules": a hold blocks purging), and so does the sync: one warning per
// record (issue #25 item 12), so a scheduled sync exits 1 and a person is told.
class RepositoryDeletions
{
public:
    RepositoryDeletions(cache::Database &db, CommunicationWriter &communications, CatalogueWriter &catalogue);

    // Who is told of a held communication the repository deleted (none: only the mark).
    void setRecorder(HeldDeletionRecorder *recorder) { m_recorder = recorder; }
    // The page's deleted communications (by id or by object id) and catalogue versions.
    void apply(qint64 repoId, const ChangePage &page, ApplyResult &r);

private:
    void deleteUnlessHeld(qint64 rowid, const QString &id, const QString &objectId, ApplyResult &r);
    // Marked once; the audit entry goes in the page's transaction, so both or neither commit.
    void keepHeld(qint64 rowid, const QString &id, const QString &objectId, ApplyResult &r);
    cache::Statement &heldCheck();

    cache::Database &m_db;
    CommunicationWriter &m_communications;
    CatalogueWriter &m_catalogue;
    cache::Statement m_objectLookup;
    cache::Statement m_markDeleted;
    cache::Statement m_heldCheck; // prepared at the first deletion
    HeldDeletionRecorder *m_recorder = nullptr;
};

} // namespace proofdesk::sync
