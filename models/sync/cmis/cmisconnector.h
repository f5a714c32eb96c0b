#pragma once

#include "cmiscursor.h"
#include "sync/http/networkconnector.h"
#include "sync/http/propertymapping.h"

#include <optional>

namespace proofdesk::sync {

// CMIS 1.1 Browser Binding (DESIGN.md "Repositories"): repository info at the service URL,
// an initial crawl by query (paged by maxItems/skipCount), then the change log from the
// token noted before the crawl, with the overlap rule. A refused token (400/409) or a
// truncated log (the first event does not repeat the last one applied) starts a re-crawl
// that ends by comparing id sets, so deletions hidden in the lost part of the log are found.
//
// Settings: "user", "repository_id", "query" (default SELECT * FROM cmis:document ORDER BY
// cmis:creationDate), "page_size" (500), "mapping" {field: property}, "prefetch" (fetch each
// document's bytes during the sync), plus the HTTP options of HttpOptions::fromSettings.
class CmisConnector : public NetworkConnector
{
public:
    CmisConnector(const cache::RepositoryInfo &repository, ConnectorEnvironment environment);

    QString kind() const override { return QStringLiteral("cmis"); }
    ChangePage fetchChanges(const QByteArray &cursor) override;
    QString fetchDocument(const DocumentRef &ref) override;
    SendResult send(const OutboxItem &item) override;

    struct Info
    {
        QString repositoryId;
        QUrl repositoryUrl;
        QUrl rootFolderUrl;
        QString latestToken;
        bool changesSupported = false;
    };
    const Info &info();

private:
    ChangePage startCrawl(bool resync);
    ChangePage crawlPage(CmisCursor cursor);
    ChangePage changesPage(CmisCursor cursor);
    void finishCrawl(CmisCursor &cursor, ChangePage &page);
    // GET repositoryUrl with these parameters; JSON object or ConnectorError.
    QJsonObject getObject(const QList<QPair<QString, QString>> &query, HttpResponse *raw = nullptr);
    QUrl queryUrl(const QString &statement, qint64 skip, int maxItems) const;
    // The current state of these objects, by one query per batch.
    QList<QJsonObject> objectsById(const QStringList &ids);
    QSet<QString> repositoryIds();
    void takeObject(const QJsonObject &flat, const QString &request, ChangePage &page);
    QJsonArray resultsOf(const QJsonObject &answer, const char *key, const QString &request) const;
    bool hasMore(const QJsonObject &answer, const QString &request) const;

    BasicAuth m_auth;
    PropertyMapping m_mapping;
    std::optional<Info> m_info;
    int m_pageSize;
    QString m_query;
    bool m_prefetch;
    qint64 m_bytes = 0;
};

} // namespace proofdesk::sync
