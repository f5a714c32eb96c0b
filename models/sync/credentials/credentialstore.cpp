#include "credentialstore.h"

#include "cache/recordsfile.h"
#include "cache/sqlite.h"
#include "keychainjob.h"

#include <QFileInfo>
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
{}

bool CredentialStore::defaultUseKeychain() { return qEnvironmentVariableIntValue("PROOFDESK_NO_KEYCHAIN") == 0; }

CredentialStore CredentialStore::inFolder(const QString &dataDir) const
{
    CredentialStore scoped = *this;
    scoped.m_folder = folderScopeOf(dataDir);
    return scoped;
}

QString CredentialStore::folderScopeOf(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return QString();
    // The device id lives in records.sqlite, which is never rebuilt: a moved or renamed
    // data folder keeps its secrets. Read once per folder and process.
    static QMutex mutex;
    static QHash<QString, QString> known;
    const QString path = cache::RecordsFile::databasePath(QFileInfo(dataDir).absoluteFilePath());
    QMutexLocker lock(&mutex);
    const auto it = known.constFind(path);
    if (it != known.constEnd())
        return *it;
    if (!QFileInfo::exists(path))
        return QString();
    QString id;
    try {
        cache::Database db(path, cache::Database::Mode::ReadOnly);
        id = db.queryText("SELECT value FROM records_meta WHERE key = 'device_id'");
    } catch (const cache::SqliteError &e) {
        qCInfo(lcCredentials) << "no data folder id in" << path << e.what();
        return QString();
    }
    if (!id.isEmpty())
        known.insert(path, id);
    return id;
}

QString CredentialStore::keyOf(const QString &folder, const QString &repository, const QString &user)
{
    if (folder.isEmpty())
        return QStringLiteral("repository/%1/%2").arg(repository, user);
    return QStringLiteral("folder/%1/repository/%2/%3").arg(folder, repository, user);
}

CredentialStore::Backend CredentialStore::write(const QString &repository, const QString &user, const QString &secret)
{
    return writeKey(keyOf(m_folder, repository, user), secret);
}

CredentialStore::Backend CredentialStore::writeKey(const QString &key, const QString &secret)
{
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

std::optional<QString> CredentialStore::read(const QString &repository, const QString &user, bool withUnscoped)
{
    const QString key = keyOf(m_folder, repository, user);
    if (auto secret = readKey(key))
        return secret;
    if (m_folder.isEmpty() || !withUnscoped)
        return std::nullopt;
    // Written before secrets were kept per data folder: still this user's password. Copied
    // to this folder's key (the old entry stays: another data folder may still rely on it).
    const auto unscoped = readKey(keyOf(QString(), repository, user));
    if (unscoped)
        writeKey(key, *unscoped);
    return unscoped;
}

std::optional<QString> CredentialStore::readKey(const QString &key)
{
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
    memory().secrets.insert(keyOf(m_folder, repository, user), secret.value_or(QString()));
    return secret;
}

void CredentialStore::remove(const QString &repository, const QString &user)
{
    // This folder's entry only: an unscoped one from an older version may be another
    // folder's password too.
    const QString key = keyOf(m_folder, repository, user);
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
