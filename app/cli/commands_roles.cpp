// roles and the records options of the command line (see commands_records.cpp for hold,
// reissue, disposition and audit; the upkeep after an import or sync is services::SyncService).
#include "clicontext.h"
#include "commands.h"
#include "records/recordserror.h"
#include "records/rolerecords.h"
#include "recordsaction.h"
#include "util/timeutil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::cli {

void addRecordsOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("name"), QStringLiteral("hold apply: the hold's name."), QStringLiteral("N")},
        {QStringLiteral("matter"), QStringLiteral("hold apply: the matter or case it is for."), QStringLiteral("M")},
        {QStringLiteral("reason"),
         QStringLiteral("hold, reissue, disposition, roles: why (recorded in the audit trail)."), QStringLiteral("R")},
        {QStringLiteral("query"), QStringLiteral("hold apply: hold every communication the query matches now."),
         QStringLiteral("Q")},
        {QStringLiteral("scope"),
         QStringLiteral("hold apply: hold a customer, account, policy, claim, loan or case, "
                        "including later arrivals, e.g. --scope claim=CLM-88812. repo add: the "
                        "communications the cache keeps, as a query, e.g. --scope 'issued:>=now-24m'."),
         QStringLiteral("FIELD=VALUE|QUERY")},
        {QStringLiteral("mode"), QStringLiteral("reissue request: resend or regenerate."), QStringLiteral("MODE")},
        {QStringLiteral("channel"),
         QStringLiteral("reissue request: another channel (print, email, web, mobile, sms)."), QStringLiteral("C")},
        {QStringLiteral("to"), QStringLiteral("reissue request: another destination address."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("status"), QStringLiteral("reissue list: only requests with this status."),
         QStringLiteral("S")},
        {QStringLiteral("anchor"),
         QStringLiteral("audit verify: also check the chain head kept by `audit anchor` in FILE."),
         QStringLiteral("FILE")},
    });
}

namespace {

QJsonObject grantsJson(records::RoleRecords &roles, const QString &user)
{
    QJsonArray grants;
    for (const auto &g : roles.roleGrants())
        grants.append(QJsonObject{{QStringLiteral("user"), g.user},
                                  {QStringLiteral("role"), records::roleName(g.role)},
                                  {QStringLiteral("granted_by"), g.grantedBy},
                                  {QStringLiteral("granted_at"), g.grantedAt ? formatUtc(g.grantedAt) : QString()}});
    QJsonArray mine;
    for (const records::Role r : roles.rolesOf(user))
        mine.append(records::roleName(r));
    return QJsonObject{
        {QStringLiteral("user"), user}, {QStringLiteral("roles"), mine}, {QStringLiteral("grants"), grants}};
}

} // namespace

// Roles as the folder's records store has them (RoleRecords): its own grants, or on a team's
// folder the team's logins and group roles, which only the team's admin changes.
int runRoles(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("list") || sub.isEmpty()) {
        // Every role may read who has which (the check only needs one of them).
        return withAction(ctx, records::Action::Search, [&](services::ActionContext &a) {
            ctx.printJson(grantsJson(a.records.roles(), a.records.actor().user()));
            return int(Done);
        });
    }
    if ((sub != QLatin1String("grant") && sub != QLatin1String("revoke")) || args.size() != 2)
        return ctx.usageError(
            QStringLiteral("roles takes list, grant USER ROLE --reason R, or revoke USER ROLE --reason R."));
    const auto role = records::parseRole(args.at(1));
    if (!role)
        return ctx.usageError(
            QStringLiteral("\"%1\" is not a role: agent, compliance, records or admin.").arg(args.at(1)));
    return withRecords(
        ctx, records::Action::GrantRoles, &records::RecordsStore::roles, [&](records::RoleRecords &store) {
            if (sub == QLatin1String("grant"))
                store.grantRole(args.at(0), *role, ctx.value(QStringLiteral("reason")));
            else
                store.revokeRole(args.at(0), *role, ctx.value(QStringLiteral("reason")));
            QJsonArray roles;
            for (const records::Role r : store.rolesOf(args.at(0)))
                roles.append(records::roleName(r));
            ctx.printJson(QJsonObject{{QStringLiteral("user"), args.at(0)}, {QStringLiteral("roles"), roles}});
            return int(Done);
        });
}

} // namespace proofdesk::cli
