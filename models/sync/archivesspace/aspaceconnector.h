#pragma once

#include "aspaceauth.h"
#include "sync/http/networkconnector.h"
#include "sync/http/propertymapping.h"

namespace proofdesk::sync {

// ArchivesSpace REST (DESIGN.md "Repositories"). One sync cycle: the full id list
// (all_ids=true), the ids modified since the last cycle less a 30 s overlap window, and
// the delete feed; ids the cache knows but the list no longer has were deleted or
// suppressed (suppression leaves no tombstone). Records come in id_set batches of ≤ 250.
// The cursor keeps the cycle's start, the ids still to fetch and the known ids (as ranges).
//
// Settings: "user", "repo_id" (2), "record_type" (digital_objects), "mapping",
// "hold_field" (user_defined.boolean_1, set by a hold), HTTP options.
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

private:
    struct Cursor;
    ChangePage startCycle(Cursor &cursor);
    QList<qint64> idList(qint64 modifiedSince);
    QList<qint64> deleteFeed(qint64 modifiedSince);
    void fetchBatch(Cursor &cursor, ChangePage &page);
    QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    QJsonDocument getJson(const QUrl &url);
    qint64 idOfUri(const QString &uri) const;

    AspaceAuth m_auth;
    PropertyMapping m_mapping;
    qint64 m_repoId;
    QString m_recordType;
    int m_batch;
    qint64 m_bytes = 0;
};

} // namespace proofdesk::sync
