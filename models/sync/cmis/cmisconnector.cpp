#include "cmisconnector.h"

#include "cmislisting.h"
#include "cmistypecheck.h"
#include "sync/http/urlencoding.h"
#include "sync/repositoryprofiles.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCmis, "proofdesk.sync.cmis")

namespace proofdesk::sync {

namespace {

constexpr int kDefaultReadAhead = 4; // requests in flight ahead: one more is the sync engine's

// The cursor's fingerprint: the mapping and the template and block types and mapping, so that
// a change to any of them crawls again.
QByteArray cursorFingerprint(const cache::RepositoryInfo &repository, const PropertyMapping &mapping,
                             const QMap<QString, QString> &catalogueMapping, bool majorLabels)
{
    QByteArray catalogue;
    for (const auto kind : {cmis::CatalogueKind::Template, cmis::CatalogueKind::Block})
        catalogue += cmisCatalogueTypeOf(repository.settings, kind).toUtf8() + '\n';
    if (majorLabels) // a change re-reads everything with the versions compared anew
        catalogue += "version_labels=major\n";
    for (auto it = catalogueMapping.begin(); it != catalogueMapping.end(); ++it)
        catalogue += it.key().toUtf8() + '=' + it.value().toUtf8() + '\n';
    return mapping.fingerprint() + QCryptographicHash::hash(catalogue, QCryptographicHash::Sha256).toHex().left(16);
}

QUrl contentUrl(QUrl rootFolder, const DocumentRef &ref)
{
    setEncodedQuery(rootFolder, {{QStringLiteral("objectId"), ref.location},
                                 {QStringLiteral("cmisselector"), QStringLiteral("content")}});
    return rootFolder;
}

} // namespace

CmisConnector::CmisConnector(const cache::RepositoryInfo &repository, ConnectorEnvironment environment)
    : NetworkConnector(repository, std::move(environment))
    , m_auth(user(), [this] { return secret(); })
    , m_mapping(baseMapping(QStringLiteral("cmis"), repository.settings),
                repository.settings.value(QStringLiteral("mapping")).toObject())
    , m_catalogueMapping(effectiveCatalogueMapping(repository.settings))
    , m_majorLabels(cmisMajorVersionLabels(repository.settings))
    , m_prefetch(repository.settings.value(QStringLiteral("prefetch")).toBool())
    , m_client(m_http, m_repository, setting("repository_id"),
               qBound(0, setting("read_ahead", QString::number(kDefaultReadAhead)).toInt(), 8))
    , m_types(m_client, m_repository)
    , m_reader(m_client, m_types, m_mapping, m_majorLabels, cmis::ObjectListing::conditionsOf(setting("query")))
    , m_catalogue(m_client, m_types, m_repository, m_catalogueMapping, m_majorLabels, intSetting("page_size", 500))
    , m_search(m_client, m_types, m_reader, m_mapping, m_repository.name)
    , m_scope(m_repository, m_search, cmis::ObjectListing::conditionsOf(setting("query")))
    , m_crawl(m_client, m_types, m_reader, m_catalogue, m_scope, m_repository,
              {intSetting("page_size", 500), setting("query"),
               cursorFingerprint(m_repository, m_mapping, m_catalogueMapping, m_majorLabels), m_env.dataDir})
    , m_changes(m_client, m_types, m_reader, m_catalogue, m_crawl, m_repository, m_env.dataDir,
                intSetting("page_size", 500))
    , m_holds(m_client)
    , m_prefetcher(intSetting("prefetch_parallel", DocumentPrefetch::kDefaultInFlight))
{
    m_http.setAuth(&m_auth);
    m_mapping.setReportedWhenEmpty({QStringLiteral("channel")}); // type falls back to the object's CMIS type
}

ChangePage CmisConnector::fetchChanges(const QByteArray &cursorJson)
{
    CmisCursor cursor = CmisCursor::fromJson(cursorJson);
    info();
    ChangePage page;
    if (cursor.phase != CmisCursor::Phase::Start && cursor.mapping != m_crawl.fingerprint()) {
        qCInfo(lcCmis) << m_repository.name << "mapping changed: crawling again";
        page = m_crawl.start(false);
    } else {
        switch (cursor.phase) {
        case CmisCursor::Phase::Start:
            page = m_crawl.start(false);
            break;
        case CmisCursor::Phase::Crawl:
            page = m_crawl.page(cursor);
            break;
        case CmisCursor::Phase::Changes:
            page = m_changes.page(cursor);
            break;
        case CmisCursor::Phase::CrawlDone: // no change log: every sync is a crawl plus an id comparison
            page = m_crawl.start(true);
            break;
        }
    }
    if (m_prefetch)
        prefetchDocuments(page);
    return page;
}

void CmisConnector::prefetchDocuments(ChangePage &page)
{
    // Worked out here, not on the download threads: info() is read lazily and reset by a crawl.
    const QUrl root = info().rootFolderUrl;
    m_prefetcher.fetchAll(
        page, [this, root](const DocumentRef &ref) { return download(contentUrl(root, ref), ref); }, &m_proven);
}

QString CmisConnector::fetchDocument(const DocumentRef &ref)
{
    return download(contentUrl(info().rootFolderUrl, ref), ref);
}

SendResult CmisConnector::send(const OutboxItem &item)
{
    return cmis::Holds::takes(item) ? m_holds.send(item) : NetworkConnector::send(item);
}

QStringList CmisConnector::checkConfiguration()
{
    m_configurationWarnings.clear();
    const cmis::TypeCheck::Result check =
        cmis::TypeCheck(m_client, m_repository, m_mapping, m_catalogueMapping).check(m_types.documentType());
    m_configurationWarnings = check.warnings;
    return check.problems;
}

} // namespace proofdesk::sync
