#include "documentfetch.h"

#include "cache/filetransaction.h"
#include "util/sha256hex.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFetch, "proofdesk.sync.fetch")

namespace proofdesk::sync {

DocumentFetch::DocumentFetch(cache::Database &writer, qint64 repoId, RepositoryConnector &connector)
    : m_writer(writer)
    , m_repoId(repoId)
    , m_connector(connector)
{}

DocumentFetch::Outcome DocumentFetch::fetch(const QString &communicationId, Source source)
{
    DocumentRef ref;
    {
        cache::Statement st =
            m_writer.prepare("SELECT id, rendition_path, rendition_sha256, rendition_bytes, "
                             "fixity = 'verified' AND lower(content_sha256) = lower(rendition_sha256) "
                             "FROM communications WHERE id = ?1 AND repo_id = ?2");
        st.bind(1, communicationId).bind(2, m_repoId);
        if (!st.step())
            throw ConnectorError(QStringLiteral("%1 has no communication \"%2\" in the cache")
                                     .arg(m_connector.describe(), communicationId));
        ref = {st.columnText(0), st.columnText(1), st.columnText(2).toLower(), st.columnInt(3)};
        // Its own bytes were verified before: the store's object may stand in for them.
        ref.proven = st.columnInt(4) == 1 && source == Source::StoreWhenProven;
        ref.askRepository = source == Source::Repository;
    }
    // The row the verdict is for, by the hash it has; the download by a valid one only. A
    // cache synced before hashes were checked may hold "..//victim.txt": no hash at all.
    const QString recorded = ref.expectedSha256;
    if (!recorded.isEmpty() && !Sha256Hex::isValid(recorded)) {
        qCWarning(lcFetch) << m_connector.describe() << communicationId
                           << "has a repository hash that is not a SHA-256; fetched as one without a hash";
        ref.expectedSha256.clear();
    }
    Outcome outcome;
    try {
        outcome.contentSha256 = m_connector.fetchDocument(ref);
        outcome.fixity = ref.expectedSha256.isEmpty() ? domain::Fixity::Missing : domain::Fixity::Verified;
        if (outcome.fixity == domain::Fixity::Missing) // fetched, and nothing to check it against
            // (A value that was no SHA-256 was dropped by the sync, with a warning naming it.)
            outcome.problem = QStringLiteral("%1 gives no usable SHA-256 for the document of %2 (none, or one that is "
                                             "not a SHA-256%3): its bytes were fetched but cannot be verified")
                                  .arg(m_connector.describe(), communicationId,
                                       recorded.isEmpty() ? QString() : QStringLiteral(": \"%1\"").arg(recorded));
    } catch (const FixityError &e) {
        outcome.fixity = domain::Fixity::Failed;
        outcome.contentSha256 = e.actualSha256();
        outcome.problem = e.message();
    }
    record(ref.communicationId, recorded, outcome);
    return outcome;
}

std::optional<cache::RepositoryInfo> DocumentFetch::repositoryOf(cache::Database &db, const QString &communicationId)
{
    cache::Statement st = db.prepare("SELECT repo_id FROM communications WHERE id = ?1");
    st.bind(1, communicationId);
    if (!st.step())
        return std::nullopt;
    const qint64 repoId = st.columnInt(0);
    return cache::RepositoryStore(db).findById(repoId);
}

void DocumentFetch::record(const QString &communicationId, const QString &repositoryHash, const Outcome &outcome)
{
    cache::FileTransaction tx(m_writer, cache::Locks::CacheOnly); // the cache's row alone
    // One statement for both columns; the hash in the condition keeps a verdict on the
    // bytes of one version from landing on a record a sync has since replaced.
    cache::Statement update = m_writer.prepare("UPDATE communications SET content_sha256 = ?1, fixity = ?2 "
                                               "WHERE id = ?3 AND repo_id = ?4 AND lower(rendition_sha256) = ?5");
    update.bind(1, outcome.contentSha256).bind(2, domain::fixityName(outcome.fixity));
    update.bind(3, communicationId).bind(4, m_repoId).bind(5, repositoryHash).run();
    if (m_writer.changes() == 0)
        throw ConnectorError(QStringLiteral("%1: communication \"%2\" changed while its document was being "
                                            "fetched; nothing was recorded, fetch it again")
                                 .arg(m_connector.describe(), communicationId));
    tx.commit();
}

} // namespace proofdesk::sync
