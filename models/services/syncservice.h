#pragma once

#include "actionrunner.h"
#include "cache/documentcache.h"
#include "cache/repositorystore.h"
#include "records/helddeletiontrail.h"
#include "records/identity.h"
#include "records/recordsupkeep.h"
#include "sync/dropimport.h"
#include "sync/http/httpoptions.h"
#include "sync/syncengine.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <optional>

namespace proofdesk::cache {
class ContentStore;
class Database;
} // namespace proofdesk::cache

namespace proofdesk::services {

// One repository's part of a sync run.
struct RepositorySync
{
    cache::RepositoryInfo repository;
    sync::SyncReport report; // report.error set: the repository is offline, the cache kept
};

// What a sync or an import did, and what the records side did after it.
struct SyncRun
{
    QList<RepositorySync> repositories;
    records::UpkeepReport upkeep;
    bool rolesGranted = false; // the data folder was unclaimed: its first user got every role
    bool cancelled = false;
    bool upkeepFailed = false; // upkeepError says why; the synced pages are kept
    QString upkeepError;
    // The content store brought within documents.limit afterwards (least recently viewed
    // bytes first); documentsError says why it could not be (the synced pages are kept).
    cache::DocumentCache::Eviction documents;
    QString documentsError;

    qint64 accepted() const;
    QStringList failures() const; // "name: error" for each repository that failed
    // What the records upkeep could not do, for a person: it failed, or disposed letters were
    // not taken out because their tombstones are not what the trail made them (#62).
    QStringList upkeepProblems() const;
};

// What follows "bring the cache up to date", in one place for the desktop's jobs and the
// command-line client: sync each repository (or import a drop), then the records upkeep
// (reissues that came back fulfil their requests, disposed communications taken out again,
// the outbox sent) — so that no caller forgets a step.
class SyncService
{
public:
    using Progress = std::function<void(const sync::SyncProgress &)>;
    using Started = std::function<void(const QString &name, int index, int count)>;

    SyncService(cache::Database &writer, cache::ContentStore &store, QString dataDir, records::Identity identity);

    // Where connectors find credentials and HTTP patience (tests: no keychain, short waits).
    void setUseKeychain(bool use) { m_useKeychain = use; }
    void setHttpDefaults(const std::optional<sync::HttpOptions> &options) { m_http = options; }
    // The first user of an unclaimed data folder is granted every role (audited); by
    // importDrop() before its first page, so that an import cut short leaves them.
    void setClaimUnclaimedFolder(bool claim) { m_claim = claim; }
    // importDrop() adds a new drop as a repository only if `actor` may add one: the rule of
    // Settings › Repositories › Add (requireMayAddRepository), not a rule of the import's own.
    void setAddingActor(const Actor &actor) { m_addingActor = actor; }
    // Told when a repository's sync waits for another of the same repository (another process,
    // the desktop's scheduled sync) to finish first (sync/syncturn.h).
    void setWaitingForTurn(std::function<void(const QString &repository)> waiting) { m_waiting = std::move(waiting); }

    // Syncs `targets` in order (each failure recorded on its repository and reported), then
    // runs the upkeep once, also after a cancel (what arrived is kept and acted on).
    SyncRun sync(const QList<cache::RepositoryInfo> &targets, const Progress &progress = {},
                 const std::atomic_bool *cancel = nullptr, const Started &started = {});
    // Adds the drop as a repository if new, imports it, then the upkeep. Throws
    // sync::ConnectorError when the folder is not a usable drop.
    SyncRun importDrop(const QString &dropPath, const Progress &progress = {}, const std::atomic_bool *cancel = nullptr,
                       std::optional<qint64> bulkLoadMinimum = std::nullopt);

    bool addedRepository() const { return m_added; }

private:
    void upkeep(SyncRun &run);

    cache::Database &m_writer;
    cache::ContentStore &m_store;
    records::HeldDeletionTrail m_heldDeletions; // the trail hears of held records a sync kept
    QString m_dataDir;
    records::Identity m_identity;
    bool m_useKeychain;
    std::optional<sync::HttpOptions> m_http;
    bool m_claim = false;
    bool m_added = false;
    std::optional<Actor> m_addingActor;
    std::function<void(const QString &repository)> m_waiting;
};

} // namespace proofdesk::services
