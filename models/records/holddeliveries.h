#pragma once

#include "cache/sqlite.h"

#include <QList>
#include <QString>

namespace proofdesk::records {

// One object's share of a hold, as the dispatcher sends it: put the hold on the repository
// object (held) or take it off, addressed by the repository's own identity of the object.
struct HoldDelivery
{
    QString holdId;
    QString communicationId;
    QString objectId;       // cmis:objectId, the ArchivesSpace record uri; empty: not known yet
    bool held = false;      // what this hold wants on the object now
    bool heldByAny = false; // whether any of our holds wants the object held (one-flag repositories)
    bool deletedInRepository = false;
    int revision = 0;
    qint64 generation = 0; // the queueing this delivery belongs to (see rec.hold_deliveries)
    qint64 attempts = 0;   // failed attempts so far: those go after the others

    // The idempotency key the repository sees: HOLDID.rREV.OBJECT.
    QString key() const;
};

// The durable per-object delivery queue of holds to network repositories (records
// migration 3, rec.hold_deliveries). A drop repository gets the whole hold as one file per
// revision through the outbox instead (spec/drop-format.md); repositories that keep holds
// on each object (CMIS: cmis:rm_holdIds, ArchivesSpace: a hold field) get each object once,
// and a 100,000-item hold resumes where it stopped after a crash.
class HoldDeliveries
{
public:
    explicit HoldDeliveries(cache::Database &db);

    // Whether repositories of this kind take holds object by object.
    static bool takesObjectHolds(const QString &repositoryKind);
    // A number that grows whenever an action queues something for a repository (an outbox
    // item or a hold delivery): the action runner compares it before and after an action.
    static qint64 queueMark(cache::Database &db);

    // Brings the queue in line with the hold as it is now: every communication it covers, or
    // covered once, in a CMIS or ArchivesSpace repository gets the state the hold wants for
    // it; only rows whose wanted state changed go back to pending, under a new generation.
    // Runs in the caller's transaction, or its own. Returns how many rows were (re)queued.
    qint64 plan(const QString &holdId, qint64 now);
    // plan() for every active scope hold: communications that arrived since (a sync) get
    // theirs. Returns how many rows were queued.
    qint64 planScopeHolds(qint64 now);

    // The repositories with pending deliveries, in id order.
    QList<qint64> repositoriesWithPending() const;
    // Up to `limit` pending deliveries of a repository after `after` in queue order
    // (attempts, generation, hold, communication); a default `after` starts at the beginning.
    QList<HoldDelivery> pending(qint64 repoId, const HoldDelivery &after, int limit) const;

    // Whether the delivery is still pending at its generation (the hold may have changed
    // since its page was read: then the newer state is sent instead, later in the queue).
    bool isCurrent(const HoldDelivery &delivery) const;
    // Outcomes, each its own transaction when none is open (durable object by object). A
    // confirmation or refusal applies only while the row is still at the generation sent: a
    // row queued again meanwhile stays pending for its newer state.
    bool confirm(const HoldDelivery &delivery, qint64 now);
    bool refuse(const HoldDelivery &delivery, const QString &reason, qint64 now);
    void noteFailedAttempt(const HoldDelivery &delivery, const QString &error);
    // Leaves a delivery pending with the reason it cannot be sent yet (no object id).
    void noteWaiting(const HoldDelivery &delivery, const QString &why);

private:
    bool finish(const HoldDelivery &delivery, const char *state, const QString &error, qint64 now);
    qint64 nextGeneration() const;
    // What the hold wants now, per communication (plan()'s temp.hold_wanted).
    void fillWanted(const QString &holdId, bool active, bool scoped);

    cache::Database &m_db;
};

} // namespace proofdesk::records
