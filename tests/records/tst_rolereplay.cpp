// Records that prove themselves (issue #62, roles): who may do what is what the role.grant,
// role.revoke and group settings entries made it. A grant inserted with sqlite3 on
// records.sqlite while nothing runs (the new admin, who then changed documents.limit)
// gives nothing and is refused saying why; a grant deleted, its granter changed or a group's
// role added by hand is named by `audit verify`; the honest path (first use, an admin's grants
// and revocations, a group's roles set twice) names nothing.
#include "handedit.h"
#include "records/localauditrecords.h"
#include "records/localrecordsfolder.h"
#include "records/recordserror.h"
#include "records/rolegrants.h"
#include "records/rolereplay.h"
#include "recordsfixture.h"

using namespace proofdesk;
using namespace proofdesk::records;

class TestRoleReplay : public QObject
{
    Q_OBJECT

private slots:
    void theHonestPathNamesNothing();
    void aHandEditIsNamed_data();
    void aHandEditIsNamed();
    void anAdminInsertedByHandMayDoNothing();
    void aGroupRoleInsertedByHandGivesNothing();

private:
    static QString edit(RecordsFixture &f, const QString &sql);
    static audit::VerifyResult verify(RecordsFixture &f);
    static void honestPath(RecordsFixture &f);
};

QString TestRoleReplay::edit(RecordsFixture &f, const QString &sql)
{
    return test::editByHand(QDir(f.data.path()).filePath(QStringLiteral("records.sqlite")), {sql});
}

audit::VerifyResult TestRoleReplay::verify(RecordsFixture &f)
{
    const auto cora = f.as(QStringLiteral("cora"), Role::Compliance);
    LocalRecordsFolder folder(cora, f.data.path());
    return LocalAuditRecords(folder).verifyAudit({}, nullptr);
}

void TestRoleReplay::honestPath(RecordsFixture &f)
{
    grantAllRolesForDemo(f.writer, RecordsFixture::identity(QStringLiteral("adam")));
    const auto adam = RecordsSession::open(f.writer, RecordsFixture::identity(QStringLiteral("adam")), Role::Admin);
    RoleGrants grants(f.writer);
    grants.grant(adam, QStringLiteral("ann"), Role::Agent, QStringLiteral("new starter"));
    grants.grant(adam, QStringLiteral("Ann"), Role::Agent, QStringLiteral("asked twice"));
    grants.grant(adam, QStringLiteral("bob"), Role::Compliance, QStringLiteral("audit team"));
    grants.revoke(adam, QStringLiteral("bob"), Role::Compliance, QStringLiteral("moved on"));
    grants.setGroupRoles(adam, QStringLiteral("ops"), {Role::Agent, Role::Records}, QStringLiteral("ops team"));
    grants.setGroupRoles(adam, QStringLiteral("ops"), {Role::Records}, QStringLiteral("agents left"));
}

void TestRoleReplay::theHonestPathNamesNothing()
{
    RecordsFixture f;
    honestPath(f);
    const QList<StateProblem> problems = RoleReplay(f.writer).check();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).object + QLatin1Char(' ') + problems.value(0).problem));
    QVERIFY(verify(f).ok);
    QCOMPARE(RoleGrants(f.writer).rolesOf(RecordsFixture::identity(QStringLiteral("ann"))), QList<Role>{Role::Agent});
    QCOMPARE(RoleGrants(f.writer).rolesOf(RecordsFixture::identity(QStringLiteral("bob"))), QList<Role>{});
    const Identity inOps{QStringLiteral("olga"), QStringLiteral("os"), {QStringLiteral("OPS")}};
    QCOMPARE(RoleGrants(f.writer).rolesOf(inOps), QList<Role>{Role::Records});
}

void TestRoleReplay::aHandEditIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("named");
    QTest::newRow("admin inserted") << "INSERT INTO role_grants VALUES('mallory', 'admin', 'adam', 0)"
                                    << "role admin of mallory"
                                    << "no entry of the audit trail granted it";
    QTest::newRow("revoked grant put back") << "INSERT INTO role_grants VALUES('bob', 'compliance', 'adam', 0)"
                                            << "role compliance of bob"
                                            << "no entry of the audit trail granted it";
    QTest::newRow("grant deleted") << "DELETE FROM role_grants WHERE user = 'ann'"
                                   << "role agent of ann"
                                   << "it was deleted outside Proofdesk";
    QTest::newRow("granter changed") << "UPDATE role_grants SET granted_by = 'carl' WHERE user = 'ann'"
                                     << "role agent of ann"
                                     << "granted by carl";
    QTest::newRow("group role added") << "INSERT INTO group_roles VALUES('ops', 'admin')"
                                      << "role admin of group ops"
                                      << "no entry of the audit trail granted it";
}

void TestRoleReplay::aHandEditIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, object);
    QFETCH(QString, named);
    RecordsFixture f;
    honestPath(f);
    const QString error = edit(f, sql);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<StateProblem> problems = RoleReplay(f.writer).check();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().object, object);
    QVERIFY2(problems.first().problem.contains(named), qPrintable(problems.first().problem));
    const audit::VerifyResult v = verify(f);
    QVERIFY(!v.ok);
    QCOMPARE(v.state.size(), 1);
}

void TestRoleReplay::anAdminInsertedByHandMayDoNothing()
{
    RecordsFixture f;
    honestPath(f);
    QVERIFY(edit(f, QStringLiteral("INSERT INTO role_grants VALUES('mallory', 'admin', 'adam', 0)")).isEmpty());
    const Identity mallory = RecordsFixture::identity(QStringLiteral("mallory"));
    QCOMPARE(RoleGrants(f.writer).rolesOf(mallory), QList<Role>{});
    try {
        RecordsSession::openFor(f.writer, mallory, Role::Admin, Action::ChangeSettings);
        QFAIL("an admin grant no entry made let its holder change settings");
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Refused);
        QVERIFY2(e.message().contains(QLatin1String("granted by no entry"))
                     && e.message().contains(QLatin1String("audit verify")),
                 qPrintable(e.message()));
    }
    QCOMPARE(f.refusals(QStringLiteral("role.assume")), 1);
    // Nor may it grant itself the role properly.
    QVERIFY_THROWS_EXCEPTION(RecordsError,
                             RecordsSession::openFor(f.writer, mallory, std::nullopt, Action::GrantRoles));
}

void TestRoleReplay::aGroupRoleInsertedByHandGivesNothing()
{
    RecordsFixture f;
    honestPath(f);
    QVERIFY(edit(f, QStringLiteral("INSERT INTO group_roles VALUES('ops', 'admin')")).isEmpty());
    const Identity inOps{QStringLiteral("olga"), QStringLiteral("os"), {QStringLiteral("ops")}};
    QCOMPARE(RoleGrants(f.writer).rolesOf(inOps), QList<Role>{Role::Records});
    QVERIFY_THROWS_EXCEPTION(RecordsError, RecordsSession::open(f.writer, inOps, Role::Admin));
}

QTEST_GUILESS_MAIN(TestRoleReplay)
#include "tst_rolereplay.moc"
