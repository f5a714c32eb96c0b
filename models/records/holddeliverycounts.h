#pragma once

#include "cache/sqlite.h"
#include "hold.h"

namespace proofdesk::records {

// One object a repository refused a hold for, and why (the object is gone).
struct HoldRefusal
{
    QString repository;
    QString communicationId;
    QString objectId;
    QString reason;

    QJsonObject toJson() const;
};

// How far a hold has reached each repository it concerns (the register's counts). For a
// network repository: every object the hold concerns there, its items and those removed
// from it, by the state of its delivery (confirmed: the object shows what the hold wants
// now). For a drop: the hold's items there, confirmed once the file of its latest revision
// is written, pending before. Read-only; works on a reader or the writer.
QList<HoldDeliveryCount> holdDeliveryCounts(cache::Database &db, const QString &holdId);
// The objects refused for a hold, newest first, at most `limit`.
QList<HoldRefusal> holdRefusals(cache::Database &db, const QString &holdId, int limit);

} // namespace proofdesk::records
