#include "syncservice.h"

#include "audit/auditreason.h"
#include "cache/contentstore.h"
#include "cache/datafolderlock.h"
#include "records/rolegrants.h"
#include "records/session.h"
#include "repositoryadmin.h"
#include "sync/connectorfactory.h"
#include "sync/credentials/credentialstore.h"
#include "sync/syncturn.h"
#include "team/teamconfig.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace proofdesk::services {

qint64 SyncRun::accepted() const
{
    qint64 n = 0;
    for (const RepositorySync &r : repositories)
        n += r.report.result.accepted;
    return n;
}

QStringList SyncRun::failures() const
{
    QStringList out;
    for (const RepositorySync &r : repositories) {
        if (!r.report.error.isEmpty())
            out << QStringLiteral("%1: %2").arg(r.repository.name, r.report.error);
    }
    return out;
}

QStringList SyncRun::upkeepProblems() const
{
    QStringList out;
    if (upkeepFailed)
        out << QCoreApplication::translate("proofdesk::services::SyncRun",
                                           "The records upkeep failed (it runs again after the next import or "
                                           "sync): %1")
                   .arg(upkeepError);
    for (const QString &problem : upkeep.purged.refused)
        out << QCoreApplication::translate("proofdesk::services::SyncRun",
                                           "Disposed letters were not taken out of the cache: %1 (Records › Audit "
                                           "Trail › Verify Chain names each such row)")
                   .arg(problem);
    return out;
}

SyncService::SyncService(cache::Database &writer, cache::ContentStore &store, QString dataDir,
                         records::Identity identity)
    : m_writer(writer)
    , m_store(store)
    , m_dataDir(std::move(dataDir))
    , m_identity(std::move(identity))
    , m_useKeychain(sync::CredentialStore::defaultUseKeychain())
{}

namespace {

// A repository syncs in turn with its other syncs (and a drop with its imports), never beside
// one (sync/syncturn.h). Returns the repository as the sync it waited for left it: the cursor
// in `targets` may be from before that one, and reading from it again would bring back what
// that sync saw deleted. Nullopt when cancelled while waiting (the report says so) or removed
// meanwhile.
std::optional<cache::RepositoryInfo> takeTurn(cache::Database &writer, const cache::RepositoryInfo &repository,
                                              const std::atomic_bool *cancel, sync::SyncReport *report,
                                              std::unique_ptr<cache::DataFolderLock> *turn,
                                              const std::function<void(const QString &)> &waiting)
{
    report->repository = repository.name;
    std::function<void()> told;
    if (waiting)
        told = [&] { waiting(repository.name); };
    *turn = sync::waitForSyncTurn(writer, repository, cancel, &report->cancelled, told);
    if (report->cancelled)
        return std::nullopt;
    return cache::RepositoryStore(writer).findById(repository.id);
}

} // namespace

SyncRun SyncService::sync(const QList<cache::RepositoryInfo> &targets, const Progress &progress,
                          const std::atomic_bool *cancel, const Started &started)
{
    SyncRun run;
    cache::RepositoryStore repositories(m_writer);
    for (int i = 0; i < targets.size(); ++i) {
        if (cancel && cancel->load())
            break;
        cache::RepositoryInfo repository = targets.at(i);
        if (started)
            started(repository.name, i, int(targets.size()));
        RepositorySync one{repository, {}};
        try {
            std::unique_ptr<cache::DataFolderLock> turn;
            const auto current = takeTurn(m_writer, repository, cancel, &one.report, &turn, m_waiting);
            if (!current) {
                run.repositories << one;
                if (one.report.cancelled)
                    break;
                continue; // removed meanwhile: nothing left to sync
            }
            one.repository = repository = *current;
            auto environment = sync::ConnectorEnvironment::forDataFolder(m_dataDir, m_useKeychain, m_http);
            environment.cancel = cancel; // Cancel also ends an HTTP wait (a backoff, a Retry-After)
            auto connector = sync::createConnector(repository, m_store, std::move(environment));
            sync::SyncEngine engine(m_writer);
            engine.setDocumentCache(&m_store, m_dataDir);
            engine.setHeldDeletionRecorder(&m_heldDeletions);
            one.report = engine.sync(repository, *connector, progress, cancel);
        } catch (const std::exception &e) {
            // The connector could not even be made (a missing folder, no password).
            one.report.repository = repository.name;
            one.report.error = QString::fromUtf8(e.what());
            repositories.recordError(repository.id, one.report.error);
        }
        run.repositories << one;
    }
    run.cancelled = cancel && cancel->load();
    upkeep(run);
    return run;
}

SyncRun SyncService::importDrop(const QString &dropPath, const Progress &progress, const std::atomic_bool *cancel,
                                std::optional<qint64> bulkLoadMinimum)
{
    // The first user's roles before the first page (recorded): a first import killed half-way
    // leaves a folder its user can read and import into again, not one where nobody has a role.
    // Not for a path that is no folder at all (a typo claims nothing).
    const bool granted =
        m_claim && QFileInfo(dropPath).isDir() && records::grantAllRolesIfUnclaimed(m_writer, m_identity);
    std::function<void(const QString &)> beforeAdding;
    if (m_addingActor)
        beforeAdding = [this](const QString &) { requireMayAddRepository(m_writer.path(), m_dataDir, *m_addingActor); };
    const sync::DropImportOutcome outcome = sync::importDrop(m_writer, m_store, dropPath, progress, cancel,
                                                             bulkLoadMinimum, &m_heldDeletions, beforeAdding);
    m_added = outcome.added;
    SyncRun run;
    run.rolesGranted = granted;
    run.repositories << RepositorySync{outcome.repository, outcome.report};
    run.cancelled = outcome.report.cancelled;
    if (outcome.added) {
        // A drop imported for the first time became a repository: in the trail as `repo add`
        // records it (#41), by the person importing (who may add one: setAddingActor).
        try {
            records::RecordsSession::system(m_writer, m_identity)
                .record(QStringLiteral("repository.add"), QStringLiteral("repository"), outcome.repository.name,
                        audit::AuditReason("repository.drop_import").stored(), {}, outcome.repository.toJson());
        } catch (const std::exception &e) {
            run.upkeepFailed = true;
            run.upkeepError = QString::fromUtf8(e.what());
        }
    }
    upkeep(run);
    return run;
}

namespace {

// A folder connected to a team (or disconnected from one, keeping its copy) holds the server's
// reissue requests; a damaged team.json is taken as a team's too (the next records command
// says what is wrong with it).
records::OutboxDispatcher::RequestsKept requestsKeptIn(const QString &dataDir)
{
    using Kept = records::OutboxDispatcher::RequestsKept;
    try {
        return team::TeamConfig::load(dataDir) ? Kept::OnTheTeam : Kept::InThisFolder;
    } catch (const std::runtime_error &) {
        return Kept::OnTheTeam;
    }
}

} // namespace

void SyncService::upkeep(SyncRun &run)
{
    try {
        if (m_claim && records::grantAllRolesIfUnclaimed(m_writer, m_identity))
            run.rolesGranted = true;
        run.upkeep = records::afterSync(m_writer, m_identity, m_dataDir, requestsKeptIn(m_dataDir));
    } catch (const std::exception &e) {
        // The pages are committed; the upkeep runs again after the next sync.
        run.upkeepFailed = true;
        run.upkeepError = QString::fromUtf8(e.what());
    }
    for (const RepositorySync &one : std::as_const(run.repositories))
        run.documents.add(one.report.documents);
    try {
        run.documents.add(cache::DocumentCache(m_writer, m_store).enforceLimit(m_dataDir));
    } catch (const std::exception &e) {
        run.documentsError = QString::fromUtf8(e.what());
    }
}

} // namespace proofdesk::services
