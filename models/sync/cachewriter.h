#pragma once

#include "applyresult.h"
#include "cache/filetransaction.h"
#include "cache/repositorystore.h"
#include "cataloguewriter.h"
#include "changepage.h"
#include "communicationwriter.h"
#include "repositorydeletions.h"
#include "scopekeeper.h"

#include <QList>
#include <memory>
#include <optional>
#include <stdexcept>

namespace proofdesk::sync {

class HeldDeletionRecorder;
class SyncScope;

// A page read from a cursor the repository's stored cursor has moved on from (applyPage).
class CursorMoved : public std::runtime_error
{
public:
    CursorMoved();
};

// The one writer of the cache: applies pages of repository changes. Each page goes in one
// transaction together with the repository's cursor, so after a crash the next sync resumes
// at the first page not applied, with nothing doubled or lost. Its parts write the catalogue
// (CatalogueWriter), the communications and their delivery events (CommunicationWriter), the
// repository's deletions (RepositoryDeletions) and keep the cache within the sync scope
// (ScopeKeeper); this class holds the page's transaction, the cursor and the lines a run
// rejected. Statements are prepared once.
class CacheWriter
{
public:
    explicit CacheWriter(cache::Database &db);
    ~CacheWriter();

    // Throws CursorMoved, nothing applied, when the page was read from a cursor other than
    // the one stored (ChangePage::readFrom). Called inside a transaction the caller opened
    // (pages not held), the page is applied in it and committed with it.
    ApplyResult applyPage(qint64 repoId, const sync::ChangePage &page);
    // A sync's pages share transactions (SyncEngine): while held, applyPage() applies each
    // page in one open transaction, and commitHeld() commits them all with the last page's
    // cursor, as one page would be. A commit rewrites every page of the id's unique index that
    // its rows touched, and ids arrive in no order: at a million rows, a transaction of 5,000
    // touched 5,000 of its pages, two writes of 4 KB a letter with the log's checkpoint.
    // rollbackHeld() drops what is held (a page failed); the next sync reads it again.
    // A page that deletes is applied in a transaction of its own (after what is held is
    // committed): it may write the audit trail, and takes records.sqlite's lock as well.
    void holdCommits(bool hold) { m_holdCommits = hold; }
    static bool deletes(const sync::ChangePage &page);
    bool holdsPages() const { return m_held.has_value(); }
    void commitHeld();
    void rollbackHeld() { m_held.reset(); }
    // The page's communications only, in one transaction, as applyPage writes them, with the
    // repository's cursor, last sync and the run's rejections untouched: records a remote
    // search found and the person keeps offline (services/remotesearch.h).
    ApplyResult keepRecords(qint64 repoId, const sync::ChangePage &page);
    // The lines rejected by a sync of the repository that stopped before its last page (a
    // crash, an error, a cancel): stored with the pages' cursors, so the sync that resumes
    // the run reports them too, and they are not lost with the process that met them.
    QList<sync::RejectedRecord> rejectedInUnfinishedRun(qint64 repoId);
    // Who is told of a held communication the repository deleted (none: only the mark).
    void setHeldDeletionRecorder(HeldDeletionRecorder *recorder) { m_deletions.setRecorder(recorder); }
    // The repository's sync scope while pages are applied (null: everything is taken). A
    // communication outside it is not taken; one the cache holds is removed unless it is kept
    // (held, in a reissue, in an open exception case), and then updated as any other.
    void setScope(const SyncScope *scope) { m_scope.setScope(scope); }
    // After a sync: removes the repository's cached communications outside its scope, except
    // the kept ones (scopekeeper.h), in transactions of its own (call it outside one).
    // Nothing in records.sqlite changes. Counted in r.leftScope.
    void evictOutsideScope(const cache::RepositoryInfo &repository, const SyncScope &scope, ApplyResult &r)
    {
        m_scope.evictOutside(repository, scope, r);
    }
    // An eviction of at least this many rows, and of a fifth or more of the rest, rebuilds the
    // indexes instead of deleting from each (scopekeeper.h); tests choose the path.
    void setEvictionRebuildAtLeast(qint64 rows) { m_scope.setRebuildAtLeast(rows); }

private:
    struct Statements;
    ApplyResult startPage(const sync::ChangePage &page);
    QByteArray cursorAfter(qint64 repoId, const sync::ChangePage &page);
    void applyCommunications(qint64 repoId, const sync::ChangePage &page, ApplyResult &r);
    // One row per rejected line, however often it is met (the unique index of migration 6).
    void recordRejections(qint64 repoId, const QList<sync::RejectedRecord> &rejected, bool runOpen);

    cache::Database &m_db;
    std::unique_ptr<Statements> m_st;
    bool m_holdCommits = false;
    std::optional<cache::FileTransaction> m_held;
    CatalogueWriter m_catalogue;
    CommunicationWriter m_communications;
    RepositoryDeletions m_deletions;
    ScopeKeeper m_scope;
};

} // namespace proofdesk::sync
