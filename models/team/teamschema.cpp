#include "teamschema.h"

#include "pgconnection.h"
#include "teamfold.h"

extern const char *const proofdeskTeamSchemaV1;  // generated from teamschema_v1.sql
extern const char *const proofdeskTeamSchemaV2;  // generated from teamschema_v2.sql
extern const char *const proofdeskTeamSchemaV3;  // generated from teamschema_v3.sql
extern const char *const proofdeskTeamSchemaV4;  // generated from teamschema_v4.sql
extern const char *const proofdeskTeamSchemaV5;  // generated from teamschema_v5.sql
extern const char *const proofdeskTeamSchemaV6;  // generated from teamschema_v6.sql
extern const char *const proofdeskTeamSchemaV7;  // generated from teamschema_v7.sql
extern const char *const proofdeskTeamSchemaV8;  // generated from teamschema_v8.sql
extern const char *const proofdeskTeamSchemaV9;  // generated from teamschema_v9.sql
extern const char *const proofdeskTeamSchemaV10; // generated from teamschema_v10.sql

namespace proofdesk::team {

namespace {

struct Migration
{
    int version;
    const char *sql;
    // SQL made by the client that runs first, in the same transaction (null: none).
    QString (*prelude)() = nullptr;
};

// Migration 4 compares with proofdesk.fold(), which is made from Qt's own case folding table
// (teamfold.h) so that the server folds as the desks do; migration 5 with proofdesk.simplified(),
// made from Qt's white space, so that it trims and collapses spaces as QString::simplified().
const Migration kMigrations[] = {{1, proofdeskTeamSchemaV1},
                                 {2, proofdeskTeamSchemaV2},
                                 {3, proofdeskTeamSchemaV3},
                                 {4, proofdeskTeamSchemaV4, foldFunctionSql},
                                 {5, proofdeskTeamSchemaV5, simplifiedFunctionSql},
                                 {6, proofdeskTeamSchemaV6},
                                 {7, proofdeskTeamSchemaV7},
                                 {8, proofdeskTeamSchemaV8},
                                 {9, proofdeskTeamSchemaV9},
                                 {10, proofdeskTeamSchemaV10, foldByLookupFunctionSql}};

// Migration 1 was written for group roles of the cluster, shared by every team database on the
// server; they must exist for it to run. Migration 2 gives each team roles of its own
// (pd_<database>_<role>) and leaves the cluster's roles no right in the team's database.
const char kGroupRoles[] = R"SQL(
DO $$ DECLARE r text; BEGIN
  FOREACH r IN ARRAY ARRAY['proofdesk_agent', 'proofdesk_compliance', 'proofdesk_records', 'proofdesk_admin'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END $$;
)SQL";

} // namespace

int TeamSchema::latestVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

int TeamSchema::version(PgConnection &connection)
{
    const PgResult exists =
        connection.exec(QStringLiteral("SELECT to_regclass('proofdesk.schema_migrations') IS NOT NULL"));
    if (exists.text(0, 0) != QLatin1String("t"))
        return 0;
    return int(connection.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM proofdesk.schema_migrations"))
                   .integer(0, 0));
}

int TeamSchema::init(PgConnection &connection)
{
    try {
        connection.execScript(QString::fromLatin1(kGroupRoles));
    } catch (const TeamError &e) {
        if (e.kind() != TeamError::Kind::Refused)
            throw;
        throw TeamError(TeamError::Kind::Refused,
                        QStringLiteral("%1 cannot create the group roles proofdesk_agent, …: team init is run by the "
                                       "cluster's Proofdesk steward, the login with CREATEROLE that owns the database, "
                                       "never by a team's person (docs/team-database.md \"Who owns a team\"): %2")
                            .arg(connection.user(), e.message()));
    }
    int at = version(connection);
    for (const Migration &m : kMigrations) {
        if (m.version <= at)
            continue;
        PgTransaction tx(connection);
        if (m.prelude)
            connection.execScript(m.prelude());
        connection.execScript(QString::fromUtf8(m.sql));
        if (m.version == 1) {
            connection.execScript(QStringLiteral(
                "CREATE TABLE proofdesk.schema_migrations (version int PRIMARY KEY, applied_at bigint NOT NULL, "
                "applied_by text NOT NULL DEFAULT session_user);"
                "GRANT SELECT ON proofdesk.schema_migrations TO proofdesk_agent, proofdesk_compliance, "
                "proofdesk_records, proofdesk_admin;"));
        }
        connection.exec(QStringLiteral("INSERT INTO proofdesk.schema_migrations(version, applied_at) "
                                       "VALUES ($1, proofdesk.now_ms())"),
                        {m.version});
        tx.commit();
        at = m.version;
    }
    // The owner is the first admin (GRANT is idempotent).
    connection.execScript(
        QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT %I TO CURRENT_USER', proofdesk.team_role('admin')); END $$"));
    return at;
}

void TeamSchema::check(PgConnection &connection) { checkVersion(version(connection), connection.database()); }

void TeamSchema::checkVersion(int v, const QString &database)
{
    if (v == 0)
        throw TeamError(
            TeamError::Kind::Invalid,
            QStringLiteral("%1 has no Proofdesk team schema: its owner runs `proofdesk-cli team init URL` first.")
                .arg(database));
    if (v > latestVersion())
        throw TeamError(TeamError::Kind::Invalid,
                        QStringLiteral("The team database has schema version %1, newer than this Proofdesk (%2): "
                                       "update Proofdesk.")
                            .arg(v)
                            .arg(latestVersion()));
}

} // namespace proofdesk::team
