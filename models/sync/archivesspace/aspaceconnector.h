#pragma once

#include "aspaceauth.h"
#include "aspacequerytranslation.h"
#include "sync/http/documentprefetch.h"
#include "sync/http/networkconnector.h"
#include "sync/http/propertymapping.h"
#include "sync/http/readahead.h"

namespace proofdesk::sync {

// ArchivesSpace REST (DESIGN.md "Repositories"). One sync cycle: the full id list
// (all_ids=true), the ids modified since the last cycle less a 30 s overlap window, and
// the delete feed; ids the cache knows but the list no longer has were deleted or
// suppressed (suppression leaves no tombstone). Records come in id_set batches of ≤ 250.
// The cursor keeps the cycle's start, the ids still to fetch and the known ids (as ranges).
// The cycle's start is the server's clock (the Date of its id list), never this machine's:
// `modified_since` is compared with the server's modification times, and a client clock
// ahead of the server's by more than the overlap window would miss every update made in
// between.
//
// Settings: "user", "repo_id" (2), "record_type" (digital_objects), "mapping",
// "hold_field" (user_defined.boolean_1, set by a hold), "read_ahead" (id_set batches in
// flight ahead of the one being mapped, 2; 0 asks for each when it is needed), "prefetch"
// (fetch each digital object's file during the sync, verified, "prefetch_parallel" of them
// at once, default 8: http/documentprefetch.h), HTTP options.
class AspaceConnector : public NetworkConnector
{
public:
    static constexpr int kOverlapSeconds = 30;
    static constexpr int kMaxBatch = 250;

    AspaceConnector(const cache::RepositoryInfo &repository, ConnectorEnvironment environment);

    QString kind() const override { return QStringLiteral("archivesspace"); }
    ChangePage fetchChanges(const QByteArray &cursor) override;
    QString fetchDocument(const DocumentRef &ref) override;
    SendResult send(const OutboxItem &item) override;

    // aspacesearch.cpp: searching the repository (`search --remote`, docs/connecting.md
    // "Searching past the cache"). What a query may name here: the mapping's properties.
    aspace::SearchTarget searchTarget() const;
    // One page (1, 2, …) of GET /repositories/:repo_id/search?type[]=digital_object
    // &sort=create_time desc[&aq=…] (everything without `aq`), each result's "json" mapped as a
    // sync maps the records. Throws ConnectorError.
    struct SearchPage
    {
        ChangePage page;       // communications (and rejected records); `more` when further pages follow
        qint64 totalHits = -1; // the repository's count of all matches, -1 when it gives none
        QString request;       // the request's path and query, decoded
    };
    SearchPage searchPage(const QByteArray &aq, int page, int pageSize);

private:
    struct Cursor;
    void checkMapping(ChangePage &page) const;
    ChangePage startCycle(Cursor &cursor);
    QList<qint64> idList(qint64 modifiedSince, qint64 *serverTime = nullptr);
    QList<qint64> deleteFeed(qint64 modifiedSince);
    void fetchBatch(Cursor &cursor, ChangePage &page);
    HttpRequest batchRequest(const QList<qint64> &ids) const;
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    // `serverTime` (when given) receives the answer's Date as epoch seconds, or 0 without one.
    QJsonDocument getJson(const QUrl &url, qint64 *serverTime = nullptr);
    qint64 idOfUri(const QString &uri) const;

    AspaceAuth m_auth;
    PropertyMapping m_mapping;
    qint64 m_repoId;
    QString m_recordType;
    int m_batch;
    qint64 m_bytes = 0;
    bool m_prefetch;
    DocumentPrefetch m_prefetcher; // declared after m_auth: it waits for its downloads
    ReadAhead m_ahead;             // declared after m_auth: it waits for its requests before m_auth goes
};

} // namespace proofdesk::sync
