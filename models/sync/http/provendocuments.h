#pragma once

#include "cache/sqlite.h"
#include "sync/outboxitem.h"

#include <QList>

namespace proofdesk::sync {

// Which documents a sync's prefetch need not download again: those whose communication the
// cache already holds as verified with the very hash the repository gives now (its own
// bytes, fetched from its own source, proved it). Such a DocumentRef is marked `proven`, and
// DocumentDownload takes the stored object for it. Every other document is downloaded, even
// when the store holds bytes of the hash it claims: those may be another record's (issue
// #40). Read from a read-only connection to the cache, opened at the first page that asks.
class ProvenDocuments
{
public:
    // No data folder (a connector used without a cache): nothing is ever proven.
    ProvenDocuments(const QString &dataDir, qint64 repoId);

    void mark(QList<DocumentRef> &refs);

private:
    QString m_dataDir;
    qint64 m_repoId;
    cache::Database m_db;
};

} // namespace proofdesk::sync
