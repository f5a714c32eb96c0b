#include "teamtestdatabase.h"

#include "team/teamconfig.h"
#include "team/teamschema.h"

#include <QUuid>

namespace proofdesk::test {

TeamTestDatabase::TeamTestDatabase(TestDatabaseServer &server, QString *error)
    : m_server(server)
{
    const QString owner = QString::fromLatin1(kOwner);
    m_server.exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                 "CREATE ROLE %1 LOGIN CREATEROLE; END IF; END $$")
                      .arg(owner),
                  error);
    m_name = QStringLiteral("team_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!m_server.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' "
                                      "TEMPLATE template0")
                           .arg(m_name, owner),
                       error))
        return;
    team::TeamSchema::init(*asOwner());
}

QString TeamTestDatabase::url(const QString &login) const { return m_server.url(login, {}, false, m_name); }

void TeamTestDatabase::addLogin(const QString &login, const QList<records::Role> &roles)
{
    QStringList names;
    for (const records::Role r : roles)
        names << records::roleName(r);
    addLogin(login, names);
}

void TeamTestDatabase::addLogin(const QString &login, const QStringList &teamRoles)
{
    // The login exactly as spelled (a quoted identifier: "Carl" is not carl, Ömer not ömer).
    QString literal = login;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    QString sql = QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                 "EXECUTE format('CREATE ROLE %I LOGIN', '%1'); END IF; END $$;")
                      .arg(literal);
    // The team's own roles (pd_<database>_<role>, teamschema_v2.sql).
    for (const QString &r : teamRoles)
        sql += QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT %I TO %I', proofdesk.team_role('%1'), '%2'); END $$;")
                   .arg(r, literal);
    QString error;
    if (!m_server.exec(sql, &error, m_name))
        throw std::runtime_error(error.toStdString());
}

void TeamTestDatabase::connectFolder(const QString &dataDir, const QString &login)
{
    team::TeamConfig config;
    config.url = url();
    config.user = login;
    config.save(dataDir);
}

std::unique_ptr<team::PgConnection> TeamTestDatabase::as(const QString &login) const
{
    return std::make_unique<team::PgConnection>(url(login));
}

qint64 TeamTestDatabase::count(const QString &sql) const { return asOwner()->exec(sql).integer(0, 0); }

void TeamTestDatabase::removeNewestAuditEntries(int n)
{
    auto owner = asOwner();
    owner->execScript(
        QStringLiteral(
            "BEGIN;"
            "DELETE FROM proofdesk.audit_entries WHERE seq > (SELECT max(seq) FROM proofdesk.audit_entries) - %1;"
            "UPDATE proofdesk.audit_head SET (seq, hash) = (SELECT coalesce(max(seq), 0), "
            "coalesce((SELECT hash FROM proofdesk.audit_entries ORDER BY seq DESC LIMIT 1), repeat('0', 64)) "
            "FROM proofdesk.audit_entries);"
            "COMMIT;")
            .arg(n));
}

void TeamTestDatabase::rewriteAuditChain()
{
    auto owner = asOwner();
    owner->execScript(QStringLiteral(R"SQL(
DO $$
DECLARE e proofdesk.audit_entries; prev text := repeat('0', 64);
BEGIN
  UPDATE proofdesk.audit_entries SET "user" = 'mallory' WHERE seq = 2;
  FOR e IN SELECT * FROM proofdesk.audit_entries ORDER BY seq LOOP
    e.prev_hash := prev;
    e.hash := encode(sha256(convert_to(prev || proofdesk.canonical_entry(e), 'UTF8')), 'hex');
    UPDATE proofdesk.audit_entries SET prev_hash = e.prev_hash, hash = e.hash WHERE seq = e.seq;
    prev := e.hash;
  END LOOP;
  UPDATE proofdesk.audit_head SET hash = prev;
END $$;
)SQL"));
}

} // namespace proofdesk::test
