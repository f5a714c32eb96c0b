#include "repositoryadmin.h"

#include "audit/changetransaction.h"
#include "cache/repositorystore.h"
#include "records/recordserror.h"
#include "sync/credentials/passwordfile.h"
#include "util/translation.h"

namespace proofdesk::services {

void requireMayAddRepository(const QString &databasePath, const QString &dataDir, const Actor &actor)
{
    ActionRunner(databasePath, dataDir).run(actor, records::Action::ConfigureRepositories, [](ActionContext &) {});
}

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::services::RepositoryAdmin", "proofdesk::services", text);
}

const QString kRepository = QStringLiteral("repository");

} // namespace

RepositoryAdmin::RepositoryAdmin(QString databasePath, QString dataDir, Actor actor, bool useKeychain)
    : m_databasePath(std::move(databasePath))
    , m_dataDir(std::move(dataDir))
    , m_actor(std::move(actor))
    , m_useKeychain(useKeychain)
{}

ActionRunner RepositoryAdmin::runner()
{
    ActionRunner runner(m_databasePath, m_dataDir);
    runner.setClaimUnclaimedFolder(true);
    return runner;
}

RepositoryAdmin::Eviction RepositoryAdmin::narrowNow(cache::Database &cache, const cache::RepositoryInfo &repository)
{
    cache::RepositoryStore store(cache);
    const qint64 before = store.communicationCount(repository.id);
    Eviction e;
    try {
        e.left = evictOutsideScope(cache, repository);
    } catch (const std::exception &failure) {
        // Counted again: what was removed before it failed is gone for good.
        e.left = before - store.communicationCount(repository.id);
        e.error = tr("The new sync scope of \"%1\" was stored and recorded in the audit trail, but removing the "
                     "communications now outside it failed: %2. %3 communication(s) were removed; the rest are "
                     "removed by the next sync of \"%1\".")
                      .arg(repository.name, QString::fromUtf8(failure.what()))
                      .arg(e.left);
    }
    return e;
}

sync::SaveOutcome RepositoryAdmin::save(const sync::RepositoryDraft &draft, std::optional<qint64> editId,
                                        ActionFailure *failure)
{
    sync::SaveOutcome outcome;
    const ActionFailure f = runner().tryRun(m_actor, records::Action::ConfigureRepositories, [&](ActionContext &a) {
        std::optional<cache::RepositoryInfo> before;
        if (editId)
            before = cache::RepositoryStore(a.cache).findById(*editId);
        audit::ChangeTransaction tx(a.cache); // the change and its entry together (changetransaction.h)
        outcome = sync::saveRepository(a.cache, draft, editId, m_useKeychain);
        if (!outcome.error.isEmpty() || !outcome.repository)
            return;

        a.records.actor().record(editId ? QStringLiteral("repository.change") : QStringLiteral("repository.add"),
                                 kRepository, outcome.repository->name, QString(),
                                 before ? QJsonValue(before->toJson()) : QJsonValue(), outcome.repository->toJson());
        const bool newScope = before
                              && before->settings.value(QStringLiteral("scope"))
                                     != outcome.repository->settings.value(QStringLiteral("scope"));
        if (newScope)
            readAgainUnlessNarrowed(a.cache, before->settings, *outcome.repository);
        tx.commit();
        if (newScope) { // narrowing takes effect at once (repositoryscope.cpp)
            const Eviction left = narrowNow(a.cache, *outcome.repository);
            if (!left.error.isEmpty())
                outcome.error = left.error; // the change is saved: the message says what was not done
        }
    });
    if (!f.ok())
        outcome.error = f.message;
    if (failure)
        *failure = f;
    return outcome;
}

cache::RepositoryInfo RepositoryAdmin::add(const QString &name, const QString &kind, const QString &url,
                                           const QJsonObject &settings)
{
    cache::RepositoryInfo added;
    runner().run(m_actor, records::Action::ConfigureRepositories, [&](ActionContext &a) {
        cache::RepositoryStore store(a.cache);
        audit::ChangeTransaction tx(a.cache);
        if (store.find(name))
            throw records::RecordsError(records::RecordsError::Kind::Invalid,
                                        tr("A repository named \"%1\" exists already; `repo remove %1` first, or "
                                           "choose another name.")
                                            .arg(name));
        added = store.add(name, kind, url, settings);
        a.records.actor().record(QStringLiteral("repository.add"), kRepository, name, QString(), {}, added.toJson());
        tx.commit();
    });
    return added;
}

cache::RepositoryInfo RepositoryAdmin::remove(const QString &name)
{
    cache::RepositoryInfo removed;
    runner().run(m_actor, records::Action::ConfigureRepositories, [&](ActionContext &a) {
        cache::RepositoryStore store(a.cache);
        audit::ChangeTransaction tx(a.cache);
        const auto repo = store.find(name);
        if (!repo)
            throw records::RecordsError(records::RecordsError::Kind::NotFound,
                                        tr("No repository named \"%1\".").arg(name));
        removed = *repo;
        store.remove(name);
        a.records.actor().record(QStringLiteral("repository.remove"), kRepository, name, QString(), repo->toJson(), {});
        // Its secret last: a removal that did not commit keeps a repository that can still sign in.
        const auto forgetSecret = [&] {
            sync::CredentialStore(m_useKeychain)
                .inFolder(a.dataDir)
                .remove(name, repo->settings.value(QStringLiteral("user")).toString());
        };
        try {
            tx.commit();
        } catch (const audit::EntryKeptInCache &) {
            forgetSecret(); // removed all the same, its entry waiting in the cache
            throw;
        }
        forgetSecret();
    });
    return removed;
}

sync::CredentialStore::Backend RepositoryAdmin::changeSecret(const QString &name, const SecretChange &change)
{
    if (!change.passwordFile.isEmpty()) {
        const QString problem = sync::PasswordFile::ownerOnlyProblem(change.passwordFile);
        if (!problem.isEmpty())
            throw records::RecordsError(records::RecordsError::Kind::Invalid, problem);
    }
    auto where = sync::CredentialStore::Backend::Keychain;
    runner().run(m_actor, records::Action::ConfigureRepositories, [&](ActionContext &a) {
        cache::RepositoryStore store(a.cache);
        audit::ChangeTransaction tx(a.cache);
        const auto repo = store.find(name);
        if (!repo)
            throw records::RecordsError(records::RecordsError::Kind::NotFound,
                                        tr("No repository named \"%1\".").arg(name));
        const QString user = repo->settings.value(QStringLiteral("user")).toString();
        sync::CredentialStore keychain = sync::CredentialStore(m_useKeychain).inFolder(a.dataDir);
        QJsonObject settings = repo->settings;
        if (change.passwordFile.isEmpty()) {
            settings.remove(QStringLiteral("password_file"));
            where = keychain.write(name, user, change.password.value_or(QString()));
        } else {
            settings.insert(QStringLiteral("password_file"), change.passwordFile);
            keychain.remove(name, user); // the keychain is read first: the file must be what is found
        }
        store.update(repo->id, repo->url, settings); // same address: the cursor and the cache stay
        QJsonObject after = store.find(name)->toJson();
        after.insert(QStringLiteral("secret"), !change.passwordFile.isEmpty() ? QStringLiteral("file")
                                               : where == sync::CredentialStore::Backend::Keychain
                                                   ? QStringLiteral("keychain")
                                                   : QStringLiteral("session"));
        a.records.actor().record(QStringLiteral("repository.password"), kRepository, name, QString(), repo->toJson(),
                                 after);
        tx.commit();
    });
    return where;
}

} // namespace proofdesk::services
