// hold, reissue, disposition, audit and roles: the records commands (spec/cli.md). Every
// rule is checked in models/records; these functions parse, call and print.
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "clicontext.h"
#include "commands.h"
#include "records/disposition.h"
#include "records/holdregister.h"
#include "records/holdservice.h"
#include "records/recordserror.h"
#include "records/recordsupkeep.h"
#include "records/reissueservice.h"
#include "records/reissuestore.h"
#include "records/rolegrants.h"
#include "util/timeutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::cli {

using records::Action;
using records::RecordsError;
using records::RecordsSession;

namespace {

// The command's records work, given a session in the right role.
using Body = std::function<int(const RecordsSession &)>;

int exitFor(const CliContext &ctx, const RecordsError &e)
{
    switch (e.kind()) {
    case RecordsError::Kind::Refused:
        ctx.message(QStringLiteral("Refused: %1\n`proofdesk-cli roles list` shows your roles; --as ROLE acts in "
                                   "another of them. The refusal was recorded in the audit trail.")
                        .arg(e.message()));
        return BadUsage;
    case RecordsError::Kind::NotFound:
        ctx.message(e.message());
        return FoundProblems;
    case RecordsError::Kind::Invalid:
        break;
    }
    return ctx.usageError(e.message());
}

// Opens the writer and a session acting as --as (or the first granted role that may do
// `action`) and runs the body; refusals and bad input become exit codes and messages.
int withSession(CliContext &ctx, Action action, const Body &body)
{
    std::optional<records::Role> requested;
    if (ctx.isSet(QStringLiteral("as")))
        requested = records::parseRole(ctx.value(QStringLiteral("as")));
    cache::DataFolder &folder = ctx.dataFolder();
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    try {
        const RecordsSession session =
            RecordsSession::openFor(writer, records::Identity::fromOperatingSystem(), requested, action);
        return body(session);
    } catch (const RecordsError &e) {
        return exitFor(ctx, e);
    }
}

// Sends what the action queued (the hot folder of a drop) before its result is printed,
// so the printed status is the one the repository sees.
void sendNow(const CliContext &ctx, const RecordsSession &session)
{
    const records::FlushReport sent = records::OutboxDispatcher(session).flush();
    for (const QString &error : sent.errors)
        ctx.message(QStringLiteral("Outbox: %1 (it stays queued and is retried after the next sync)").arg(error));
}

QString requiredOption(CliContext &ctx, const char *name)
{
    return ctx.value(QLatin1String(name)).trimmed();
}

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
    return withSession(ctx, Action::ApplyHold, [&](const RecordsSession &s) {
        const records::HoldInfo hold = records::HoldService(s).create(
            spec, [&ctx](qint64 done, qint64 total) { printProgress(ctx, done, total); });
        sendNow(ctx, s);
        ctx.printJson(QJsonObject{{QStringLiteral("hold"), hold.toJson()}, {QStringLiteral("items"), hold.items}});
        return Done;
    });
}

int holdChange(CliContext &ctx, const QString &sub, const QStringList &args)
{
    if (args.isEmpty())
        return ctx.usageError(QStringLiteral("hold %1 needs the hold id.").arg(sub));
    const QString reason = requiredOption(ctx, "reason");
    const Action action = sub == QLatin1String("release") ? Action::ReleaseHold : Action::ApplyHold;
    return withSession(ctx, action, [&](const RecordsSession &s) {
        records::HoldService service(s);
        if (sub == QLatin1String("release")) {
            const records::HoldInfo released = service.release(args.first(), reason);
            sendNow(ctx, s);
            ctx.printJson(QJsonObject{{QStringLiteral("hold"), released.toJson()}});
            return int(Done);
        }
        const QStringList ids = args.mid(1);
        const qint64 changed = sub == QLatin1String("add") ? service.addItems(args.first(), ids, reason)
                                                           : service.removeItems(args.first(), ids, reason);
        sendNow(ctx, s);
        const auto hold = records::HoldRegister(s.db()).find(args.first());
        ctx.printJson(QJsonObject{{QStringLiteral("hold"), hold ? hold->toJson() : QJsonObject()},
                                  {QStringLiteral("changed"), changed}});
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
        return withSession(ctx, Action::Search, [&](const RecordsSession &s) {
            records::HoldRegister reg(s.db());
            if (sub == QLatin1String("show") && !args.isEmpty()) {
                const auto hold = reg.find(args.first());
                if (!hold)
                    throw RecordsError(RecordsError::Kind::NotFound, QStringLiteral("There is no legal hold %1.").arg(args.first()));
                QJsonArray history;
                for (const auto &e : reg.history(hold->id))
                    history.append(e.toJson());
                ctx.printJson(QJsonObject{{QStringLiteral("hold"), hold->toJson()},
                                          {QStringLiteral("communications"), QJsonArray::fromStringList(reg.memberIds(hold->id))},
                                          {QStringLiteral("history"), history}});
                return int(Done);
            }
            QJsonArray holds;
            for (const records::HoldInfo &h : reg.list())
                holds.append(h.toJson());
            ctx.printJson(holds);
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
        return withSession(ctx, Action::RequestReissue, [&](const RecordsSession &s) {
            const records::ReissueRequest r = records::ReissueService(s).request(spec);
            sendNow(ctx, s);
            ctx.printJson(records::ReissueStore(s.db()).find(r.id)->toJson());
            return int(Done);
        });
    }
    if (sub == QLatin1String("approve") || sub == QLatin1String("reject") || sub == QLatin1String("cancel")) {
        if (args.size() != 1)
            return ctx.usageError(QStringLiteral("reissue %1 takes one request id.").arg(sub));
        const QString note = requiredOption(ctx, "reason");
        const Action action = sub == QLatin1String("cancel") ? Action::RequestReissue : Action::ApproveReissue;
        return withSession(ctx, action, [&](const RecordsSession &s) {
            records::ReissueService service(s);
            const records::ReissueRequest r = sub == QLatin1String("approve") ? service.approve(args.first(), note)
                                            : sub == QLatin1String("reject") ? service.reject(args.first(), note)
                                                                             : service.cancel(args.first(), note);
            sendNow(ctx, s);
            ctx.printJson(records::ReissueStore(s.db()).find(r.id)->toJson());
            return int(Done);
        });
    }
    if (sub == QLatin1String("list")) {
        return withSession(ctx, Action::Search, [&](const RecordsSession &s) {
            QJsonArray out;
            for (const auto &r : records::ReissueStore(s.db()).list(requiredOption(ctx, "status")))
                out.append(r.toJson());
            ctx.printJson(out);
            return int(Done);
        });
    }
    return ctx.usageError(QStringLiteral("reissue takes request, approve, reject, cancel or list, e.g. reissue "
                                         "request ID --mode resend|regenerate --reason R [--channel C] [--to ADDRESS]."));
}

int runDisposition(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("review")) {
        return withSession(ctx, Action::ReviewDisposition, [&](const RecordsSession &s) {
            records::DispositionService service(s, ctx.dataFolder().path());
            QJsonArray items;
            for (const auto &e : service.review())
                items.append(e.toJson());
            ctx.printJson(QJsonObject{{QStringLiteral("eligible"), items},
                                      {QStringLiteral("held_eligible"),
                                       records::Retention(s.db()).heldEligibleCount(s.now())}});
            return int(Done);
        });
    }
    if (sub == QLatin1String("approve")) {
        if (args.isEmpty())
            return ctx.usageError(QStringLiteral("disposition approve takes the ids to dispose of (see disposition review)."));
        QString reason = requiredOption(ctx, "reason");
        if (reason.isEmpty())
            reason = QStringLiteral("retention period ended; approved from the disposition review list");
        return withSession(ctx, Action::ApproveDisposition, [&](const RecordsSession &s) {
            const records::DispositionResult r =
                records::DispositionService(s, ctx.dataFolder().path()).approve(args, reason);
            sendNow(ctx, s);
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

int runAudit(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("verify")) {
        return withSession(ctx, Action::ViewAuditTrail, [&](const RecordsSession &s) {
            const audit::VerifyResult v = audit::AuditVerifier(s.db()).verify();
            s.record(QStringLiteral("audit.verify"), QStringLiteral("audit"), QString(), QString(), {},
                     QJsonObject{{QStringLiteral("entries"), v.entries}, {QStringLiteral("ok"), v.ok},
                                 {QStringLiteral("first_bad_seq"), v.ok ? QJsonValue() : QJsonValue(v.firstBadSeq)}});
            if (!v.ok)
                ctx.message(QStringLiteral("The audit trail does not verify: %1.").arg(v.problem));
            ctx.printJson(QJsonObject{{QStringLiteral("entries"), v.entries},
                                      {QStringLiteral("ok"), v.ok},
                                      {QStringLiteral("first_bad_seq"), v.ok ? QJsonValue() : QJsonValue(v.firstBadSeq)},
                                      {QStringLiteral("problem"), v.problem},
                                      {QStringLiteral("elapsed_ms"), v.elapsedMs}});
            return int(v.ok ? Done : FoundProblems);
        });
    }
    if (sub == QLatin1String("export") || sub == QLatin1String("list")) {
        const QString out = ctx.value(QStringLiteral("out"));
        if (sub == QLatin1String("export") && out.isEmpty())
            return ctx.usageError(QStringLiteral("audit export needs --out FILE."));
        // Without --as, a user who may see the whole trail sees it; agents their own entries.
        Action action = Action::ViewOwnAuditEntries;
        if (!ctx.isSet(QStringLiteral("as"))) {
            cache::Database db = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
            for (const records::Role r : records::RoleGrants(db).rolesOf(records::Identity::fromOperatingSystem()))
                action = records::AccessPolicy::permits(r, Action::ViewAuditTrail) ? Action::ViewAuditTrail : action;
        }
        return withSession(ctx, action, [&](const RecordsSession &s) {
            audit::AuditFilter filter;
            // Agents see their own entries only (DESIGN.md "Roles").
            if (!records::AccessPolicy::permits(*s.role(), Action::ViewAuditTrail))
                filter.user = s.user();
            audit::AuditTrail trail(s.db());
            if (sub == QLatin1String("list")) {
                QJsonArray entries;
                for (const auto &e : trail.entries(filter))
                    entries.append(e.toJson());
                ctx.printJson(entries);
                return int(Done);
            }
            QFile file(out);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                throw RecordsError(RecordsError::Kind::Invalid, QStringLiteral("Cannot write %1: %2").arg(out, file.errorString()));
            const qint64 n = trail.exportJsonLines(file, filter);
            file.close();
            s.record(QStringLiteral("audit.export"), QStringLiteral("audit"), QString(), QString(), {},
                     QJsonObject{{QStringLiteral("entries"), n}, {QStringLiteral("own_only"), !filter.user.isEmpty()}});
            ctx.printJson(QJsonObject{{QStringLiteral("path"), out}, {QStringLiteral("entries"), n}});
            return int(Done);
        });
    }
    return ctx.usageError(QStringLiteral("audit takes verify, export --out FILE, or list."));
}

} // namespace proofdesk::cli
