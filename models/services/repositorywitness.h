#pragma once

#include "cache/repositorystore.h"
#include "records/identity.h"
#include "sync/http/httpoptions.h"
#include "sync/syncengine.h"
#include "sync/witnesscomparison.h"

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

// What a witness pass of one repository found and did.
struct WitnessReport
{
    QString repository;
    qint64 listed = 0;          // letters the repository lists now
    qint64 cached = 0;          // letters the desk held from it, live, before the pass
    qint64 sampled = 0;         // letters whose bytes were asked again (setSample)
    QStringList sampleProblems; // a sampled letter whose bytes could not be had: the repository's words
    QList<sync::WitnessDifference> differences;
    QString error; // the pass stopped: nothing was concluded, nothing recorded
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
    qint64 count(sync::WitnessDifference::Kind kind) const;
};

// The desk as its repository's witness (issue #63): a repository's administrator can rewrite a
// letter's bytes, checksum and properties, or delete it, without a change record, and the change
// log then says nothing. A witness pass, in the repository's sync turn (no sync runs beside it):
//  1. brings the cache up to date with what the repository recorded (a sync);
//  2. reads the whole repository again from its start, applying nothing, and compares each
//     letter's record with the cache's (WitnessComparison);
//  3. reads the change log from the cursor of step 1: what it names changed with a record
//     during step 2, and is no finding;
//  4. for every other difference, in one transaction: an audit entry with what the desk saw and
//     what the repository says now (records/witnesstrail.h), and the cache brought to what the
//     repository says (a changed letter written as it is now, a gone one marked deleted in the
//     repository, or kept so under hold, as a sync does);
//  5. syncs again (step 3's changes applied);
//  6. with a sample (setSample), asks the repository again for the bytes of that many letters
//     verified before, chosen at random, and compares them (DocumentFetch, Source::Repository):
//     bytes rewritten with their checksum kept fail their fixity, recorded as a fetch records
//     it, and each such letter is an entry as a changed one is. A repository's checksum is
//     compared in step 2 with its other properties; only the bytes need downloading.
// A repository that cannot be read whole (an error, a listing that stops) is an error and
// nothing is concluded from it; one that lists nothing of a cache that holds letters from it is
// refused too: an empty answer is not taken for the deletion of everything.
class RepositoryWitness
{
public:
    using Progress = std::function<void(const QString &step, qint64 listed)>;

    RepositoryWitness(cache::Database &writer, cache::ContentStore &store, QString dataDir, records::Identity identity);
    void setUseKeychain(bool use) { m_useKeychain = use; }
    void setHttpDefaults(const std::optional<sync::HttpOptions> &options) { m_http = options; }
    // Step 6: how many letters' bytes to ask again (0, the default: none). Network
    // repositories only; a drop's bytes are read where they are.
    void setSample(int letters) { m_sample = letters; }

    WitnessReport witness(const cache::RepositoryInfo &repository, const Progress &progress = {},
                          const std::atomic_bool *cancel = nullptr);

private:
    enum class Use { Syncing, Reading };
    std::unique_ptr<sync::RepositoryConnector> connector(const cache::RepositoryInfo &repository,
                                                         const std::atomic_bool *cancel, Use use);
    sync::SyncReport syncToHead(const cache::RepositoryInfo &repository, const std::atomic_bool *cancel);
    void compare(const cache::RepositoryInfo &repository, const QByteArray &cursor, sync::WitnessComparison &seen,
                 const Progress &progress, const std::atomic_bool *cancel, WitnessReport &report);
    void record(const cache::RepositoryInfo &repository, const QByteArray &cursor, const WitnessReport &report);
    void sampleBytes(const cache::RepositoryInfo &repository, const std::atomic_bool *cancel, WitnessReport &report);

    cache::Database &m_writer;
    cache::ContentStore &m_store;
    QString m_dataDir;
    records::Identity m_identity;
    bool m_useKeychain;
    std::optional<sync::HttpOptions> m_http;
    int m_sample = 0;
};

} // namespace proofdesk::services
