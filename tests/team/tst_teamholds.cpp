// Team holds reach the objects of a CMIS repository (issue #14, point 3, in team mode): the
// desk that acts sends what it queued, object by object; a release made at another desk,
// which never sent the hold itself, still takes it off every object; a release made while
// the team database was unreachable reaches the objects once it is back. The drop beside
// the repository keeps getting one file per hold revision.
#include "fakecmisserver.h"
#include "records/holdregister.h"
#include "sync/connectorfactory.h"
#include "sync/syncengine.h"
#include "teamdesk.h"

#include <QJsonArray>
#include <QTest>

using namespace proofdesk;
using namespace teamtest;

namespace {

// A desk whose data folder also caches the team's CMIS repository.
void addCmis(Desk &desk, const QUrl &url)
{
    cache::Database &writer = desk.folder.writer;
    const auto repo =
        cache::RepositoryStore(writer).add(QStringLiteral("documentum"), QStringLiteral("cmis"), url.toString(), {});
    sync::ConnectorEnvironment env;
    env.dataDir = desk.folder.data.path();
    env.credentials = sync::CredentialStore(false);
    auto connector = sync::createConnector(repo, desk.folder.folder->contentStore(), env);
    const auto report = sync::SyncEngine(writer).sync(repo, *connector);
    QVERIFY2(report.ok(), qPrintable(report.error));
}

QStringList holdIdsOf(const QJsonObject &properties)
{
    QStringList out;
    for (const QJsonValue &v : properties.value(QStringLiteral("cmis:rm_holdIds")).toArray())
        out << v.toString();
    return out;
}

const QStringList kObjects{QStringLiteral("D000"), QStringLiteral("D001"), QStringLiteral("D002")};

} // namespace

class TestTeamHolds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_cmis.reset(); }
    void aHoldAndAnotherDesksReleaseReachEveryObject();
    void aReleaseMadeOfflineReachesTheObjectsWhenBack();

private:
    int objectsHolding(const QString &holdId) const
    {
        int n = 0;
        for (const QString &id : kObjects)
            n += holdIdsOf(m_cmis->properties(id)).contains(holdId);
        return n;
    }

    test::PgTestServer m_server;
    std::unique_ptr<fakeserver::FakeCmisServer> m_cmis;
};

void TestTeamHolds::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void TestTeamHolds::init()
{
    m_cmis = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_cmis->start());
    for (const QString &id : kObjects)
        m_cmis->addDocument(id);
}

void TestTeamHolds::aHoldAndAnotherDesksReleaseReachEveryObject()
{
    auto team = newTeam(m_server);
    Desk rita(*team, QStringLiteral("rita"), {Role::Records});
    Desk rosa(*team, QStringLiteral("rosa"), {Role::Records});
    addCmis(rita, m_cmis->serviceUrl());
    addCmis(rosa, m_cmis->serviceUrl());
    QString hold;
    rita.act(Action::ApplyHold, [&](RecordsStore &r) {
        hold = r.holds()
                   .createHold({QStringLiteral("Claim"),
                                {},
                                QStringLiteral("dispute"),
                                kObjects + QStringList{QStringLiteral("EXS-1")},
                                {},
                                {},
                                {}})
                   .id;
    });
    QCOMPARE(objectsHolding(hold), 3);
    QCOMPARE(rita.folder.hotFolderFiles(QStringLiteral("holds")), QStringList{hold + QStringLiteral(".json")});
    rita.act(Action::Search, [&](RecordsStore &r) {
        const auto counts = r.holds().findHold(hold)->deliveries;
        QCOMPARE(counts.size(), 2); // the drop and the CMIS repository
        QCOMPARE(counts.last().kind, QStringLiteral("cmis"));
        QCOMPARE(counts.last().confirmed, 3);
    });

    // rosa's desk never sent the hold, and still takes it off every object.
    rosa.act(Action::ReleaseHold, [&](RecordsStore &r) { r.holds().releaseHold(hold, QStringLiteral("settled")); });
    QCOMPARE(objectsHolding(hold), 0);
    for (const QString &id : kObjects)
        QCOMPARE(m_cmis->updateCount(id), 2);
}

void TestTeamHolds::aReleaseMadeOfflineReachesTheObjectsWhenBack()
{
    auto team = newTeam(m_server);
    Desk rita(*team, QStringLiteral("rita"), {Role::Records});
    addCmis(rita, m_cmis->serviceUrl());
    QString hold;
    rita.act(Action::ApplyHold, [&](RecordsStore &r) {
        hold = r.holds().createHold({QStringLiteral("Claim"), {}, QStringLiteral("dispute"), kObjects, {}, {}, {}}).id;
    });
    QCOMPARE(objectsHolding(hold), 3);
    setReachable(*team, rita, false);
    rita.act(Action::ReleaseHold, [&](RecordsStore &r) { r.holds().releaseHold(hold, QStringLiteral("settled")); });
    QCOMPARE(objectsHolding(hold), 3); // the team has not released it yet
    setReachable(*team, rita, true);
    const services::ActionRunner back = rita.run(Action::Search, [](services::ActionContext &) {});
    QCOMPARE(back.lastTeamDrain().applied, 1);
    QCOMPARE(objectsHolding(hold), 0);
    QCOMPARE(back.lastFlush().objectsConfirmed, 3);
}

QTEST_GUILESS_MAIN(TestTeamHolds)
#include "tst_teamholds.moc"
