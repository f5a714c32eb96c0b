#pragma once

#include "cache/repositorystore.h"
#include "cache/sqlite.h"
#include "changepage.h"

#include <QList>
#include <memory>

namespace proofdesk::sync {

struct CacheWriterStatements;
class HeldDeletionRecorder;
class SyncScope;

// What applying one page did. accepted + unchanged + rejected = records offered.
struct ApplyResult
{
    qint64 accepted = 0;  // records that added or changed something
    qint64 unchanged = 0; // records already in the cache exactly as given
    qint64 deleted = 0;
    qint64 keptHeld = 0; // deleted in the repository but under hold: kept, marked deleted
    // The repository's sync scope (syncscope.h): records offered that lie outside it and were
    // not taken, and cached communications that left it and were removed from the cache
    // (never one under hold, in a reissue or in an open exception case: those stay).
    qint64 outsideScope = 0;
    qint64 leftScope = 0;
    QList<sync::RejectedRecord> rejected; // the page's rejections plus conflicts found here
    QList<sync::RejectedRecord> warnings; // records taken with something to report
    qint64 communicationsAccepted = 0;

    void add(const ApplyResult &other);
};

// The one writer of the cache: applies pages of repository changes. Each page goes in one
// transaction together with the repository's cursor, so after a crash the next sync resumes
// at the first page not applied, with nothing doubled or lost. Statements are prepared once.
class CacheWriter
{
public:
    explicit CacheWriter(cache::Database &db);
    ~CacheWriter();

    ApplyResult applyPage(qint64 repoId, const sync::ChangePage &page);
    // The page's communications only, in one transaction, as applyPage writes them, with the
    // repository's cursor, last sync and the run's rejections untouched: records a remote
    // search found and the person keeps offline (services/remotesearch.h).
    ApplyResult keepRecords(qint64 repoId, const sync::ChangePage &page);
    // The lines rejected by a sync of the repository that stopped before its last page (a
    // crash, an error, a cancel): stored with the pages' cursors, so the sync that resumes
    // the run reports them too, and they are not lost with the process that met them.
    QList<sync::RejectedRecord> rejectedInUnfinishedRun(qint64 repoId);
    // Who is told of a held communication the repository deleted (none: only the mark).
    void setHeldDeletionRecorder(HeldDeletionRecorder *recorder) { m_heldDeletions = recorder; }
    // The repository's sync scope while pages are applied (null: everything is taken). A
    // communication outside it is not taken; one the cache holds is removed unless it is kept
    // (held, in a reissue, in an open exception case), and then updated as any other.
    void setScope(const SyncScope *scope) { m_scope = scope; }
    // After a sync: removes the repository's cached communications outside its scope, except
    // the kept ones (cachewriter_scope.cpp), in transactions of its own (call it outside one).
    // Nothing in records.sqlite changes. Counted in r.leftScope.
    void evictOutsideScope(const cache::RepositoryInfo &repository, const SyncScope &scope, ApplyResult &r);
    // An eviction of at least this many rows, and of a fifth or more of the rest, rebuilds the
    // indexes instead of deleting from each (cachewriter_scope.cpp); tests choose the path.
    void setEvictionRebuildAtLeast(qint64 rows) { m_rebuildAtLeast = rows; }

private:
    struct Statements;
    ApplyResult startPage(const sync::ChangePage &page);
    void applyRetention(qint64 repoId, const sync::ChangePage &page, ApplyResult &r);
    void applyTemplates(qint64 repoId, const sync::ChangePage &page, ApplyResult &r);
    void applyBlocks(qint64 repoId, const sync::ChangePage &page, ApplyResult &r);
    void applyCommunications(qint64 repoId, const sync::ChangePage &page, ApplyResult &r);
    bool applyCommunication(qint64 repoId, const domain::Communication &c, ApplyResult &r);
    bool insertIfNew(qint64 repoId, const domain::Communication &c);
    void writeTextAndBlocks(qint64 rowid, const domain::Communication &c, bool replacing);
    void applyEvents(qint64 repoId, const sync::ChangePage &page, ApplyResult &r);
    void applyDeletions(qint64 repoId, const sync::ChangePage &page, ApplyResult &r);
    void deleteUnlessHeld(qint64 rowid, const QString &id, const QString &objectId, ApplyResult &r);
    void keepHeld(qint64 rowid, const QString &id, const QString &objectId, ApplyResult &r);
    void removeRow(qint64 rowid);
    // cachewriter_scope.cpp: false when `c` lies outside the scope and is not to be applied
    // (counted, and removed from the cache when it was there and nothing keeps it).
    bool takenByScope(qint64 repoId, const domain::Communication &c, ApplyResult &r);
    bool keptOutsideScope(qint64 rowid);
    QList<qint64> refusedByScope(const SyncScope &scope, const QList<qint64> &proposed);
    // The repository's rows among these that nothing keeps, with their text, full-text
    // entries and blocks; how many were removed.
    qint64 removeRows(qint64 repoId, const QList<qint64> &rowIds);
    static cache::Statement prepareRowCheck(cache::Database &db, const QString &condition);
    cache::Statement &heldCheck();
    CacheWriterStatements &statements(); // for the parts in other files (Statements is local)
    void removeFromTextIndex(qint64 rowid);
    // cachewriter_catalogue.cpp: template and block versions the repository no longer has.
    void applyCatalogueDeletions(qint64 repoId, const QStringList &objectIds, ApplyResult &r);
    void dropCatalogueNotIn(qint64 repoId, const sync::ChangePage &page, ApplyResult &r);
    void deleteTemplateVersion(const QString &templateId, const QString &version);
    void recordRejections(qint64 repoId, const QList<sync::RejectedRecord> &rejected, bool runOpen);

    cache::Database &m_db;
    std::unique_ptr<Statements> m_st;
    bool m_textIndexDeferred = false;
    bool m_eventsExist = true;
    cache::Statement m_heldCheck; // prepared at the first deletion
    cache::Statement m_keptCheck; // prepared at the first communication outside the scope
    const SyncScope *m_scope = nullptr;
    qint64 m_rebuildAtLeast = 20000;
    HeldDeletionRecorder *m_heldDeletions = nullptr;
};

} // namespace proofdesk::sync
