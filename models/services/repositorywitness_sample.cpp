// Step 6 of a witness pass (repositorywitness.h): the bytes of a sample of letters asked again.
#include "audit/changetransaction.h"
#include "records/witnesstrail.h"
#include "repositorywitness.h"
#include "sync/documentfetch.h"

namespace proofdesk::services {

namespace {

struct Verified
{
    QString id;
    QString objectId;
    QString contentSha256;
};

// Up to `count` of the repository's live letters whose bytes were verified before, at random.
QList<Verified> chooseVerified(cache::Database &db, qint64 repoId, int count)
{
    cache::Statement st = db.prepare("SELECT id, repo_object_id, content_sha256 FROM communications "
                                     "WHERE repo_id = ?1 AND repo_deleted_at IS NULL AND fixity = 'verified' "
                                     "AND content_sha256 IS NOT NULL ORDER BY random() LIMIT ?2");
    st.bind(1, repoId).bind(2, count);
    QList<Verified> chosen;
    while (st.step())
        chosen << Verified{st.columnText(0), st.columnText(1), st.columnText(2)};
    return chosen;
}

} // namespace

void RepositoryWitness::sampleBytes(const cache::RepositoryInfo &repository, const std::atomic_bool *cancel,
                                    WitnessReport &report)
{
    if (m_sample <= 0 || !sync::DocumentFetch::fetchesOnDemand(repository.kind))
        return;
    const QList<Verified> chosen = chooseVerified(m_writer, repository.id, m_sample);
    auto reader = connector(repository, cancel, Use::Reading);
    sync::DocumentFetch fetch(m_writer, repository.id, *reader);
    for (const Verified &letter : chosen) {
        if (cancel && cancel->load()) {
            report.cancelled = true; // what was found so far is recorded
            return;
        }
        sync::DocumentFetch::Outcome outcome;
        try {
            outcome = fetch.fetch(letter.id, sync::DocumentFetch::Source::Repository);
        } catch (const sync::ConnectorError &e) {
            report.sampleProblems << QStringLiteral("%1: %2").arg(letter.id, e.message());
            continue;
        }
        ++report.sampled;
        if (outcome.fixity != domain::Fixity::Failed)
            continue;
        sync::WitnessDifference d;
        d.communicationId = letter.id;
        d.objectId = letter.objectId;
        d.before = {{QStringLiteral("content_sha256"), letter.contentSha256},
                    {QStringLiteral("fixity"), QStringLiteral("verified")}};
        d.after = {{QStringLiteral("content_sha256"), outcome.contentSha256},
                   {QStringLiteral("fixity"), QStringLiteral("failed")}};
        // The failed fixity is in the cache already (the fetch recorded it, the bytes first seen
        // kept): the entry says what the witness found, in a transaction of its own.
        audit::ChangeTransaction tx(m_writer);
        records::recordWitnessed(m_writer, m_identity, repository.name, d);
        tx.commit();
        report.differences << d;
    }
}

} // namespace proofdesk::services
