#pragma once

#include "cache/repositorystore.h"
#include "domain/communication.h"

#include <QList>
#include <QSet>
#include <QString>

namespace proofdesk::services {

// The desk's own answer to a query on communications a repository returned (issue #38
// "remote search honest by construction"): where a repository can only be asked a wider
// statement than the query (CMIS compares strings exactly, ArchivesSpace indexes few
// properties, neither has the desk's words), what comes back is written into a scratch cache
// (a temporary folder, the cache's own schema, written as a sync writes it) and the cache's
// own search engine runs the query there. So the desk decides exactly as it would had the
// records been synced: its folding of case, its tokenizer, its issue days, its content
// blocks. Nothing of it touches the data folder.
class RemoteDeskCheck
{
public:
    // The ids of `records` (of `repository`) that `query` matches. Throws std::runtime_error
    // (cache::SqliteError among them) when the scratch cache cannot be written.
    static QSet<QString> matching(const cache::RepositoryInfo &repository, const QString &query,
                                  const QList<domain::Communication> &records);
};

} // namespace proofdesk::services
