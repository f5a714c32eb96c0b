#pragma once

#include <QString>

namespace proofdesk::team {

class PgConnection;

// The team database's schema: numbered migrations (as the cache has; teamschema_v1.sql
// onwards, each a delta on the one before), the group roles and the functions that enforce the
// records rules. What they make, read as one: teamschema.sql (generated, tst_teamschema).
class TeamSchema
{
public:
    static int latestVersion();
    // 0 when the database has no Proofdesk schema.
    static int version(PgConnection &connection);
    // Creates the group roles where the cluster lacks them, makes the connected login (the
    // database's owner) the first admin, and applies every migration not yet applied, each in
    // one transaction. Returns the version reached. Throws TeamError.
    static int init(PgConnection &connection);
    // Throws TeamError(Invalid) unless the schema is there and no newer than this client.
    static void check(PgConnection &connection);
    // The same for a version read otherwise (TeamLogin reads it with the roles).
    static void checkVersion(int version, const QString &database);
};

} // namespace proofdesk::team
