// Reasons in the audit trail are language-neutral (#29): a code with its parameters, stored
// the same whatever language the person's window speaks, and rendered in the reader's
// language; a reason written before (free text) or typed by a person is shown as stored.
#include "audit/auditreason.h"
#include "languages.h"
#include "records/recordserror.h"
#include "records/reissueservice.h"
#include "recordsfixture.h"

using namespace proofdesk;
using namespace proofdesk::records;

class TestAuditReasons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void theSameActStoresTheSameReasonInEveryLanguage();
    void aCodedReasonIsReadInTheReadersLanguage_data();
    void aCodedReasonIsReadInTheReadersLanguage();
    void otherReasonsAreShownAsStored_data();
    void otherReasonsAreShownAsStored();

private:
    // The reasons one person's acts leave, in order, with the window speaking `language`.
    QStringList reasonsOfTheSameActs(const QString &language, QString *refusalShown);
    void speak(const QString &language) { m_languages.speak(language); }

    Languages m_languages;
};

void TestAuditReasons::initTestCase() { m_languages.load(); }

void TestAuditReasons::cleanup() { speak(QString()); }

QStringList TestAuditReasons::reasonsOfTheSameActs(const QString &language, QString *refusalShown)
{
    speak(language);
    RecordsFixture f;
    f.addCommunication(QStringLiteral("EXS-1"), QStringLiteral("2026-10-01T09:00:00Z"));
    f.import();
    const RecordsSession agent = f.as(QStringLiteral("alice"), Role::Agent);
    ReissueSpec resend{QStringLiteral("EXS-1"), QStringLiteral("resend"), QStringLiteral("lost in the post"), {}, {}};
    ReissueService(agent).request(resend); // submitted, needs no approval, queued
    try {
        agent.require(Action::ApplyHold, QStringLiteral("communication"), QStringLiteral("EXS-1"));
    } catch (const RecordsError &e) {
        *refusalShown = e.message();
    }
    try {
        RecordsSession::open(f.writer, RecordsFixture::identity(QStringLiteral("alice")), Role::Admin);
    } catch (const RecordsError &) {
    }
    QStringList reasons;
    cache::Statement st = f.writer.prepare("SELECT action || ' ' || outcome || ' ' || coalesce(reason, '') "
                                           "FROM rec.audit_entries WHERE user = 'alice' AND action <> 'role.grant' "
                                           "ORDER BY seq"); // not the fixture's grant
    while (st.step())
        reasons << st.columnText(0);
    return reasons;
}

void TestAuditReasons::theSameActStoresTheSameReasonInEveryLanguage()
{
    QString english, german, french;
    const QStringList inEnglish = reasonsOfTheSameActs(QString(), &english);
    const QStringList inGerman = reasonsOfTheSameActs(QStringLiteral("de"), &german);
    const QStringList inFrench = reasonsOfTheSameActs(QStringLiteral("fr"), &french);
    QCOMPARE(inGerman, inEnglish);
    QCOMPARE(inFrench, inEnglish);
    // request (the person's words), submit, queue, the refused hold, the refused role.
    QCOMPARE(inEnglish.size(), 5);
    QCOMPARE(inEnglish.at(0), QStringLiteral("reissue.request done lost in the post"));
    for (int i = 1; i < inEnglish.size(); ++i) {
        const QString reason = inEnglish.at(i).section(QLatin1Char(' '), 2);
        QVERIFY2(audit::isCodedReason(reason), qPrintable(inEnglish.at(i)));
    }
    QVERIFY2(inEnglish.at(2).contains(QLatin1String("\"code\":\"reissue.waiting_in_outbox\"")),
             qPrintable(inEnglish.at(2)));
    // What the person was told is in their language, and the same fact.
    QVERIFY2(english.startsWith(QLatin1String("alice is not permitted in the agent role")), qPrintable(english));
    QVERIFY2(german != english && german.contains(QLatin1String("alice")), qPrintable(german));
    QVERIFY2(french != english && french.contains(QLatin1String("alice")), qPrintable(french));
}

void TestAuditReasons::aCodedReasonIsReadInTheReadersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("shown");
    QTest::newRow("English") << QString() << QStringLiteral("waiting in the outbox for the repository");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("wartet im Postausgang auf das Repository");
}

void TestAuditReasons::aCodedReasonIsReadInTheReadersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, shown);
    const QString stored = audit::AuditReason("reissue.waiting_in_outbox").stored();
    speak(language);
    QCOMPARE(audit::renderReason(stored), shown);
    // Nested phrases and lists follow the reader's language too.
    const QString refusal =
        audit::AuditReason("role.not_permitted", {QStringLiteral("alice"), QStringLiteral("agent"),
                                                  audit::AuditReason::phrase("phrase.hold.apply"),
                                                  QJsonArray{QStringLiteral("records"), QStringLiteral("compliance")}})
            .stored();
    const QString text = audit::renderReason(refusal);
    if (language.isEmpty())
        QCOMPARE(text, QStringLiteral("alice is not permitted in the agent role: applying or changing a legal hold "
                                      "needs the records or compliance role. Switch role if you have it, or ask "
                                      "someone who does."));
    else
        QVERIFY2(!text.contains(QLatin1String("applying")) && !text.contains(QLatin1String(" or ")), qPrintable(text));
}

void TestAuditReasons::otherReasonsAreShownAsStored_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("a reason written in German before reasons were coded")
        << QStringLiteral("wartet im Postausgang auf das Repository");
    QTest::newRow("a person's words") << QStringLiteral("customer called twice");
    QTest::newRow("JSON a person typed") << QStringLiteral("{\"code\": 42}");
    QTest::newRow("a code this build does not know") << QStringLiteral("{\"code\":\"from.a.newer.build\"}");
    QTest::newRow("extra keys") << QStringLiteral("{\"args\":[],\"code\":\"none\",\"more\":1}");
    QTest::newRow("empty") << QString();
}

void TestAuditReasons::otherReasonsAreShownAsStored()
{
    QFETCH(QString, stored);
    QVERIFY(!audit::isCodedReason(stored));
    QCOMPARE(audit::renderReason(stored), stored);
}

QTEST_MAIN(TestAuditReasons)
#include "tst_auditreasons.moc"
