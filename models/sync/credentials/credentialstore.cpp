#include "credentialstore.h"

#include "keychainjob.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>

Q_LOGGING_CATEGORY(lcCredentials, "proofdesk.sync.credentials")

namespace proofdesk::sync {

namespace {

const QString kService = QStringLiteral("Proofdesk");

struct SessionMemory
{
    QMutex mutex;
    QHash<QString, QString> secrets;
    bool sessionOnly = false;
    QString problem;
};

SessionMemory &memory()
{
    static SessionMemory m;
    return m;
}

void noteKeychainProblem(const QString &problem)
{
    SessionMemory &m = memory();
    QMutexLocker lock(&m.mutex);
    m.sessionOnly = true;
    m.problem = problem;
    qCInfo(lcCredentials) << "no keychain:" << problem; // the problem, never the secret
}

} // namespace

CredentialStore::CredentialStore(bool useKeychain)
    : m_useKeychain(useKeychain)
{
}

bool CredentialStore::defaultUseKeychain()
{
    return qEnvironmentVariableIntValue("PROOFDESK_NO_KEYCHAIN") == 0;
}

QString CredentialStore::keyOf(const QString &repository, const QString &user)
{
    return QStringLiteral("repository/%1/%2").arg(repository, user);
}

CredentialStore::Backend CredentialStore::write(const QString &repository, const QString &user,
                                                const QString &secret)
{
    const QString key = keyOf(repository, user);
    if (m_useKeychain) {
        const auto r = keychain::writeSecret(kService, key, secret);
        if (r.error.isEmpty()) {
            QMutexLocker lock(&memory().mutex);
            memory().secrets.remove(key);
            return Backend::Keychain;
        }
        noteKeychainProblem(r.error);
    } else {
        noteKeychainProblem(QStringLiteral("the keychain is turned off (PROOFDESK_NO_KEYCHAIN)"));
    }
    QMutexLocker lock(&memory().mutex);
    memory().secrets.insert(key, secret);
    return Backend::SessionMemory;
}

std::optional<QString> CredentialStore::read(const QString &repository, const QString &user)
{
    const QString key = keyOf(repository, user);
    {
        QMutexLocker lock(&memory().mutex);
        const auto it = memory().secrets.constFind(key);
        if (it != memory().secrets.constEnd())
            return *it;
    }
    if (!m_useKeychain)
        return std::nullopt;
    {
        // A keychain that failed once this session is not asked again for every read (each
        // try can take seconds): secrets stay in this process's memory, as isSessionOnly says.
        QMutexLocker lock(&memory().mutex);
        if (!memory().problem.isEmpty())
            return std::nullopt;
    }
    const auto r = keychain::readSecret(kService, key);
    if (!r.error.isEmpty())
        noteKeychainProblem(r.error);
    return r.secret;
}

std::optional<QString> CredentialStore::preload(const QString &repository, const QString &user)
{
    const std::optional<QString> secret = read(repository, user);
    QMutexLocker lock(&memory().mutex);
    memory().secrets.insert(keyOf(repository, user), secret.value_or(QString()));
    return secret;
}

void CredentialStore::remove(const QString &repository, const QString &user)
{
    const QString key = keyOf(repository, user);
    {
        QMutexLocker lock(&memory().mutex);
        memory().secrets.remove(key);
    }
    if (m_useKeychain)
        keychain::deleteSecret(kService, key);
}

bool CredentialStore::isSessionOnly()
{
    QMutexLocker lock(&memory().mutex);
    return memory().sessionOnly;
}

QString CredentialStore::keychainProblem()
{
    QMutexLocker lock(&memory().mutex);
    return memory().problem;
}

} // namespace proofdesk::sync
