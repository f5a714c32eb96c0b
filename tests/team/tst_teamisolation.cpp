// Issue #39 item 1: a second team's owner took over the first (CREATEROLE, which the README
// asked each owner to hold, reaches every login of a PostgreSQL 15 cluster). Three teams on one
// cluster now, set up as the README says: the databases owned by the cluster's Proofdesk steward
// (pd_owner here), each team's own admin (no CREATEROLE) adding its people through add_user.
// Each team's admin attacks the two others; nothing of another team can be reached.
#include "pgtestserver.h"
#include "team/pgconnection.h"
#include "teamtestdatabase.h"

#include <QTest>

using namespace proofdesk;
using team::TeamError;

class TestTeamIsolation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noTeamReachesAnother_data();
    void noTeamReachesAnother();
    void eachTeamKeepsItsOwnPeople();
    void aLoginThatCouldTakeATeamOverIsNamed();

private:
    test::PgTestServer m_server;
    std::unique_ptr<test::TeamTestDatabase> m_teams[3];
};

namespace {

const char *const kTeam[] = {"a", "b", "c"};

// The role `role` of team `t` (pd_<database>_<role>).
QString roleOf(test::TeamTestDatabase &t, const char *role)
{
    return t.asOwner()->exec(QStringLiteral("SELECT proofdesk.team_role($1)"), {QString::fromLatin1(role)}).text(0, 0);
}

} // namespace

void TestTeamIsolation::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        m_teams[i] = std::make_unique<test::TeamTestDatabase>(m_server, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The steward (the database's owner, its first admin) adds the team's own admin and an
        // officer; from then on the team's admin adds its people.
        const QString team = QString::fromLatin1(kTeam[i]);
        m_teams[i]->asOwner()->callJson(
            QStringLiteral("SELECT proofdesk.add_user('k1', 'admin', 'd', $1, 'pw', ARRAY['admin'])"),
            {QVariant(QStringLiteral("owner_") + team)});
        m_teams[i]
            ->as(QStringLiteral("owner_") + team)
            ->callJson(QStringLiteral("SELECT proofdesk.add_user('k2', 'admin', 'd', $1, 'pw', ARRAY['compliance'])"),
                       {QVariant(QStringLiteral("officer_") + team)});
    }
}

void TestTeamIsolation::noTeamReachesAnother_data()
{
    QTest::addColumn<int>("attacker");
    QTest::addColumn<int>("victim");
    QTest::addColumn<QString>("sql");     // run by the attacker's admin on their own team's database
    QTest::addColumn<QString>("refusal"); // SQLSTATE
    const QList<QPair<QString, QString>> attacks = {
        {QStringLiteral("GRANT %ADMIN% TO %ME%"), QStringLiteral("42501")},
        {QStringLiteral("SET ROLE %ADMIN%"), QStringLiteral("42501")},
        {QStringLiteral("CREATE ROLE intruder_%V% LOGIN"), QStringLiteral("42501")},
        {QStringLiteral("ALTER ROLE officer_%V% PASSWORD 'taken-over'"), QStringLiteral("42501")},
        {QStringLiteral("ALTER ROLE %ME% CREATEROLE"), QStringLiteral("42501")},
        {QStringLiteral("GRANT %COMPLIANCE% TO %ME%"), QStringLiteral("42501")},
        {QStringLiteral("SELECT proofdesk.add_user('x', 'admin', 'd', 'officer_%V%', 'pw', ARRAY['agent'])"),
         QStringLiteral("PDCFL")},
        {QStringLiteral("SELECT proofdesk.add_user('y', 'admin', 'd', '%ADMIN%', 'pw', ARRAY['agent'])"),
         QStringLiteral("PDINV")},
    };
    for (int a = 0; a < 3; ++a)
        for (int v = 0; v < 3; ++v)
            if (a != v)
                for (const auto &[sql, refusal] : attacks)
                    QTest::addRow("%s attacks %s: %s", kTeam[a], kTeam[v], qPrintable(sql)) << a << v << sql << refusal;
}

void TestTeamIsolation::noTeamReachesAnother()
{
    QFETCH(int, attacker);
    QFETCH(int, victim);
    QFETCH(QString, sql);
    QFETCH(QString, refusal);
    const QString me = QStringLiteral("owner_") + QLatin1String(kTeam[attacker]);
    sql.replace(QLatin1String("%ADMIN%"), roleOf(*m_teams[victim], "admin"))
        .replace(QLatin1String("%COMPLIANCE%"), roleOf(*m_teams[victim], "compliance"))
        .replace(QLatin1String("%ME%"), me)
        .replace(QLatin1String("%V%"), QLatin1String(kTeam[victim]));
    auto session = m_teams[attacker]->as(me);
    try {
        session->exec(sql);
        QFAIL(qPrintable(QStringLiteral("%1 could: %2").arg(me, sql)));
    } catch (const TeamError &e) {
        QCOMPARE(e.sqlState(), refusal);
    }
    // Nor can the attacker reach the victim's database at all.
    try {
        team::PgConnection there(m_teams[victim]->url(me));
        QFAIL("an admin of another team connected");
    } catch (const TeamError &e) {
        QCOMPARE(e.kind(), TeamError::Kind::Refused);
    }
}

void TestTeamIsolation::eachTeamKeepsItsOwnPeople()
{
    for (int i = 0; i < 3; ++i) {
        const team::PgResult members = m_teams[i]->asOwner()->exec(
            QStringLiteral(
                "SELECT string_agg(login || ':' || role, ' ' ORDER BY login, role) FROM proofdesk.team_members() "
                "WHERE login <> $1"),
            {QString::fromLatin1(test::TeamTestDatabase::kOwner)});
        QCOMPARE(members.text(0, 0),
                 QStringLiteral("officer_%1:compliance owner_%1:admin").arg(QLatin1String(kTeam[i])));
        // And none of the team's people holds a right over logins.
        QCOMPARE(m_teams[i]->count(QStringLiteral("SELECT count(*) FROM proofdesk.team_members() m JOIN pg_roles r "
                                                  "ON r.rolname = m.login WHERE r.rolcreaterole AND m.login <> '%1'")
                                       .arg(QLatin1String(test::TeamTestDatabase::kOwner))),
                 0);
    }
}

// What PostgreSQL 15 cannot stop: a login with CREATEROLE (as the README had every team's owner
// until now) changes any team's logins. `team status` names such a login on every team
// (proofdesk.role_managers); docs/team-database.md says why none may exist.
void TestTeamIsolation::aLoginThatCouldTakeATeamOverIsNamed()
{
    QString error;
    QVERIFY2(m_server.exec(QStringLiteral("CREATE ROLE old_style_owner LOGIN CREATEROLE"), &error), qPrintable(error));
    const auto dropIt = qScopeGuard([this] { m_server.exec(QStringLiteral("DROP ROLE old_style_owner"), nullptr); });
    team::PgConnection oldOwner(m_server.url(QStringLiteral("old_style_owner"), {}, false));
    oldOwner.exec(QStringLiteral("ALTER ROLE officer_a PASSWORD 'taken-over'")); // it can, on PostgreSQL 15
    for (int i = 0; i < 3; ++i) {
        const team::PgResult named =
            m_teams[i]
                ->as(QStringLiteral("officer_") + QLatin1String(kTeam[i]))
                ->exec(QStringLiteral("SELECT string_agg(login, ',') FROM proofdesk.role_managers()"));
        QCOMPARE(named.text(0, 0), QStringLiteral("old_style_owner"));
    }
}

QTEST_GUILESS_MAIN(TestTeamIsolation)
#include "tst_teamisolation.moc"
