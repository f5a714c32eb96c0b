#pragma once

#include "cache/repositorystore.h"
#include "cmiscursor.h"
#include "sync/changepage.h"

#include <QJsonArray>

namespace proofdesk::sync::cmis {

class CatalogueSync;
class Client;
class CommunicationReader;
class Crawl;
class Types;

// The change log after a crawl (cmisselector=contentChanges&changeLogToken=…, DESIGN.md
// "Repositories"): the first event of a page repeats the last of the page before (the
// overlap rule). A refused token (400/409) or a truncated log (the first event does not repeat
// the last one applied) starts a re-crawl, whose id listing finds the deletions hidden in the
// lost part of the log. The objects still present are read again as they are now.
class ChangeFeed
{
public:
    ChangeFeed(Client &client, Types &types, CommunicationReader &reader, CatalogueSync &catalogue, Crawl &crawl,
               const cache::RepositoryInfo &repository, QString dataDir, int pageSize);

    // The page of changes after the cursor's token (or a re-crawl's first page).
    ChangePage page(CmisCursor cursor);

private:
    // The page's events from `first` on into the page: deletions, and the objects changed.
    void takeEvents(const QJsonArray &objects, qsizetype first, const QString &request, ChangePage &page);
    // The objects the change log says changed, read again by id.
    void readChanged(const QStringList &ids, const QString &request, ChangePage &page);
    // Throws ConnectorError where crawling again would end the same way (below).
    void refuseResyncLoop(const CmisCursor &cursor, const QString &what);

    Client &m_client;
    Types &m_types;
    CommunicationReader &m_reader;
    CatalogueSync &m_catalogue;
    Crawl &m_crawl;
    const cache::RepositoryInfo &m_repository;
    QString m_dataDir;
    int m_pageSize;
};

} // namespace proofdesk::sync::cmis
