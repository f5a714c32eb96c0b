// The window's word on the team database (offscreen): which team, as which login, live or
// offline, following the server as it goes away and comes back.
#include "itemmodels/records/recordscontext.h"
#include "pgtestserver.h"
#include "records/teamstatus.h"
#include "recordsfixture.h"
#include "teamtestdatabase.h"

#include <QStatusBar>
#include <QTest>

using namespace proofdesk;

class TestTeamStatus : public QObject
{
    Q_OBJECT

private slots:
    void followsTheServer();
    void hiddenForAFolderOfItsOwn();
};

void TestTeamStatus::followsTheServer()
{
    test::PgTestServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    test::TeamTestDatabase team(server, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    RecordsFixture folder;
    team.addLogin(QStringLiteral("ann"), {records::Role::Agent});
    team.connectFolder(folder.data.path(), QStringLiteral("ann"));
    itemmodels::RecordsContext context(folder.folder->databasePath(), folder.data.path());
    TeamStatus status(&context);
    status.show();
    QTRY_VERIFY_WITH_TIMEOUT(status.text().startsWith(QStringLiteral("● Team: ")), 10000);
    QVERIFY2(status.text().contains(team.name()), qPrintable(status.text()));
    // One server, no standby: what it commits is on it alone, and the window says so (issue #39
    // item 7); the tooltip names the server and why.
    QTRY_VERIFY_WITH_TIMEOUT(status.text().endsWith(QStringLiteral(" as ann — commits not replicated")), 5000);
    QVERIFY2(status.toolTip().contains(QStringLiteral("Server: %1:%2").arg(server.socketDir()).arg(server.port())),
             qPrintable(status.toolTip()));
    QVERIFY2(status.toolTip().contains(QStringLiteral("synchronous_standby_names is empty")),
             qPrintable(status.toolTip()));
    QVERIFY(status.isVisible());
    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(status.text().endsWith(QStringLiteral("offline")), 5000);
    QVERIFY2(status.toolTip().contains(QStringLiteral("cannot be reached")), qPrintable(status.toolTip()));
    QVERIFY2(server.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(status.text().startsWith(QStringLiteral("● Team: ")), 15000);
}

void TestTeamStatus::hiddenForAFolderOfItsOwn()
{
    RecordsFixture folder;
    itemmodels::RecordsContext context(folder.folder->databasePath(), folder.data.path());
    QStatusBar bar; // as in the window: an explicitly hidden widget stays hidden there
    auto *status = new TeamStatus(&context);
    bar.addPermanentWidget(status);
    bar.show();
    QVERIFY(status->isHidden());
}

QTEST_MAIN(TestTeamStatus)
#include "tst_teamstatus.moc"
