#pragma once

#include "pgtestserver.h"
#include "records/roles.h"
#include "team/pgconnection.h"
#include "testdatabaseserver.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace proofdesk::test {

// A fresh team database on a PgTestServer (or an AutoFailoverCluster), created by its owner with `team init`'s code
// (TeamSchema::init), and the people of a test as logins in the group roles. Logins are the
// cluster's: a name used in two tests is one login (its memberships add up, which is how a
// real team's logins behave too).
class TeamTestDatabase
{
public:
    static constexpr const char *kOwner = "pd_owner";

    // Creates the database; QVERIFY-style failures are reported through `error`.
    TeamTestDatabase(TestDatabaseServer &server, QString *error);

    const QString &name() const { return m_name; }
    // postgresql://LOGIN@/DB?host=SOCKET&port=N (trust over the socket: the login is the
    // identity the server sees, as with peer authentication); on a cluster, every server's
    // host and port, over TLS (AutoFailoverCluster::url).
    QString url(const QString &login = {}) const;

    // Makes `login` exist with membership in the team's role (pd_<database>_<role>) for each
    // role; the second form takes role names, "publisher" among them.
    void addLogin(const QString &login, const QList<records::Role> &roles);
    void addLogin(const QString &login, const QStringList &teamRoles);
    // Connects a data folder as `login` (writes its team.json), the way `team connect` leaves it.
    void connectFolder(const QString &dataDir, const QString &login);

    // A connection as `login` (raw SQL, as psql would send it) or as the owner / superuser.
    std::unique_ptr<team::PgConnection> as(const QString &login) const;
    std::unique_ptr<team::PgConnection> asOwner() const { return as(QString::fromLatin1(kOwner)); }
    qint64 count(const QString &sql) const; // as the owner (no row security)

    // What the owner can do past every function: remove the newest entries and move the head
    // back, or change entry 2 and recompute every hash after it (a consistent rewrite).
    void removeNewestAuditEntries(int n);
    void rewriteAuditChain();

private:
    TestDatabaseServer &m_server;
    QString m_name;
};

} // namespace proofdesk::test
