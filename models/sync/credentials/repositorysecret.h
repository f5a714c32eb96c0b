#pragma once

#include "cache/repositorystore.h"
#include "credentialstore.h"

#include <QString>
#include <optional>

namespace proofdesk::sync {

// Where a repository's password comes from at sign-in (sync, repo test, fetch), first found
// first used:
//  1. the OS keychain, this data folder's entry (where a keychain runs);
//  2. the owner-only file the repository's "password_file" setting names (`repo add
//     --password-file F`), read again at every sign-in;
//  3. systemd's $CREDENTIALS_DIRECTORY/proofdesk-repo-NAME (LoadCredential= in a unit).
// The secret itself is never in the settings, the cache, a log or an answer.
class RepositorySecret
{
public:
    // "proofdesk-repo-NAME": the credential a systemd unit gives a scheduled sync.
    static QString credentialName(const QString &repository);
    // The password file a repository's settings name; empty when none.
    static QString passwordFileOf(const cache::RepositoryInfo &repository);
    // The password, or nullopt when no source has one. `store` is the data folder's (see
    // CredentialStore::inFolder). Throws std::runtime_error when the configured password
    // file is refused (others may read it) or cannot be read: a configured source that
    // fails is said, not skipped.
    static std::optional<QString> read(const cache::RepositoryInfo &repository, CredentialStore store);
};

} // namespace proofdesk::sync
