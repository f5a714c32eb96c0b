#include "networkconnector.h"

#include "documentdownload.h"
#include "sync/credentials/repositorysecret.h"

namespace proofdesk::sync {

NetworkConnector::NetworkConnector(const cache::RepositoryInfo &repository, ConnectorEnvironment environment)
    : m_repository(repository)
    , m_env(std::move(environment))
    , m_http(repository.name, HttpOptions::fromSettings(repository.settings, m_env.httpDefaults))
{
    m_http.setCancelFlag(m_env.cancel);
}

QString NetworkConnector::describe() const
{
    return QStringLiteral("%1 repository \"%2\" at %3").arg(m_repository.kind, m_repository.name, m_repository.url);
}

QString NetworkConnector::setting(const char *key, const QString &fallback) const
{
    const QJsonValue v = m_repository.settings.value(QLatin1String(key));
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return fallback;
}

int NetworkConnector::intSetting(const char *key, int fallback) const
{
    bool ok = false;
    const int n = setting(key).toInt(&ok);
    return ok && n > 0 ? n : fallback;
}

QString NetworkConnector::secret() const
{
    if (m_env.secret)
        return *m_env.secret;
    try {
        if (const auto s = RepositorySecret::read(m_repository, m_env.credentials.inFolder(m_env.dataDir)))
            return *s;
    } catch (const std::runtime_error &e) { // a configured password file that is refused
        throw ConnectorError(
            QStringLiteral("repository \"%1\": %2").arg(m_repository.name, QString::fromUtf8(e.what())));
    }
    throw ConnectorError(QStringLiteral("repository \"%1\": no password is stored for user \"%2\"%3; "
                                        "set it with `proofdesk-cli repo password %1 --password-stdin` (the keychain) "
                                        "or `--password-file FILE` (an owner-only file, for scheduled syncs), or give "
                                        "it as the systemd credential %4")
                             .arg(m_repository.name, user(),
                                  CredentialStore::isSessionOnly()
                                      ? QStringLiteral(" (no keychain is available, so passwords "
                                                       "last only for the session)")
                                      : QString(),
                                  RepositorySecret::credentialName(m_repository.name)));
}

QUrl NetworkConnector::resolve(const QString &pathOrUrl) const
{
    return QUrl(m_repository.url).resolved(QUrl(pathOrUrl));
}

QString NetworkConnector::download(const QUrl &url, const DocumentRef &ref)
{
    if (!m_env.store)
        throw ConnectorError(
            QStringLiteral("repository \"%1\": no content store to keep documents in").arg(m_repository.name));
    DocumentDownload d(m_http, *m_env.store, m_env.dataDir);
    return d.fetch(url, ref);
}

} // namespace proofdesk::sync
