#pragma once

#include "cache/repositorystore.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::team {

// What names a repository across the desks of a team (issue #38 item 6): never a data folder's
// own number for it (two desks that added the same repositories in another order number them
// differently), but what every desk computes alike from the repository itself:
//   drop        drop:<source>/<created>, from its drop.json (spec/drop-format.md); a drop whose
//               drop.json cannot be read is drop-folder:<path>, which names it on this desk only
//   any other   <kind>:<address> with the scheme and host in lower case, the default port and
//               a trailing / dropped, and #<repository id> when the settings name one (CMIS)
// The publisher publishes it as each communication's repository, a reissue request carries it,
// and the desk that sends a request finds its own repository by it.
QString repositoryIdentity(const cache::RepositoryInfo &repository);

// This data folder's repositories by identity, each read once (a drop's identity reads its
// drop.json).
class LocalRepositories
{
public:
    explicit LocalRepositories(cache::Database &db);

    // This desk's repository for a request about `communicationId` in the repository named
    // `identity` (empty: the team does not know which): the one its copy of the communication
    // comes from when that one has this identity (or none is given), else the first of this
    // identity when it has no copy; nullopt otherwise, `*why` saying why, for the person.
    std::optional<qint64> forRequest(const QString &identity, const QString &communicationId,
                                     QString *why = nullptr) const;

private:
    cache::Database &m_db;
    QList<QPair<cache::RepositoryInfo, QString>> m_repositories; // with their identities
};

} // namespace proofdesk::team
