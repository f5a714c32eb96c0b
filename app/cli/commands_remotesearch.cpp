// search --remote (spec/cli.md, docs/connecting.md "Searching past the cache"): the cache's
// answer and the repositories' (what the cache does not hold), merged newest first; each
// result says whether it is cached, the answer what each repository could not be asked.
// Only proofdesk-cli-full runs it: the lean start does not know --remote and hands over.
#include "cachereads.h"
#include "clicontext.h"
#include "commands.h"
#include "datafolder/datafolder.h"
#include "search/searchengine.h"
#include "searchoutput.h"
#include "services/remotesearch.h"
#include "sync/connectorfactory.h"
#include "sync/credentials/credentialstore.h"
#include "util/timeutil.h"

#include <QJsonArray>
#include <algorithm>

namespace proofdesk::cli {

namespace {

// One row of the merged answer: a cached result, or a repository's.
struct Row
{
    qint64 issuedAt = 0;
    QString id;
    QJsonObject json;
    QString text;
};

Row cachedRow(const search::SearchHit &h)
{
    QJsonObject json = hitJson(h);
    json.insert(QStringLiteral("cached"), true);
    return {h.issuedAt, h.id, json,
            QStringLiteral("%1  %2  %3  %4  %5  %6")
                .arg(formatUtc(h.issuedAt), h.id, h.type, h.channel, h.customerId, h.recipientName)};
}

Row remoteRow(const services::RemoteHit &hit)
{
    const domain::Communication &c = hit.record;
    const QJsonObject json{{QStringLiteral("id"), c.id},
                           {QStringLiteral("issued_at"), formatUtc(c.issuedAt)},
                           {QStringLiteral("type"), c.type},
                           {QStringLiteral("channel"), c.channel},
                           {QStringLiteral("customer_id"), c.customerId},
                           {QStringLiteral("recipient"), c.recipientName},
                           {QStringLiteral("cached"), false},
                           {QStringLiteral("repository"), hit.repository}};
    return {c.issuedAt, c.id, json,
            QStringLiteral("%1  %2  %3  %4  %5  %6  [not cached: %7]")
                .arg(formatUtc(c.issuedAt), c.id, c.type, c.channel, c.customerId, c.recipientName, hit.repository)};
}

// The page asked of both answers merged, in the search's order.
QList<Row> mergedPage(const search::SearchResult &local, const services::RemoteSearchResult &remote, int limit,
                      int offset)
{
    QList<Row> rows;
    for (const auto &h : local.hits)
        rows << cachedRow(h);
    for (const auto &h : remote.hits)
        rows << remoteRow(h);
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.issuedAt != b.issuedAt ? a.issuedAt > b.issuedAt : a.id < b.id;
    });
    return rows.mid(offset, limit);
}

QJsonArray repositoriesJson(const services::RemoteSearchResult &remote)
{
    QJsonArray out;
    for (const auto &r : remote.repositories) {
        QJsonObject o{{QStringLiteral("repository"), r.repository},
                      {QStringLiteral("remote_total"), r.total},
                      {QStringLiteral("exact"), r.exact}};
        if (!r.error.isEmpty())
            o.insert(QStringLiteral("error"), r.error);
        if (!r.deskQuery.isEmpty()) // what the desk checked of what the repository returned
            o.insert(QStringLiteral("desk_checked"),
                     QJsonObject{{QStringLiteral("query"), r.deskQuery}, {QStringLiteral("objects"), r.deskChecked}});
        out.append(o);
    }
    return out;
}

// 0 when every repository asked answered, 1 when some failed, 3 when all of them did.
int exitCodeOf(const services::RemoteSearchResult &remote)
{
    const auto failed = std::count_if(remote.repositories.begin(), remote.repositories.end(),
                                      [](const services::RemoteRepositoryAnswer &r) { return !r.error.isEmpty(); });
    if (failed == 0)
        return Done;
    return failed == remote.repositories.size() ? Unusable : FoundProblems;
}

void printText(CliContext &ctx, const QList<Row> &rows, const search::SearchResult &local,
               const services::RemoteSearchResult &remote)
{
    for (const Row &row : rows)
        ctx.printText(row.text);
    ctx.printText(QStringLiteral("%1 shown; %2 communications in the cache, %3 matches in the repositories%4")
                      .arg(rows.size())
                      .arg(local.total)
                      .arg(remote.remoteTotal)
                      .arg(remote.remoteTotalExact ? QString() : QStringLiteral(" (not an exact count: see below)")));
    for (const auto &u : remote.unanswered)
        ctx.message(QStringLiteral("Not asked of %1: %2 (%3)")
                        .arg(u.repository, u.part.isEmpty() ? QStringLiteral("the query") : u.part, u.reason));
    for (const auto &u : remote.inexact)
        ctx.message(QStringLiteral("Not answered exactly by %1: %2 (%3)").arg(u.repository, u.part, u.reason));
}

services::RemoteSearchResult askRepositories(CliContext &ctx, const QString &query, int wanted)
{
    datafolder::DataFolder &folder = ctx.dataFolder();
    const bool keychain = sync::CredentialStore::defaultUseKeychain();
    services::RemoteSearch search(ctx.reads().reader(), [&folder, keychain](const cache::RepositoryInfo &repo) {
        return sync::createConnector(repo, folder.contentStore(),
                                     sync::ConnectorEnvironment::forDataFolder(folder.path(), keychain));
    });
    return search.run(query, wanted);
}

} // namespace

int runRemoteSearch(CliContext &ctx)
{
    const SearchArguments a = readSearchArguments(ctx);
    if (a.refused >= 0)
        return a.refused;
    const QString &query = a.query;
    const int limit = a.limit, offset = a.offset;
    search::SearchEngine engine(ctx.reads().reader());
    engine.setTimeLimit(search::SearchEngine::kTimeLimitMs);
    const search::SearchResult local = engine.run(query, limit + offset, 0);
    if (local.error)
        return queryRefused(ctx, query, *local.error);
    tellDamagedStoredRows(ctx, local.damagedStoredRows);
    tellRebuiltCache(ctx, ctx.reads().reader());
    const services::RemoteSearchResult remote = askRepositories(ctx, query, limit + offset);
    // Audited like a local search (DESIGN.md "Audit trail"), with what was asked of whom.
    const QJsonObject detail = services::RemoteSearch::auditDetail(query, local.total, remote);
    if (const int refused = ctx.reads().recordRead(true, QString(), detail))
        return refused;
    const QList<Row> rows = mergedPage(local, remote, limit, offset);
    if (!ctx.json()) {
        printText(ctx, rows, local, remote);
        return exitCodeOf(remote);
    }
    QJsonArray results;
    for (const Row &row : rows)
        results.append(row.json);
    ctx.printJson(QJsonObject{{QStringLiteral("total"), local.total},
                              {QStringLiteral("results"), results},
                              {QStringLiteral("remote_total"), remote.remoteTotal},
                              {QStringLiteral("remote_total_exact"), remote.remoteTotalExact},
                              {QStringLiteral("unanswered"), services::RemoteSearch::unansweredJson(remote)},
                              {QStringLiteral("inexact"), services::RemoteSearch::inexactJson(remote)},
                              {QStringLiteral("repositories"), repositoriesJson(remote)}});
    return exitCodeOf(remote);
}

int runSearchCommand(CliContext &ctx)
{
    return ctx.isSet(QStringLiteral("remote")) ? runRemoteSearch(ctx) : runSearch(ctx);
}

} // namespace proofdesk::cli
