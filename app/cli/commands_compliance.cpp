// findings and evidence: the compliance commands (spec/cli.md). The checks and the package
// are in models/compliance; these functions parse, call and print.
#include "clicontext.h"
#include "commands.h"
#include "compliance/evidencepackage.h"
#include "compliance/evidencezip.h"
#include "compliance/findingsengine.h"
#include "recordsaction.h"
#include "util/timeutil.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::cli {

namespace {

QJsonArray findingsJson(const compliance::FindingsReport &report)
{
    QJsonArray out;
    for (const compliance::Finding &f : report.findings) {
        QJsonObject o{{QStringLiteral("kind"), compliance::kindName(f.kind)},
                      {QStringLiteral("id"), f.commId},
                      {QStringLiteral("detail"), f.detail}};
        if (f.issuedAt)
            o.insert(QStringLiteral("issued_at"), formatUtc(f.issuedAt));
        if (f.review)
            o.insert(QStringLiteral("reviewed"), QJsonObject{{QStringLiteral("by"), f.review->by},
                                                             {QStringLiteral("at"), formatUtc(f.review->at)},
                                                             {QStringLiteral("note"), f.review->note}});
        if (f.exceptionCase)
            o.insert(QStringLiteral("exception_case"), f.exceptionCase->toJson());
        out.append(o);
    }
    return out;
}

void printFindings(const CliContext &ctx, const compliance::FindingsReport &report)
{
    for (const compliance::Finding &f : report.findings)
        ctx.printText(
            QStringLiteral("%1  %2  %3%4%5")
                .arg(compliance::kindName(f.kind), -20)
                .arg(f.commId, f.detail, f.review ? QStringLiteral("  [reviewed]") : QString(),
                     f.exceptionCase ? QStringLiteral("  [case %1]").arg(f.exceptionCase->state) : QString()));
    QStringList counts;
    for (compliance::FindingKind kind : compliance::allKinds())
        counts << QStringLiteral("%1 %2").arg(compliance::kindName(kind)).arg(report.count(kind));
    ctx.printText(QStringLiteral("%1 finding(s) over %2 communication(s) in %3 ms: %4")
                      .arg(report.findings.size())
                      .arg(report.scopeCount)
                      .arg(report.elapsedMs)
                      .arg(counts.join(QStringLiteral(", "))));
}

// Writes the package and prints where; the output's own errors are left to the caller.
int writeEvidence(CliContext &ctx, datafolder::DataFolder &folder)
{
    return withAction(ctx, records::Action::ExportEvidence, [&](services::ActionContext &a) {
        const compliance::EvidenceResult result =
            compliance::exportEvidence(a.records.actor(), a.records.audit(), a.cache, folder.contentStore(),
                                       ctx.args().first(), ctx.value(QStringLiteral("out")));
        if (!result.documentIncluded)
            ctx.message(QStringLiteral("The document bytes could not be verified and are not in the package; "
                                       "record.json and report.pdf say why."));
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("path"), result.path},
                                      {QStringLiteral("sha256"), result.sha256},
                                      {QStringLiteral("files"), QJsonArray::fromStringList(result.files)}});
        else
            ctx.printText(QStringLiteral("%1  %2").arg(result.sha256, result.path));
        return int(result.documentIncluded ? Done : FoundProblems);
    });
}

} // namespace

void addComplianceOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("finding"),
                      QStringLiteral("exception open: the finding's kind, undelivered or fixity_failed."),
                      QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("reissue-days"),
                      QStringLiteral("findings: a reissue request open longer than N days is a finding (default 5)."),
                      QStringLiteral("N")});
}

int runFindings(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usageError(QStringLiteral("findings takes no arguments; restrict it to a search with --query Q."));
    compliance::FindingOptions options;
    if (ctx.isSet(QStringLiteral("reissue-days"))) {
        bool ok = false;
        options.reissueDays = ctx.value(QStringLiteral("reissue-days")).toInt(&ok);
        if (!ok || options.reissueDays < 0)
            return ctx.usageError(QStringLiteral("--reissue-days takes a whole number of days, 0 or more."));
    }
    datafolder::DataFolder &folder = ctx.dataFolder();
    // The role check (a refusal is audited); the findings themselves read on their own connection.
    const int allowed =
        withAction(ctx, records::Action::RunFindings, [](services::ActionContext &) { return int(Done); });
    if (allowed != Done)
        return allowed;
    cache::Database reader = cache::CacheFile::openReader(folder.databasePath());
    const QString query = ctx.value(QStringLiteral("query"));
    const compliance::FindingsReport report = compliance::FindingsEngine(reader).run(query, options);
    if (report.damage)
        throw *report.damage; // recovered as any command's damaged page is (main.cpp)
    if (!report.error.isEmpty()) {
        ctx.message(QStringLiteral("The findings could not be computed: %1").arg(report.error));
        return query.trimmed().isEmpty() ? Unusable : BadUsage;
    }
    if (ctx.json())
        ctx.printJson(findingsJson(report));
    else
        printFindings(ctx, report);
    return report.findings.isEmpty() ? Done : FoundProblems;
}

int runEvidence(CliContext &ctx)
{
    if (ctx.args().size() != 1 || ctx.value(QStringLiteral("out")).isEmpty())
        return ctx.usageError(QStringLiteral("evidence takes one communication id and --out FILE.zip."));
    datafolder::DataFolder &folder = ctx.dataFolder();
    try {
        return writeEvidence(ctx, folder);
    } catch (const compliance::EvidenceOutputError &e) {
        // The output, not the data folder, could not be used: say which and why (cli.md: 3).
        ctx.message(QStringLiteral("%1\nNo evidence package was written and the export was not audited; "
                                   "--out FILE.zip chooses another place.")
                        .arg(e.message()));
        return Unusable;
    }
}

int runException(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    const auto printCases = [&ctx](const QList<records::ExceptionCase> &cases) {
        QJsonArray out;
        for (const records::ExceptionCase &c : cases) {
            out.append(c.toJson());
            ctx.printText(
                QStringLiteral("%1  %2  %3%4")
                    .arg(c.id, c.state, c.openedBy,
                         c.deleteReason.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(c.deleteReason)));
        }
        if (ctx.json())
            ctx.printJson(out);
        return int(Done);
    };
    if (sub == QLatin1String("open")) {
        if (args.size() != 1 || ctx.value(QStringLiteral("finding")).isEmpty()
            || ctx.value(QStringLiteral("reason")).trimmed().isEmpty())
            return ctx.usageError(
                QStringLiteral("exception open takes one communication id, --finding undelivered|fixity_failed "
                               "and --reason R."));
        QString id;
        return withRecords(
            ctx, records::Action::OpenExceptionCase, &records::RecordsStore::findings,
            [&](records::FindingRecords &r) {
                id = r.openExceptionCase(ctx.value(QStringLiteral("finding")), args.first(),
                                         ctx.value(QStringLiteral("reason")))
                         .id;
                return int(Done);
            },
            [&](records::FindingRecords &r) {
                // After the outbox was sent: the state is what the workflow repository said.
                QList<records::ExceptionCase> opened;
                for (const records::ExceptionCase &c : r.exceptionCases(args.first()))
                    if (c.id == id)
                        opened << c;
                if (ctx.json() && opened.size() == 1) {
                    ctx.printJson(opened.first().toJson());
                    return int(Done);
                }
                return printCases(opened);
            });
    }
    if (sub == QLatin1String("list")) {
        if (args.size() > 1)
            return ctx.usageError(QStringLiteral("exception list takes at most one communication id."));
        return withRecords(ctx, records::Action::RunFindings, &records::RecordsStore::findings,
                           [&](records::FindingRecords &r) { return printCases(r.exceptionCases(args.value(0))); });
    }
    return ctx.usageError(QStringLiteral("exception takes open or list, e.g. exception open ID --finding undelivered "
                                         "--reason R."));
}

} // namespace proofdesk::cli
