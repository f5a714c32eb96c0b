// fetch: a communication's document from its network repository, verified and stored.
#include "cache/cachefile.h"
#include "clicontext.h"
#include "commands.h"
#include "services/fetchondemand.h"
#include "sync/credentials/credentialstore.h"

#include <QJsonObject>

namespace proofdesk::cli {

namespace {

// What the fetched bytes proved: verified (stored), unverifiable or not the version sent.
int reportFixity(CliContext &ctx, const QString &id, const cache::RepositoryInfo &repo,
                 const sync::DocumentFetch::Outcome &outcome)
{
    const QString fixity = domain::fixityName(outcome.fixity);
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("repository"), repo.name},
                      {QStringLiteral("fixity"), fixity},
                      {QStringLiteral("verified"), outcome.fixity == domain::Fixity::Verified},
                      {QStringLiteral("content_sha256"), outcome.contentSha256}};
        if (!outcome.problem.isEmpty())
            o.insert(QStringLiteral("problem"), outcome.problem);
        ctx.printJson(o);
    }
    switch (outcome.fixity) {
    case domain::Fixity::Verified:
        ctx.printText(QStringLiteral("%1: verified, SHA-256 %2 (from %3)").arg(id, outcome.contentSha256, repo.name));
        return Done;
    case domain::Fixity::Missing: // fetched, unverifiable: a problem found (exit 1), not a success
        ctx.message(QStringLiteral("%1: UNVERIFIED, fetched (SHA-256 %2) but not verified: %3")
                        .arg(id, outcome.contentSha256, outcome.problem));
        return FoundProblems;
    case domain::Fixity::Failed:
        ctx.message(QStringLiteral("%1: FIXITY FAILED, these bytes are not the version sent and were not stored. %2")
                        .arg(id, outcome.problem));
        return FoundProblems;
    }
    return FoundProblems;
}

} // namespace

int runFetch(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usageError(QStringLiteral("fetch takes one argument: a communication id."));
    const QString id = ctx.args().first();
    datafolder::DataFolder &folder = ctx.dataFolder();
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    const services::FetchOnDemandResult fetched =
        services::FetchOnDemand(folder.path(), sync::CredentialStore::defaultUseKeychain())
            .fetch(writer, folder.contentStore(), id, sync::DocumentFetch::Source::Repository);
    using Status = services::FetchOnDemandResult::Status;
    if (fetched.status == Status::NotInCache) {
        ctx.message(QStringLiteral("No communication with id \"%1\" in the cache. Search for it with "
                                   "proofdesk-cli search, or sync first.")
                        .arg(id));
        return FoundProblems;
    }
    const cache::RepositoryInfo &repo = *fetched.repository;
    if (fetched.status == Status::ArrivesWithDrop)
        return ctx.usageError(QStringLiteral("\"%1\" comes from the drop \"%2\": its document arrives with the drop "
                                             "and is not fetched. `proofdesk-cli show %1` gives its fixity.")
                                  .arg(id, repo.name));
    if (fetched.status == Status::Unreachable) {
        ctx.message(QStringLiteral("The document of \"%1\" could not be fetched from %2: %3\nThe cache is unchanged; "
                                   "`proofdesk-cli fetch %1` tries again and resumes a broken download.")
                        .arg(id, repo.name, fetched.error));
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("repository"), repo.name},
                                      {QStringLiteral("error"), fetched.error}});
        return Unusable;
    }

    return reportFixity(ctx, id, repo, fetched.outcome);
}

} // namespace proofdesk::cli
