#include "recordsaction.h"

#include "clicontext.h"
#include "commands.h"
#include "records/recordserror.h"

namespace proofdesk::cli {

int withAction(CliContext &ctx, records::Action action, const std::function<int(services::ActionContext &)> &body,
               const std::function<int(services::ActionContext &)> &printResult)
{
    datafolder::DataFolder &folder = ctx.dataFolder();
    services::ActionRunner runner(folder.databasePath(), folder.path());
    return withAction(ctx, runner, action, body, printResult);
}

int withAction(CliContext &ctx, services::ActionRunner &runner, records::Action action,
               const std::function<int(services::ActionContext &)> &body,
               const std::function<int(services::ActionContext &)> &printResult)
{
    return withActionAs(ctx, runner, requestedRole(ctx), action, body, printResult);
}

int withActionAs(CliContext &ctx, services::ActionRunner &runner, std::optional<records::Role> role,
                 records::Action action, const std::function<int(services::ActionContext &)> &body,
                 const std::function<int(services::ActionContext &)> &printResult)
{
    int code = Done;
    services::ActionRunner::Body after;
    if (printResult)
        after = [&](services::ActionContext &a) { code = printResult(a); };
    try {
        runner.run(
            services::Actor{records::Identity::fromOperatingSystem(), role}, action,
            [&](services::ActionContext &a) { code = body(a); }, after);
    } catch (const records::RecordsError &e) {
        return recordsErrorExit(ctx, e);
    }
    for (const QString &error : runner.lastFlush().errors)
        ctx.message(QStringLiteral("Outbox: %1 (it stays queued and is retried after the next sync)").arg(error));
    if (runner.lastTeamDrain().applied)
        ctx.message(
            QStringLiteral("Team: %1 action(s) made offline were applied.").arg(runner.lastTeamDrain().applied));
    for (const QString &conflict : runner.lastTeamDrain().conflicts)
        ctx.message(QStringLiteral("Team: %1").arg(conflict));
    if (runner.ranOffline())
        ctx.message(QStringLiteral("The team database cannot be reached: this action waits in the data folder and is "
                                   "sent, once, when it is back (`team status` counts what waits)."));
    return code;
}

} // namespace proofdesk::cli
