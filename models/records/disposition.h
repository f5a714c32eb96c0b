#pragma once

#include "retention.h"
#include "session.h"

#include <QJsonObject>
#include <QPair>

namespace proofdesk::cache {
class Transaction;
}

namespace proofdesk::records {

struct DispositionResult
{
    QString batchId;
    QStringList disposed;
    QList<QPair<QString, QString>> skipped; // id, why it was not disposed
    QString certificatePath;
    QString certificateError;
    qint64 purgedRows = 0;
    qint64 purgedObjects = 0;

    QJsonObject toJson() const;
};

// Reading the review list is a person reviewing what is due (recorded as disposition.review),
// or the list read again after something the trail already has (their approval, a role
// switch while it is on screen): the role is checked either way, only a review is recorded.
enum class ReviewRead { Review, Again };

// Disposition (records role): the review list, and the approval that re-checks eligibility
// and holds in the same transaction as the decision, leaves a tombstone per communication
// and a batch row, queues the decision for each repository, writes the certificate (PDF)
// and then purges the cache rows and the document bytes no other communication uses.
class DispositionService
{
public:
    DispositionService(const RecordsSession &session, QString dataDir);

    QList<EligibleItem> review(int limit = -1, ReviewRead read = ReviewRead::Review);
    // Items that are no longer eligible or are held are skipped with a reason (and audited
    // as refused); if none is left, RecordsError(Refused) names why.
    // `batchId` names the batch when a team database decided it first (the certificate then
    // carries the team's batch id); empty, a new one is made.
    DispositionResult approve(const QStringList &ids, const QString &reason, const QString &batchId = {});

private:
    QList<EligibleItem> decide(const QStringList &ids, DispositionResult &result);
    void refuseOnAlteredHolds(cache::Transaction &tx);
    void writeTombstones(const QList<EligibleItem> &items, const QString &reason, DispositionResult &result);

    const RecordsSession &m_session;
    QString m_dataDir;
};

// A new batch id, DISP-<12 hex digits>.
QString newBatchId();

// Writes the certificate of disposition of a decided batch (DATA/certificates/BATCH.pdf) from
// what its decision recorded, and records its path and hash with the batch. Returns an error
// message, empty on success; `path` is where it was (to be) written.
QString writeBatchCertificate(cache::Database &writer, const QString &dataDir, const QString &batchId, QString *path);

struct PurgeResult
{
    qint64 rows = 0;
    qint64 objects = 0;
    // Why nothing was purged: the tombstones are not what the trail's entries made them
    // (DispositionReplay), each problem for a person.
    QStringList refused;
};

// Replaces the cache rows of disposed communications by their tombstones (removes them from
// search, text and blocks) and deletes document bytes no remaining communication refers
// to. Run after an approval and after every sync: a rebuilt cache re-imports what was
// disposed of, and this takes it out again.
PurgeResult purgeDisposed(cache::Database &writer, const QString &dataDir);
// Deletes the document bytes of the batch's tombstones that no communication in the cache
// refers to: what a purge interrupted between its rows and its bytes left behind.
qint64 purgeLeftBytes(cache::Database &writer, const QString &dataDir, const QString &batchId);

} // namespace proofdesk::records
