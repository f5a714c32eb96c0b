#pragma once

#include "cache/repositorystore.h"
#include "cmiscursor.h"
#include "sync/changepage.h"
#include "sync/http/httpsession.h"

#include <QList>

namespace proofdesk::sync::cmis {

class CatalogueSync;
class Client;
class CommunicationReader;
class ScopeCondition;
class Types;

// The crawl of a CMIS repository: a query paged by skipCount (its pages requested ahead),
// started after noting the change log's latest token, so that nothing changed during the crawl
// is missed. Every crawl ends by listing every cmis:objectId (cmislisting.h: ORDER BY the
// creation date the type declares orderable, from the last date listed on), which deletions and
// additions during the listing cannot shift: objects the skipCount-paged crawl stepped over are
// fetched, and cached objects missing from a complete listing are deleted, by object id, never
// by a mapped business id. With a sync scope, a cached object the scoped listing lacks has either
// left the scope or been deleted: it is asked again by id without the scope, and what the
// repository still has goes into the page as it is now (the cache writer removes it from the
// cache, or keeps it when a hold, a reissue or an open exception case does); only what the
// repository no longer has is deleted. So a held communication that left the scope is never
// marked deleted in the repository. The crawl ends with the catalogue (CatalogueSync).
class Crawl
{
public:
    struct Settings
    {
        int pageSize = 500;
        QString query;          // the configured "query", or empty
        QByteArray fingerprint; // the cursor's: a change to the mapping or the catalogue crawls again
        QString dataDir;        // the data folder: the cached ids a complete listing is compared with
    };
    Crawl(Client &client, Types &types, CommunicationReader &reader, CatalogueSync &catalogue, ScopeCondition &scope,
          const cache::RepositoryInfo &repository, Settings settings);

    // A crawl from the start (a new repository, a changed mapping; `resync`: after the change
    // log was refused or truncated, to find what it lost): its first page.
    ChangePage start(bool resync);
    // The crawl's next page; its last one lists the ids, reads the catalogue and goes on with
    // the change log where the repository has one.
    ChangePage page(CmisCursor cursor);
    // Crawls started by this connector (one serves one sync run).
    int crawlsThisRun() const { return m_crawlsThisRun; }
    // What a cursor of this configuration carries: one that carries another was made with
    // another mapping, and the cache is crawled again.
    const QByteArray &fingerprint() const { return m_settings.fingerprint; }

private:
    // The crawl's statement: the configured query, else SELECT * FROM <type> [WHERE <the
    // sync scope's condition>] ORDER BY its sort key.
    QString statement();
    // The pages after the one at `cursor`, supposing each comes back full.
    QList<HttpRequest> pagesAhead(const CmisCursor &cursor, const QString &statement) const;
    void finish(CmisCursor &cursor, ChangePage &page);
    // After a crawl: fetch what it missed, delete what the complete id listing lacks.
    void reconcileIds(ChangePage &page);
    // Cached objects a complete listing lacks: deleted, or (with a scope) asked again by id
    // without the scope, and those still there taken into the page as they are now.
    void sortVanished(const QStringList &vanished, ChangePage &page);

    Client &m_client;
    Types &m_types;
    CommunicationReader &m_reader;
    CatalogueSync &m_catalogue;
    ScopeCondition &m_scope;
    const cache::RepositoryInfo &m_repository;
    Settings m_settings;
    qint64 m_total = -1; // numItems of the last crawl page, -1 when not given
    int m_crawlsThisRun = 0;
    // The first page of a crawl from the start, kept for the mapping's check at its end.
    QList<domain::Communication> m_mappingSample;
    bool m_checkMapping = false;
};

} // namespace proofdesk::sync::cmis
