// What the records views and the findings say reads as words in the reader's language (#29):
// types and channels by their labels (never `service_confirmation` or `email`), dates in the
// locale's pattern instead of a preposition ("LOGIN auf 2026-11-24"), and no English status
// word left inside a German finding.
#include "compliance/complianceformat.h"
#include "itemmodels/records/dispositionmodel.h"
#include "itemmodels/records/reissuequeuemodel.h"
#include "languages.h"
#include "util/readerdates.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace proofdesk;
using itemmodels::DispositionModel;
using itemmodels::ReissueQueueModel;

class TestRecordsLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void dispositionReviewShowsLabelsAndLocaleDates_data();
    void dispositionReviewShowsLabelsAndLocaleDates();
    void reissueQueueNamesChannelsAndDatesByPattern();
    void findingWordsAreTranslated_data();
    void findingWordsAreTranslated();

private:
    void speak(const QString &language) { m_languages.speak(language); }
    Languages m_languages;
};

void TestRecordsLabels::initTestCase() { m_languages.load(); }

void TestRecordsLabels::cleanup() { speak(QString()); }

namespace {

qint64 ms(const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch(); }

} // namespace

void TestRecordsLabels::dispositionReviewShowsLabelsAndLocaleDates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("type");
    QTest::newRow("English") << QString() << QStringLiteral("Service confirmation");
    QTest::newRow("German") << QStringLiteral("de") << QString();
    QTest::newRow("French") << QStringLiteral("fr") << QString();
}

void TestRecordsLabels::dispositionReviewShowsLabelsAndLocaleDates()
{
    QFETCH(QString, language);
    QFETCH(QString, type);
    speak(language);
    DispositionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    records::EligibleItem item;
    item.id = QStringLiteral("EXS-1");
    item.type = QStringLiteral("service_confirmation");
    item.retentionClass = QStringLiteral("SVC-1Y");
    item.years = 1;
    item.triggerAt = ms("2024-03-01T12:00:00Z");
    item.eligibleAt = ms("2025-03-01T12:00:00Z");
    item.reason = QStringLiteral("SVC-1Y: 1 year from 2024-03-01 ended 2025-03-01; under no active hold");
    model.setRows({item});
    const QString shownType = model.index(0, DispositionModel::Type).data().toString();
    QVERIFY2(!shownType.contains(QLatin1Char('_')), qPrintable(shownType));
    if (!type.isEmpty())
        QCOMPARE(shownType, type);
    const QString day = util::readerDate(QDate(2025, 3, 1));
    QCOMPARE(model.index(0, DispositionModel::Eligible).data().toString(), day);
    const QString reason = model.index(0, DispositionModel::Reason).data().toString();
    QVERIFY2(reason.contains(day) && !reason.contains(QLatin1String("2025-03-01")), qPrintable(reason));
    if (!language.isEmpty())
        QVERIFY2(!reason.contains(QLatin1String("ended")), qPrintable(reason));
}

void TestRecordsLabels::reissueQueueNamesChannelsAndDatesByPattern()
{
    speak(QStringLiteral("de"));
    ReissueQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    records::ReissueRequest r;
    r.id = QStringLiteral("REQ-1");
    r.communicationId = QStringLiteral("EXS-1");
    r.mode = QStringLiteral("resend");
    r.channel = QStringLiteral("email");
    r.destination = QStringLiteral("ana@example.org");
    r.originalChannel = QStringLiteral("print");
    r.status = QStringLiteral("approved");
    r.approvedBy = QStringLiteral("LOGIN");
    r.approvedAt = ms("2026-11-24T10:04:00Z");
    r.requestedAt = ms("2026-11-20T08:00:00Z");
    model.setRows({r});
    // Requested and decided in one pattern, the reader's, as every view (#41, #64 item 6).
    const QString requested = model.index(0, ReissueQueueModel::Requested).data().toString();
    QVERIFY2(requested.contains(util::readerDate(QDate(2026, 11, 20))), qPrintable(requested));
    const QString destination = model.index(0, ReissueQueueModel::Destination).data().toString();
    QVERIFY2(destination.startsWith(QLatin1String("E-Mail")) || destination.startsWith(QLatin1String("Email")),
             qPrintable(destination));
    QVERIFY2(!destination.startsWith(QLatin1String("email")), qPrintable(destination));
    const QString decision = model.index(0, ReissueQueueModel::Decision).data().toString();
    QVERIFY2(!decision.contains(QLatin1String(" auf ")) && !decision.contains(QLatin1String(" on ")),
             qPrintable(decision));
    QVERIFY2(decision.contains(util::readerDate(QDate(2026, 11, 24))), qPrintable(decision));
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString(); // its channel a label too
    QVERIFY2(!tip.contains(QLatin1String(" print ")) && !tip.endsWith(QLatin1String(" print")), qPrintable(tip));
}

void TestRecordsLabels::findingWordsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestRecordsLabels::findingWordsAreTranslated()
{
    QFETCH(QString, language);
    speak(QString());
    QCOMPARE(compliance::sentenceWord(QStringLiteral("bounced")), QStringLiteral("bounced")); // the CLI's English
    speak(language);
    for (const char *code : {"bounced", "returned", "failed", "resend", "regenerate", "pending_approval", "queued"}) {
        const QString word = compliance::sentenceWord(QLatin1String(code));
        QVERIFY2(!word.isEmpty() && word != QLatin1String(code) && !word.contains(QLatin1Char('_')), code);
    }
    QCOMPARE(compliance::sentenceWord(QStringLiteral("a_code_of_tomorrow")), QStringLiteral("a_code_of_tomorrow"));
}

QTEST_MAIN(TestRecordsLabels)
#include "tst_recordslabels.moc"
