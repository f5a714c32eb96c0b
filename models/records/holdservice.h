#pragma once

#include "hold.h"
#include "holditemsdigest.h"
#include "session.h"

#include <QVariant>

namespace proofdesk::records {

// What a hold spec resolves to in this cache: its checked fields and the communications it
// covers now (ids, or rowids for a query's matches), or none for a scope hold.
struct HoldTargets
{
    QString name;
    QString reason;
    QString scopeColumn; // empty unless a scope hold
    QString scopeValue;
    QString query;
    QList<QVariant> keys;
    bool byRowId = false;
};

// Applies, changes and releases legal holds (records role). Each action is one transaction
// in records.sqlite holding its rows, its audit entry and what goes to the repositories (one
// outbox item per drop, one delivery per network repository object whose state changes);
// holds are released, never deleted, and removed items are marked, never deleted. Refusals throw RecordsError after
// being audited.
class HoldService
{
public:
    explicit HoldService(const RecordsSession &session);

    // A hold of 100,000 communications is one transaction written in chunks with progress.
    HoldInfo create(const HoldSpec &spec, const HoldProgress &progress = {});
    // Returns how many were added (ids already held by this hold are left as they are).
    qint64 addItems(const QString &holdId, const QStringList &ids, const QString &reason,
                    const HoldProgress &progress = {});
    qint64 removeItems(const QString &holdId, const QStringList &ids, const QString &reason);
    HoldInfo release(const QString &holdId, const QString &reason);

    // Checks a spec and finds what it covers (RecordsError on bad input or unknown ids).
    HoldTargets resolve(const HoldSpec &spec) const;
    // Queues the hold as it is now for the repositories it concerns (see enqueue); the team
    // store calls it after the team database applied a change.
    void queueRevision(const QString &holdId);
    static QString newHoldId();
    // Throws RecordsError(NotFound) naming ids the cache does not have.
    void checkKnown(const QStringList &ids) const;

private:
    HoldInfo activeHold(const QString &holdId, const QString &action) const;
    QString matterLink(const QString &matter) const;
    // Adds to `digest` the letters it adds (HoldItemsDigest: the entry keeps it).
    qint64 insertItems(const QString &holdId, const QList<QVariant> &keys, bool byRowId, const QString &reason,
                       HoldItemsDigest &digest, const HoldProgress &progress);
    void enqueue(const QString &holdId, bool isNew);

    const RecordsSession &m_session;
};

} // namespace proofdesk::records
