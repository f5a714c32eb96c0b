// What follows a sync, the same from the desktop's jobs as from the command-line client
// (services::SyncService): a reissue that came back fulfils its request, the first user of
// an unclaimed data folder is granted every role, and an upkeep failure is reported without
// losing the synced pages.
#include "records/recordsstore.h"
#include "records/rolegrants.h"
#include "recordsfixture.h"
#include "services/actionrunner.h"
#include "services/importjob.h"
#include "services/syncjob.h"

#include <QSignalSpy>

using namespace proofdesk;
using records::Action;
using records::Role;

namespace {

// An agent's resend of EXS-2, sent to the drop's hot folder; returns the request id.
QString requestResend(RecordsFixture &f)
{
    f.grant(QStringLiteral("alice"), Role::Agent);
    services::ActionRunner runner(f.folder->databasePath(), f.data.path());
    QString id;
    runner.run(
        services::Actor{RecordsFixture::identity(QStringLiteral("alice")), Role::Agent}, Action::RequestReissue,
        [&](services::ActionContext &a) {
            id =
                a.records.reissues()
                    .requestReissue(
                        {QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("lost in the post"), {}, {}})
                    .id;
        });
    return id;
}

// What the generator answers: the reissued communication, linked to its request and original.
void answerFromTheGenerator(RecordsFixture &f, const QString &requestId)
{
    f.addCommunication(QStringLiteral("EXS-2-R1"), QStringLiteral("2026-10-25T09:00:00Z"),
                       {{QStringLiteral("origin"), QStringLiteral("reissue")},
                        {QStringLiteral("reissue_of"), QStringLiteral("EXS-2")},
                        {QStringLiteral("request_id"), requestId}});
}

QString statusOf(RecordsFixture &f, const QString &requestId)
{
    auto st = f.writer.prepare("SELECT status FROM rec.reissue_requests WHERE id = ?1");
    st.bind(1, requestId);
    return st.step() ? st.columnText(0) : QString();
}

} // namespace

class TestSyncService : public QObject
{
    Q_OBJECT

private slots:
    void aReissueThatCameBackIsFulfilledInTheDesktop_data();
    void aReissueThatCameBackIsFulfilledInTheDesktop();
    void theFirstUserOfAnUnclaimedFolderGetsEveryRole();
};

void TestSyncService::aReissueThatCameBackIsFulfilledInTheDesktop_data()
{
    QTest::addColumn<bool>("viaSync");
    QTest::newRow("Import Drop… (ImportJob)") << false;
    QTest::newRow("Sync Now (SyncJob)") << true;
}

void TestSyncService::aReissueThatCameBackIsFulfilledInTheDesktop()
{
    QFETCH(bool, viaSync);
    RecordsFixture f;
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"));
    f.import();
    const QString id = requestResend(f);
    QCOMPARE(statusOf(f, id), QStringLiteral("sent"));
    answerFromTheGenerator(f, id);

    const records::Identity desk = RecordsFixture::identity(QStringLiteral("alice"));
    std::unique_ptr<QObject> job;
    std::unique_ptr<QSignalSpy> upkeep, finished;
    if (viaSync) {
        auto *sync = new services::SyncJob(f.folder->databasePath(), f.data.path());
        sync->setIdentity(desk);
        upkeep = std::make_unique<QSignalSpy>(sync, &services::SyncJob::upkeepDone);
        finished = std::make_unique<QSignalSpy>(sync, &services::SyncJob::finished);
        job.reset(sync);
        sync->start();
    } else {
        auto *import = new services::ImportJob(f.folder->databasePath(), f.data.path(), f.dropDir.path());
        import->setIdentity(desk);
        upkeep = std::make_unique<QSignalSpy>(import, &services::ImportJob::upkeepDone);
        finished = std::make_unique<QSignalSpy>(import, &services::ImportJob::finished);
        job.reset(import);
        import->start();
    }
    QVERIFY(finished->wait(20000));
    QVERIFY2(finished->at(0).at(0).toBool(), qPrintable(finished->at(0).at(1).toString()));
    QCOMPARE(upkeep->size(), 1);
    QCOMPARE(upkeep->at(0).at(0).toInt(), 1); // one reissue fulfilled
    QCOMPARE(statusOf(f, id), QStringLiteral("fulfilled"));
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'reissue.fulfil' AND role = 'system'"), 1);
}

void TestSyncService::theFirstUserOfAnUnclaimedFolderGetsEveryRole()
{
    RecordsFixture f;
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    services::ImportJob job(f.folder->databasePath(), f.data.path(), f.dropDir.path());
    job.setIdentity(RecordsFixture::identity(QStringLiteral("olga")));
    QSignalSpy finished(&job, &services::ImportJob::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000); // emitted from the job's thread, maybe before a wait
    QVERIFY(finished.at(0).at(0).toBool());
    const QList<Role> roles = records::RoleGrants(f.writer).rolesOf(RecordsFixture::identity(QStringLiteral("olga")));
    QCOMPARE(roles, records::allRoles());
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'role.grant' AND object_id = 'olga' "
                     "AND role = 'system'"),
             1);
}

QTEST_GUILESS_MAIN(TestSyncService)
#include "tst_syncservice.moc"
