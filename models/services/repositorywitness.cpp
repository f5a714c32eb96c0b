#include "repositorywitness.h"

#include "audit/changetransaction.h"
#include "cache/datafolderlock.h"
#include "records/helddeletiontrail.h"
#include "records/witnesstrail.h"
#include "sync/cachewriter.h"
#include "sync/connectorfactory.h"
#include "sync/credentials/credentialstore.h"
#include "sync/syncturn.h"

#include <QCoreApplication>

namespace proofdesk::services {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("proofdesk::services::RepositoryWitness", text); }

bool stopped(const std::atomic_bool *cancel) { return cancel && cancel->load(); }

QJsonObject passSummary(const WitnessReport &report)
{
    using Kind = sync::WitnessDifference::Kind;
    return {{QStringLiteral("listed"), report.listed},
            {QStringLiteral("cached"), report.cached},
            {QStringLiteral("changed"), report.count(Kind::Changed)},
            {QStringLiteral("gone"), report.count(Kind::Gone)},
            {QStringLiteral("sampled"), report.sampled}};
}

} // namespace

qint64 WitnessReport::count(sync::WitnessDifference::Kind kind) const
{
    return std::count_if(differences.cbegin(), differences.cend(),
                         [kind](const sync::WitnessDifference &d) { return d.kind == kind; });
}

RepositoryWitness::RepositoryWitness(cache::Database &writer, cache::ContentStore &store, QString dataDir,
                                     records::Identity identity)
    : m_writer(writer)
    , m_store(store)
    , m_dataDir(std::move(dataDir))
    , m_identity(std::move(identity))
    , m_useKeychain(sync::CredentialStore::defaultUseKeychain())
{}

// The repository's own connector. For the pass's reading, without the prefetch of documents: it
// compares records, and a prefetch would download every document of the repository.
std::unique_ptr<sync::RepositoryConnector> RepositoryWitness::connector(const cache::RepositoryInfo &repository,
                                                                        const std::atomic_bool *cancel, Use use)
{
    cache::RepositoryInfo configured = repository;
    if (use == Use::Reading)
        configured.settings.insert(QStringLiteral("prefetch"), false);
    auto environment = sync::ConnectorEnvironment::forDataFolder(m_dataDir, m_useKeychain, m_http);
    environment.cancel = cancel;
    return sync::createConnector(configured, m_store, std::move(environment));
}

sync::SyncReport RepositoryWitness::syncToHead(const cache::RepositoryInfo &repository, const std::atomic_bool *cancel)
{
    auto reader = connector(repository, cancel, Use::Syncing);
    sync::SyncEngine engine(m_writer);
    engine.setDocumentCache(&m_store, m_dataDir);
    records::HeldDeletionTrail heldDeletions;
    engine.setHeldDeletionRecorder(&heldDeletions);
    return engine.sync(repository, *reader, {}, cancel);
}

WitnessReport RepositoryWitness::witness(const cache::RepositoryInfo &given, const Progress &progress,
                                         const std::atomic_bool *cancel)
{
    WitnessReport report;
    report.repository = given.name;
    try {
        const auto turn = sync::waitForSyncTurn(m_writer, given, cancel, &report.cancelled);
        if (report.cancelled)
            return report;
        if (progress)
            progress(tr("Bringing the cache up to date"), 0);
        const sync::SyncReport caughtUp = syncToHead(given, cancel);
        report.cancelled = caughtUp.cancelled;
        if (!caughtUp.ok()) {
            report.error = caughtUp.error;
            return report;
        }
        const auto repository = cache::RepositoryStore(m_writer).findById(given.id);
        if (!repository) {
            report.error = tr("The repository was removed meanwhile.");
            return report;
        }
        sync::WitnessComparison seen(m_writer, repository->id);
        compare(*repository, repository->cursor, seen, progress, cancel, report);
        if (!report.ok())
            return report;
        record(*repository, repository->cursor, report);
        const sync::SyncReport after = syncToHead(*repository, cancel); // its cursor: record() kept it
        if (!after.ok()) {
            report.error = after.error; // what was found is recorded; the next sync applies the rest
            return report;
        }
        sampleBytes(*repository, cancel, report);
        if (!report.cancelled)
            records::recordWitnessPass(m_writer, m_identity, repository->name, passSummary(report));
    } catch (const std::exception &e) {
        report.error = QString::fromUtf8(e.what());
    }
    return report;
}

// Steps 2 and 3: the whole listing, then the change log since `cursor`.
void RepositoryWitness::compare(const cache::RepositoryInfo &repository, const QByteArray &cursor,
                                sync::WitnessComparison &seen, const Progress &progress, const std::atomic_bool *cancel,
                                WitnessReport &report)
{
    report.cached = seen.cached();
    auto listing = connector(repository, cancel, Use::Reading);
    QByteArray at;
    do {
        const sync::ChangePage page = listing->fetchChanges(at);
        seen.observe(page);
        at = page.nextCursor;
        if (progress)
            progress(tr("Reading the repository"), seen.listed());
        if (!page.more)
            break;
    } while (!stopped(cancel));
    report.listed = seen.listed();
    if (stopped(cancel)) {
        report.cancelled = true;
        return;
    }
    if (report.listed == 0 && report.cached > 0) {
        report.error = tr("The repository listed nothing, where the cache holds %1 letters from it: an empty answer "
                          "is not taken for the deletion of every letter. Check its address, type and scope "
                          "(`proofdesk-cli repo test`).")
                           .arg(report.cached);
        return;
    }
    if (progress)
        progress(tr("Reading the change log"), report.listed);
    auto log = connector(repository, cancel, Use::Reading);
    at = cursor;
    for (;;) {
        const sync::ChangePage page = log->fetchChanges(at);
        seen.excuse(page);
        at = page.nextCursor;
        if (!page.more || stopped(cancel))
            break;
    }
    report.cancelled = stopped(cancel);
    report.differences = seen.differences();
}

// Step 4: each difference with its entry, the cache brought to what the repository says, in
// one transaction read from `cursor` (the cursor's compare-and-set: no sync moved it meanwhile).
void RepositoryWitness::record(const cache::RepositoryInfo &repository, const QByteArray &cursor,
                               const WitnessReport &report)
{
    if (report.differences.isEmpty())
        return;
    sync::ChangePage page;
    page.readFrom = cursor;
    page.nextCursor = cursor;
    page.more = true; // not the end of a sync run: its rejected lines stay as they are
    for (const sync::WitnessDifference &d : report.differences) {
        if (d.now)
            page.communications << *d.now;
        else if (d.objectId.isEmpty()) // a drop's letter: its id is the repository's identity
            page.deletedCommunicationIds << d.communicationId;
        else
            page.deletedObjectIds << d.objectId;
    }
    sync::CacheWriter writer(m_writer);
    records::HeldDeletionTrail heldDeletions;
    writer.setHeldDeletionRecorder(&heldDeletions);
    // Both files locked from the start: the correction, and the entries that say why.
    audit::ChangeTransaction tx(m_writer);
    writer.applyPage(repository.id, page);
    for (const sync::WitnessDifference &d : report.differences)
        records::recordWitnessed(m_writer, m_identity, repository.name, d);
    tx.commit();
}

} // namespace proofdesk::services
