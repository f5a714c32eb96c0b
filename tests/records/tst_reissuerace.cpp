// Two desks deciding one reissue request at once (issue #62 item 1): the decision that commits
// first stands; the other is refused, saying who decided and when, and leaves no audit entry;
// nothing is sent for a request that is not approved, even when its item was already in the
// outbox. The interleaving is made, not timed: the other desk, on a second writer connection
// to the same data folder, decides as this one starts its write transaction (interleave.h).
#include "audit/auditverifier.h"
#include "cache/cachefile.h"
#include "interleave.h"
#include "records/outboxdispatcher.h"
#include "records/recordserror.h"
#include "records/reissueservice.h"
#include "records/reissuestore.h"
#include "recordsfixture.h"
#include "reissuerace.h"
#include "util/timeutil.h"

#include <QJsonDocument>

using namespace proofdesk;
using namespace proofdesk::records;

namespace {

ReissueRequest decide(cache::Database &db, const QString &decision, const QString &requestId, qint64 at)
{
    const QString user = reissueDeciderOf(decision).user;
    const Role role = user == QLatin1String("alice") ? Role::Agent : Role::Compliance;
    const RecordsSession session = RecordsSession::open(db, RecordsFixture::identity(user), role, [at] { return at; });
    ReissueService service(session);
    if (decision == QLatin1String("approve"))
        return service.approve(requestId, QStringLiteral("address confirmed"));
    if (decision == QLatin1String("reject"))
        return service.reject(requestId, QStringLiteral("no proof of the new address"));
    return service.cancel(requestId, QStringLiteral("the customer found the letter"));
}

QString statusOf(cache::Database &db, const QString &requestId) { return ReissueStore(db).find(requestId)->status; }

} // namespace

class TestReissueRace : public QObject
{
    Q_OBJECT

private slots:
    void theFirstDecisionStandsAndTheOtherIsRefused_data();
    void theFirstDecisionStandsAndTheOtherIsRefused();
    void anEndedRequestIsNeverSent_data();
    void anEndedRequestIsNeverSent();
    void aRequestIsMadeFromTheLetterItsTransactionReads();

private:
    // EXS-1 and EXS-2 imported; alice (agent) asked to resend EXS-1 to another address, which
    // waits for a compliance officer; carol and dave are compliance officers.
    static QString pendingRequest(RecordsFixture &f);
    static FlushReport flush(RecordsFixture &f);
};

QString TestReissueRace::pendingRequest(RecordsFixture &f)
{
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    f.addCommunication(QStringLiteral("EXS-2"), QStringLiteral("2026-10-02T09:00:00Z"));
    f.import();
    f.grant(QStringLiteral("carol"), Role::Compliance);
    f.grant(QStringLiteral("dave"), Role::Compliance);
    const RecordsSession alice = f.as(QStringLiteral("alice"), Role::Agent);
    const ReissueRequest r =
        ReissueService(alice).request({QStringLiteral("EXS-1"), QStringLiteral("resend"), QStringLiteral("moved"),
                                       QStringLiteral("print"), QStringLiteral("1 New Street")});
    if (r.status != QLatin1String("pending_approval"))
        qFatal("the request should wait for approval, not be %s", qPrintable(r.status));
    return r.id;
}

FlushReport TestReissueRace::flush(RecordsFixture &f)
{
    const RecordsSession system =
        RecordsSession::system(f.writer, RecordsFixture::identity(QStringLiteral("sync")), [&f] { return f.now; });
    return OutboxDispatcher(system, OutboxDispatcher::RequestsKept::InThisFolder).flush();
}

void TestReissueRace::theFirstDecisionStandsAndTheOtherIsRefused_data()
{
    addReissueRaceRows(QStringLiteral("queued"));
}

void TestReissueRace::theFirstDecisionStandsAndTheOtherIsRefused()
{
    QFETCH(QString, late);
    QFETCH(QString, first);
    QFETCH(QString, status);
    RecordsFixture f;
    const QString id = pendingRequest(f);
    const qint64 firstAt = f.now + 60000; // the other desk decides a minute later by its clock
    cache::Database otherDesk = cache::CacheFile::openWriter(f.folder->databasePath());
    BeforeNextWrite meanwhile(f.writer, [&] { decide(otherDesk, first, id, firstAt); });
    try {
        decide(f.writer, late, id, f.now);
        QFAIL(qPrintable(QStringLiteral("both decisions were taken: %1 ended %2").arg(id, statusOf(f.writer, id))));
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Conflict);
        const ReissueDecider won = reissueDeciderOf(first);
        const QString says =
            QStringLiteral("%1 was already %2 by %3 at %4").arg(id, won.wonAs, won.user, formatUtc(firstAt));
        QVERIFY2(e.message().contains(says), qPrintable(e.message()));
    }
    QVERIFY(meanwhile.ran());
    QVERIFY2(meanwhile.error().isEmpty(), qPrintable(meanwhile.error()));
    QCOMPARE(statusOf(f.writer, id), status);
    // The decision that lost left nothing: no entry (neither done nor refused), no queueing.
    auto entries = f.writer.prepare("SELECT count(*) FROM rec.audit_entries WHERE action = ?1 AND object_id = ?2");
    entries.bind(1, reissueDeciderOf(late).action).bind(2, id);
    QVERIFY(entries.step());
    QCOMPARE(entries.columnInt(0), 0);
    entries.reset();
    const bool approved = status == QLatin1String("queued");
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'reissue.queue'"), approved ? 1 : 0);
    QVERIFY(audit::AuditVerifier(f.writer).verify().ok);
    QCOMPARE(f.count("SELECT count(*) FROM rec.outbox WHERE state = 'pending'"), approved ? 1 : 0);
    QCOMPARE(flush(f).sent, approved ? 1 : 0);
    QCOMPARE(f.hotFolderFiles(QStringLiteral("reissue")).size(), approved ? 1 : 0);
}

void TestReissueRace::anEndedRequestIsNeverSent_data()
{
    QTest::addColumn<QString>("ending");
    QTest::addColumn<bool>("byTheMirror"); // written as a team desk's mirror writes the server's state
    QTest::newRow("rejected here after its item was queued") << QStringLiteral("reject") << false;
    QTest::newRow("cancelled here after its item was queued") << QStringLiteral("cancel") << false;
    QTest::newRow("rejected on the team after its item was queued") << QStringLiteral("reject") << true;
    QTest::newRow("cancelled on the team after its item was queued") << QStringLiteral("cancel") << true;
}

void TestReissueRace::anEndedRequestIsNeverSent()
{
    QFETCH(QString, ending);
    QFETCH(bool, byTheMirror);
    RecordsFixture f;
    const QString id = pendingRequest(f);
    // Its item in the outbox while the request still waits, as a team desk queues what the
    // server approved before it says "queued".
    const RecordsSession alice = f.as(QStringLiteral("alice"), Role::Agent);
    ReissueService(alice).enqueue(*ReissueStore(f.writer).find(id));
    QCOMPARE(f.count("SELECT count(*) FROM rec.outbox WHERE state = 'pending'"), 1);
    const QString ended = reissueDeciderOf(ending).wonAs;
    if (byTheMirror) {
        f.writer.prepare("UPDATE rec.reissue_requests SET status = ?2 WHERE id = ?1").bind(1, id).bind(2, ended).run();
    } else {
        decide(f.writer, ending, id, f.now);
    }
    const FlushReport report = flush(f);
    QCOMPARE(report.sent, 0);
    QCOMPARE(f.hotFolderFiles(QStringLiteral("reissue")), QStringList());
    QCOMPARE(statusOf(f.writer, id), ended);
    QCOMPARE(f.count("SELECT count(*) FROM rec.outbox WHERE state = 'pending'"), 0);
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'reissue.send'"), 0);
    // Withdrawn by the outbox itself only when nobody here decided: an automatic step.
    QCOMPARE(f.count("SELECT count(*) FROM rec.audit_entries WHERE action = 'reissue.withheld' AND role = 'system'"),
             byTheMirror ? 1 : 0);
    QCOMPARE(flush(f).sent, 0); // and never later
    QVERIFY(audit::AuditVerifier(f.writer).verify().ok);
}

void TestReissueRace::aRequestIsMadeFromTheLetterItsTransactionReads()
{
    RecordsFixture f;
    pendingRequest(f);
    const RecordsSession alice = f.as(QStringLiteral("alice"), Role::Agent);
    cache::Database otherDesk = cache::CacheFile::openWriter(f.folder->databasePath());
    // A sync on the other desk brings EXS-2's corrected address as the request is made.
    BeforeNextWrite meanwhile(f.writer, [&] {
        otherDesk.exec("UPDATE communications SET recipient_email = 'ana.new@example.org' WHERE id = 'EXS-2'");
    });
    const ReissueRequest r = ReissueService(alice).request(
        {QStringLiteral("EXS-2"), QStringLiteral("resend"), QStringLiteral("lost in the post"), {}, {}});
    QVERIFY(meanwhile.ran());
    QVERIFY2(meanwhile.error().isEmpty(), qPrintable(meanwhile.error()));
    // The request, its route and the item that leaves all name the address the letter has now.
    QCOMPARE(r.status, QStringLiteral("queued"));
    QCOMPARE(r.originalDestination, QStringLiteral("ana.new@example.org"));
    QCOMPARE(r.destination, QStringLiteral("ana.new@example.org"));
    auto payload = f.writer.prepare("SELECT payload FROM rec.outbox WHERE object_id = ?1");
    payload.bind(1, r.id);
    QVERIFY(payload.step());
    QCOMPARE(QJsonDocument::fromJson(payload.columnUtf8(0)).object().value(QStringLiteral("destination")).toString(),
             QStringLiteral("ana.new@example.org"));
}

QTEST_GUILESS_MAIN(TestReissueRace)
#include "tst_reissuerace.moc"
