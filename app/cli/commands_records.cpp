// hold, reissue, disposition, audit and roles: the records commands (spec/cli.md). Every
// rule is checked in models/records; these functions parse, call and print.
#include "audit/auditanchor.h"
#include "audit/auditreason.h"
#include "cache/cachefile.h"
#include "clicontext.h"
#include "commands.h"
#include "compliance/auditreportexport.h"
#include "holdoutput.h"
#include "records/recordserror.h"
#include "records/recordsstore.h"
#include "recordsaction.h"
#include "services/actionrunner.h"
#include "util/outputfile.h"
#include "util/timeutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::cli {

using records::Action;
using records::RecordsError;

namespace {

// `made` is what the action answered: offline, the request waits in the outbox and is in no
// copy yet, so it is printed as made (status "offline") rather than as an empty request.
int printReissue(const CliContext &ctx, records::ReissueRecords &r, const QString &id,
                 const records::ReissueRequest &made = {})
{
    ctx.printJson(r.findReissue(id).value_or(made).toJson());
    return Done;
}

QString requiredOption(CliContext &ctx, const char *name) { return ctx.value(QLatin1String(name)).trimmed(); }

constexpr int kRefusalsShown = 100; // `hold show` lists the newest refusals, with why

void printProgress(const CliContext &ctx, qint64 done, qint64 total)
{
    if (!ctx.json() && total >= 20000)
        ctx.message(QStringLiteral("  %1 of %2").arg(done).arg(total));
}

int holdApply(CliContext &ctx, const QStringList &ids)
{
    records::HoldSpec spec;
    spec.name = requiredOption(ctx, "name");
    spec.reason = requiredOption(ctx, "reason");
    spec.matter = requiredOption(ctx, "matter");
    spec.query = requiredOption(ctx, "query");
    spec.ids = ids;
    const QString scope = requiredOption(ctx, "scope");
    if (!scope.isEmpty()) {
        spec.scopeField = scope.section(QLatin1Char('='), 0, 0);
        spec.scopeValue = scope.section(QLatin1Char('='), 1);
    }
    records::HoldInfo hold;
    return withRecords(
        ctx, Action::ApplyHold, &records::RecordsStore::holds,
        [&](records::HoldRecords &r) {
            hold = r.createHold(spec, [&ctx](qint64 done, qint64 total) { printProgress(ctx, done, total); });
            return int(Done);
        },
        [&](records::HoldRecords &r) {
            const records::HoldInfo sent = r.findHold(hold.id).value_or(hold); // with what reached the repositories
            ctx.printJson(QJsonObject{{QStringLiteral("hold"), holdJson(sent)}, {QStringLiteral("items"), sent.items}});
            return int(Done);
        });
}

int holdChange(CliContext &ctx, const QString &sub, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usageError(QStringLiteral("hold %1 needs the hold id.").arg(sub));
    const QString reason = requiredOption(ctx, "reason");
    const Action action = sub == QLatin1String("release") ? Action::ReleaseHold : Action::ApplyHold;
    const bool release = sub == QLatin1String("release");
    qint64 changed = 0;
    return withRecords(
        ctx, action, &records::RecordsStore::holds,
        [&](records::HoldRecords &r) {
            const QStringList ids = args.mid(1);
            if (release)
                r.releaseHold(args.first(), reason);
            else
                changed = sub == QLatin1String("add") ? r.addHoldItems(args.first(), ids, reason)
                                                      : r.removeHoldItems(args.first(), ids, reason);
            return int(Done);
        },
        [&](records::HoldRecords &r) {
            const auto hold = r.findHold(args.first());
            QJsonObject out{{QStringLiteral("hold"), hold ? holdJson(*hold) : QJsonObject()}};
            if (!release)
                out.insert(QStringLiteral("changed"), changed);
            ctx.printJson(out);
            return int(Done);
        });
}

} // namespace

int runHold(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("apply"))
        return holdApply(ctx, args);
    if (sub == QLatin1String("release") || sub == QLatin1String("add") || sub == QLatin1String("remove"))
        return holdChange(ctx, sub, args);
    if (sub == QLatin1String("list") || sub == QLatin1String("show")) {
        return withRecords(ctx, Action::Search, &records::RecordsStore::holds, [&](records::HoldRecords &r) {
            if (sub == QLatin1String("show") && !args.isEmpty()) {
                const auto hold = r.findHold(args.first());
                if (!hold)
                    throw RecordsError(RecordsError::Kind::NotFound,
                                       QStringLiteral("There is no legal hold %1.").arg(args.first()));
                const QList<records::HoldRefusal> refused = r.holdRefusals(hold->id, kRefusalsShown);
                if (!ctx.json()) {
                    ctx.printText((holdText(*hold) + refusalText(refused)).join(QLatin1Char('\n')));
                    return int(Done);
                }
                QJsonArray history, refusals;
                for (const auto &e : r.holdHistory(hold->id))
                    history.append(e.toJson());
                for (const records::HoldRefusal &f : refused)
                    refusals.append(f.toJson());
                ctx.printJson(
                    QJsonObject{{QStringLiteral("hold"), holdJson(*hold)},
                                {QStringLiteral("communications"), QJsonArray::fromStringList(r.holdMembers(hold->id))},
                                {QStringLiteral("history"), history},
                                {QStringLiteral("refused"), refusals}});
                return int(Done);
            }
            QJsonArray holds;
            QStringList text;
            for (const records::HoldInfo &h : r.list()) {
                holds.append(holdJson(h));
                text << holdText(h);
            }
            if (ctx.json())
                ctx.printJson(holds);
            else
                ctx.printText(text.isEmpty() ? QStringLiteral("No legal holds.") : text.join(QLatin1Char('\n')));
            return int(Done);
        });
    }
    return ctx.usageError(QStringLiteral("hold takes apply, release, add, remove, list or show, e.g. "
                                         "hold apply --name N --reason R (--query Q | --scope claim=CLM-1 | ID…)."));
}

int runReissue(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("request")) {
        if (args.size() != 1)
            return ctx.usageError(QStringLiteral("reissue request takes one communication id."));
        const records::ReissueSpec spec{args.first(), requiredOption(ctx, "mode"), requiredOption(ctx, "reason"),
                                        requiredOption(ctx, "channel"), requiredOption(ctx, "to")};
        records::ReissueRequest made;
        return withRecords(
            ctx, Action::RequestReissue, &records::RecordsStore::reissues,
            [&](records::ReissueRecords &r) {
                made = r.requestReissue(spec);
                return int(Done);
            },
            [&](records::ReissueRecords &r) { return printReissue(ctx, r, made.id, made); });
    }
    if (sub == QLatin1String("approve") || sub == QLatin1String("reject") || sub == QLatin1String("cancel")) {
        if (args.size() != 1)
            return ctx.usageError(QStringLiteral("reissue %1 takes one request id.").arg(sub));
        const QString note = requiredOption(ctx, "reason");
        const Action action = sub == QLatin1String("cancel") ? Action::RequestReissue : Action::ApproveReissue;
        return withRecords(
            ctx, action, &records::RecordsStore::reissues,
            [&](records::ReissueRecords &r) {
                if (sub == QLatin1String("approve"))
                    r.approveReissue(args.first(), note);
                else if (sub == QLatin1String("reject"))
                    r.rejectReissue(args.first(), note);
                else
                    r.withdrawReissue(args.first(), note);
                return int(Done);
            },
            [&](records::ReissueRecords &r) { return printReissue(ctx, r, args.first()); });
    }
    if (sub == QLatin1String("list")) {
        return withRecords(ctx, Action::Search, &records::RecordsStore::reissues, [&](records::ReissueRecords &r) {
            QJsonArray out;
            for (const auto &request : r.list(requiredOption(ctx, "status")))
                out.append(request.toJson());
            ctx.printJson(out);
            return int(Done);
        });
    }
    return ctx.usageError(
        QStringLiteral("reissue takes request, approve, reject, cancel or list, e.g. reissue "
                       "request ID --mode resend|regenerate --reason R [--channel C] [--to ADDRESS]."));
}

int runDisposition(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("review")) {
        return withRecords(ctx, Action::ReviewDisposition, &records::RecordsStore::disposition,
                           [&](records::DispositionRecords &r) {
                               QJsonArray items;
                               for (const auto &e : r.dispositionReview())
                                   items.append(e.toJson());
                               ctx.printJson(QJsonObject{{QStringLiteral("eligible"), items},
                                                         {QStringLiteral("held_eligible"), r.heldEligibleCount()}});
                               return int(Done);
                           });
    }
    if (sub == QLatin1String("approve")) {
        if (args.isEmpty())
            return ctx.usageError(
                QStringLiteral("disposition approve takes the ids to dispose of (see disposition review)."));
        QString reason = requiredOption(ctx, "reason");
        if (reason.isEmpty())
            reason = QStringLiteral("retention period ended; approved from the disposition review list");
        records::DispositionResult r;
        return withRecords(
            ctx, Action::ApproveDisposition, &records::RecordsStore::disposition,
            [&](records::DispositionRecords &store) {
                r = store.approveDisposition(args, reason);
                return int(Done);
            },
            [&](records::DispositionRecords &) {
                for (const auto &skipped : r.skipped)
                    ctx.message(QStringLiteral("Not disposed of: %1").arg(skipped.second));
                if (!r.certificateError.isEmpty())
                    ctx.message(QStringLiteral("The certificate could not be written: %1").arg(r.certificateError));
                ctx.printJson(r.toJson());
                return int(r.skipped.isEmpty() && r.certificateError.isEmpty() ? Done : FoundProblems);
            });
    }
    return ctx.usageError(QStringLiteral("disposition takes review or approve ID…"));
}

namespace {

// audit verify [--anchor FILE]: the chain, and with an anchor, that its head is still there.
int auditVerify(CliContext &ctx)
{
    std::optional<audit::AuditAnchor> anchor;
    if (ctx.isSet(QStringLiteral("anchor"))) {
        try {
            anchor = audit::AuditAnchor::readFile(ctx.value(QStringLiteral("anchor")));
        } catch (const std::runtime_error &e) {
            return ctx.usageError(QStringLiteral("The anchor cannot be checked: %1. `audit anchor --out FILE` "
                                                 "writes one.")
                                      .arg(QString::fromUtf8(e.what())));
        }
    }
    return withRecords(ctx, Action::ViewAuditTrail, &records::RecordsStore::audit, [&](records::AuditRecords &r) {
        const audit::VerifyResult v = anchor ? r.verifyAuditAnchored(*anchor) : r.verifyAudit();
        if (!v.ok)
            ctx.message(QStringLiteral("The audit trail does not verify: %1.").arg(v.problem));
        QJsonArray state;
        for (const audit::StateProblem &p : v.state) {
            state.append(QJsonObject{{QStringLiteral("object"), p.object}, {QStringLiteral("problem"), p.problem}});
            if (&p != &v.state.constFirst())
                ctx.message(QStringLiteral("  and %1: %2.").arg(p.object, p.problem));
        }
        if (!v.notRecorded.isEmpty())
            ctx.message(
                QStringLiteral("This verification could not be recorded in the audit trail: %1.").arg(v.notRecorded));
        QJsonObject out{{QStringLiteral("entries"), v.entries},
                        {QStringLiteral("ok"), v.ok},
                        {QStringLiteral("first_bad_seq"), v.firstBadSeq ? QJsonValue(v.firstBadSeq) : QJsonValue()},
                        {QStringLiteral("problem"), v.problem},
                        {QStringLiteral("state_problems"), state},
                        {QStringLiteral("elapsed_ms"), v.elapsedMs}};
        if (anchor)
            out.insert(QStringLiteral("anchor"), anchor->toJson());
        ctx.printJson(out);
        return int(v.ok ? Done : FoundProblems);
    });
}

// An --out FILE that cannot be written: the output, not the data folder, could not be used
// (cli.md: 3, as for an evidence package); nothing was written, so nothing is printed on stdout.
int outputFailed(const CliContext &ctx, const QString &what, const util::OutputFileError &e)
{
    ctx.message(QStringLiteral("%1\n%2; --out FILE chooses another place.").arg(QString::fromUtf8(e.what()), what));
    return Unusable;
}

// Checked before anything is recorded: a name that cannot be written anyway records nothing.
std::optional<util::OutputFileError> outputRefused(const QString &out)
{
    const QFileInfo folder(QFileInfo(out).absolutePath());
    if (!folder.isDir() || !folder.isWritable())
        return util::OutputFileError(
            out, QStringLiteral("the folder %1 does not exist or is not writable").arg(folder.filePath()));
    const QString refused = util::OutputFile::refusal(out);
    return refused.isEmpty() ? std::nullopt : std::optional<util::OutputFileError>(util::OutputFileError(out, refused));
}

// audit anchor --out FILE: the chain head, for safekeeping outside the data folder.
int auditAnchor(CliContext &ctx)
{
    const QString out = ctx.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(QStringLiteral("audit anchor needs --out FILE (keep it outside this data folder)."));
    if (const auto refused = outputRefused(out))
        return outputFailed(ctx, QStringLiteral("Nothing was anchored"), *refused);
    return withRecords(ctx, Action::ViewAuditTrail, &records::RecordsStore::audit, [&](records::AuditRecords &r) {
        const audit::AuditAnchor anchor = r.auditAnchor();
        try {
            anchor.writeFile(out);
        } catch (const util::OutputFileError &e) {
            return outputFailed(ctx,
                                QStringLiteral("The anchor (entry %1) was recorded in the trail but not written; "
                                               "run `audit anchor` again")
                                    .arg(anchor.seq),
                                e);
        }
        if (!ctx.json())
            ctx.message(QStringLiteral("Anchored the audit trail at entry %1 in %2. Keep that file outside this data "
                                       "folder; `audit verify --anchor FILE` then finds removed or rewritten entries.")
                            .arg(QString::number(anchor.seq), out));
        QJsonObject json = anchor.toJson();
        json.insert(QStringLiteral("path"), out);
        ctx.printJson(json);
        return int(Done);
    });
}

// audit export --out FILE: every entry the user may see (the store applies "agents see their
// own entries only"), written whole; audited once written.
int auditExport(CliContext &ctx, Action action, const QString &out)
{
    if (const auto refused = outputRefused(out))
        return outputFailed(ctx, QStringLiteral("Nothing was exported or audited"), *refused);
    return withAction(ctx, action, [&](services::ActionContext &a) {
        try {
            util::OutputFile file(out);
            const qint64 n = records::exportAuditRecorded(a.records.audit(), a.records.actor(), file.device(), {}, out,
                                                          [&file] { file.commit(); });
            ctx.printJson(QJsonObject{{QStringLiteral("path"), out}, {QStringLiteral("entries"), n}});
            return int(Done);
        } catch (const util::OutputFileError &e) {
            return outputFailed(ctx, QStringLiteral("Nothing was exported or audited"), e);
        }
    });
}

// audit report --out FILE [--query Q]: the audit report of a search (or the whole cache) as a
// PDF (or, for a .csv name, its table), recorded with the file as the window's is.
int auditReport(CliContext &ctx, const QString &out)
{
    if (const auto refused = outputRefused(out))
        return outputFailed(ctx, QStringLiteral("Nothing was written or audited"), *refused);
    return withAction(ctx, Action::RunFindings, [&](services::ActionContext &a) {
        try {
            cache::Database reader = cache::CacheFile::openReader(ctx.dataFolder().databasePath());
            const compliance::AuditReportExport done = compliance::exportAuditReport(
                a.records.actor(), reader, ctx.value(QStringLiteral("query")).trimmed(), out);
            ctx.printJson(QJsonObject{{QStringLiteral("path"), done.path},
                                      {QStringLiteral("sha256"), done.sha256},
                                      {QStringLiteral("communications"), done.communications},
                                      {QStringLiteral("findings"), done.findings}});
            return int(Done);
        } catch (const util::OutputFileError &e) {
            return outputFailed(ctx, QStringLiteral("Nothing was written or audited"), e);
        }
    });
}

} // namespace

int runAudit(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("verify"))
        return auditVerify(ctx);
    if (sub == QLatin1String("anchor"))
        return auditAnchor(ctx);
    if (sub == QLatin1String("report")) {
        if (ctx.value(QStringLiteral("out")).isEmpty())
            return ctx.usageError(QStringLiteral("audit report needs --out FILE.pdf (or FILE.csv for its table)."));
        return auditReport(ctx, ctx.value(QStringLiteral("out")));
    }
    if (sub == QLatin1String("export") || sub == QLatin1String("list")) {
        const QString out = ctx.value(QStringLiteral("out"));
        if (sub == QLatin1String("export") && out.isEmpty())
            return ctx.usageError(QStringLiteral("audit export needs --out FILE."));
        // Without --as, a user who may see the whole trail sees it; agents their own entries.
        Action action = Action::ViewOwnAuditEntries;
        if (!ctx.isSet(QStringLiteral("as"))) {
            // The team's roles on a team's folder, the folder's grants otherwise.
            const services::ActionRunner runner(ctx.dataFolder().databasePath(), ctx.dataPath());
            for (const records::Role r : runner.knownRoles(records::Identity::fromOperatingSystem()))
                action = records::AccessPolicy::permits(r, Action::ViewAuditTrail) ? Action::ViewAuditTrail : action;
        }
        if (sub == QLatin1String("export"))
            return auditExport(ctx, action, out);
        return withRecords(ctx, action, &records::RecordsStore::audit, [&](records::AuditRecords &r) {
            // The store applies "agents see their own entries only" (DESIGN.md "Roles").
            QJsonArray entries;
            for (const auto &e : r.auditEntries({}))
                entries.append(audit::entryJsonForReader(e)); // coded reasons also as text
            ctx.printJson(entries);
            return int(Done);
        });
    }
    return ctx.usageError(
        QStringLiteral("audit takes verify [--anchor FILE], anchor --out FILE, export --out FILE, report --out "
                       "FILE.pdf [--query Q], or list."));
}

} // namespace proofdesk::cli
