#pragma once

#include "hold.h"
#include "session.h"

namespace proofdesk::records {

// Applies, changes and releases legal holds (records role). Each action is one transaction
// in records.sqlite holding its rows, its audit entry and its outbox items (one per
// repository the hold concerns); holds are released, never deleted, and removed items are
// marked, never deleted. Refusals throw RecordsError after being audited.
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

private:
    HoldInfo activeHold(const QString &holdId, const QString &action) const;
    qint64 insertItems(const QString &holdId, const QList<QVariant> &keys, bool byRowId,
                       const QString &reason, const HoldProgress &progress);
    void checkKnown(const QStringList &ids) const;
    void enqueue(const QString &holdId, bool isNew);

    const RecordsSession &m_session;
};

} // namespace proofdesk::records
