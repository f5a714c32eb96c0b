#pragma once

#include "cmiscatalogue.h"
#include "cmiscursor.h"
#include "cmislisting.h"
#include "cmisquerytranslation.h"
#include "sync/http/documentprefetch.h"
#include "sync/http/networkconnector.h"
#include "sync/http/propertymapping.h"
#include "sync/http/readahead.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <optional>

namespace proofdesk::sync {

// CMIS 1.1 Browser Binding (DESIGN.md "Repositories"): repository info at the service URL,
// an initial crawl by query (paged by maxItems/skipCount), then the change log from the
// token noted before the crawl, with the overlap rule. A refused token (400/409) or a
// truncated log (the first event does not repeat the last one applied) starts a re-crawl
// that ends by comparing id sets, so deletions hidden in the lost part of the log are found.
// Every crawl ends by listing every cmis:objectId (cmislisting.h: ORDER BY the creation date
// the type declares orderable, from the last date listed on), which deletions and additions
// during the listing cannot shift: objects the skipCount-paged crawl stepped over are
// fetched, and cached objects missing from a complete listing are deleted, by object id,
// never by a mapped business id.
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
// awaited, 0–8, default 2: crawl pages and id batches are independent, so a distant
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

    struct Info
    {
        QString repositoryId;
        QUrl repositoryUrl;
        QUrl rootFolderUrl;
        QString latestToken;
        bool changesSupported = false;
        QString queryCapability; // capabilityQuery: none, metadataonly, fulltextonly, bothseparate, bothcombined
    };
    const Info &info();

    // cmissearch.cpp: searching the repository (`search --remote`, docs/connecting.md
    // "Searching past the cache"). What a query may name here: the mapping, the type's
    // property definitions (its supertypes' included) and whether it searches full text.
    cmis::SearchTarget searchTarget();
    // One page of SELECT * FROM <type> [WHERE where] ORDER BY <issued_at's property if it is
    // orderable, else the creation date> DESC, mapped as a sync maps them. Throws
    // ConnectorError (a refused statement names the server's reason).
    struct SearchPage
    {
        ChangePage page;      // communications (and rejected objects); `more` when there are further pages
        qint64 numItems = -1; // the repository's count of all matches, -1 when it gives none
        QString statement;
    };
    SearchPage searchPage(const QString &where, qint64 skip, int maxItems);

private:
    // cmisholds.cpp: one attempt at adding or removing a hold on an object.
    std::optional<SendResult> updateHolds(const OutboxItem &item, const QString &holdId, bool hold);
    QString objectRefusal(const HttpRequest &request, const QString &objectId, const HttpResponse &response) const;
    ChangePage startCrawl(bool resync);
    ChangePage crawlPage(CmisCursor cursor);
    ChangePage changesPage(CmisCursor cursor);
    void finishCrawl(CmisCursor &cursor, ChangePage &page);
    // GET repositoryUrl with these parameters; JSON object or ConnectorError.
    QJsonObject getObject(const QList<QPair<QString, QString>> &query, HttpResponse *raw = nullptr);
    QUrl queryUrl(const QString &statement, qint64 skip, int maxItems) const;
    HttpRequest queryRequest(const QString &statement, qint64 skip, int maxItems) const;
    HttpRequest typeDefinitionRequest(const QString &typeId); // cmistypecheck.cpp
    // The current state of these objects, by one query per batch (within a configured
    // query's conditions: an object outside them is not returned).
    QList<QJsonObject> objectsById(const QStringList &ids);
    // After a crawl: fetch what it missed, delete what the complete id listing lacks.
    void reconcileIds(ChangePage &page);
    // cmisidlisting.cpp: the property a listing of `type` orders by (cmis:creationDate, else
    // cmis:lastModificationDate, where the type's definition declares it orderable; empty
    // when neither is), asked once per type and connector.
    QString sortKeyOf(const QString &type);
    // The type's property definitions, its supertypes' included, read until every property
    // of `wanted` is found (all of them when it is empty; those answers are kept per type).
    // Throws ConnectorError when the repository has no such type.
    cmis::PropertyDefinitions propertyDefinitions(const QString &type, const QStringList &wanted = {});
    // The crawl's statement: the configured query, else SELECT * FROM <type> [WHERE <the
    // sync scope's condition>] ORDER BY its sort key.
    QString crawlStatement();
    // cmisscope.cpp: the sync scope ("scope") as a CMIS condition, empty for none (asked once).
    QString scopeCondition();
    // The id listing's conditions: the configured query's and the scope's.
    QString listingConditions();
    // Cached objects a complete listing lacks: deleted, or (with a scope) asked again by id
    // without the scope, and those still there taken into the page as they are now.
    void sortVanished(const QStringList &vanished, ChangePage &page);
    // Pages through a listing to its end, giving each page's newly listed objects to `take`;
    // throws ConnectorError (naming `what`) when it cannot be completed.
    void listAll(cmis::ObjectListing &listing, const QString &what,
                 const std::function<void(const QList<QJsonObject> &)> &take);
    QString documentType() const; // "type", else the FROM of the configured query (cmisTypeOf)
    void refuseResyncLoop(const CmisCursor &cursor, const QString &what);
    void readChanged(const QStringList &ids, const QString &request, ChangePage &page);
    void takeObject(const QJsonObject &flat, const QString &request, ChangePage &page);
    // With "prefetch": the documents of the page's communications, several at once.
    void prefetchDocuments(ChangePage &page);
    // The cursor's fingerprint: the mapping and the template and block types and mapping, so
    // that a change to any of them crawls again.
    QByteArray cursorFingerprint() const;
    // What checkConfiguration() found: errors (a required field, or one the repository's own
    // mapping names, reads a property the type lacks) and warnings (a field the profile reads
    // by default does: it stays empty).
    struct TypeCheck
    {
        QStringList problems;
        QStringList warnings;
    };
    TypeCheck typeDefinitionCheck(const QString &type, QMap<QString, QStringList> unfound, const QString &missingType);

    // cmiscataloguesync.cpp: template and content-block versions.
    struct CatalogueType
    {
        cmis::CatalogueKind kind;
        QString type;
    };
    // The kinds whose type the repository has (asked once per connector); throws when a type
    // the settings name is missing.
    const QList<CatalogueType> &catalogueTypes();
    bool isCatalogueObject(const QJsonObject &flat)
    {
        return catalogueKindOf(flat.value(QStringLiteral("cmis:objectTypeId")).toString()).has_value();
    }
    // Whether objects of this CMIS type are template or block versions: the type is one of
    // the two configured types or a subtype of one, as a query FROM it finds them (its
    // definition's parentId chain, asked once per type and connector).
    std::optional<cmis::CatalogueKind> catalogueKindOf(const QString &type);
    // Every version of every version series of both types, into the page (which then holds
    // the repository's whole catalogue).
    void crawlCatalogue(ChangePage &page);
    // The series of these changed objects read again, where they are template or block versions.
    void refreshCatalogue(const QStringList &ids, const QHash<QString, QString> &typeOf, ChangePage &page);
    // All versions of the series these objects belong to, with their content, mapped.
    void takeSeries(const QList<QJsonObject> &objects, cmis::CatalogueKind kind, const QString &request,
                    ChangePage &page);
    HttpRequest rootRequest(const QString &objectId, const QString &selector) const;
    static QUrl contentUrl(QUrl rootFolder, const DocumentRef &ref);
    QJsonArray resultsOf(const QJsonObject &answer, const char *key, const QString &request) const;
    bool hasMore(const QJsonObject &answer, const QString &request) const;

    BasicAuth m_auth;
    PropertyMapping m_mapping;
    QMap<QString, QString> m_catalogueMapping; // "template.FIELD" / "block.FIELD" → property
    std::optional<QList<CatalogueType>> m_catalogueTypes;
    QHash<QString, std::optional<cmis::CatalogueKind>> m_kindOfType; // catalogueKindOf's answers
    std::optional<Info> m_info;
    int m_pageSize;
    QString m_query;                         // the configured "query", or empty
    std::optional<QString> m_scopeCondition; // scopeCondition()'s answer
    bool m_majorLabels;                      // "version_labels": a label N.0 is the generator's version N
    QHash<QString, QString> m_sortKeys;      // sortKeyOf's answers
    QHash<QString, cmis::PropertyDefinitions> m_definitions; // propertyDefinitions' whole answers
    QStringList m_configurationWarnings;
    bool m_prefetch;
    DocumentPrefetch m_prefetcher; // declared after m_http (base) and m_auth: it waits for its downloads
    ReadAhead m_ahead;             // declared after m_auth: it waits for its requests before m_auth goes
    qint64 m_crawlTotal = -1;      // numItems of the last crawl page, -1 when not given
    qint64 m_bytes = 0;
    int m_crawlsThisRun = 0; // a connector serves one sync run
    // The first page of a crawl from the start, kept for the mapping's check at its end.
    QList<domain::Communication> m_mappingSample;
    bool m_checkMapping = false;
};

} // namespace proofdesk::sync
