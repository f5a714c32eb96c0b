#include "teamlogin.h"

#include "pgconnection.h"
#include "teamschema.h"
#include "util/steptimer.h"

#include <QStringList>

namespace proofdesk::team {

std::unique_ptr<PgConnection> TeamLogin::connect(const TeamConfig &config)
{
    QString password;
    {
        const util::StepTimer step("team.password");
        password = config.storedPassword();
    }
    return std::make_unique<PgConnection>(TeamConfig::withUser(config.url, config.user), password,
                                          config.insecure ? PgConnection::Verification::NotRequired
                                                          : PgConnection::Verification::Required);
}

QList<records::Role> TeamLogin::rolesOf(PgConnection &connection)
{
    const PgResult r = connection.exec(QStringLiteral("SELECT unnest(proofdesk.my_roles())"));
    QList<records::Role> roles;
    for (int row = 0; row < r.rows(); ++row)
        if (const auto role = records::parseRole(r.text(row, 0)))
            roles << *role;
    return roles;
}

TeamLogin::Membership TeamLogin::membership(const TeamConfig &config)
{
    const TeamLogin login = open(config);
    return {login.connection->user(), login.roles};
}

TeamLogin TeamLogin::open(const TeamConfig &config)
{
    TeamLogin login{config, {}, {}};
    {
        const util::StepTimer step("team.connect");
        login.connection = connect(config);
    }
    // The schema's version and the login's roles in one round trip (a command pays one per
    // question, and over a network each is a latency). A database without the schema fails
    // this query: TeamSchema::check then says what is missing.
    const util::StepTimer step("team.schema_and_roles");
    QString roles;
    int version = 0;
    try {
        const PgResult r = login.connection->exec(
            QStringLiteral("SELECT (SELECT coalesce(max(version), 0) FROM proofdesk.schema_migrations), "
                           "array_to_string(proofdesk.my_roles(), ',')"));
        version = int(r.integer(0, 0));
        roles = r.text(0, 1);
    } catch (const TeamError &) {
        TeamSchema::check(*login.connection);
        throw;
    }
    TeamSchema::checkVersion(version, login.connection->database());
    for (const QString &name : roles.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto role = records::parseRole(name))
            login.roles << *role;
    return login;
}

std::optional<records::Role> TeamLogin::roleFor(std::optional<records::Role> requested, records::Action action,
                                                QString *why) const
{
    QStringList names;
    for (const records::Role r : roles)
        names << records::roleName(r);
    const QString user = connection ? connection->user() : config.user;
    if (requested) {
        if (!roles.contains(*requested)) {
            *why = QStringLiteral("%1 has no %2 role on the team database (roles: %3).")
                       .arg(user, records::roleName(*requested),
                            names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", ")));
            return std::nullopt;
        }
        const records::AccessDecision d = records::AccessPolicy::check(user, *requested, action);
        if (!d.allowed) {
            *why = d.message;
            return std::nullopt;
        }
        return requested;
    }
    for (const records::Role r : roles)
        if (records::AccessPolicy::permits(r, action))
            return r;
    if (roles.isEmpty()) { // the role table has nothing to say about no role at all
        *why = QStringLiteral("%1 has no person's role on the team database (agent, compliance, records or admin), so "
                              "may not %2. A publishing login only publishes the facts of communications (`sync`, "
                              "`team publish`); the team's admin gives a person's roles with `team user add`.")
                   .arg(user, records::actionPhrase(action));
        return std::nullopt;
    }
    // The role table's own message (as the local store gives it), naming the roles that may.
    *why = records::AccessPolicy::check(user, roles.isEmpty() ? records::Role::Agent : roles.first(), action).message
           + QStringLiteral(" (%1's roles on the team database: %2.)")
                 .arg(user, names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", ")));
    return std::nullopt;
}

} // namespace proofdesk::team
