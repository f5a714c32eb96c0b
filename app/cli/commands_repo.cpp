// repo list / test / password / remove (spec/cli.md; repo add: commands_repoadd.cpp):
// repositories and their settings. A password goes to the OS keychain or stays in an
// owner-only file; it is never printed, never written to the cache or the settings.
#include "commands_repo.h"

#include "clicontext.h"
#include "commands.h"
#include "records/recordserror.h"
#include "recordsaction.h"
#include "services/repositoryadmin.h"
#include "sync/connectiontest.h"
#include "sync/credentials/credentialstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace proofdesk::cli {

namespace {

QString statusOf(const cache::RepositoryInfo &r)
{
    if (r.offlineSince)
        return QStringLiteral("offline");
    return r.lastSync ? QStringLiteral("ok") : QStringLiteral("never synced");
}

services::RepositoryAdmin adminOf(CliContext &ctx)
{
    datafolder::DataFolder &folder = ctx.dataFolder();
    return services::RepositoryAdmin(folder.databasePath(), folder.path(),
                                     services::Actor{records::Identity::fromOperatingSystem(), requestedRole(ctx)});
}

int unknownRepository(const CliContext &ctx, const QString &name)
{
    ctx.message(QStringLiteral("No repository named \"%1\". `proofdesk-cli repo list` shows them.").arg(name));
    return Unusable;
}

int listRepos(CliContext &ctx)
{
    cache::Database reader = cache::CacheFile::openReader(ctx.dataFolder().databasePath());
    QJsonArray out;
    for (const auto &r : cache::RepositoryStore(reader).list()) {
        QJsonObject o = r.toJson();
        o.insert(QStringLiteral("status"), statusOf(r));
        out.append(o);
        // The URL as toJson() shows it: without user information, in case an older
        // version stored a password in it.
        ctx.printText(QStringLiteral("%1\t%2\t%3\t%4%5")
                          .arg(r.name, r.kind, o.value(QStringLiteral("url")).toString(), statusOf(r),
                               r.lastError.isEmpty() ? QString() : QStringLiteral("\t") + r.lastError));
    }
    if (ctx.json())
        ctx.printJson(out);
    return Done;
}

// Signs in, checks every mapped property against the repository (a CMIS type's definition)
// and reads the first page, applying nothing: exit 1 when the configuration does not fit,
// 3 when the repository cannot be used.
int testRepo(CliContext &ctx, const QString &name)
{
    std::optional<cache::RepositoryInfo> repo;
    {
        cache::Database reader = cache::CacheFile::openReader(ctx.dataFolder().databasePath());
        repo = cache::RepositoryStore(reader).find(name);
    }
    if (!repo)
        return unknownRepository(ctx, name);
    const sync::ConnectionTestResult r =
        sync::testConnection(*repo, ctx.dataFolder().path(), sync::CredentialStore::defaultUseKeychain());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("name"), name},
                                  {QStringLiteral("ok"), r.ok},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
                                  {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
                                  {QStringLiteral("message"), r.message}});
    if (r.ok) {
        ctx.printText(r.message);
        for (const QString &w : r.mappingWarnings) // the records read say the mapping may not fit
            ctx.message(QStringLiteral("warning: %1").arg(w));
        return r.mappingWarnings.isEmpty() ? Done : FoundProblems;
    }
    for (const QString &problem : r.problems)
        ctx.message(problem);
    return r.misconfigured ? FoundProblems : Unusable;
}

// A new secret without touching the cache (`repo remove` + `repo add` would drop it).
int changePassword(CliContext &ctx, const QString &name)
{
    if (!ctx.isSet(QStringLiteral("password-stdin")) && !ctx.isSet(QStringLiteral("password-file")))
        return ctx.usageError(
            QStringLiteral("repo password takes the new password with --password-stdin (the keychain) "
                           "or --password-file FILE (an owner-only file, read at every sign-in)."));
    services::RepositoryAdmin::SecretChange change;
    int exitCode = Done;
    change.password = repoSecretFromOptions(ctx, &change.passwordFile, &exitCode);
    if (exitCode != Done)
        return exitCode;
    if (!change.passwordFile.isEmpty())
        change.password.reset(); // read at every sign-in, never copied
    sync::CredentialStore::Backend where;
    try {
        where = adminOf(ctx).changeSecret(name, change);
    } catch (const records::RecordsError &e) {
        if (e.kind() == records::RecordsError::Kind::Refused)
            return refusedExit(ctx, e);
        if (e.kind() == records::RecordsError::Kind::NotFound)
            return unknownRepository(ctx, name);
        return ctx.usageError(e.message());
    }
    const QString secret = !change.passwordFile.isEmpty()                      ? QStringLiteral("file")
                           : where == sync::CredentialStore::Backend::Keychain ? QStringLiteral("keychain")
                                                                               : QStringLiteral("session");
    if (secret == QLatin1String("session"))
        ctx.message(
            QStringLiteral("No keychain is available (%1): the password is kept in memory for this session only. "
                           "`proofdesk-cli repo password %2 --password-file FILE` names an owner-only file instead.")
                .arg(sync::CredentialStore::keychainProblem(), name));
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("secret"), secret}});
    ctx.printText(
        secret == QLatin1String("file")
            ? QStringLiteral("\"%1\" now reads its password from %2 at every sign-in.").arg(name, change.passwordFile)
            : QStringLiteral("The password of \"%1\" was changed; the cache is unchanged.").arg(name));
    return Done;
}

int removeRepo(CliContext &ctx, const QString &name)
{
    std::optional<cache::RepositoryInfo> repo;
    try {
        repo = adminOf(ctx).remove(name);
    } catch (const records::RecordsError &e) {
        if (e.kind() == records::RecordsError::Kind::Refused)
            return refusedExit(ctx, e);
        return unknownRepository(ctx, name);
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("removed"), repo->name}});
    ctx.printText(QStringLiteral("Removed repository \"%1\" and everything cached from it.").arg(repo->name));
    return Done;
}

} // namespace

int runRepo(CliContext &ctx)
{
    const QString sub = ctx.args().value(0);
    const QString name = ctx.args().value(1);
    if (sub == QLatin1String("add") && ctx.args().size() == 2)
        return addRepo(ctx, name);
    if (sub == QLatin1String("list") && ctx.args().size() == 1)
        return listRepos(ctx);
    if (sub == QLatin1String("test") && ctx.args().size() == 2)
        return testRepo(ctx, name);
    if (sub == QLatin1String("password") && ctx.args().size() == 2)
        return changePassword(ctx, name);
    if (sub == QLatin1String("remove") && ctx.args().size() == 2)
        return removeRepo(ctx, name);
    if (sub == QLatin1String("witness") && ctx.args().size() <= 2)
        return witnessRepo(ctx, name);
    return ctx.usageError(
        QStringLiteral("repo takes: add NAME --kind KIND --url URL [--profile P] [--type T] "
                       "[--map FIELD=PROPERTY]… [--user U] [--password-stdin | --password-file F] "
                       "[--pin SHA256] [--set KEY=VALUE]…, list, test NAME, password NAME "
                       "[--password-stdin | --password-file F], remove NAME, or witness NAME|--due [--sample N]."));
}

} // namespace proofdesk::cli
