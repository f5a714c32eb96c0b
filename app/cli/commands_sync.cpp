// demo, import and sync: the commands that write into the cache.
#include "clicontext.h"
#include "commands.h"
#include "demo/demodropwriter.h"
#include "records/identity.h"
#include "records/recordserror.h"
#include "recordsexit.h"
#include "services/syncservice.h"
#include "sync/http/documentdownload.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <unistd.h>

namespace proofdesk::cli {

namespace {

QJsonArray errorsJson(const QList<sync::RejectedRecord> &rejected)
{
    QJsonArray errors;
    for (const auto &r : rejected)
        errors.append(QJsonObject{
            {QStringLiteral("file"), r.file}, {QStringLiteral("line"), r.line}, {QStringLiteral("reason"), r.reason}});
    return errors;
}

// Progress on stderr, at most once a second, only for a person at a terminal.
std::function<void(const sync::SyncProgress &)> progressPrinter(const CliContext &ctx)
{
    if (ctx.json() || !isatty(STDERR_FILENO))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [&ctx, timer](const sync::SyncProgress &p) {
        if (timer->elapsed() < 1000)
            return;
        timer->restart();
        if (p.indexesTotal > 0) {
            ctx.message(QStringLiteral("  rebuilding indexes: %1 of %2").arg(p.indexesBuilt).arg(p.indexesTotal));
            return;
        }
        const int percent = p.bytesTotal > 0 ? int(100 * p.bytesRead / p.bytesTotal) : 0;
        ctx.message(
            p.bytesTotal > 0
                ? QStringLiteral("  %1 records, %2 pages, %3%").arg(p.records).arg(p.pages).arg(percent)
                : QStringLiteral("  %1 records, %2 pages, %3 KB").arg(p.records).arg(p.pages).arg(p.bytesRead / 1024));
    };
}

// Rejected lines, then the records taken with a warning (a PDF whose text was not extracted).
void printProblems(const CliContext &ctx, const sync::ApplyResult &result)
{
    for (const auto &r : result.rejected)
        ctx.message(QStringLiteral("%1:%2: %3").arg(r.file).arg(r.line).arg(r.reason));
    for (const auto &w : result.warnings)
        ctx.message(QStringLiteral("%1:%2: warning: %3").arg(w.file).arg(w.line).arg(w.reason));
}

bool foundProblems(const sync::ApplyResult &result) { return !result.rejected.isEmpty() || !result.warnings.isEmpty(); }

} // namespace

int runDemo(CliContext &ctx)
{
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(QStringLiteral("demo needs --out DIR: the folder to write the demo drop into."));
    demo::DemoOptions options;
    bool ok = true;
    if (ctx.isSet(QStringLiteral("count")))
        options.count = ctx.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || options.count < 1)
        return ctx.usageError(QStringLiteral("--count must be a positive whole number."));
    if (ctx.isSet(QStringLiteral("seed")))
        options.seed = ctx.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return ctx.usageError(QStringLiteral("--seed must be a whole number."));
    const demo::DemoResult result = demo::writeDemoDrop(out, options);
    if (!result.ok()) {
        ctx.message(QStringLiteral("The demo drop could not be written: %1").arg(result.error));
        return Unusable;
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("path"), result.path},
                                  {QStringLiteral("communications"), result.communications}});
    ctx.printText(QStringLiteral("Wrote a demo drop of %1 communications to %2.\nImport it with: "
                                 "proofdesk-cli import %2")
                      .arg(result.communications)
                      .arg(result.path));
    return Done;
}

namespace {

// What the records side did after an import or sync, for the person at the terminal.
void printUpkeep(const CliContext &ctx, const services::SyncRun &run, const QString &user)
{
    if (run.rolesGranted)
        ctx.message(
            QStringLiteral("Nobody had roles in this data folder yet: %1 was granted every role (agent, compliance, "
                           "records, admin). `proofdesk-cli roles grant USER ROLE --reason R` grants roles to others.")
                .arg(user));
    if (run.upkeep.fulfilledReissues > 0)
        ctx.message(QStringLiteral("%1 reissue request(s) fulfilled.").arg(run.upkeep.fulfilledReissues));
    if (run.upkeep.outbox.reissuesEnded > 0)
        ctx.message(QStringLiteral("%1 reissue request(s) rejected or cancelled by the workflow engine; `proofdesk-cli "
                                   "reissue list` shows why.")
                        .arg(run.upkeep.outbox.reissuesEnded));
    for (const QString &error : run.upkeep.outbox.errors)
        ctx.message(QStringLiteral("Outbox: %1").arg(error));
    for (const QString &problem : run.upkeep.purged.refused)
        ctx.message(QStringLiteral("Disposed letters were not taken out of the cache: %1 (`audit verify` names each "
                                   "such row)")
                        .arg(problem));
    if (run.documents.objects > 0)
        ctx.message(
            QStringLiteral("%1 stored document(s) evicted, least recently viewed first, to keep the content store "
                           "within documents.limit; they are read again from their repository or drop when viewed.")
                .arg(run.documents.objects));
    if (run.documents.notCopied > 0)
        ctx.message(
            QStringLiteral("%1 document(s) were not copied into the content store, which is at documents.limit; "
                           "they are read from their drop and verified when viewed, while it is there.")
                .arg(run.documents.notCopied));
    if (run.documents.keptOverLimit)
        ctx.message(
            QStringLiteral("The content store stays over documents.limit: what is left is under hold or in use."));
    if (!run.documentsError.isEmpty())
        ctx.message(QStringLiteral("The content store could not be brought within documents.limit (it is tried again "
                                   "after the next import or sync): %1")
                        .arg(run.documentsError));
    if (run.upkeepFailed)
        ctx.message(QStringLiteral("The records upkeep failed (it runs again after the next import or sync): %1")
                        .arg(run.upkeepError));
}

} // namespace

int runImport(CliContext &ctx)
{
    if (ctx.args().size() != 1)
        return ctx.usageError(QStringLiteral("import takes one argument: the drop folder."));
    datafolder::DataFolder &folder = ctx.dataFolder();
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    const records::Identity me = records::Identity::fromOperatingSystem();
    services::SyncService service(writer, folder.contentStore(), folder.path(), me);
    service.setClaimUnclaimedFolder(true);
    service.setAddingActor(services::Actor{me, requestedRole(ctx)});
    services::SyncRun run;
    try {
        run = service.importDrop(ctx.args().first(), progressPrinter(ctx));
    } catch (const sync::ConnectorError &e) {
        ctx.message(QStringLiteral("Cannot import: %1").arg(e.message()));
        return Unusable;
    } catch (const records::RecordsError &e) {
        return recordsErrorExit(ctx, e); // a new drop, and the actor may not add a repository
    }
    printUpkeep(ctx, run, me.user);
    const services::RepositorySync &imported = run.repositories.first();
    const auto &r = imported.report.result;
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("repository"), imported.repository.name},
                                  {QStringLiteral("accepted"), r.accepted},
                                  {QStringLiteral("rejected"), r.rejected.size()},
                                  {QStringLiteral("unchanged"), r.unchanged},
                                  {QStringLiteral("communications"), r.communicationsAccepted},
                                  {QStringLiteral("errors"), errorsJson(r.rejected)},
                                  {QStringLiteral("warnings"), errorsJson(r.warnings)}});
    } else {
        printProblems(ctx, r);
        ctx.printText(
            QStringLiteral("%1 \"%2\": %3 records accepted, %4 unchanged, %5 rejected.")
                .arg(service.addedRepository() ? QStringLiteral("Added repository") : QStringLiteral("Repository"),
                     imported.repository.name)
                .arg(r.accepted)
                .arg(r.unchanged)
                .arg(r.rejected.size()));
    }
    if (!imported.report.error.isEmpty()) {
        ctx.message(QStringLiteral("The import stopped: %1\nRun the same command again to continue "
                                   "where it stopped.")
                        .arg(imported.report.error));
        return Unusable;
    }
    return foundProblems(r) ? FoundProblems : Done;
}

// One repository's line of `sync`'s text output.
static QString summaryLine(const QString &name, const sync::ApplyResult &r)
{
    const QString scope = r.outsideScope || r.leftScope
                              ? QStringLiteral("; outside the sync scope: %1 not taken, %2 left the cache")
                                    .arg(r.outsideScope)
                                    .arg(r.leftScope)
                              : QString();
    return QStringLiteral("%1: %2 accepted, %3 unchanged, %4 rejected, %5 deleted%6")
        .arg(name)
        .arg(r.accepted)
        .arg(r.unchanged)
        .arg(r.rejected.size())
        .arg(r.deleted)
        .arg(scope);
}

// A sync that stopped: the repository offline, or, where the data folder's disk is full, that
// (the repository is not at fault). Into `o` as "error", "offline" and "disk_full".
static void reportStopped(CliContext &ctx, const QString &name, const QString &error, const QString &dataDir,
                          QJsonObject &o)
{
    o.insert(QStringLiteral("error"), error);
    const bool diskFull = sync::DocumentDownload::diskIsFull(dataDir);
    ctx.message(
        (diskFull ? QStringLiteral("%1 could not be synced: the disk of the data folder is full: %2\n"
                                   "The repository is not at fault. Free space, then ")
                  : QStringLiteral("%1 is offline: %2\n"))
            .arg(name, error)
        + QStringLiteral("The cache keeps what was synced before; `proofdesk-cli sync %1` continues from there.")
              .arg(name));
    o.insert(QStringLiteral("offline"), !diskFull);
    o.insert(QStringLiteral("disk_full"), diskFull);
}

int runSync(CliContext &ctx)
{
    if (ctx.args().size() > 1)
        return ctx.usageError(QStringLiteral("sync takes at most one argument: a repository name."));
    datafolder::DataFolder &folder = ctx.dataFolder();
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    cache::RepositoryStore repos(writer);
    QList<cache::RepositoryInfo> targets = repos.list();
    if (!ctx.args().isEmpty()) {
        const auto repo = repos.find(ctx.args().first());
        if (!repo) {
            ctx.message(QStringLiteral("No repository named \"%1\". `proofdesk-cli repo list` shows them.")
                            .arg(ctx.args().first()));
            return Unusable;
        }
        targets = {*repo};
    }
    const records::Identity me = records::Identity::fromOperatingSystem();
    services::SyncService service(writer, folder.contentStore(), folder.path(), me);
    service.setWaitingForTurn([&ctx](const QString &name) {
        ctx.message(QStringLiteral("%1: waiting for another sync of it to finish first").arg(name));
    });
    const services::SyncRun run = service.sync(targets, progressPrinter(ctx));
    QJsonArray out;
    int code = Done;
    for (const services::RepositorySync &one : run.repositories) {
        const sync::SyncReport &report = one.report;
        const QString &name = one.repository.name;
        const auto &r = report.result;
        QJsonObject o{{QStringLiteral("name"), name},
                      {QStringLiteral("accepted"), r.accepted},
                      {QStringLiteral("rejected"), r.rejected.size()},
                      {QStringLiteral("deleted"), r.deleted},
                      {QStringLiteral("kept_held"), r.keptHeld}, // deleted there, kept here: each is a warning too
                      {QStringLiteral("outside_scope"), r.outsideScope}, // not taken: outside the sync scope
                      {QStringLiteral("left_scope"), r.leftScope},       // removed from the cache: left the scope
                      {QStringLiteral("unchanged"), r.unchanged},
                      {QStringLiteral("cursor"), QString::fromUtf8(report.cursor)},
                      {QStringLiteral("errors"), errorsJson(r.rejected)},
                      {QStringLiteral("warnings"), errorsJson(r.warnings)}};
        if (!report.error.isEmpty()) {
            reportStopped(ctx, name, report.error, folder.path(), o);
            code = Unusable;
        } else if (foundProblems(r) && code == Done) {
            code = FoundProblems;
        }
        printProblems(ctx, r);
        ctx.printText(summaryLine(name, r));
        out.append(o);
    }
    printUpkeep(ctx, run, me.user);
    if (const int published = tellTheTeamAfterSync(ctx, writer); published != Done && code == Done)
        code = published;
    if (ctx.json())
        ctx.printJson(out);
    return code;
}

} // namespace proofdesk::cli
