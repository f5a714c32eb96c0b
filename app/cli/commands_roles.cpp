// roles and the records options of the command line (see commands_records.cpp for hold,
// reissue, disposition and audit; the upkeep after an import or sync is services::SyncService).
#include "clicontext.h"
#include "commands.h"
#include "recordsaction.h"
#include "records/recordserror.h"
#include "records/rolegrants.h"
#include "records/session.h"
#include "util/timeutil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::cli {

void addRecordsOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("name"), QStringLiteral("hold apply: the hold's name."), QStringLiteral("N")},
        {QStringLiteral("matter"), QStringLiteral("hold apply: the matter or case it is for."), QStringLiteral("M")},
        {QStringLiteral("reason"), QStringLiteral("hold, reissue, disposition, roles: why (recorded in the audit trail)."), QStringLiteral("R")},
        {QStringLiteral("query"), QStringLiteral("hold apply: hold every communication the query matches now."), QStringLiteral("Q")},
        {QStringLiteral("scope"), QStringLiteral("hold apply: hold a customer, account, policy, claim, loan or case, "
                                                 "including later arrivals, e.g. --scope claim=CLM-88812."), QStringLiteral("FIELD=VALUE")},
        {QStringLiteral("mode"), QStringLiteral("reissue request: resend or regenerate."), QStringLiteral("MODE")},
        {QStringLiteral("channel"), QStringLiteral("reissue request: another channel (print, email, web, mobile, sms)."), QStringLiteral("C")},
        {QStringLiteral("to"), QStringLiteral("reissue request: another destination address."), QStringLiteral("ADDRESS")},
        {QStringLiteral("status"), QStringLiteral("reissue list: only requests with this status."), QStringLiteral("S")},
        {QStringLiteral("anchor"), QStringLiteral("audit verify: also check the chain head kept by `audit anchor` in FILE."), QStringLiteral("FILE")},
    });
}

int runRoles(CliContext &ctx)
{
    QStringList args = ctx.args();
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    cache::Database writer = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
    const records::Identity me = records::Identity::fromOperatingSystem();
    std::optional<records::Role> requested;
    if (ctx.isSet(QStringLiteral("as")))
        requested = records::parseRole(ctx.value(QStringLiteral("as")));
    try {
        if (sub == QLatin1String("list") || sub.isEmpty()) {
            QJsonArray grants;
            for (const auto &g : records::RoleGrants(writer).list())
                grants.append(QJsonObject{{QStringLiteral("user"), g.user},
                                          {QStringLiteral("role"), records::roleName(g.role)},
                                          {QStringLiteral("granted_by"), g.grantedBy},
                                          {QStringLiteral("granted_at"), formatUtc(g.grantedAt)}});
            QJsonArray mine;
            for (const records::Role r : records::RoleGrants(writer).rolesOf(me))
                mine.append(records::roleName(r));
            ctx.printJson(QJsonObject{{QStringLiteral("user"), me.user}, {QStringLiteral("roles"), mine},
                                      {QStringLiteral("grants"), grants}});
            return Done;
        }
        if ((sub != QLatin1String("grant") && sub != QLatin1String("revoke")) || args.size() != 2)
            return ctx.usageError(QStringLiteral("roles takes list, grant USER ROLE --reason R, or revoke USER ROLE --reason R."));
        const auto role = records::parseRole(args.at(1));
        if (!role)
            return ctx.usageError(QStringLiteral("\"%1\" is not a role: agent, compliance, records or admin.").arg(args.at(1)));
        const records::RecordsSession admin =
            records::RecordsSession::openFor(writer, me, requested, records::Action::GrantRoles);
        records::RoleGrants grants(writer);
        if (sub == QLatin1String("grant"))
            grants.grant(admin, args.at(0), *role, ctx.value(QStringLiteral("reason")));
        else
            grants.revoke(admin, args.at(0), *role, ctx.value(QStringLiteral("reason")));
        QJsonArray roles;
        for (const records::Role r : grants.rolesOf(records::Identity{args.at(0), QStringLiteral("os"), {}}))
            roles.append(records::roleName(r));
        ctx.printJson(QJsonObject{{QStringLiteral("user"), args.at(0)}, {QStringLiteral("roles"), roles}});
        return Done;
    } catch (const records::RecordsError &e) {
        if (e.kind() == records::RecordsError::Kind::Refused) {
            ctx.message(QStringLiteral("Refused: %1").arg(e.message()));
            return BadUsage;
        }
        return ctx.usageError(e.message());
    }
}

} // namespace proofdesk::cli
