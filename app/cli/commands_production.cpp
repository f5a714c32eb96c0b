// matter produce and production verify (spec/cli.md "Matters and productions"): the writer
// and the check are in models/compliance; these functions parse, call and print.
#include "clicontext.h"
#include "commands.h"
#include "compliance/productionverifier.h"
#include "compliance/productionwriter.h"
#include "records/recordsstore.h"
#include "recordsaction.h"
#include "services/fetchondemand.h"
#include "sync/credentials/credentialstore.h"
#include "util/outputfile.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::cli {

namespace {

// "about 2 min 10 s": what is left at the pace so far.
QString timeLeft(qint64 elapsedMs, qint64 done, qint64 total)
{
    if (done == 0)
        return QString();
    const qint64 seconds = elapsedMs * (total - done) / done / 1000;
    return seconds >= 60 ? QStringLiteral(", about %1 min %2 s left").arg(seconds / 60).arg(seconds % 60)
                         : QStringLiteral(", about %1 s left").arg(seconds);
}

compliance::FetchMissing fetcher(datafolder::DataFolder &folder, cache::Database &writer)
{
    return [&folder, &writer](const QString &id) -> QString {
        const services::FetchOnDemandResult r =
            services::FetchOnDemand(folder.path(), sync::CredentialStore::defaultUseKeychain())
                .fetch(writer, folder.contentStore(), id);
        using Status = services::FetchOnDemandResult::Status;
        if (r.status == Status::Unreachable)
            return r.error;
        if (r.status == Status::ArrivesWithDrop)
            return QStringLiteral("its drop no longer has its file");
        return QString();
    };
}

QJsonObject resultJson(const compliance::ProductionResult &r)
{
    return {{QStringLiteral("production"), r.production.id},
            {QStringLiteral("matter"), r.production.matter},
            {QStringLiteral("documents"), r.documents},
            {QStringLiteral("exceptions"), r.exceptions},
            {QStringLiteral("first"), r.first.isEmpty() ? QJsonValue() : QJsonValue(r.first)},
            {QStringLiteral("last"), r.last.isEmpty() ? QJsonValue() : QJsonValue(r.last)},
            {QStringLiteral("root_sha256"), r.rootSha256},
            {QStringLiteral("path"), r.path},
            {QStringLiteral("resumed"), r.resumed}};
}

int produce(CliContext &ctx, services::ActionContext &a, const compliance::ProductionOptions &options)
{
    datafolder::DataFolder &folder = ctx.dataFolder();
    QElapsedTimer clock;
    clock.start();
    qint64 shown = 0;
    const auto progress = [&](const compliance::ProductionProgress &p) {
        if (ctx.json() || (p.done != p.total && clock.elapsed() - shown < 2000))
            return;
        shown = clock.elapsed();
        ctx.message(QStringLiteral("  %1 of %2 letters (%3 produced, %4 exceptions%5)")
                        .arg(p.done)
                        .arg(p.total)
                        .arg(p.produced)
                        .arg(p.exceptions)
                        .arg(timeLeft(clock.elapsed(), p.done, p.total)));
    };
    try {
        const compliance::ProductionResult r =
            compliance::ProductionWriter(a.records.matters(), a.records.audit(), a.cache, folder.contentStore(),
                                         fetcher(folder, a.cache))
                .produce(options, progress);
        if (r.exceptions > 0)
            ctx.message(QStringLiteral("%1 letter(s) could not be produced; %2/exceptions.csv says which and why.")
                            .arg(r.exceptions)
                            .arg(r.path));
        ctx.printJson(resultJson(r));
        return int(r.exceptions > 0 ? FoundProblems : Done);
    } catch (const util::OutputFileError &e) {
        ctx.message(QStringLiteral("%1\nThe production stopped; what it wrote is kept in %2. %3Run the same command "
                                   "again to finish it: no number is skipped or used twice.")
                        .arg(QString::fromUtf8(e.what()), options.out,
                             e.isDiskFull() ? QStringLiteral("Free some space first. ") : QString()));
        return Unusable;
    }
}

QJsonObject checkJson(const compliance::ProductionCheck &check)
{
    QJsonArray problems;
    for (const compliance::ProductionProblem &p : check.problems)
        problems.append(QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("problem"), p.problem}});
    return {{QStringLiteral("ok"), check.ok},
            {QStringLiteral("documents"), check.documents},
            {QStringLiteral("files"), check.files},
            {QStringLiteral("audit_entries"), check.entries},
            {QStringLiteral("production"), check.production.value(QStringLiteral("production"))},
            {QStringLiteral("matter"), check.production.value(QStringLiteral("matter"))},
            {QStringLiteral("root_sha256"), check.rootSha256},
            {QStringLiteral("problems"), problems}};
}

} // namespace

int runMatterProduce(CliContext &ctx, const QStringList &args)
{
    if (args.size() != 1 || ctx.value(QStringLiteral("out")).isEmpty())
        return ctx.usageError(
            QStringLiteral("matter produce takes one matter id and --out DIR (an empty or new folder), "
                           "e.g. matter produce MAT-1 --out /media/examiner/PROD-1 [--tag relevant] "
                           "[--prefix ACME-]."));
    const compliance::ProductionOptions options{args.first(), ctx.value(QStringLiteral("out")),
                                                ctx.value(QStringLiteral("prefix")), ctx.value(QStringLiteral("tag"))};
    return withAction(ctx, records::Action::ProduceMatter,
                      [&](services::ActionContext &a) { return produce(ctx, a, options); });
}

// production verify DIR: needs nothing but the folder (no data folder is opened).
int runProduction(CliContext &ctx)
{
    const QStringList &args = ctx.args();
    if (args.size() != 2 || args.first() != QLatin1String("verify"))
        return ctx.usageError(QStringLiteral("production takes verify DIR: a production folder to check."));
    const compliance::ProductionCheck check = compliance::verifyProduction(args.at(1));
    for (const compliance::ProductionProblem &p : check.problems)
        ctx.message(QStringLiteral("%1: %2").arg(p.path, p.problem));
    if (!ctx.json())
        ctx.message(
            check.ok
                ? QStringLiteral("%1 documents, %2 files and %3 audit entries verify; root SHA-256 %4.")
                      .arg(check.documents)
                      .arg(check.files)
                      .arg(check.entries)
                      .arg(check.rootSha256)
                : QStringLiteral("The production does not verify (%1 problem(s) above).").arg(check.problems.size()));
    ctx.printJson(checkJson(check));
    return check.ok ? Done : FoundProblems;
}

} // namespace proofdesk::cli
