// team init|connect|disconnect|status|user add: the team database (spec/cli.md, DESIGN.md
// "The team database"). Connected, every records command of this data folder acts on the
// team database as the login (services::ActionRunner reads team.json).
#include "cache/cachefile.h"
#include "clicontext.h"
#include "commands.h"
#include "records/session.h"
#include "recordsaction.h"
#include "sync/credentials/credentialstore.h"
#include "team/pgconnection.h"
#include "team/serverreplication.h"
#include "team/teamconfig.h"
#include "team/teamfacts.h"
#include "team/teamjoin.h"
#include "team/teamlogin.h"
#include "team/teammirror.h"
#include "team/teamoutbox.h"
#include "team/teamrecordsstore.h"
#include "team/teamschema.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>
#include <optional>

namespace proofdesk::cli {

namespace {

using team::TeamError;

int teamFailure(const CliContext &ctx, const TeamError &e)
{
    ctx.message(e.message());
    switch (e.kind()) {
    case TeamError::Kind::Refused:
    case TeamError::Kind::Invalid:
    case TeamError::Kind::NotFound:
    case TeamError::Kind::Conflict:
        return FoundProblems;
    default:
        return Unusable;
    }
}

QJsonArray roleNames(const QList<records::Role> &roles)
{
    QJsonArray out;
    for (const records::Role r : roles)
        out.append(records::roleName(r));
    return out;
}

// Actions made offline that wait for the team database (team::TeamOutbox), for `login`.
qint64 pendingForTeam(CliContext &ctx, const QString &login)
{
    cache::Database db = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
    return team::TeamOutbox(db).pending(login);
}

// How the connection is protected, as libpq made it, and what the person chose.
QJsonObject protectionJson(const team::PgConnection &server, const QString &url, bool insecure)
{
    const team::PgConnection::Protection planned = team::PgConnection::protectionOf(url);
    return QJsonObject{
        {QStringLiteral("protection"), server.protectionNow()},
        {QStringLiteral("sslmode"), planned.sslmode.isEmpty() ? QJsonValue() : QJsonValue(planned.sslmode)},
        {QStringLiteral("verified"), planned.verified()},
        {QStringLiteral("insecure"), insecure}};
}

// Logins of the cluster besides the database's owner that can change the team's logins (on
// PostgreSQL 15 CREATEROLE reaches every login), said as a warning; returns them.
QStringList warnOfRoleManagers(const CliContext &ctx, team::PgConnection &server)
{
    QStringList managers;
    const team::PgResult r = server.exec(QStringLiteral("SELECT login FROM proofdesk.role_managers()"));
    for (int row = 0; row < r.rows(); ++row)
        managers << r.text(row, 0);
    if (!managers.isEmpty())
        ctx.message(
            QStringLiteral("Warning: %1 can change this team's logins and memberships (CREATEROLE reaches every "
                           "login of the cluster on PostgreSQL 15). Only the team database's owner, the cluster's "
                           "Proofdesk steward, should: docs/team-database.md \"Who owns a team\".")
                .arg(managers.join(QLatin1String(", "))));
    return managers;
}

// Which server of the team this is, and whether its commits reach a standby before a desk is
// told they are done (issue #39 item 7), said as a warning when not.
QJsonObject tellTheServer(const CliContext &ctx, team::PgConnection &server)
{
    const team::ServerReplication replication = team::ServerReplication::read(server);
    ctx.message(QStringLiteral("Server: %1.").arg(replication.summary()));
    if (const QString warning = replication.warning(); !warning.isEmpty())
        ctx.message(QStringLiteral("Warning: %1").arg(warning));
    return replication.toJson();
}

// The password goes to the keychain (a password file is read again at every connection).
void keepPassword(const CliContext &ctx, const team::TeamConfig &config, const QString &password)
{
    if (!password.isEmpty() && config.passwordFile.isEmpty()
        && sync::CredentialStore().write(config.credentialName(), config.user, password)
               == sync::CredentialStore::Backend::SessionMemory)
        ctx.message(QStringLiteral("No keychain is available (%1): the password is not kept. Connect with "
                                   "--password-file FILE (read at every connection), or use ~/.pgpass or PGPASSWORD.")
                        .arg(sync::CredentialStore::keychainProblem()));
}

// The team's URL as team init/connect keep it: the --user put in, a password taken out (into
// `password`), the --ca named. Empty after a usage error has been told (its exit code in `exit`).
QString teamUrlOf(CliContext &ctx, bool init, QString &password, int &exit)
{
    if (ctx.args().size() != 2) {
        exit = ctx.usageError(
            init ? QStringLiteral("team init takes the database URL, e.g. postgresql://owner@db.example/proofdesk.")
                 : QStringLiteral("team connect takes the database URL, e.g. postgresql://db.example/proofdesk."));
        return {};
    }
    QString url = team::TeamConfig::withoutPassword(
        team::TeamConfig::withUser(ctx.args().at(1), ctx.value(QStringLiteral("user"))), &password);
    if (ctx.isSet(QStringLiteral("ca"))) {
        const QFileInfo ca(ctx.value(QStringLiteral("ca")));
        if (!ca.isFile() || !ca.isReadable()) {
            exit = ctx.usageError(QStringLiteral("--ca names the team's CA certificate (PEM), which cannot be read: %1")
                                      .arg(ca.absoluteFilePath()));
            return {};
        }
        url = team::TeamConfig::withCertificateAuthority(url, ca.absoluteFilePath());
    }
    password = ctx.password().value_or(password);
    return url;
}

// team.json for this login, written once the records are carried over.
team::TeamConfig savedConfig(CliContext &ctx, const QString &url, const QString &user, bool insecure,
                             const QList<records::Role> &roles)
{
    team::TeamConfig config;
    config.url = url;
    config.user = user;
    config.insecure = insecure;
    for (const records::Role r : roles)
        config.roles << records::roleName(r);
    if (ctx.isSet(QStringLiteral("password-file")))
        config.passwordFile = QFileInfo(ctx.value(QStringLiteral("password-file"))).absoluteFilePath();
    config.save(ctx.dataPath());
    return config;
}

// Connects this data folder: carries its records over (audited), then writes team.json and
// keeps the password in the keychain. `init` first creates the schema (owner only).
int connectFolder(CliContext &ctx, bool init)
{
    QString password;
    int usage = 0;
    const QString url = teamUrlOf(ctx, init, password, usage);
    if (url.isEmpty())
        return usage;
    // A connection that does not verify the server (a weaker sslmode in the URL or PGSSLMODE)
    // only as the person's explicit, recorded choice (issue #39 item 6).
    const bool insecure = ctx.isSet(QStringLiteral("insecure"));
    try {
        team::PgConnection server(url, password,
                                  insecure ? team::PgConnection::Verification::NotRequired
                                           : team::PgConnection::Verification::Required);
        const int version = init ? team::TeamSchema::init(server)
                                 : (team::TeamSchema::check(server), team::TeamSchema::version(server));
        const QList<records::Role> roles = team::TeamLogin::rolesOf(server);
        // A publisher's folder (a scheduled sync) acts in no records role: it only publishes.
        if (roles.isEmpty() && !team::TeamFacts::mayPublish(server)) {
            ctx.message(QStringLiteral("%1 has no Proofdesk role on %2: an admin adds it with `proofdesk-cli team user "
                                       "add %1 --role ROLE`.")
                            .arg(server.user(), server.database()));
            return FoundProblems;
        }
        cache::Database writer = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
        const QString device =
            records::RecordsSession::system(writer, {server.user(), QStringLiteral("team"), {}}).device();
        const QJsonObject protection = protectionJson(server, url, insecure);
        warnOfRoleManagers(ctx, server);
        const team::CarryOver carried = team::carryOver(server, writer, device, roles, protection);
        const team::TeamConfig config = savedConfig(ctx, url, server.user(), insecure, roles);
        keepPassword(ctx, config, password);
        if (carried.holdsLeft)
            ctx.message(
                QStringLiteral("%1 active local hold(s) stay on this desktop only: %2 has no records role to apply "
                               "them on the team. A records manager connecting this folder carries them over.")
                    .arg(carried.holdsLeft)
                    .arg(server.user()));
        ctx.printJson(QJsonObject{{QStringLiteral("url"), config.url},
                                  {QStringLiteral("user"), config.user},
                                  {QStringLiteral("roles"), roleNames(roles)},
                                  {QStringLiteral("schema"), version},
                                  {QStringLiteral("pending"), pendingForTeam(ctx, config.user)},
                                  {QStringLiteral("connection"), protection},
                                  {QStringLiteral("carried_over"), carried.toJson()}});
        return Done;
    } catch (const TeamError &e) {
        return teamFailure(ctx, e);
    }
}

int status(CliContext &ctx)
{
    const auto config = team::TeamConfig::load(ctx.dataPath());
    if (!config || config->disconnected) {
        ctx.message(config
                        ? QStringLiteral("This data folder was disconnected from %1: its records are a read-only copy. "
                                         "`team connect URL` connects it again.")
                              .arg(config->url)
                        : QStringLiteral("This data folder is not connected to a team database: its records are its "
                                         "own (records.sqlite). `team connect URL` connects it."));
        ctx.printJson(QJsonObject{{QStringLiteral("url"), QJsonValue()},
                                  {QStringLiteral("user"), QJsonValue()},
                                  {QStringLiteral("roles"), QJsonArray()},
                                  {QStringLiteral("schema"), QJsonValue()},
                                  {QStringLiteral("pending"), 0}});
        return Done;
    }
    QJsonObject out{{QStringLiteral("url"), config->url},
                    {QStringLiteral("user"), config->user},
                    {QStringLiteral("pending"), pendingForTeam(ctx, config->user)}};
    try {
        team::TeamLogin login = team::TeamLogin::open(*config);
        out.insert(QStringLiteral("roles"), roleNames(login.roles));
        out.insert(QStringLiteral("schema"), team::TeamSchema::version(*login.connection));
        out.insert(QStringLiteral("connected"), true);
        const QJsonObject protection = protectionJson(*login.connection, config->url, config->insecure);
        out.insert(QStringLiteral("connection"), protection);
        ctx.message(QStringLiteral("Connected to the team database as %1: %2.")
                        .arg(login.connection->user(), protection.value(QStringLiteral("protection")).toString()));
        out.insert(QStringLiteral("server"), tellTheServer(ctx, *login.connection));
        out.insert(QStringLiteral("role_managers"),
                   QJsonArray::fromStringList(warnOfRoleManagers(ctx, *login.connection)));
        ctx.printJson(out);
        return Done;
    } catch (const TeamError &e) {
        out.insert(QStringLiteral("connected"), false);
        out.insert(QStringLiteral("problem"), e.message());
        ctx.printJson(out);
        return teamFailure(ctx, e);
    }
}

} // namespace

int tellTheTeamAfterSync(CliContext &ctx, cache::Database &writer)
{
    std::optional<team::TeamConfig> config;
    try {
        config = team::TeamConfig::load(ctx.dataPath());
    } catch (const std::runtime_error &) {
        return Done; // not this step's to report: every team command says it
    }
    if (!config || config->disconnected)
        return Done;
    try {
        const std::unique_ptr<team::PgConnection> server = team::TeamLogin::connect(*config);
        const QString device =
            records::RecordsSession::system(writer, {server->user(), QStringLiteral("team"), {}}).device();
        if (!team::TeamFacts::mayPublish(*server)) {
            // A person's desk: what this sync learned of its sent reissues (fulfilled by a
            // letter that came back, ended by the workflow engine) goes to the team now.
            team::TeamMirror(*server, writer).pushReissueProgress(device);
            return Done;
        }
        // What this sync changed (everything, the first time): FactsCursor.
        const team::PublishReport report = team::TeamFacts(*server, writer).publishChanges(device);
        if (report.publication == 0 && report.withdrawn == 0)
            ctx.message(
                QStringLiteral("The team has the facts of every communication here: none changed since the last "
                               "publish."));
        else
            ctx.message(QStringLiteral("Published the facts of %1 communication(s) to the team: %2 new, %3 changed; %4 "
                                       "withdrawn (gone from this cache or outside its sync scope).")
                            .arg(report.staged)
                            .arg(report.inserted)
                            .arg(report.updated)
                            .arg(report.withdrawn));
        return Done;
    } catch (const TeamError &e) {
        ctx.message(
            QStringLiteral("The team could not be told what this sync found (the sync is kept; the next records "
                           "command, or `proofdesk-cli team publish` for a publisher, sends it): %1")
                .arg(e.message()));
        return FoundProblems;
    }
}

namespace {

// Publishes the facts of every communication in this cache to the team (publisher role only).
int publish(CliContext &ctx)
{
    const auto config = team::TeamConfig::load(ctx.dataPath());
    if (!config || config->disconnected)
        return ctx.usageError(
            QStringLiteral("team publish needs this data folder connected to the team database "
                           "as a login in the team's publisher role (`team connect URL --user LOGIN`)."));
    try {
        const std::unique_ptr<team::PgConnection> server = team::TeamLogin::connect(*config);
        cache::Database writer = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
        const QString device =
            records::RecordsSession::system(writer, {server->user(), QStringLiteral("team"), {}}).device();
        const team::PublishReport report = team::TeamFacts(*server, writer).publishAll(device);
        ctx.message(QStringLiteral("Published the facts of %1 communication(s): %2 new, %3 changed, %4 unchanged; %5 "
                                   "withdrawn (gone from this cache or outside its sync scope).")
                        .arg(report.staged)
                        .arg(report.inserted)
                        .arg(report.updated)
                        .arg(report.unchanged)
                        .arg(report.withdrawn));
        ctx.printJson(report.toJson());
        return Done;
    } catch (const TeamError &e) {
        return teamFailure(ctx, e);
    }
}

int addUser(CliContext &ctx)
{
    if (ctx.args().size() != 3)
        return ctx.usageError(QStringLiteral("team user add takes one LOGIN and --role ROLE (repeatable)."));
    const QString login = ctx.args().at(2);
    const QStringList roles = ctx.values(QStringLiteral("role"));
    if (roles.isEmpty())
        return ctx.usageError(
            QStringLiteral("team user add needs --role agent|compliance|records|admin|publisher (repeatable)."));
    if (const auto config = team::TeamConfig::load(ctx.dataPath()); !config || config->disconnected)
        return ctx.usageError(QStringLiteral("team user add needs this data folder connected to the team database "
                                             "(`team connect URL`)."));
    const QString password = ctx.password().value_or(QString());
    return withAction(ctx, records::Action::GrantRoles, [&](services::ActionContext &a) {
        // team.json may have changed since it was read above (disconnected meanwhile).
        auto *store = dynamic_cast<team::TeamRecordsStore *>(&a.records);
        if (!store)
            return ctx.usageError(QStringLiteral("team user add needs this data folder connected to the team "
                                                 "database; it was disconnected meanwhile."));
        try {
            ctx.printJson(store->addUser(login, password, roles));
            return int(Done);
        } catch (const TeamError &e) {
            return teamFailure(ctx, e);
        }
    });
}

} // namespace

void addTeamOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("role"),
         QStringLiteral("team user add: a role of the new login (repeatable): agent, compliance, "
                        "records, admin, or publisher (the login a scheduled sync runs as)."),
         QStringLiteral("ROLE")},
        {QStringLiteral("ca"),
         QStringLiteral("team connect/init: the team server's CA certificate (PEM); the server's "
                        "certificate is then verified against it and its host name."),
         QStringLiteral("FILE")},
        {QStringLiteral("insecure"),
         QStringLiteral("team connect/init: accept a connection that does not verify the server's "
                        "certificate (an sslmode weaker than verify-full in the URL or PGSSLMODE); "
                        "recorded in the folder and in the team's trail.")},
        {QStringLiteral("password-file"),
         QStringLiteral("team connect/init/user add, repo add/password: read the password from the first line of FILE "
                        "(for repositories: at every sign-in; only its owner may read it)."),
         QStringLiteral("FILE")},
    });
}

int runTeam(CliContext &ctx)
{
    const QString sub = ctx.args().value(0);
    if (sub == QLatin1String("init") || sub == QLatin1String("connect"))
        return connectFolder(ctx, sub == QLatin1String("init"));
    if (sub == QLatin1String("status"))
        return status(ctx);
    if (sub == QLatin1String("disconnect")) {
        auto config = team::TeamConfig::load(ctx.dataPath());
        if (!config || config->disconnected) {
            ctx.message(QStringLiteral("This data folder is not connected to a team database."));
            return FoundProblems;
        }
        // What the team recorded stays here as a read-only copy, so that searches still show
        // holds; nothing changes it. One last action brings it up to date (and sends what
        // waits), when the server answers.
        try {
            services::ActionRunner runner(ctx.dataFolder().databasePath(), ctx.dataPath());
            runner.run(services::Actor{records::Identity{config->user, QStringLiteral("team"), {}}, {}},
                       records::Action::Search, [](services::ActionContext &) {});
            if (runner.ranOffline())
                ctx.message(
                    QStringLiteral("The team database cannot be reached: the copy kept is the one last heard."));
        } catch (const std::exception &e) {
            ctx.message(QStringLiteral("The copy kept is the one last heard: %1").arg(QString::fromUtf8(e.what())));
        }
        cache::Database writer = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
        if (const qint64 waiting = team::TeamOutbox(writer).pending(config->user))
            ctx.message(
                QStringLiteral("%1 action(s) made offline have not reached the team yet; they are sent when this "
                               "folder connects again.")
                    .arg(waiting));
        config->disconnected = true;
        config->save(ctx.dataPath());
        ctx.message(QStringLiteral("Disconnected from %1. This folder keeps a read-only copy of the team's holds and "
                                   "reissue requests; `team connect` acts on the team again.")
                        .arg(config->url));
        ctx.printJson(QJsonObject{{QStringLiteral("disconnected"), true},
                                  {QStringLiteral("url"), config->url},
                                  {QStringLiteral("read_only"), true}});
        return Done;
    }
    if (sub == QLatin1String("user") && ctx.args().value(1) == QLatin1String("add"))
        return addUser(ctx);
    if (sub == QLatin1String("publish") && ctx.args().size() == 1)
        return publish(ctx);
    return ctx.usageError(
        QStringLiteral("team takes init URL, connect URL [--user U] [--ca FILE] [--insecure] [--password-stdin | "
                       "--password-file F], disconnect, status, publish, or user add LOGIN --role ROLE…"));
}

} // namespace proofdesk::cli
