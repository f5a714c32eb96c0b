#pragma once

#include <QString>

namespace proofdesk::test {

// What a team test database needs of the servers it lives on (TeamTestDatabase): SQL as the
// superuser, and the URL a desk connects with. A PgTestServer is one server; an
// AutoFailoverCluster is a primary and its standbys, the URL naming every one of them.
class TestDatabaseServer
{
public:
    virtual ~TestDatabaseServer() = default;
    // Runs `sql` as the superuser in `db` (one implicit transaction). For test setup.
    virtual bool exec(const QString &sql, QString *error, const QString &db = QStringLiteral("postgres")) = 0;
    // The URL `user` connects to `db` with; `tcp` false: the local socket where there is one
    // (trust: the login is the identity the server sees).
    virtual QString url(const QString &user, const QString &password = {}, bool tcp = true,
                        const QString &db = QStringLiteral("postgres")) const = 0;
};

} // namespace proofdesk::test
