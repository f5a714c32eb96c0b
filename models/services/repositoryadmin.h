#pragma once

#include "actionrunner.h"
#include "sync/credentials/credentialstore.h"
#include "sync/repositorysettings.h"

#include <QJsonObject>
#include <optional>

namespace proofdesk::services {

// The one rule for a new repository (repository.configure: an admin's), asked by every door
// that adds one: Settings › Repositories › Add and `repo add` (RepositoryAdmin), and a drop's
// first import, in the window and by `proofdesk-cli import` (SyncService::setAddingActor).
// Throws records::RecordsError (Refused, and the refusal in the trail) when `actor` may not.
void requireMayAddRepository(const QString &databasePath, const QString &dataDir, const Actor &actor);

// Adding, changing and removing repositories, from the desktop's Repositories dialog and
// `proofdesk-cli repo` alike: an admin's action (DESIGN.md "Roles"), refused and audited
// otherwise, and every change in the audit trail with the repository as it was and as it
// is (never a secret). The first person to configure a repository in a data folder nobody
// has claimed yet claims it (every role, audited), as an import does.
class RepositoryAdmin
{
public:
    RepositoryAdmin(QString databasePath, QString dataDir, Actor actor, bool useKeychain = true);

    // The dialog's form: adds (editId empty) or changes a repository. A refusal or bad input
    // comes back as outcome.error (with *failure, if given, saying which).
    sync::SaveOutcome save(const sync::RepositoryDraft &draft, std::optional<qint64> editId = {},
                           ActionFailure *failure = nullptr);
    // The command line's `repo add`: throws RecordsError (refused, a name in use) or
    // std::exception.
    cache::RepositoryInfo add(const QString &name, const QString &kind, const QString &url,
                              const QJsonObject &settings);
    // Removes it, everything cached from it and its stored secret; throws RecordsError
    // (refused, NotFound).
    cache::RepositoryInfo remove(const QString &name);

    // `repo password`: a new secret for a repository, the cache untouched. Either the
    // password itself (to this data folder's keychain entry; the settings then name no
    // password file) or an owner-only password file (its absolute path goes to the settings
    // and this folder's keychain entry is removed, so the file is what is read). Audited
    // ("repository.password", never with the secret). Throws RecordsError (refused,
    // NotFound, Invalid: a file others may read).
    struct SecretChange
    {
        std::optional<QString> password;
        QString passwordFile;
    };
    sync::CredentialStore::Backend changeSecret(const QString &name, const SecretChange &change);

    // `config set repo.NAME.scope QUERY` (repositoryscope.cpp): the repository's sync scope
    // (sync/syncscope.h; empty: everything). What now lies outside leaves the cache at once,
    // except what is kept; audited ("repository.scope"). Throws RecordsError (refused,
    // NotFound, Invalid: a query that cannot be a scope).
    struct ScopeChange
    {
        cache::RepositoryInfo repository;
        qint64 leftCache = 0;   // communications removed from the cache
        bool readAgain = false; // the next sync reads the repository from its start (not a narrowing)
        // Not empty when removing what now lies outside failed (a full disk): the scope is
        // stored and recorded all the same, leftCache were removed, the next sync removes the rest.
        QString removalError;
    };
    ScopeChange setScope(const QString &name, const QString &scope);

private:
    // What leaving a new scope took from the cache: `left` communications removed; `error`, a
    // sentence saying what was stored and what was not, when removing failed (nothing thrown:
    // the new scope and its entry are committed by then).
    struct Eviction
    {
        qint64 left = 0;
        QString error;
    };
    static Eviction narrowNow(cache::Database &cache, const cache::RepositoryInfo &repository);
    static qint64 evictOutsideScope(cache::Database &cache, const cache::RepositoryInfo &repository);
    // A scope not within the one before: the next sync reads the repository from its start.
    static bool readAgainUnlessNarrowed(cache::Database &cache, const QJsonObject &before,
                                        const cache::RepositoryInfo &after);
    ActionRunner runner();

    QString m_databasePath;
    QString m_dataDir;
    Actor m_actor;
    bool m_useKeychain;
};

} // namespace proofdesk::services
