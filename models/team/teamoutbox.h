#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::team {

class PgConnection;

// What the team database refused or could not take of the actions made offline.
struct DrainReport
{
    int applied = 0;
    int waiting = 0;          // still queued: the server went away again
    QStringList conflicts;    // for the person: what was refused, when it was made, and why
    QStringList appliedHolds; // holds changed from the queue (their repositories hear of them next)
};

// Actions made while the team database could not be reached (records.sqlite, team_pending):
// each is kept as the server call it will be, with its idempotency key, and sent in the order
// it was made once the server is back. The key makes a resend after a crash harmless (the
// server returns the first result); a call the server refuses (the hold was released
// meanwhile, the request approved by someone else) is kept with the server's reason, shown to
// the person and recorded in the team's trail as refused, never dropped. Only the login that
// made an action sends it.
class TeamOutbox
{
public:
    explicit TeamOutbox(cache::Database &writer);

    // `params` start with the idempotency key.
    void enqueue(const QString &login, const QString &role, const QString &action, const QString &objectType,
                 const QString &objectId, const QString &sql, const QVariantList &params, qint64 now);
    qint64 pending(const QString &login) const;
    // A refusal recorded in the team's trail: now, through `server`, or (null: unreachable)
    // queued here with the actions made offline. One the server cannot take stands anyway.
    void recordRefusal(PgConnection *server, const QString &login, const QString &role, const QString &action,
                       const QString &objectType, const QString &objectId, const QString &why, const QString &device,
                       qint64 now);
    // Conflicts not yet shown (then marked shown by drain's report only).
    DrainReport drain(PgConnection &server, const QString &login, const QString &device, qint64 now);

private:
    cache::Database &m_writer;
};

} // namespace proofdesk::team
