#include "repositoryidentity.h"

#include "cache/sqlite.h"
#include "sync/drop/dropconnector.h"
#include "sync/repositoryconnector.h"

#include <QUrl>

namespace proofdesk::team {

namespace {

QString canonicalAddress(const QString &address)
{
    QUrl url(address.trimmed());
    if (!url.isValid() || url.scheme().isEmpty())
        return address.trimmed();
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    url.setUserInfo(QString());
    if ((url.scheme() == QLatin1String("https") && url.port() == 443)
        || (url.scheme() == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    QString text = url.toString(QUrl::FullyEncoded);
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

} // namespace

QString repositoryIdentity(const cache::RepositoryInfo &repository)
{
    if (repository.kind == QLatin1String("drop")) {
        try {
            const sync::DropIdentity drop = sync::DropConnector::readIdentity(repository.url);
            return QStringLiteral("drop:%1/%2").arg(drop.source, drop.created);
        } catch (const std::exception &) {
            return QStringLiteral("drop-folder:") + repository.url; // unreadable here: names it on this desk
        }
    }
    QString identity = repository.kind + QLatin1Char(':') + canonicalAddress(repository.url);
    for (const char *key : {"repository_id", "repository"}) {
        const QString id = repository.settings.value(QLatin1String(key)).toVariant().toString();
        if (!id.isEmpty())
            return identity + QLatin1Char('#') + id;
    }
    return identity;
}

LocalRepositories::LocalRepositories(cache::Database &db)
    : m_db(db)
{
    for (const cache::RepositoryInfo &r : cache::RepositoryStore(db).list())
        m_repositories.append({r, repositoryIdentity(r)});
}

std::optional<qint64> LocalRepositories::forRequest(const QString &identity, const QString &communicationId,
                                                    QString *why) const
{
    cache::Statement st = m_db.prepare("SELECT repo_id FROM communications WHERE id = ?1");
    st.bind(1, communicationId.trimmed());
    const qint64 holding = st.step() ? st.columnInt(0) : 0;
    const QPair<cache::RepositoryInfo, QString> *holder = nullptr;
    for (const auto &r : m_repositories) {
        if (r.first.id == holding)
            holder = &r;
    }
    if (holder && (identity.isEmpty() || holder->second == identity))
        return holder->first.id;
    if (!holder && !identity.isEmpty())
        for (const auto &r : m_repositories)
            if (r.second == identity)
                return r.first.id;
    if (why) {
        if (holder)
            *why = QStringLiteral("this desk's copy of %1 comes from %2 (%3), not from %4, the repository the team's "
                                  "request names")
                       .arg(communicationId, holder->first.name, holder->second, identity);
        else
            *why = QStringLiteral("this data folder has neither %1 nor the repository %2 that holds it")
                       .arg(communicationId, identity.isEmpty() ? QStringLiteral("(not named)") : identity);
    }
    return std::nullopt;
}

} // namespace proofdesk::team
