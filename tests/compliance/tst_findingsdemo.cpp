// The demo archive's planted anomalies (seed 1, 800 communications), cross-checked against
// tests/demo's independent reading of the drop: the same ids for every kind.
#include "compliance/findingsengine.h"
#include "datafolder/datafolder.h"
#include "demo/demodropwriter.h"
#include "demodropindex.h"
#include "sync/dropimport.h"
#include "tempdatafolder.h"

#include <QTest>

using namespace proofdesk;
using compliance::FindingKind;

class TestFindingsDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsExactlyThePlantedAnomalies_data();
    void findsExactlyThePlantedAnomalies();

private:
    QTemporaryDir m_drop;
    TempDataFolder m_data;
    DemoDropIndex m_index;
    compliance::FindingsReport m_report;
};

void TestFindingsDemo::initTestCase()
{
    demo::writeDemoDrop(m_drop.path(), {800, 1});
    QVERIFY(m_index.load(m_drop.path()));
    datafolder::DataFolder folder(m_data.path());
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    QVERIFY(sync::importDrop(writer, folder.contentStore(), m_drop.path()).report.ok());
    compliance::FindingOptions options;
    options.now = demoTime(m_index.dropJson.value(QStringLiteral("created"))); // the demo's "today"
    m_report = compliance::FindingsEngine(writer).run(QString(), options);
    QVERIFY2(m_report.error.isEmpty(), qPrintable(m_report.error));
}

void TestFindingsDemo::findsExactlyThePlantedAnomalies_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected");
    const DemoFindings f = computeFindings(m_index);
    QTest::newRow("unapproved_template") << int(FindingKind::UnapprovedTemplate) << f.unapprovedTemplate;
    QTest::newRow("retired_block") << int(FindingKind::RetiredBlock) << f.retiredBlock;
    QTest::newRow("undelivered") << int(FindingKind::Undelivered) << f.undelivered;
    QTest::newRow("retention_overdue") << int(FindingKind::RetentionOverdue) << f.retentionOverdue;
    QTest::newRow("reissue_unfulfilled") << int(FindingKind::ReissueUnfulfilled) << QStringList();
}

void TestFindingsDemo::findsExactlyThePlantedAnomalies()
{
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    // Every kind the demo plants has some at this size: no row compares two empty lists.
    if (FindingKind(kind) != FindingKind::ReissueUnfulfilled)
        QVERIFY(!expected.isEmpty());
    QStringList found;
    for (const auto &finding : m_report.findings) {
        if (finding.kind == FindingKind(kind))
            found << finding.commId;
    }
    found.sort();
    expected.sort();
    qInfo("%s: %lld", qPrintable(compliance::kindName(FindingKind(kind))), qint64(found.size()));
    QCOMPARE(found, expected);
}

QTEST_MAIN(TestFindingsDemo)
#include "tst_findingsdemo.moc"
