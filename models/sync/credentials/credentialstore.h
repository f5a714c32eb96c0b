#pragma once

#include <QString>

#include <optional>

namespace proofdesk::sync {

// Repository secrets: in the OS keychain through QtKeychain, never in the cache or the
// settings. Where no keychain service answers (a headless session, CI: no D-Bus secret
// service) a secret is kept in this process's memory only, for the session, and
// isSessionOnly() tells the UI/CLI so that it can say "you will be asked again".
// The session memory is process-wide on purpose: it *is* the session.
class CredentialStore
{
public:
    enum class Backend { Keychain, SessionMemory };

    // useKeychain=false skips the OS keychain (tests, PROOFDESK_NO_KEYCHAIN=1).
    explicit CredentialStore(bool useKeychain = defaultUseKeychain());

    // Stores the secret; returns where it went. Never throws.
    Backend write(const QString &repository, const QString &user, const QString &secret);
    std::optional<QString> read(const QString &repository, const QString &user);
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

private:
    static QString keyOf(const QString &repository, const QString &user);
    bool m_useKeychain;
};

} // namespace proofdesk::sync
