#pragma once

#include "cmiscataloguesync.h"
#include "cmischangefeed.h"
#include "cmisclient.h"
#include "cmiscommunicationreader.h"
#include "cmiscrawl.h"
#include "cmisholds.h"
#include "cmisquerytranslation.h"
#include "cmisscope.h"
#include "cmissearch.h"
#include "cmistypes.h"
#include "sync/http/documentprefetch.h"
#include "sync/http/networkconnector.h"
#include "sync/http/propertymapping.h"

namespace proofdesk::sync {

// CMIS 1.1 Browser Binding (DESIGN.md "Repositories"): repository info at the service URL,
// an initial crawl by query (paged by maxItems/skipCount), then the change log from the
// token noted before the crawl, with the overlap rule. A refused token (400/409) or a
// truncated log (the first event does not repeat the last one applied) starts a re-crawl
// that ends by comparing id sets, so deletions hidden in the lost part of the log are found.
// The connector is the RepositoryConnector that its parts make together, one class each:
// the requests and answers (cmis::Client), the types (cmis::Types), the crawl and its id
// listing (cmis::Crawl), the change feed (cmis::ChangeFeed), the communications read
// (cmis::CommunicationReader), the templates and blocks (cmis::CatalogueSync), the sync scope's
// condition (cmis::ScopeCondition), the search past the cache (cmis::Search), the holds sent
// (cmis::Holds) and the check of a configuration (cmis::TypeCheck).
//
// Settings: "user", "repository_id", "profile" (repositoryprofiles.h: a default type and
// mapping), "type" (the CMIS type of communications, named in every statement), "query"
// (default SELECT * FROM <type> ORDER BY <its orderable creation date>), "page_size" (500), "mapping"
// {field: property} over the profile's, "prefetch" (fetch each
// document's bytes during the sync, verified, "prefetch_parallel" of them at once, 1–32,
// default 8: http/documentprefetch.h), "template_type" and "block_type" (the CMIS types of
// template and content-block versions, cmiscatalogue.h: every version of each version series
// is read at the end of each crawl and refreshed from the change log), "version_labels"
// ("major": a version label N.0, and a version N.0 a communication or template names, is
// the generator's N; the documentum profile's default), "read_ahead" (query requests in flight ahead of the one
// awaited, 0–8, default 4: crawl pages and id batches are independent, so a distant
// repository's latency overlaps), plus the HTTP options of HttpOptions::fromSettings.
class CmisConnector : public NetworkConnector
{
public:
    CmisConnector(const cache::RepositoryInfo &repository, ConnectorEnvironment environment);

    QString kind() const override { return QStringLiteral("cmis"); }
    ChangePage fetchChanges(const QByteArray &cursor) override;
    QString fetchDocument(const DocumentRef &ref) override;
    SendResult send(const OutboxItem &item) override;
    // Reads the type's definition (cmisselector=typeDefinition, then its supertypes' while
    // properties are still unfound) and names each mapped property it lacks.
    QStringList checkConfiguration() override;
    // The optional fields of the profile's mapping that the type lacks (read by none).
    QStringList configurationWarnings() const override { return m_configurationWarnings; }

    using Info = cmis::ServiceInfo;
    const Info &info() { return m_client.info(); }

    // Searching the repository (`search --remote`, docs/connecting.md "Searching past the
    // cache"): cmis::Search.
    cmis::SearchTarget searchTarget() { return m_search.target(); }
    using SearchPage = cmis::SearchPage;
    SearchPage searchPage(const QString &where, qint64 skip, int maxItems)
    {
        return m_search.page(where, skip, maxItems);
    }

private:
    // With "prefetch": the documents of the page's communications, several at once.
    void prefetchDocuments(ChangePage &page);

    BasicAuth m_auth;
    PropertyMapping m_mapping;
    QMap<QString, QString> m_catalogueMapping; // "template.FIELD" / "block.FIELD" → property
    bool m_majorLabels;                        // "version_labels": a label N.0 is the generator's version N
    bool m_prefetch;
    cmis::Client m_client; // declared after m_auth: its read-ahead waits for its requests before m_auth goes
    cmis::Types m_types;
    cmis::CommunicationReader m_reader;
    cmis::CatalogueSync m_catalogue;
    cmis::Search m_search;
    cmis::ScopeCondition m_scope;
    cmis::Crawl m_crawl;
    cmis::ChangeFeed m_changes;
    cmis::Holds m_holds;
    QStringList m_configurationWarnings;
    DocumentPrefetch m_prefetcher; // declared after m_http (base) and m_auth: it waits for its downloads
};

} // namespace proofdesk::sync
