#pragma once

#include "cache/sqlite.h"

#include <QStringList>

namespace proofdesk::sync {

// Which of a repository's cached records the repository no longer lists (deleted while the
// change log could not tell us, or suppressed), found without holding either id set in
// memory (two QSet<QString> of every id did, growing with the repository). The ids the
// repository lists go, batch by batch as they arrive, into a temporary table of a
// read-only connection to the cache, which spills to a temporary file (the reader's
// PRAGMA temp_store = FILE); the difference is then one query. Both sides are the
// repository's own object identities (communications.repo_object_id), compared exactly:
// a mapped business id is never compared with an object id. Only a complete listing may
// be compared: the caller throws before vanished() when the listing stopped short.
class VanishedIds
{
public:
    // No data folder (a connector used without a cache): nothing is ever found vanished.
    VanishedIds(const QString &dataDir, qint64 repoId);

    // One batch of ids as the repository listed them.
    void addListed(const QStringList &ids);
    // The cached object ids of the repository that were not listed, in order; rows already
    // marked deleted in the repository are not found again.
    QStringList vanished();
    // The listed object ids the cache does not hold (a crawl that missed them), in order.
    QStringList unknown();
    // Which of `ids` (object ids) the cache holds for the repository, in their order: those a
    // change named and a lookup by id did not return are reported, not passed over.
    static QStringList cachedAmong(const QString &dataDir, qint64 repoId, const QStringList &ids);

private:
    cache::Database m_db;
    cache::Statement m_insert;
    qint64 m_repoId;
};

} // namespace proofdesk::sync
