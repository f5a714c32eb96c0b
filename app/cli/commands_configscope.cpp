// config get|set repo.NAME.scope [QUERY]: a repository's sync scope (issue #28, spec/cli.md
// `repo add … --scope`). Setting it narrows the cache at once; an empty query keeps everything.
#include "cache/repositorystore.h"
#include "cachereads.h"
#include "clicontext.h"
#include "commands.h"
#include "recordsexit.h"
#include "services/repositoryadmin.h"

#include <QJsonObject>

namespace proofdesk::cli {

std::optional<QString> scopeKeyRepository(const QString &key)
{
    static const QLatin1String prefix("repo."), suffix(".scope");
    if (!key.startsWith(prefix) || !key.endsWith(suffix) || key.size() <= prefix.size() + suffix.size())
        return std::nullopt;
    return key.mid(prefix.size(), key.size() - prefix.size() - suffix.size());
}

namespace {

void printScope(const CliContext &ctx, const QString &key, const cache::RepositoryInfo &repo,
                const services::RepositoryAdmin::ScopeChange *change)
{
    const QString scope = repo.settings.value(QStringLiteral("scope")).toString();
    if (ctx.json()) {
        QJsonObject answer{{QStringLiteral("key"), key}, {QStringLiteral("value"), scope}};
        if (change) {
            answer.insert(QStringLiteral("left_cache"), change->leftCache);
            answer.insert(QStringLiteral("read_again"), change->readAgain);
            if (!change->removalError.isEmpty())
                answer.insert(QStringLiteral("removal_error"), change->removalError);
        }
        ctx.printJson(answer);
    } else {
        ctx.printText(QStringLiteral("%1 %2").arg(key, scope.isEmpty() ? QStringLiteral("(everything)") : scope));
    }
    if (change && !change->removalError.isEmpty())
        ctx.message(change->removalError); // what was stored and what was not, with --json too
    else if (change && !ctx.json())
        ctx.message(
            QStringLiteral("%1 communication(s) left the cache; what a hold, a reissue or an open exception case "
                           "keeps stays. %2")
                .arg(change->leftCache)
                .arg(change->readAgain
                         ? QStringLiteral("The next sync reads the repository again from its start, "
                                          "for what the new scope takes in.")
                         : QStringLiteral("A narrowing: the next sync goes on from where the last one stopped.")));
}

} // namespace

int runConfigScope(CliContext &ctx, const QString &key, const std::optional<QString> &value)
{
    const QString name = *scopeKeyRepository(key);
    if (!value) {
        const auto repo = cache::RepositoryStore(ctx.reads().reader()).find(name);
        if (!repo) {
            ctx.message(QStringLiteral("No repository named \"%1\"; `proofdesk-cli repo list` names them.").arg(name));
            return FoundProblems;
        }
        printScope(ctx, key, *repo, nullptr);
        return Done;
    }
    try {
        datafolder::DataFolder &folder = ctx.dataFolder();
        const records::Identity me = records::Identity::fromOperatingSystem();
        services::RepositoryAdmin admin(folder.databasePath(), folder.path(), services::Actor{me, requestedRole(ctx)});
        const auto change = admin.setScope(name, *value);
        printScope(ctx, key, change.repository, &change);
        if (!change.removalError.isEmpty())
            return Unusable; // stored and recorded, but the cache still holds what lies outside
    } catch (const records::RecordsError &e) {
        return recordsErrorExit(ctx, e);
    }
    return Done;
}

} // namespace proofdesk::cli
