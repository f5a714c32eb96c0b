#pragma once

#include "records/roles.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::team {

class PgConnection;

// What `team connect` (and `team init`) brought over from the data folder's own records.
struct CarryOver
{
    int holdsCarried = 0;    // active local holds now on the team database
    int holdsOnTeam = 0;     // active local holds the team database already had
    int holdsLeft = 0;       // active local holds this login may not apply (no records role)
    int requestsCarried = 0; // this login's open local reissue requests, now the team's to decide
    int requestsLeft = 0;    // open local requests of other people (they carry their own over)
    qint64 localEntries = 0;
    QString localHead; // the local trail's head hash, recorded in the team's trail

    QJsonObject toJson() const;
};

// Carries a data folder's records over to its team database, audited: its active holds
// (with their ids, items and scopes, so that the server enforces them for everyone) when the
// login has the records role, its open reissue requests made by this login (requested again
// on the team, same id: a team officer decides them), and the head of its local audit trail, recorded as
// "team.connect" in the team's trail so that the local trail (kept read-only in
// records.sqlite) is tied to it. Safe to run again: holds already there are left alone.
// `connection` (how the connection is protected, the person's choices) goes into that entry too.
CarryOver carryOver(PgConnection &server, cache::Database &writer, const QString &device,
                    const QList<records::Role> &roles, const QJsonObject &connection = {});

} // namespace proofdesk::team
