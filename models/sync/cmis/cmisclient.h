#pragma once

#include "cache/repositorystore.h"
#include "sync/http/httpsession.h"
#include "sync/http/readahead.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <functional>
#include <optional>

namespace proofdesk::sync::cmis {

class ObjectListing;

// What a CMIS repository says of itself at the service URL.
struct ServiceInfo
{
    QString repositoryId;
    QUrl repositoryUrl;
    QUrl rootFolderUrl;
    QString latestToken;
    bool changesSupported = false;
    QString queryCapability; // capabilityQuery: none, metadataonly, fulltextonly, bothseparate, bothcombined
};

// One CMIS repository's Browser Binding as the connector's parts ask it (DESIGN.md
// "Repositories"): its description (read once, and again after forgetInfo()), query pages,
// objects of a type by id in batches, whole listings (cmislisting.h), type definitions and
// requests under the root folder. Answers are read as cmisanswer.h reads them; a malformed one
// is named with the repository and the request. Query requests go out ahead of the one
// awaited ("read_ahead", ReadAhead). Counts the bytes read, for the pages' progress.
class Client
{
public:
    // Ids per "IN (…)" query: well under URL length limits.
    static constexpr int kIdsPerQuery = 100;

    // `repositoryId`: the one of the service's repositories to use ("repository_id"; empty: the
    // first it describes).
    Client(HttpSession &http, const cache::RepositoryInfo &repository, QString repositoryId, int readAhead);

    HttpSession &http() { return m_http; }
    const QString &repositoryName() const { return m_repository.name; }

    const ServiceInfo &info();
    // The next info() asks again (a crawl notes the latest change log token anew).
    void forgetInfo() { m_info.reset(); }

    // GET repositoryUrl with these parameters: the JSON object; an empty one when the answer is
    // not a success (then in *raw). Throws ConnectorError when a success is not a JSON object.
    QJsonObject getObject(const QList<QPair<QString, QString>> &query, HttpResponse *raw = nullptr);
    // Requests of an info() already read: a query page, a selector on an object under the root
    // folder, a type's definition (this one reads info() itself).
    HttpRequest queryRequest(const QString &statement, qint64 skip, int maxItems) const;
    HttpRequest rootRequest(const QString &objectId, const QString &selector) const;
    HttpRequest typeDefinitionRequest(const QString &typeId);

    // The answer to `request`, a success or ConnectorError, with up to readAhead() of
    // `expectedNext` sent ahead; counted.
    HttpResponse sendAhead(const HttpRequest &request, const QList<HttpRequest> &expectedNext = {});
    int readAhead() const { return m_ahead.depth(); }
    // Drops the requests in flight (a crawl starts over, or ends: their answers are not wanted).
    void dropAhead() { m_ahead.clear(); }
    void count(const HttpResponse &response) { m_bytes += response.body.size(); }
    qint64 bytesRead() const { return m_bytes; }

    // A page's list under `key` and its hasMoreItems; ConnectorError naming the request when
    // the answer is malformed ("the page was not applied").
    QJsonArray resultsOf(const QJsonObject &answer, const char *key, const QString &request) const;
    bool hasMore(const QJsonObject &answer, const QString &request) const;

    // The current state of these objects of `type`, within `conditions` (a configured query's:
    // an object outside them is not returned), by one query per batch, the batches in parallel.
    QList<QJsonObject> objectsById(const QString &type, const QString &conditions, const QStringList &ids);
    // Pages through a listing to its end, giving each page's newly listed objects to `take`;
    // throws ConnectorError (naming `what`) when it cannot be completed.
    void listAll(ObjectListing &listing, const QString &what,
                 const std::function<void(const QList<QJsonObject> &)> &take);

private:
    HttpSession &m_http;
    const cache::RepositoryInfo &m_repository;
    QString m_repositoryId;
    ReadAhead m_ahead;
    std::optional<ServiceInfo> m_info;
    qint64 m_bytes = 0;
};

} // namespace proofdesk::sync::cmis
