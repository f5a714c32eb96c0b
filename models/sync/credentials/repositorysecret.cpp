#include "repositorysecret.h"

#include "passwordfile.h"

#include <QDir>
#include <QFileInfo>

namespace proofdesk::sync {

QString RepositorySecret::credentialName(const QString &repository)
{
    return QStringLiteral("proofdesk-repo-") + repository;
}

QString RepositorySecret::passwordFileOf(const cache::RepositoryInfo &repository)
{
    return repository.settings.value(QStringLiteral("password_file")).toString();
}

std::optional<QString> RepositorySecret::read(const cache::RepositoryInfo &repository, CredentialStore store)
{
    const QString user = repository.settings.value(QStringLiteral("user")).toString();
    const QString file = passwordFileOf(repository);
    // With a password file configured, an entry an older version left under the unscoped
    // key must not win over it: only this folder's own entry does.
    if (auto secret = store.read(repository.name, user, file.isEmpty()))
        return secret;
    if (!file.isEmpty())
        return PasswordFile::readOwnerOnly(file);
    const QString directory = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!directory.isEmpty()) {
        // systemd makes the directory and its files readable by the service alone.
        const QString path = QDir(directory).filePath(credentialName(repository.name));
        if (QFileInfo(path).isFile())
            return PasswordFile::readFirstLine(path);
    }
    return std::nullopt;
}

} // namespace proofdesk::sync
