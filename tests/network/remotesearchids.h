#pragma once

// What the remote-search tests compare (tst_remotesearch, tst_aspacesearch): the ids a local
// search of a cache finds, and the ids a repository returned.
#include "cache/sqlite.h"
#include "search/searchengine.h"
#include "services/remotesearch.h"

#include <QStringList>

// Every id the local search finds, in its order; a query the engine refuses stops the test.
inline QStringList localIds(proofdesk::cache::Database &db, const QString &query)
{
    const proofdesk::search::SearchResult r = proofdesk::search::SearchEngine(db).run(query, 100000);
    if (r.error)
        qFatal("local search refused %s", qPrintable(query));
    QStringList ids;
    for (const auto &h : r.hits)
        ids << h.id;
    return ids;
}

inline QStringList idsOf(const QList<proofdesk::services::RemoteHit> &hits)
{
    QStringList ids;
    for (const auto &h : hits)
        ids << h.record.id;
    return ids;
}
