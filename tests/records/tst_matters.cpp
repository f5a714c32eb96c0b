// Matters on a folder's own records.sqlite (issue #61): opened, searched, reviewed and closed
// as the role table and the access rule say, each change a compare-and-set with its entry, and
// the rows what their entries make them (issue #62: a hand edit is named).
#include "audit/audittrail.h"
#include "records/holdservice.h"
#include "records/localauditrecords.h"
#include "records/localmatterrecords.h"
#include "records/localrecordsfolder.h"
#include "records/matteraccess.h"
#include "records/matterregister.h"
#include "records/matterreplay.h"
#include "records/matterreview.h"
#include "records/matterservice.h"
#include "records/productionnumbers.h"
#include "records/recordserror.h"
#include "recordsfixture.h"
#include "rulecases.h"

using namespace proofdesk;
using records::RecordsError;
using records::Role;

class TestMatters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_f.reset(); }

    void aSearchFreezesWhatItFoundIntoTheReviewSet();
    void whoSeesAMatterIsTheTableOfCases();
    void theRoleTableAndMembershipDecideWhoSeesAMatter_data();
    void theRoleTableAndMembershipDecideWhoSeesAMatter();
    void aTagIsOneOfTheMattersSpelledAsTheMatterSpellsIt();
    void aReviewMadeMeanwhileIsRefusedNamingWhoMadeIt();
    void theReviewIsCountedAndFiltered();
    void aClosedMatterTakesNoMoreChanges();
    void productionNumbersAreNeverUsedTwice();
    void aStartAskedAgainWithItsKeyIsTheSameProduction();
    void theRowsAreWhatTheirEntriesMakeThem();
    void aHandEditIsNamed_data();
    void aHandEditIsNamed();
    void auditVerifyNamesTheRowsNoEntryExplains();
    void aHoldNamesItsMatterById();
    void freeTextMattersOfOldHoldsAreCarriedOver();

private:
    records::MatterInfo openWithSearch();

    std::unique_ptr<RecordsFixture> m_f;
};

void TestMatters::init()
{
    m_f = std::make_unique<RecordsFixture>();
    for (int i = 1; i <= 6; ++i)
        m_f->addCommunication(
            QStringLiteral("EXS-M-%1").arg(i), QStringLiteral("2025-0%1-15T10:00:00Z").arg(i),
            QJsonObject{{QStringLiteral("type"), i <= 4 ? QStringLiteral("fee_notice") : QStringLiteral("statement")}});
    m_f->import();
}

records::MatterInfo TestMatters::openWithSearch()
{
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    records::MatterService service(carol);
    const records::MatterInfo m =
        service.open(QStringLiteral("Q3 fee notices"), QStringLiteral("Examiner request 2025-17"), {});
    service.addSearch(m.id, QStringLiteral("type:fee_notice"));
    return m;
}

void TestMatters::aSearchFreezesWhatItFoundIntoTheReviewSet()
{
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    records::MatterService service(carol);
    const records::MatterInfo m = service.open(QStringLiteral("Fees"), QStringLiteral("Complaint 88"), {});
    QCOMPARE(m.id, QStringLiteral("MAT-1"));
    QCOMPARE(m.tags, records::defaultReviewTags());
    const records::AddedSearch first = service.addSearch(m.id, QStringLiteral("type:fee_notice"));
    QCOMPARE(first.search.seq, 1);
    QCOMPARE(first.search.total, 4);
    QCOMPARE(first.search.added, 4);
    // Found again with more: only the new ones are added, after the others.
    const records::AddedSearch second = service.addSearch(m.id, QStringLiteral("issued:2025"));
    QCOMPARE(second.search.total, 6);
    QCOMPARE(second.search.added, 2);
    const QStringList set = records::MatterRegister(m_f->writer).itemIds(m.id);
    QCOMPARE(set.size(), 6);
    QCOMPARE(QSet<QString>(set.begin() + 4, set.end()),
             (QSet<QString>{QStringLiteral("EXS-M-5"), QStringLiteral("EXS-M-6")}));
    // Frozen: a letter that arrives later is not in it.
    m_f->addCommunication(QStringLiteral("EXS-M-7"), QStringLiteral("2025-07-15T10:00:00Z"),
                          {{QStringLiteral("type"), QStringLiteral("fee_notice")}});
    m_f->import();
    QCOMPARE(records::MatterRegister(m_f->writer).itemIds(m.id).size(), 6);
    QVERIFY2(m_f->count("SELECT count(*) FROM rec.audit_entries WHERE action = 'matter.add_search'") == 2,
             "each search is in the trail");
}

// tests/rules/matter_access.csv, as pgTAP's 15_rule_cases.sql asks the team server.
void TestMatters::whoSeesAMatterIsTheTableOfCases()
{
    const QList<rulecases::Case> cases = rulecases::read(QStringLiteral("matter_access.csv"));
    QVERIFY(cases.size() >= 5);
    for (const rulecases::Case &c : cases)
        QVERIFY2(records::MatterAccess::maySee(*records::parseRole(c.value(QStringLiteral("role"))),
                                               c.value(QStringLiteral("member")) == QLatin1String("true"))
                     == (c.value(QStringLiteral("sees")) == QLatin1String("true")),
                 qPrintable(c.value(QStringLiteral("case"))));
}

void TestMatters::theRoleTableAndMembershipDecideWhoSeesAMatter_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("member");
    QTest::addColumn<bool>("sees");
    QTest::addColumn<bool>("tags");
    QTest::newRow("compliance") << int(Role::Compliance) << false << true << true;
    QTest::newRow("records") << int(Role::Records) << false << true << true;
    QTest::newRow("an agent not added") << int(Role::Agent) << false << false << false;
    QTest::newRow("an agent added") << int(Role::Agent) << true << true << true;
    QTest::newRow("admin") << int(Role::Admin) << false << false << false;
}

void TestMatters::theRoleTableAndMembershipDecideWhoSeesAMatter()
{
    QFETCH(int, role);
    QFETCH(bool, member);
    QFETCH(bool, sees);
    QFETCH(bool, tags);
    const records::MatterInfo m = openWithSearch();
    if (member) {
        const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
        records::MatterService(carol).addMember(m.id, QStringLiteral("ana"), QStringLiteral("answers the complaints"));
    }
    const auto ana = m_f->as(QStringLiteral("ana"), Role(role));
    records::LocalRecordsFolder folder(ana, m_f->data.path());
    const records::LocalMatterRecords matters(folder);
    QCOMPARE(matters.list().size(), sees ? 1 : 0);
    if (!sees) {
        try {
            matters.show(m.id);
            QFAIL("a matter this person may not see was shown");
        } catch (const RecordsError &e) {
            QCOMPARE(e.kind(), RecordsError::Kind::NotFound); // the same words as for no matter at all
        }
    }
    bool tagged = true;
    try {
        records::MatterReview(ana).tag(m.id, QStringLiteral("EXS-M-1"), {QStringLiteral("relevant")}, std::nullopt, {});
    } catch (const RecordsError &) {
        tagged = false;
    }
    QCOMPARE(tagged, tags);
    // Only compliance opens one; a refusal is in the trail.
    const qint64 refusedBefore = m_f->refusals(QStringLiteral("matter.manage"));
    bool opened = true;
    try {
        records::MatterService(ana).open(QStringLiteral("Mine"), QStringLiteral("why not"), {});
    } catch (const RecordsError &e) {
        opened = false;
        QCOMPARE(e.kind(), RecordsError::Kind::Refused);
    }
    QCOMPARE(opened, role == int(Role::Compliance));
    QCOMPARE(m_f->refusals(QStringLiteral("matter.manage")) - refusedBefore, opened ? 0 : 1);
}

void TestMatters::aTagIsOneOfTheMattersSpelledAsTheMatterSpellsIt()
{
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    records::MatterService service(carol);
    const records::MatterInfo m = service.open(QStringLiteral("Épargne"), QStringLiteral("Audit"),
                                               {QStringLiteral("Pertinent"), QStringLiteral("Élevé")});
    service.addSearch(m.id, QStringLiteral("type:fee_notice"));
    const records::ReviewItem item = records::MatterReview(carol).tag(
        m.id, QStringLiteral("exs-m-2"), {QStringLiteral("élevé"), QStringLiteral("PERTINENT")}, QStringLiteral("vu"),
        {});
    QCOMPARE(item.tags, (QStringList{QStringLiteral("Pertinent"), QStringLiteral("Élevé")}));
    QCOMPARE(item.reviewer, QStringLiteral("carol"));
    QCOMPARE(item.revision, 1);
    try {
        records::MatterReview(carol).tag(m.id, QStringLiteral("EXS-M-2"), {QStringLiteral("relevant")}, std::nullopt,
                                         {});
        QFAIL("a tag the matter does not define was taken");
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Invalid);
        QVERIFY2(e.message().contains(QStringLiteral("Pertinent, Élevé")), qPrintable(e.message()));
    }
    QVERIFY_THROWS_EXCEPTION(RecordsError,
                             records::MatterService::checkedTags({QStringLiteral("a"), QStringLiteral("A")}));
    QVERIFY_THROWS_EXCEPTION(RecordsError,
                             records::MatterReview(carol).tag(m.id, QStringLiteral("EXS-M-5"), {}, std::nullopt, {}));
}

void TestMatters::aReviewMadeMeanwhileIsRefusedNamingWhoMadeIt()
{
    const records::MatterInfo m = openWithSearch();
    const auto bob = m_f->as(QStringLiteral("bob"), Role::Records);
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    const records::ReviewItem seen = *records::MatterRegister(m_f->writer).item(m.id, QStringLiteral("EXS-M-3"));
    records::MatterReview(bob).tag(m.id, seen.id, {QStringLiteral("escalate")}, std::nullopt, seen.revision);
    try {
        records::MatterReview(carol).tag(m.id, seen.id, {QStringLiteral("not relevant")}, std::nullopt, seen.revision);
        QFAIL("a review made on a stale revision overwrote another's");
    } catch (const RecordsError &e) {
        QCOMPARE(e.kind(), RecordsError::Kind::Conflict);
        QVERIFY2(e.message().contains(QStringLiteral("bob")) && e.message().contains(QStringLiteral("escalate")),
                 qPrintable(e.message()));
    }
    const records::ReviewItem now = *records::MatterRegister(m_f->writer).item(m.id, seen.id);
    QCOMPARE(now.tags, QStringList{QStringLiteral("escalate")});
    QCOMPARE(m_f->count("SELECT count(*) FROM rec.audit_entries WHERE action = 'matter.tag'"), 1);
}

void TestMatters::theReviewIsCountedAndFiltered()
{
    const records::MatterInfo m = openWithSearch();
    const auto bob = m_f->as(QStringLiteral("bob"), Role::Records);
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    records::MatterReview(bob).tag(m.id, QStringLiteral("EXS-M-1"), {QStringLiteral("relevant")}, std::nullopt, {});
    records::MatterReview(carol).tag(m.id, QStringLiteral("EXS-M-2"),
                                     {QStringLiteral("relevant"), QStringLiteral("escalate")}, std::nullopt, {});
    const records::MatterRegister r(m_f->writer);
    const records::ReviewSummary s = r.summary(m.id);
    QCOMPARE(s.items, 4);
    QCOMPARE(s.reviewed, 2);
    QCOMPARE(s.tags.value(QStringLiteral("relevant")), 2);
    QCOMPARE(s.tags.value(QStringLiteral("escalate")), 1);
    records::ReviewFilter byBob;
    byBob.reviewer = QStringLiteral("BOB");
    QCOMPARE(r.review(m.id, byBob).size(), 1);
    records::ReviewFilter escalated;
    escalated.tag = QStringLiteral("escalate");
    QCOMPARE(r.review(m.id, escalated).constFirst().id, QStringLiteral("EXS-M-2"));
    records::ReviewFilter open;
    open.unreviewedOnly = true;
    QCOMPARE(r.review(m.id, open).size(), 2);
}

void TestMatters::aClosedMatterTakesNoMoreChanges()
{
    const records::MatterInfo m = openWithSearch();
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    const records::MatterInfo closed = records::MatterService(carol).close(m.id, QStringLiteral("answered"));
    QCOMPARE(closed.state, QStringLiteral("closed"));
    QCOMPARE(closed.revision, 2);
    QVERIFY_THROWS_EXCEPTION(RecordsError, records::MatterService(carol).addSearch(m.id, QStringLiteral("x")));
    QVERIFY_THROWS_EXCEPTION(RecordsError, records::MatterService(carol).close(m.id, QStringLiteral("again")));
    QVERIFY_THROWS_EXCEPTION(RecordsError,
                             records::MatterReview(carol).tag(m.id, QStringLiteral("EXS-M-1"),
                                                              {QStringLiteral("relevant")}, std::nullopt, {}));
}

void TestMatters::productionNumbersAreNeverUsedTwice()
{
    const records::MatterInfo m = openWithSearch();
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    records::ProductionNumbers numbers(carol);
    const auto p1 = numbers.start(m.id, {QStringLiteral("/tmp/a"), QString(), QString(), 5, QStringLiteral("k1")});
    QCOMPARE(p1.firstNumber, 1);
    QCOMPARE(p1.prefix, QStringLiteral("MAT-1-"));
    QVERIFY(p1.anchorSeq > 0);
    const auto p2 =
        numbers.start(m.id, {QStringLiteral("/tmp/b"), QStringLiteral("ACME_"), QString(), 2, QStringLiteral("k2")});
    QCOMPARE(p2.firstNumber, 6); // after every number p1 reserved, even unused
    // p1 is not the last reservation: what it did not use stays reserved.
    QCOMPARE(numbers.complete(p1.id, 3, 2, QString(64, QLatin1Char('a'))).reserved, 5);
    // p2 is: what it did not use goes back.
    QCOMPARE(numbers.complete(p2.id, 1, 1, QString(64, QLatin1Char('b'))).reserved, 1);
    const auto p3 = numbers.start(m.id, {QStringLiteral("/tmp/c"), QString(), QString(), 4, QStringLiteral("k3")});
    QCOMPARE(p3.firstNumber, 7);
    QVERIFY_THROWS_EXCEPTION(RecordsError, numbers.complete(p2.id, 1, 1, QString(64, QLatin1Char('b'))));
    QVERIFY_THROWS_EXCEPTION(RecordsError, records::ProductionNumbers::checkedPrefix(QStringLiteral("a/b"), m.id));
    QVERIFY_THROWS_EXCEPTION(RecordsError, records::ProductionNumbers::checkedPrefix(QStringLiteral("a b"), m.id));
    QCOMPARE(records::ProductionNumbers::checkedPrefix(QStringLiteral("Ärzte-"), m.id), QStringLiteral("Ärzte-"));
}

void TestMatters::aStartAskedAgainWithItsKeyIsTheSameProduction()
{
    const records::MatterInfo m = openWithSearch();
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    records::ProductionNumbers numbers(carol);
    const records::ProductionRequest request{QStringLiteral("/tmp/a"), QString(), QString(), 4,
                                             QStringLiteral("key-1")};
    const auto first = numbers.start(m.id, request);
    const auto again = numbers.start(m.id, request);
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.anchorSeq, first.anchorSeq);
    QCOMPARE(again.anchorHash, first.anchorHash);
    QCOMPARE(m_f->count("SELECT count(*) FROM rec.productions"), 1);
}

void TestMatters::theRowsAreWhatTheirEntriesMakeThem()
{
    const records::MatterInfo m = openWithSearch();
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    records::MatterService(carol).addMember(m.id, QStringLiteral("ana"), QStringLiteral("agent on the case"));
    records::MatterService(carol).setWatch(m.id, 1, true);
    records::MatterReview(carol).tag(m.id, QStringLiteral("EXS-M-1"), {QStringLiteral("relevant")},
                                     QStringLiteral("two fees"), {});
    records::ProductionNumbers numbers(carol);
    const auto p = numbers.start(m.id, {QStringLiteral("/tmp/a"), QString(), QString(), 4, QStringLiteral("k")});
    numbers.complete(p.id, 4, 0, QString(64, QLatin1Char('c')));
    const QList<audit::StateProblem> problems = records::MatterReplay(m_f->writer).check();
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.constFirst().problem));
}

void TestMatters::aHandEditIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("object");
    QTest::newRow("a matter's title") << "UPDATE rec.matters SET title = 'Other'"
                                      << "matter MAT-1";
    QTest::newRow("a closed matter opened") << "UPDATE rec.matters SET state = 'open'"
                                            << "matter MAT-1";
    QTest::newRow("a matter's row deleted") << "DELETE FROM rec.matters"
                                            << "matter MAT-1";
    QTest::newRow("a review's tags") << "UPDATE rec.matter_items SET tags = '[\"escalate\"]' WHERE revision > 0"
                                     << "review of";
    QTest::newRow("a review on a letter never reviewed")
        << "UPDATE rec.matter_items SET tags = '[\"relevant\"]' WHERE comm_id = 'EXS-M-2'"
        << "review of";
    QTest::newRow("a review deleted") << "UPDATE rec.matter_items SET tags = '[]', reviewer = NULL, revision = 0, "
                                         "entry_seq = NULL, reviewed_at = NULL, note = NULL WHERE revision > 0"
                                      << "review of";
    QTest::newRow("a letter taken out of the review set") << "DELETE FROM rec.matter_items WHERE comm_id = 'EXS-M-3'"
                                                          << "review set";
    QTest::newRow("a letter put into the review set")
        << "INSERT INTO rec.matter_items(matter_id, comm_id, position) VALUES('MAT-1', 'EXS-M-6', 99)"
        << "review set";
    QTest::newRow("a frozen hit changed") << "UPDATE rec.matter_hits SET comm_id = 'EXS-M-6' WHERE ord = 0"
                                          << "search 1";
    QTest::newRow("a search's total") << "UPDATE rec.matter_searches SET total = 9"
                                      << "search";
    QTest::newRow("a member added") << "INSERT INTO rec.matter_members VALUES('MAT-1', 'mallory', 'carol', 1, 1)"
                                    << "member";
    QTest::newRow("a production's numbers") << "UPDATE rec.productions SET first_number = 1000"
                                            << "production";
}

void TestMatters::aHandEditIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(QString, object);
    const records::MatterInfo m = openWithSearch();
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    records::MatterReview(carol).tag(m.id, QStringLiteral("EXS-M-1"), {QStringLiteral("relevant")}, std::nullopt, {});
    records::ProductionNumbers(carol).start(m.id,
                                            {QStringLiteral("/tmp/a"), QString(), QString(), 4, QStringLiteral("k")});
    records::MatterService(carol).close(m.id, QStringLiteral("answered"));
    QVERIFY(records::MatterReplay(m_f->writer).check().isEmpty());
    // sqlite3 on the file, while nothing runs (its foreign keys are off unless asked for)
    m_f->writer.exec("PRAGMA foreign_keys = OFF");
    m_f->writer.exec(sql);
    m_f->writer.exec("PRAGMA foreign_keys = ON");
    const QList<audit::StateProblem> problems = records::MatterReplay(m_f->writer).check();
    QVERIFY2(!problems.isEmpty(), "a hand edit went unseen");
    QVERIFY2(problems.constFirst().object.contains(object),
             qPrintable(problems.constFirst().object + QStringLiteral(": ") + problems.constFirst().problem));
}

void TestMatters::auditVerifyNamesTheRowsNoEntryExplains()
{
    const records::MatterInfo m = openWithSearch();
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    records::LocalRecordsFolder folder(carol, m_f->data.path());
    records::LocalAuditRecords audit(folder);
    QVERIFY(audit.verifyAudit().ok);
    m_f->writer.exec("UPDATE rec.matters SET reason = 'edited'");
    const audit::VerifyResult v = audit.verifyAudit();
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, 0); // the chain itself is whole
    QCOMPARE(v.state.size(), 1);
    QVERIFY2(v.problem.contains(m.id), qPrintable(v.problem));
}

void TestMatters::aHoldNamesItsMatterById()
{
    const records::MatterInfo m = openWithSearch();
    const auto rita = m_f->as(QStringLiteral("rita"), Role::Records);
    records::HoldSpec spec{QStringLiteral("Litigation"),
                           QStringLiteral("Smith v. Bank"),
                           QStringLiteral("claim"),
                           {QStringLiteral("EXS-M-1")},
                           {},
                           {},
                           {}};
    QVERIFY_THROWS_EXCEPTION(RecordsError, records::HoldService(rita).create(spec));
    spec.matter = QStringLiteral("mat-1");
    QCOMPARE(records::HoldService(rita).create(spec).matter, m.id);
    QCOMPARE(records::MatterRegister(m_f->writer).holds(m.id).size(), 1);
}

void TestMatters::freeTextMattersOfOldHoldsAreCarriedOver()
{
    m_f->writer.exec("INSERT INTO rec.holds(id, name, matter, reason, created_by, created_at) VALUES "
                     "('HOLD-A', 'A', 'Smith v. Bank', 'litigation', 'rita', 1), "
                     "('HOLD-B', 'B', 'Smith v. Bank', 'litigation', 'rita', 2), "
                     "('HOLD-C', 'C', NULL, 'litigation', 'rita', 3)");
    const auto system = records::RecordsSession::system(m_f->writer, RecordsFixture::identity(QStringLiteral("rita")));
    QCOMPARE(records::MatterService(system).carryOverHoldMatters(), 1);
    QCOMPARE(records::MatterService(system).carryOverHoldMatters(), 0); // once
    const records::MatterRegister r(m_f->writer);
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().constFirst().title, QStringLiteral("Smith v. Bank"));
    QCOMPARE(r.holds(r.list().constFirst().id), (QStringList{QStringLiteral("HOLD-A"), QStringLiteral("HOLD-B")}));
    QVERIFY(records::MatterReplay(m_f->writer).check().isEmpty());
}

QTEST_GUILESS_MAIN(TestMatters)
#include "tst_matters.moc"
