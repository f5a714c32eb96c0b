// A disk that fails the i-th access, for every i (issue #62, "a test harness that fails the
// i-th access"): a hold, a reissue's approval and sending, its rejection, a disposition, and an
// import, each run once counting the accesses to the data folder, then again with each access
// failing in turn (tests/support/faultydisk.h). After the failure the desk goes on as a person
// would: the same connection, the action tried again where it did not happen, the outbox
// flushed. The state must converge: what happened happened once, with its audit entry, and the
// records and the cache prove themselves (audit verify with the records' replays, cache verify).
#include "audit/auditverifier.h"
#include "cache/rowseal.h"
#include "faultydisk.h"
#include "records/disposition.h"
#include "records/dispositionreplay.h"
#include "records/holdregister.h"
#include "records/holdreplay.h"
#include "records/holdservice.h"
#include "records/outboxdispatcher.h"
#include "records/reissuereplay.h"
#include "records/reissueservice.h"
#include "records/reissuestore.h"
#include "recordsfixture.h"

#include <QLoggingCategory>
#include <functional>

using namespace proofdesk;
using namespace proofdesk::records;

namespace {

// One run of a scenario: set up without faults, `act` with the disk failing, then `recover`
// and `check` without.
struct Scenario
{
    std::function<void(RecordsFixture &)> setUp;
    std::function<void(RecordsFixture &)> act;
    std::function<void(RecordsFixture &)> recover;
    std::function<void(RecordsFixture &)> check;
};

QString statusOf(RecordsFixture &f, const QString &requestId) { return ReissueStore(f.writer).find(requestId)->status; }

FlushReport flush(RecordsFixture &f)
{
    const RecordsSession system =
        RecordsSession::system(f.writer, RecordsFixture::identity(QStringLiteral("sync")), [&f] { return f.now; });
    return OutboxDispatcher(system, OutboxDispatcher::RequestsKept::InThisFolder).flush();
}

// The trail whole and the records what it says (audit verify with the replays, as the
// command's), the cache's rows as written.
void checkProven(RecordsFixture &f)
{
    const audit::VerifyResult chain = audit::AuditVerifier(f.writer).verify();
    QVERIFY2(chain.ok, qPrintable(chain.problem));
    const QList<StateProblem> holds = HoldReplay(f.writer).check();
    QVERIFY2(holds.isEmpty(), qPrintable(holds.isEmpty() ? QString() : holds.first().problem));
    const QList<StateProblem> reissues = ReissueReplay(f.writer).check();
    QVERIFY2(reissues.isEmpty(), qPrintable(reissues.isEmpty() ? QString() : reissues.first().problem));
    const QList<StateProblem> tombstones = DispositionReplay(f.writer).check();
    QVERIFY2(tombstones.isEmpty(), qPrintable(tombstones.isEmpty() ? QString() : tombstones.first().problem));
    QVERIFY(cache::RowSeal::verify(f.writer).clean());
}

// EXS-1 and EXS-2 imported; alice (agent) asked to resend EXS-1, which waits for carol.
QString pendingRequest(RecordsFixture &f)
{
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"));
    f.import();
    f.grant(QStringLiteral("carol"), Role::Compliance);
    const RecordsSession alice = f.as(QStringLiteral("alice"), Role::Agent);
    return ReissueService(alice)
        .request({QStringLiteral("EXS-1"), QStringLiteral("resend"), QStringLiteral("moved"), QStringLiteral("print"),
                  QStringLiteral("1 New Street")})
        .id;
}

void decide(RecordsFixture &f, const QString &requestId, bool approve)
{
    const RecordsSession carol = RecordsSession::open(f.writer, RecordsFixture::identity(QStringLiteral("carol")),
                                                      Role::Compliance, [&f] { return f.now; });
    if (approve)
        ReissueService(carol).approve(requestId, QStringLiteral("address confirmed"));
    else
        ReissueService(carol).reject(requestId, QStringLiteral("no proof of the new address"));
}

} // namespace

class TestFaultConvergence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FaultyDisk::install();
        // Each failed run logs its I/O error; the runs' outcomes are what is checked.
        QLoggingCategory::setFilterRules(QStringLiteral("proofdesk.*=false"));
    }
    void cleanup() { FaultyDisk::install().watch(QString()); }
    void aHoldIsPlacedOnce();
    void aReissueIsDecidedOnce_data();
    void aReissueIsDecidedOnce();
    void aDispositionIsDecidedOnce();
    void anImportConverges();

private:
    // Runs `s` failing access 1, 2, … until a run has fewer accesses than the one to fail
    // (more than ten runs: the harness reached the action).
    static void failEachAccess(const Scenario &s);
    static void runFailingEachAccess(const Scenario &s, int *failedRuns);
};

void TestFaultConvergence::failEachAccess(const Scenario &s)
{
    int runs = 0;
    runFailingEachAccess(s, &runs);
    qInfo("%d accesses failed in turn", runs);
    QVERIFY(runs > 10);
}

void TestFaultConvergence::runFailingEachAccess(const Scenario &s, int *failedRuns)
{
    FaultyDisk &disk = FaultyDisk::install();
    *failedRuns = 0;
    for (qint64 access = 1;; ++access) {
        RecordsFixture f;
        s.setUp(f);
        if (QTest::currentTestFailed())
            return;
        disk.watch(f.data.path());
        disk.failAccess(access);
        QString error;
        try {
            s.act(f);
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        const bool failed = disk.failed();
        const QString failure = disk.failure();
        disk.watch(QString());
        if (!failed) {
            QVERIFY2(error.isEmpty(), qPrintable(error)); // nothing failed, so nothing may say so
            s.check(f);
            return;
        }
        ++*failedRuns;
        try {
            s.recover(f);
        } catch (const std::exception &e) {
            QTest::qFail(qPrintable(QStringLiteral("after access %1 (%2) failed (%3), trying again failed: %4")
                                        .arg(access)
                                        .arg(failure, error, QString::fromUtf8(e.what()))),
                         __FILE__, __LINE__);
            return;
        }
        s.check(f);
        if (QTest::currentTestFailed()) {
            qWarning("after access %lld (%s) failed (%s)", access, qPrintable(failure), qPrintable(error));
            return;
        }
    }
}

void TestFaultConvergence::aHoldIsPlacedOnce()
{
    HoldSpec spec;
    spec.name = QStringLiteral("Claim");
    spec.reason = QStringLiteral("litigation");
    spec.ids = QStringList{QStringLiteral("EXS-1"), QStringLiteral("EXS-2")};
    const auto place = [&spec](RecordsFixture &f) {
        const RecordsSession rita = RecordsSession::open(f.writer, RecordsFixture::identity(QStringLiteral("rita")),
                                                         Role::Records, [&f] { return f.now; });
        HoldService(rita).create(spec);
    };
    Scenario s;
    s.setUp = [](RecordsFixture &f) {
        f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"));
        f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"));
        f.addCommunication(QStringLiteral("EXS-3"), QStringLiteral("2026-10-03T09:00:00Z"));
        f.import();
        f.grant(QStringLiteral("rita"), Role::Records);
    };
    s.act = [&place](RecordsFixture &f) {
        place(f);
        flush(f);
    };
    s.recover = [&place](RecordsFixture &f) {
        // A person who saw the error looks: the hold is there with its entry, or nothing is.
        const qint64 holds = f.count("SELECT count(*) FROM rec.holds");
        const qint64 entries = f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'hold.create'");
        QCOMPARE(entries, holds);
        if (holds == 0)
            place(f);
        flush(f);
    };
    s.check = [](RecordsFixture &f) {
        QCOMPARE(f.count("SELECT count(*) FROM rec.holds"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'hold.create'"), 1);
        HoldRegister holds(f.writer);
        QVERIFY(holds.isHeld(QStringLiteral("EXS-1")));
        QVERIFY(holds.isHeld(QStringLiteral("EXS-2")));
        QVERIFY(!holds.isHeld(QStringLiteral("EXS-3")));
        QCOMPARE(f.count("SELECT count(*) FROM rec.outbox WHERE state = 'pending'"), 0);
        QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'hold.send'"), 1);
        QCOMPARE(f.hotFolderFiles(QStringLiteral("holds")).size(), 1);
        checkProven(f);
    };
    failEachAccess(s);
}

void TestFaultConvergence::aReissueIsDecidedOnce_data()
{
    QTest::addColumn<bool>("approve");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("decision"); // its audit action
    QTest::addColumn<int>("sent");         // files in the drop's hot folder
    QTest::newRow("approved: sent once") << true << QStringLiteral("sent") << QStringLiteral("reissue.approve") << 1;
    QTest::newRow("rejected: never sent")
        << false << QStringLiteral("rejected") << QStringLiteral("reissue.reject") << 0;
}

void TestFaultConvergence::aReissueIsDecidedOnce()
{
    QFETCH(bool, approve);
    QFETCH(QString, status);
    QFETCH(QString, decision);
    QFETCH(int, sent);
    QString id;
    Scenario s;
    s.setUp = [&id](RecordsFixture &f) { id = pendingRequest(f); };
    s.act = [&](RecordsFixture &f) {
        decide(f, id, approve);
        flush(f);
    };
    s.recover = [&](RecordsFixture &f) {
        if (statusOf(f, id) == QLatin1String("pending_approval"))
            decide(f, id, approve);
        flush(f);
    };
    s.check = [&](RecordsFixture &f) {
        QCOMPARE(statusOf(f, id), status);
        auto entries = f.writer.prepare("SELECT count(*) FROM rec.audit_entries WHERE action = ?1");
        QVERIFY(entries.bind(1, decision).step());
        QCOMPARE(entries.columnInt(0), 1);
        QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'reissue.send'"), sent);
        QCOMPARE(f.hotFolderFiles(QStringLiteral("reissue")).size(), sent);
        checkProven(f);
    };
    failEachAccess(s);
}

// A disposition approved: its tombstone and entry once, the letter's rows taken out (by the
// approval, or by the purge the next sync runs), the batch sent to the drop once.
void TestFaultConvergence::aDispositionIsDecidedOnce()
{
    const auto approve = [](RecordsFixture &f) {
        const RecordsSession rita = RecordsSession::open(f.writer, RecordsFixture::identity(QStringLiteral("rita")),
                                                         Role::Records, [&f] { return f.now; });
        DispositionService(rita, f.data.path()).approve({QStringLiteral("EXS-OLD")}, QStringLiteral("schedule"));
    };
    Scenario s;
    s.setUp = [](RecordsFixture &f) {
        const QJsonObject sevenYears{
            {QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}}}};
        f.addCommunication(QStringLiteral("EXS-OLD"), QStringLiteral("2015-03-01T09:00:00Z"), sevenYears);
        f.addCommunication(QStringLiteral("EXS-NEW"), QStringLiteral("2024-03-01T09:00:00Z"), sevenYears);
        f.import();
        f.grant(QStringLiteral("rita"), Role::Records);
    };
    s.act = [&approve](RecordsFixture &f) {
        approve(f);
        flush(f);
    };
    s.recover = [&approve](RecordsFixture &f) {
        if (f.count("SELECT count(*) FROM rec.tombstones WHERE comm_id = 'EXS-OLD'") == 0)
            approve(f);
        const PurgeResult purged = purgeDisposed(f.writer, f.data.path());
        QVERIFY2(purged.refused.isEmpty(), qPrintable(purged.refused.join(QLatin1Char(' '))));
        flush(f);
    };
    s.check = [](RecordsFixture &f) {
        QCOMPARE(f.count("SELECT count(*) FROM rec.tombstones WHERE comm_id = 'EXS-OLD'"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'disposition.approve'"), 1);
        QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-OLD'"), 0);
        QCOMPARE(f.count("SELECT count(*) FROM communications WHERE id = 'EXS-NEW'"), 1);
        QCOMPARE(f.hotFolderFiles(QStringLiteral("disposition")).size(), 1);
        checkProven(f);
    };
    failEachAccess(s);
}

// The sync engine's writes: an import that fails anywhere leaves the cache as it was or with
// its pages, and the next import brings the rest, each letter once, every row as written.
void TestFaultConvergence::anImportConverges()
{
    Scenario s;
    s.setUp = [](RecordsFixture &f) {
        for (int i = 1; i <= 6; ++i)
            f.addCommunication(QStringLiteral("EXS-%1").arg(i), QStringLiteral("2026-10-0%1T09:00:00Z").arg(i));
    };
    s.act = [](RecordsFixture &f) {
        const auto outcome = sync::importDrop(f.writer, f.folder->contentStore(), f.dropDir.path());
        if (!outcome.report.ok())
            throw std::runtime_error(outcome.report.error.toStdString());
    };
    s.recover = [](RecordsFixture &f) { f.import(); };
    s.check = [](RecordsFixture &f) {
        QCOMPARE(f.count("SELECT count(*) FROM communications"), 6);
        QCOMPARE(f.count("SELECT count(DISTINCT id) FROM communications"), 6);
        QVERIFY(cache::RowSeal::verify(f.writer).clean());
        f.writer.exec("INSERT INTO comm_fts(comm_fts) VALUES ('integrity-check')");
    };
    failEachAccess(s);
}

QTEST_MAIN(TestFaultConvergence) // a disposition certificate is a PDF, set in fonts
#include "tst_faultconvergence.moc"
