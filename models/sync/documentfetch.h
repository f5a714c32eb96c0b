#pragma once

#include "cache/repositorystore.h"
#include "cache/sqlite.h"
#include "domain/communication.h"
#include "repositoryconnector.h"

namespace proofdesk::sync {

// A communication's document fetched on demand (someone opens it, a background pass fills
// the store) with the outcome written to the cache: where its bytes are (content_sha256)
// and its fixity — verified when they hash to the repository's SHA-256, failed when they
// do not — in one transaction, so the cache never shows "verified" without the bytes it
// verified, nor a stored hash with a stale verdict. The bytes enter the content store
// first: a crash before the transaction leaves an object nobody points at yet, never a
// row pointing at bytes that are not there.
class DocumentFetch
{
public:
    struct Outcome
    {
        domain::Fixity fixity = domain::Fixity::Missing; // Missing: the repository gives no hash
        QString contentSha256;                           // what the bytes hash to (stored under it unless they failed)
        // For a failed fixity: the repository, request and both hashes; for one fetched
        // without a hash to verify it against (Missing): why it cannot be verified.
        QString problem;
    };

    DocumentFetch(cache::Database &writer, qint64 repoId, RepositoryConnector &connector);

    // Where bytes already verified for this communication may come from: the content store
    // (viewing a letter, a production) or only the repository, asked again and its answer
    // compared (`proofdesk-cli fetch`: a repository that rewrote a letter's bytes without a
    // change record was said to hold them, from the desk's own copy; issue #63 item 2).
    enum class Source { StoreWhenProven, Repository };

    // A failed fixity is an outcome, not an exception. Throws ConnectorError when the bytes
    // could not be had (the cache is unchanged; a partial download is kept and resumed with
    // Range next time), when the communication is not this repository's, or when a sync
    // replaced its record while the bytes were on their way (the verdict would be stale).
    Outcome fetch(const QString &communicationId, Source source = Source::StoreWhenProven);

    // The repository a cached communication came from; nullopt when it is not in the cache.
    static std::optional<cache::RepositoryInfo> repositoryOf(cache::Database &db, const QString &communicationId);
    // Whether a repository of this kind has documents to fetch on demand: the network
    // ones. A drop's documents arrive with it.
    static bool fetchesOnDemand(const QString &kind) { return !kind.isEmpty() && kind != QLatin1String("drop"); }

private:
    // repositoryHash: the communication's rendition_sha256 as the cache has it (lower case).
    void record(const QString &communicationId, const QString &repositoryHash, const Outcome &outcome);

    cache::Database &m_writer;
    qint64 m_repoId;
    RepositoryConnector &m_connector;
};

} // namespace proofdesk::sync
