#pragma once

#include <QString>
#include <optional>

namespace proofdesk::sync {

// Repository secrets: in the OS keychain through QtKeychain, never in the cache or the
// settings. Where no keychain service answers (a headless session, CI: no D-Bus secret
// service) a secret is kept in this process's memory only, for the session, and
// isSessionOnly() tells the UI/CLI so that it can say "you will be asked again".
// The session memory is process-wide on purpose: it *is* the session.
//
// A store made inFolder(dataDir) keys its entries by that data folder's id too: two data
// folders that each have a repository "kc" keep two passwords, and removing one leaves the
// other. Entries written before that (keyed by repository and user only) are still read,
// and copied to the folder's own key on first use, so nobody loses a stored password.
class CredentialStore
{
public:
    enum class Backend { Keychain, SessionMemory };

    // useKeychain=false skips the OS keychain (tests, PROOFDESK_NO_KEYCHAIN=1).
    explicit CredentialStore(bool useKeychain = defaultUseKeychain());

    // This store, its entries keyed by the data folder's stable id (records.sqlite's device
    // id); unchanged when the folder has none yet.
    CredentialStore inFolder(const QString &dataDir) const;
    QString folderScope() const { return m_folder; }

    // Stores the secret; returns where it went. Never throws.
    Backend write(const QString &repository, const QString &user, const QString &secret);
    // withUnscoped: also the entry an older version wrote without a data folder (copied to
    // this folder's key when found).
    std::optional<QString> read(const QString &repository, const QString &user, bool withUnscoped = true);
    void remove(const QString &repository, const QString &user);
    // Reads the secret now, on this thread (the GUI thread, where QtKeychain belongs), and
    // keeps the answer, found or not, in session memory: later reads from worker threads
    // never reach the keychain. Returns what read() would.
    std::optional<QString> preload(const QString &repository, const QString &user);

    // True once a secret had to stay in memory because no keychain answered.
    static bool isSessionOnly();
    // Why the keychain could not be used, for the message to the user.
    static QString keychainProblem();
    static bool defaultUseKeychain();
    // The stable id of a data folder that keys its secrets; empty when it has none.
    static QString folderScopeOf(const QString &dataDir);

private:
    static QString keyOf(const QString &folder, const QString &repository, const QString &user);
    Backend writeKey(const QString &key, const QString &secret);
    std::optional<QString> readKey(const QString &key);
    bool m_useKeychain;
    QString m_folder;
};

} // namespace proofdesk::sync
