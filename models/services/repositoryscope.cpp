// RepositoryAdmin: a repository's sync scope (issue #28). Narrowing takes effect at once and
// offline: what now lies outside leaves the cache (except what a hold, a reissue under way or
// an open exception case keeps), right after the new scope is stored and the change recorded. Widening clears the
// cursor (cache/repositorystore.h): the next sync reads the repository from the start, and brings what the new scope
// takes in.
#include "audit/changetransaction.h"
#include "cache/repositorystore.h"
#include "records/recordserror.h"
#include "repositoryadmin.h"
#include "sync/cachewriter.h"
#include "sync/repositoryprofiles.h"
#include "sync/syncscope.h"
#include "util/translation.h"

namespace proofdesk::services {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::services::RepositoryAdmin", "proofdesk::services", text);
}

} // namespace

bool RepositoryAdmin::readAgainUnlessNarrowed(cache::Database &cache, const QJsonObject &before,
                                              const cache::RepositoryInfo &after)
{
    const sync::SyncScope old = sync::SyncScope::ofSettings(before);
    if (sync::SyncScope::ofSettings(after.settings).within(old))
        return false;
    cache::RepositoryStore(cache).clearCursor(after.id);
    return true;
}

qint64 RepositoryAdmin::evictOutsideScope(cache::Database &cache, const cache::RepositoryInfo &repository)
{
    sync::ApplyResult left;
    sync::CacheWriter(cache).evictOutsideScope(repository, sync::SyncScope::ofSettings(repository.settings), left);
    return left.leftScope;
}

RepositoryAdmin::ScopeChange RepositoryAdmin::setScope(const QString &name, const QString &scopeText)
{
    ScopeChange change;
    runner().run(m_actor, records::Action::ConfigureRepositories, [&](ActionContext &a) {
        cache::RepositoryStore store(a.cache);
        const auto repo = store.find(name);
        if (!repo)
            throw records::RecordsError(records::RecordsError::Kind::NotFound,
                                        tr("No repository named \"%1\".").arg(name));
        QJsonObject settings = repo->settings;
        const QString text = scopeText.trimmed();
        if (text.isEmpty())
            settings.remove(QStringLiteral("scope"));
        else
            settings.insert(QStringLiteral("scope"), text);
        const QStringList problems = sync::settingsProblems(repo->kind, settings);
        if (!problems.isEmpty())
            throw records::RecordsError(records::RecordsError::Kind::Invalid, problems.join(QLatin1Char(' ')));
        // The change and its audit entry together (audit/changetransaction.h: committed as one
        // whatever stops the commit half-way); then the eviction, in transactions of its own (an
        // interrupted one is finished by the next sync, which applies the stored scope).
        audit::ChangeTransaction tx(a.cache);
        store.update(repo->id, repo->url, settings);
        change.repository = *store.findById(repo->id);
        change.readAgain = readAgainUnlessNarrowed(a.cache, repo->settings, change.repository);
        a.records.actor().record(QStringLiteral("repository.scope"), QStringLiteral("repository"), name, QString(),
                                 QJsonObject{{QStringLiteral("scope"), repo->settings.value(QStringLiteral("scope"))}},
                                 QJsonObject{{QStringLiteral("scope"), text}});
        tx.commit();
        const Eviction left = narrowNow(a.cache, change.repository);
        change.leftCache = left.left;
        change.removalError = left.error;
    });
    return change;
}

} // namespace proofdesk::services
