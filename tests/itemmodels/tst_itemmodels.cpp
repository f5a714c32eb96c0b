// The small item models and helpers: saved searches, delivery timeline, metadata,
// template versions, side-by-side diff, CSV export (its fields: tst_csv).
#include "cachefixture.h"
#include "itemmodels/csvexporter.h"
#include "itemmodels/deliveryeventsmodel.h"
#include "itemmodels/diffmodel.h"
#include "itemmodels/metadatamodel.h"
#include "itemmodels/savedsearchesmodel.h"
#include "itemmodels/templateversionsmodel.h"
#include "itemmodels/textdiff.h"
#include "util/readerdates.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace proofdesk::itemmodels;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void savedSearchesPersistAcrossInstances();
    void savedSearchesAreSeededOnlyOnce();
    void deliveryEventsKeepTheirOrder();
    void datesReadInTheReadersPattern_data();
    void datesReadInTheReadersPattern();
    void metadataRowsOfKeysCarryTheirSearch();
    void codesReadAsLabels_data();
    void codesReadAsLabels();
    void templateHistoryListsVersionsWithApprovals();
    void diffPairsChangedLinesAndCountsThem();
    void diffModelMarksRemovedAndAddedRows();
    void csvExportWritesEveryRowInOrder();
};

void TestItemModels::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_itemmodels"));
}

void TestItemModels::init() { QSettings().clear(); }

void TestItemModels::savedSearchesPersistAcrossInstances()
{
    {
        SavedSearchesModel model(QStringLiteral("saved"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add(QStringLiteral("Bounced"), QStringLiteral("status:bounced"));
        model.add(QString(), QStringLiteral("hold:any"));
        QVERIFY(model.setData(model.index(1), QStringLiteral("Held"), Qt::EditRole));
        model.add(QStringLiteral("Gone"), QStringLiteral("x"));
        QVERIFY(model.remove(2));
    }
    SavedSearchesModel again(QStringLiteral("saved"));
    QCOMPARE(again.rowCount(), 2);
    QCOMPARE(again.nameAt(1), QStringLiteral("Held"));
    QCOMPARE(again.queryAt(1), QStringLiteral("hold:any"));
    QCOMPARE(again.data(again.index(0), SavedSearchesModel::QueryRole).toString(), QStringLiteral("status:bounced"));
}

void TestItemModels::savedSearchesAreSeededOnlyOnce()
{
    {
        SavedSearchesModel model(QStringLiteral("saved"));
        model.seedIfNeverSaved({{"test", "A", QStringLiteral("a")}});
        QCOMPARE(model.rowCount(), 1);
        model.remove(0);
    }
    SavedSearchesModel again(QStringLiteral("saved"));
    again.seedIfNeverSaved({{"test", "A", QStringLiteral("a")}});
    QCOMPARE(again.rowCount(), 0); // the user emptied the list: it stays empty
}

void TestItemModels::deliveryEventsKeepTheirOrder()
{
    DeliveryEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray events{QJsonObject{{QStringLiteral("event"), QStringLiteral("sent")},
                                  {QStringLiteral("at"), QStringLiteral("2026-10-03T09:00:00Z")}},
                      QJsonObject{{QStringLiteral("event"), QStringLiteral("bounced")},
                                  {QStringLiteral("at"), QStringLiteral("2026-10-03T09:12:44Z")},
                                  {QStringLiteral("detail"), QStringLiteral("550")}}};
    model.setEvents(events);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, DeliveryEventsModel::EventColumn).data().toString(), QStringLiteral("Bounced"));
    QCOMPARE(model.index(1, DeliveryEventsModel::TimeColumn).data().toString(),
             proofdesk::util::readerDateTime(QDateTime(QDate(2026, 10, 3), QTime(9, 12, 44), QTimeZone::utc()), true)
                 + QStringLiteral(" UTC"));
    QCOMPARE(model.index(1, DeliveryEventsModel::DetailColumn).data().toString(), QStringLiteral("550"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::metadataRowsOfKeysCarryTheirSearch()
{
    MetadataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord(QJsonObject{{QStringLiteral("id"), QStringLiteral("EXS-1")},
                                {QStringLiteral("customer_id"), QStringLiteral("CUST-1")},
                                {QStringLiteral("campaign"), QStringLiteral("Autumn fees 2026")},
                                {QStringLiteral("x_unknown"), QStringLiteral("kept")}});
    QStringList queries;
    QStringList labels;
    for (int r = 0; r < model.rowCount(); ++r) {
        labels << model.index(r, 0).data().toString();
        queries << model.index(r, 0).data(MetadataModel::QueryRole).toString();
    }
    QVERIFY(queries.contains(QStringLiteral("customer:CUST-1")));
    QVERIFY(queries.contains(QStringLiteral("campaign:\"Autumn fees 2026\"")));
    QVERIFY(labels.contains(QStringLiteral("x_unknown")));
}

void TestItemModels::codesReadAsLabels_data()
{
    // The same label in every model a person reads: details and the delivery timeline.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::newRow("type") << QStringLiteral("type") << QStringLiteral("claim_acknowledgement")
                          << QStringLiteral("Claim acknowledgement");
    QTest::newRow("unknown type") << QStringLiteral("type") << QStringLiteral("hardship_review_letter")
                                  << QStringLiteral("Hardship review letter");
    QTest::newRow("channel") << QStringLiteral("channel") << QStringLiteral("sms") << QStringLiteral("SMS");
    QTest::newRow("origin") << QStringLiteral("origin") << QStringLiteral("regeneration")
                            << QStringLiteral("Regeneration");
}

void TestItemModels::codesReadAsLabels()
{
    QFETCH(QString, field);
    QFETCH(QString, code);
    QFETCH(QString, label);
    MetadataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecord(QJsonObject{{QStringLiteral("id"), QStringLiteral("EXS-1")}, {field, code}});
    const QString query = MetadataModel::fieldQuery(field, code);
    int found = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(MetadataModel::QueryRole).toString() == query)
            found = r;
    }
    QVERIFY2(found >= 0, qPrintable(query)); // the search keeps the code
    QCOMPARE(model.index(found, MetadataModel::ValueColumn).data().toString(), label);
    if (field == QLatin1String("channel")) {
        DeliveryEventsModel events;
        QAbstractItemModelTester eventsTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        events.setEvents({QJsonObject{{QStringLiteral("event"), QStringLiteral("delivered")},
                                      {QStringLiteral("at"), QStringLiteral("2026-10-03T09:00:00Z")},
                                      {QStringLiteral("channel"), code}}});
        QCOMPARE(events.index(0, DeliveryEventsModel::ChannelColumn).data().toString(), label);
    }
}

void TestItemModels::templateHistoryListsVersionsWithApprovals()
{
    CacheFixture cache(6);
    TemplateVersionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    bool done = false;
    loadTemplateHistory(cache.databasePath(), QStringLiteral("TPL-STMT"), this, [&](TemplateHistory h) {
        model.setHistory(h);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TemplateVersionsModel::StatusColumn).data().toString(), QStringLiteral("superseded"));
    QVERIFY(model.index(1, TemplateVersionsModel::ApprovalsColumn).data().toString().contains(QStringLiteral("a.ng")));
    QCOMPARE(model.index(1, TemplateVersionsModel::CommunicationsColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.rowOfVersion(QStringLiteral("2")), 1);
}

void TestItemModels::diffPairsChangedLinesAndCountsThem()
{
    const auto lines = sideBySideDiff(QStringLiteral("a\nb\nc\nd"), QStringLiteral("a\nB\nc\nd\ne"));
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(1).kind, DiffLine::Kind::Changed);
    QCOMPARE(lines.at(1).left, QStringLiteral("b"));
    QCOMPARE(lines.at(1).right, QStringLiteral("B"));
    QCOMPARE(lines.at(4).kind, DiffLine::Kind::Added);
    QCOMPARE(lines.at(4).rightNumber, 5);
    QCOMPARE(lines.at(4).leftNumber, 0);
    QCOMPARE(sideBySideDiff(QStringLiteral("x"), QStringLiteral("x")).constFirst().kind, DiffLine::Kind::Same);
}

void TestItemModels::diffModelMarksRemovedAndAddedRows()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTexts(QStringLiteral("keep\ngone\nkeep too"), QStringLiteral("keep\nkeep too\nnew one"));
    QCOMPARE(model.removedCount(), 1);
    QCOMPARE(model.addedCount(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1, DiffModel::LeftTextColumn).data().toString(), QStringLiteral("gone"));
    QCOMPARE(model.index(1, DiffModel::LeftTextColumn).data(DiffModel::KindRole).toInt(), int(DiffLine::Kind::Removed));
    QVERIFY(model.index(1, DiffModel::LeftTextColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, DiffModel::LeftTextColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(3, DiffModel::RightTextColumn).data().toString(), QStringLiteral("new one"));
}

void TestItemModels::csvExportWritesEveryRowInOrder()
{
    CacheFixture cache(1200);
    QList<qint64> rowIds;
    for (qint64 id = 1200; id >= 1; --id)
        rowIds << id;
    const QString path = cache.data.filePath(QStringLiteral("out.csv"));
    CsvExporter exporter(cache.databasePath());
    QSignalSpy finished(&exporter, &CsvExporter::finished);
    QSignalSpy progress(&exporter, &CsvExporter::progress);
    exporter.start(rowIds, path);
    // Emitted from the exporter's thread, maybe before a wait() would start: wait() would miss it.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QVERIFY(finished.constFirst().at(0).toBool());
    QCOMPARE(finished.constFirst().at(2).toLongLong(), 1200);
    QVERIFY(progress.size() >= 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 1 + 1200 + 1); // header, rows, the empty rest after the last line end
    QVERIFY(lines.at(1).startsWith(CacheFixture::idFor(1199).toUtf8()));
}

// Issue #64 item 6: one pattern for dates in every view, the reader's locale's, its year in
// four digits (en_US wrote 1/2/24 in Disposition beside ISO elsewhere).
void TestItemModels::datesReadInTheReadersPattern_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("withSeconds");
    QTest::newRow("en_US") << "en_US"
                           << "1/2/2024"
                           << "1/2/2024 5:29:07 PM";
    QTest::newRow("de_DE") << "de_DE"
                           << "02.01.2024"
                           << "02.01.2024 17:29:07";
    QTest::newRow("fr_FR") << "fr_FR"
                           << "02/01/2024"
                           << "02/01/2024 17:29:07";
}

void TestItemModels::datesReadInTheReadersPattern()
{
    QFETCH(QString, locale);
    QFETCH(QString, date);
    QFETCH(QString, withSeconds);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const QDateTime at(QDate(2024, 1, 2), QTime(17, 29, 7), QTimeZone::utc());
    const QString shownDate = proofdesk::util::readerDate(at.date());
    const QString shown = proofdesk::util::readerDateTime(at, true);
    QLocale::setDefault(before);
    QCOMPARE(shownDate, date);
    QCOMPARE(QString(shown).replace(QChar(0x202F), QLatin1Char(' ')), withSeconds); // CLDR's narrow space before PM
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
