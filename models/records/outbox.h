#pragma once

#include "cache/sqlite.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace proofdesk::records {

// One request to a repository: a reissue request, a hold (its state at one revision) or a
// disposition decision. `id` is the idempotency key the repository sees, so sending the
// same item twice has the effect of sending it once.
struct OutboxItem
{
    QString id;
    qint64 repoId = 0;
    QString kind;     // reissue | hold | disposition | exception_case
    QString objectId; // request, hold or batch id: what the repository files it under
    QByteArray payload;
    qint64 createdAt = 0;
    QString state; // pending | sent | acknowledged | failed
    int attempts = 0;
    QString lastError;
    qint64 sentAt = 0;

    QJsonObject toJson() const;
};

// The outbox table in records.sqlite: items are enqueued in the transaction of the action
// that makes them (so an action and its request commit together) and leave through
// OutboxDispatcher. It survives a cache rebuild.
class Outbox
{
public:
    explicit Outbox(cache::Database &db);

    // Enqueues an item; an item whose id is already there is left as it is (idempotent).
    // Returns the payloadDigest of the item as stored, for the entry that queued it.
    QString enqueue(const QString &id, qint64 repoId, const QString &kind, const QString &objectId,
                    const QJsonObject &payload, qint64 now);
    // SHA-256 (hex) of an item's payload as stored: what its entry keeps, so that a payload
    // changed by hand is found before it leaves (ReissueReplay).
    static QString payloadDigest(const QByteArray &payload);
    QList<OutboxItem> pending() const;
    QList<OutboxItem> all() const;
    std::optional<OutboxItem> find(const QString &id) const;
    void markSent(const QString &id, qint64 now);
    void markAttemptFailed(const QString &id, const QString &error);
    // An item that will never be sent as it is (replaced by other requests): done, with why.
    void retire(const QString &id, const QString &why, qint64 now);
    // The repository answered (a reissue came back): every item for the object is done.
    void acknowledge(const QString &kind, const QString &objectId, qint64 now);

private:
    QList<OutboxItem> query(const char *where) const;
    cache::Database &m_db;
};

} // namespace proofdesk::records
