// The role table of DESIGN.md, enforced in the library: every cell, the refusal messages,
// sessions in roles one was not granted, grants by admins only, and the first-use grant.
#include "records/recordserror.h"
#include "records/rolegrants.h"
#include "recordsfixture.h"

using namespace proofdesk::records;
Q_DECLARE_METATYPE(proofdesk::records::Action)
Q_DECLARE_METATYPE(proofdesk::records::Role)

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesDesign_data();
    void tableMatchesDesign();
    void refusalNamesUserRoleAndWhoMay();
    void roleNotGrantedIsRefusedAndAudited();
    void openForPicksAGrantedRoleThatMay();
    void onlyAdminsGrantRoles();
    void groupMappingGivesRoles();
    void firstUseGrantsEveryRoleOnce();
};

void TestRoles::tableMatchesDesign_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("allowed"); // roles, in agent/compliance/records/admin order
    QTest::newRow("search") << Action::Search << QStringLiteral("agent compliance records admin");
    QTest::newRow("view") << Action::ViewCommunication << QStringLiteral("agent compliance records admin");
    QTest::newRow("export results") << Action::ExportResults << QStringLiteral("agent compliance records admin");
    QTest::newRow("request reissue") << Action::RequestReissue << QStringLiteral("agent compliance");
    QTest::newRow("approve reissue") << Action::ApproveReissue << QStringLiteral("compliance");
    QTest::newRow("export evidence") << Action::ExportEvidence << QStringLiteral("agent compliance records");
    QTest::newRow("own audit entries") << Action::ViewOwnAuditEntries << QStringLiteral("agent compliance records");
    QTest::newRow("audit trail") << Action::ViewAuditTrail << QStringLiteral("compliance records");
    QTest::newRow("findings") << Action::RunFindings << QStringLiteral("compliance records");
    QTest::newRow("review finding") << Action::ReviewFinding << QStringLiteral("compliance records");
    QTest::newRow("apply hold") << Action::ApplyHold << QStringLiteral("records");
    QTest::newRow("release hold") << Action::ReleaseHold << QStringLiteral("records");
    QTest::newRow("review disposition") << Action::ReviewDisposition << QStringLiteral("records");
    QTest::newRow("approve disposition") << Action::ApproveDisposition << QStringLiteral("records");
    QTest::newRow("repositories") << Action::ConfigureRepositories << QStringLiteral("admin");
    QTest::newRow("grant roles") << Action::GrantRoles << QStringLiteral("admin");
    QTest::newRow("settings") << Action::ChangeSettings << QStringLiteral("admin");
}

void TestRoles::tableMatchesDesign()
{
    QFETCH(Action, action);
    QFETCH(QString, allowed);
    QStringList names;
    for (Role r : AccessPolicy::rolesFor(action))
        names << roleName(r);
    QCOMPARE(names.join(QLatin1Char(' ')), allowed);
}

void TestRoles::refusalNamesUserRoleAndWhoMay()
{
    const AccessDecision d = AccessPolicy::check(QStringLiteral("alice"), Role::Agent, Action::ApplyHold);
    QVERIFY(!d.allowed);
    QVERIFY2(d.message.contains(QLatin1String("alice")) && d.message.contains(QLatin1String("agent"))
                 && d.message.contains(QLatin1String("records role")),
             qPrintable(d.message));
}

void TestRoles::roleNotGrantedIsRefusedAndAudited()
{
    RecordsFixture f;
    f.grant(QStringLiteral("alice"), Role::Agent);
    try {
        f.actingAs(QStringLiteral("alice"), Role::Records);
        QFAIL("a role that was not granted was accepted");
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Refused);
        QVERIFY2(e.message().contains(QLatin1String("granted: agent")), qPrintable(e.message()));
    }
    QCOMPARE(f.refusals(QStringLiteral("role.assume")), 1);
}

void TestRoles::openForPicksAGrantedRoleThatMay()
{
    RecordsFixture f;
    f.grant(QStringLiteral("rita"), Role::Agent);
    f.grant(QStringLiteral("rita"), Role::Records);
    const auto s = RecordsSession::openFor(f.writer, RecordsFixture::identity(QStringLiteral("rita")), std::nullopt,
                                           Action::ApplyHold);
    QCOMPARE(s.roleText(), QStringLiteral("records"));
    QVERIFY_THROWS_EXCEPTION(RecordsError,
                             RecordsSession::openFor(f.writer, RecordsFixture::identity(QStringLiteral("rita")),
                                                     std::nullopt, Action::ApproveReissue));
    QCOMPARE(f.refusals(QStringLiteral("reissue.approve")), 1);
}

void TestRoles::onlyAdminsGrantRoles()
{
    RecordsFixture f;
    const auto records = f.as(QStringLiteral("rita"), Role::Records);
    QVERIFY_THROWS_EXCEPTION(RecordsError, RoleGrants(f.writer).grant(records, QStringLiteral("rita"), Role::Admin,
                                                                      QStringLiteral("promote myself")));
    QCOMPARE(f.refusals(QStringLiteral("role.grant")), 1);
    const auto admin = f.as(QStringLiteral("root"), Role::Admin);
    RoleGrants(f.writer).grant(admin, QStringLiteral("carol"), Role::Compliance, QStringLiteral("joined compliance"));
    QCOMPARE(RoleGrants(f.writer).rolesOf(RecordsFixture::identity(QStringLiteral("CAROL"))),
             QList<Role>{Role::Compliance});
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'role.grant' AND outcome = 'done' "
                     "AND object_id = 'carol'"),
             1);
}

void TestRoles::groupMappingGivesRoles()
{
    RecordsFixture f;
    const auto admin = f.as(QStringLiteral("root"), Role::Admin);
    RoleGrants(f.writer).setGroupRoles(admin, QStringLiteral("RM-Team"), {Role::Records}, QStringLiteral("settings"));
    Identity dave =
        Identity::fromRepositoryLogin(QStringLiteral("dave"), QStringLiteral("ecm"), {QStringLiteral("rm-team")});
    QCOMPARE(RoleGrants(f.writer).rolesOf(dave), QList<Role>{Role::Records});
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'settings.change'"), 1);
}

void TestRoles::firstUseGrantsEveryRoleOnce()
{
    RecordsFixture f;
    QVERIFY(grantAllRolesIfUnclaimed(f.writer, RecordsFixture::identity(QStringLiteral("first"))));
    QVERIFY(!grantAllRolesIfUnclaimed(f.writer, RecordsFixture::identity(QStringLiteral("second"))));
    QCOMPARE(RoleGrants(f.writer).rolesOf(RecordsFixture::identity(QStringLiteral("first"))).size(), 4);
    QVERIFY(RoleGrants(f.writer).rolesOf(RecordsFixture::identity(QStringLiteral("second"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
