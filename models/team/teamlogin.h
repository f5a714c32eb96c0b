#pragma once

#include "records/roles.h"
#include "teamconfig.h"

#include <QList>
#include <memory>
#include <optional>

namespace proofdesk::team {

class PgConnection;

// A data folder's connection to its team database as the login it is configured with: the
// roles are the login's group memberships (never a local grant).
struct TeamLogin
{
    TeamConfig config;
    std::unique_ptr<PgConnection> connection;
    QList<records::Role> roles;

    // Connects (password from the keychain, or libpq's sources) and checks the schema.
    // Throws TeamError.
    static TeamLogin open(const TeamConfig &config);
    static std::unique_ptr<PgConnection> connect(const TeamConfig &config);
    static QList<records::Role> rolesOf(PgConnection &connection);

    // Who the configured login is on the team: its name as the server authenticated it and its
    // roles, read over a connection of its own that is closed again (the window's role list).
    // Throws TeamError.
    struct Membership
    {
        QString user;
        QList<records::Role> roles;
    };
    static Membership membership(const TeamConfig &config);

    // `requested` if it is among the roles and permits `action`, else the first role that
    // does; nullopt with *why set when none may.
    std::optional<records::Role> roleFor(std::optional<records::Role> requested, records::Action action,
                                         QString *why) const;
};

} // namespace proofdesk::team
