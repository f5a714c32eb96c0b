#include "demo/demodropwriter.h"
#include "demo/demopdf.h"
#include "demodropindex.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QtConcurrent>

using namespace proofdesk::demo;

// The test binary doubles as a second process writing a drop: QHash seeds differ between
// processes, and that is exactly where nondeterminism (e.g. font order in PDFs) hides.
static const char kChildOutEnv[] = "PROOFDESK_DEMO_CHILD_OUT";
static const char kCountEnv[] = "PROOFDESK_DEMO_TEST_COUNT";

static int testCount()
{
    // PROOFDESK_DEMO_TEST_COUNT=2000 reproduces the numbers quoted for the default demo.
    const int fromEnv = qEnvironmentVariableIntValue(kCountEnv);
    return fromEnv > 0 ? fromEnv : 300;
}

static QHash<QString, QByteArray> readTree(const QString &dir)
{
    QHash<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(dir).relativeFilePath(file.fileName()), file.readAll());
    }
    return files;
}

static QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

static QString field(const QJsonObject &o, const char *name) { return o.value(QLatin1String(name)).toString(); }

class TestDemoDrop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedGivesIdenticalBytes_data();
    void sameSeedGivesIdenticalBytes();
    void differentSeedGivesDifferentDrop();
    void everyLineIsValidWithRequiredFields_data();
    void everyLineIsValidWithRequiredFields();
    void hasRequestedCountAndEveryTypeChannelAndUnit();
    void renditionsMatchTheirHashExceptTheDamagedOnes();
    void htmlRenditionsAreSelfContained();
    void pdfsOpenAndTheirTextNamesTheRecipient();
    void snapshotsMatchTheirHash();
    void plantedAnomaliesAreFindable();
    void laterTemplateLinesSupersedeEarlierOnes();
    void pdfCreationDateIsPinned_data();
    void pdfCreationDateIsPinned();
    void refusesAFolderThatIsNotADemoDrop();
    void replacesAnEarlierDemoDropButKeepsItsOutbox();
    void cancelStopsAndLeavesNothingBehind();
    void reportsProgressUpToTheTotal();
    void writesTheSameFromAWorkerThread();

private:
    QTemporaryDir m_dir;
    QString m_drop; // seed 1, testCount(): a read-only fixture for the checks below
    DemoDropIndex m_index;
};

void TestDemoDrop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_drop = m_dir.filePath(QStringLiteral("seed1"));
    QElapsedTimer timer;
    timer.start();
    const DemoResult result = writeDemoDrop(m_drop, {testCount(), 1});
    QVERIFY2(result.ok(), qPrintable(result.error));
    qInfo("wrote %d communications in %lld ms", result.communications, qint64(timer.elapsed()));
    QCOMPARE(result.communications, testCount());
    QCOMPARE(result.path, QDir(m_drop).absolutePath());
    QVERIFY(m_index.load(m_drop));
}

void TestDemoDrop::sameSeedGivesIdenticalBytes_data()
{
    QTest::addColumn<bool>("inChildProcess");
    QTest::newRow("again in this process") << false;
    QTest::newRow("in another process (other QHash seed)") << true;
}

void TestDemoDrop::sameSeedGivesIdenticalBytes()
{
    QFETCH(bool, inChildProcess);
    const QString again = m_dir.filePath(inChildProcess ? QStringLiteral("child") : QStringLiteral("again"));
    if (inChildProcess) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kChildOutEnv), again);
        env.insert(QLatin1String(kCountEnv), QString::number(testCount()));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(300000));
        QCOMPARE(child.exitCode(), 0);
    } else {
        QVERIFY(writeDemoDrop(again, {testCount(), 1}).ok());
    }
    const QHash<QString, QByteArray> first = readTree(m_drop);
    const QHash<QString, QByteArray> second = readTree(again);
    QCOMPARE(second.size(), first.size());
    int pdfs = 0;
    for (auto it = first.constBegin(); it != first.constEnd(); ++it) {
        QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" differs")));
        pdfs += it.key().endsWith(QLatin1String(".pdf"));
    }
    QVERIFY(pdfs > 10); // the hard case was really covered
}

void TestDemoDrop::differentSeedGivesDifferentDrop()
{
    const QString other = m_dir.filePath(QStringLiteral("seed2"));
    QVERIFY(writeDemoDrop(other, {testCount(), 2}).ok());
    DemoDropIndex index;
    QVERIFY(index.load(other));
    QCOMPARE(index.communications.size(), m_index.communications.size());
    int differing = 0;
    for (int i = 0; i < index.communications.size(); ++i)
        differing += index.communications[i].json != m_index.communications[i].json;
    QVERIFY(differing > index.communications.size() / 2);
    // The template library is shared by all runs, like a real one.
    QCOMPARE(index.templateLines.size(), m_index.templateLines.size());
}

void TestDemoDrop::everyLineIsValidWithRequiredFields_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("communications") << QStringLiteral("communications");
    QTest::newRow("templates") << QStringLiteral("templates");
    QTest::newRow("content blocks") << QStringLiteral("content-blocks");
    QTest::newRow("delivery events") << QStringLiteral("delivery");
    QTest::newRow("retention classes") << QStringLiteral("retention");
}

void TestDemoDrop::everyLineIsValidWithRequiredFields()
{
    QFETCH(QString, folder);
    QVERIFY2(m_index.parseErrors.isEmpty(), qPrintable(m_index.parseErrors.join(QLatin1Char('\n'))));
    const QList<DemoDropIndex::Line> *lines[] = {&m_index.communications, &m_index.templateLines, &m_index.blockLines,
                                                 &m_index.deliveryLines, &m_index.retentionLines};
    int checked = 0;
    for (const auto *list : lines) {
        for (const DemoDropIndex::Line &line : *list) {
            if (!line.file.startsWith(folder + QLatin1Char('/')))
                continue;
            const QString problem = checkDropLine(folder, line.json);
            QVERIFY2(problem.isEmpty(), qPrintable(line.file + QLatin1Char(':') + QString::number(line.number)
                                                   + QStringLiteral(": ") + problem));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
    QCOMPARE(field(m_index.dropJson, "format"), QStringLiteral("proofdesk-drop"));
    QCOMPARE(m_index.dropJson.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(field(m_index.dropJson, "source"), QStringLiteral("exstream-demo"));
    QCOMPARE(field(m_index.dropJson, "created"),
             QStringLiteral("2026-11-02T06:00:00Z")); // fixed, never "now"
}

void TestDemoDrop::hasRequestedCountAndEveryTypeChannelAndUnit()
{
    QCOMPARE(m_index.communications.size(), testCount());
    QSet<QString> ids, types, channels, units, languages, customers;
    for (const auto &line : m_index.communications) {
        ids.insert(field(line.json, "id"));
        types.insert(field(line.json, "type"));
        channels.insert(field(line.json, "channel"));
        units.insert(field(line.json, "business_unit"));
        languages.insert(field(line.json, "language"));
        customers.insert(field(line.json, "customer_id"));
    }
    QCOMPARE(ids.size(), testCount()); // unique ids
    QCOMPARE(types.size(), 19);
    QCOMPARE(channels, (QSet<QString>{QStringLiteral("print"), QStringLiteral("email"), QStringLiteral("web"),
                                      QStringLiteral("mobile"), QStringLiteral("sms")}));
    QCOMPARE(units,
             (QSet<QString>{QStringLiteral("retail-banking"), QStringLiteral("insurance"), QStringLiteral("lending")}));
    QVERIFY(languages.size() >= 4);
    QVERIFY(customers.size() < testCount() / 3); // customers have many communications each
}

void TestDemoDrop::renditionsMatchTheirHashExceptTheDamagedOnes()
{
    QSet<QString> damaged;
    for (const auto &line : m_index.communications) {
        const QJsonObject r = line.json.value(QStringLiteral("rendition")).toObject();
        QFile file(m_drop + QLatin1Char('/') + field(r, "path"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.size(), r.value(QStringLiteral("bytes")).toInteger()); // damage keeps the size
        if (sha256Of(bytes) != field(r, "sha256"))
            damaged.insert(field(r, "path"));
    }
    // One HTML and one PDF are damaged on purpose so the fixity check has work to do.
    QCOMPARE(damaged.size(), 2);
    QCOMPARE(damaged.values().filter(QStringLiteral(".pdf")).size(), 1);
}

void TestDemoDrop::htmlRenditionsAreSelfContained()
{
    int html = 0;
    for (const auto &line : m_index.communications) {
        const QJsonObject r = line.json.value(QStringLiteral("rendition")).toObject();
        if (field(r, "media_type") != QLatin1String("text/html"))
            continue;
        QFile file(m_drop + QLatin1Char('/') + field(r, "path"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        for (const char *banned : {"<script", "<img", "src=", "http://"})
            QVERIFY2(!page.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
        const QString name =
            line.json.value(QStringLiteral("recipient")).toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(page.contains(name.toHtmlEscaped()), qPrintable(name));
        ++html;
    }
    QVERIFY(html > 0);
}

void TestDemoDrop::pdfsOpenAndTheirTextNamesTheRecipient()
{
    int pdfs = 0, withoutText = 0;
    for (const auto &line : m_index.communications) {
        const QJsonObject r = line.json.value(QStringLiteral("rendition")).toObject();
        if (field(r, "media_type") != QLatin1String("application/pdf"))
            continue;
        QPdfDocument pdf;
        QCOMPARE(pdf.load(m_drop + QLatin1Char('/') + field(r, "path")), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), r.value(QStringLiteral("pages")).toInt());
        QVERIFY(pdf.pageCount() >= 1 && pdf.pageCount() <= 2);
        const QString text = pdf.getAllText(0).text().simplified();
        const QString name =
            line.json.value(QStringLiteral("recipient")).toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(text.contains(name), qPrintable(field(line.json, "id") + QStringLiteral(": ") + name));
        QVERIFY(text.contains(field(line.json, "customer_id")));
        withoutText += !line.json.contains(QStringLiteral("text"));
        ++pdfs;
    }
    QVERIFY(pdfs > 20);
    QVERIFY2(withoutText > 0 && withoutText < pdfs / 4, "about one letter in ten leaves text extraction to Proofdesk");
}

void TestDemoDrop::snapshotsMatchTheirHash()
{
    QSet<QString> checked;
    for (const auto &line : m_index.communications) {
        const QJsonObject s = line.json.value(QStringLiteral("snapshot")).toObject();
        if (checked.contains(field(s, "path")))
            continue;
        QFile file(m_drop + QLatin1Char('/') + field(s, "path"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QCOMPARE(sha256Of(file.readAll()), field(s, "sha256"));
        checked.insert(field(s, "path"));
    }
    QVERIFY(checked.size() > 10);
}

void TestDemoDrop::plantedAnomaliesAreFindable()
{
    const DemoFindings f = computeFindings(m_index);
    int extraFields = 0;
    for (const auto &line : m_index.communications)
        extraFields += line.json.contains(QStringLiteral("exs_job"));
    qInfo("count %d: unapproved_template %lld, retired_block %lld, undelivered %lld, retention_overdue %lld, "
          "linked reissues %lld, events before communication %lld, records with unknown fields %d",
          testCount(), qint64(f.unapprovedTemplate.size()), qint64(f.retiredBlock.size()), qint64(f.undelivered.size()),
          qint64(f.retentionOverdue.size()), qint64(f.linkedReissues.size()),
          qint64(f.eventsBeforeCommunication.size()), extraFields);
    QVERIFY(!f.unapprovedTemplate.isEmpty());
    QVERIFY(f.unapprovedTemplate.size() <= testCount() / 50); // a few, not a flood
    QVERIFY(!f.retiredBlock.isEmpty());
    QVERIFY(f.retiredBlock.size() <= testCount() / 50);
    QVERIFY(!f.undelivered.isEmpty());
    QVERIFY(!f.retentionOverdue.isEmpty());
    QVERIFY(!f.linkedReissues.isEmpty());
    QVERIFY(!f.eventsBeforeCommunication.isEmpty());
}

void TestDemoDrop::laterTemplateLinesSupersedeEarlierOnes()
{
    QHash<QString, QStringList> statuses; // key -> statuses in file order
    for (const auto &line : m_index.templateLines)
        statuses[field(line.json, "template_id") + QLatin1Char('/') + field(line.json, "version")].append(
            field(line.json, "status"));
    int superseded = 0, neverApproved = 0;
    for (const QStringList &s : std::as_const(statuses)) {
        superseded += s.size() == 2 && s.first() == QLatin1String("approved") && s.last() != QLatin1String("approved");
        neverApproved +=
            s.size() == 1 && (s.first() == QLatin1String("draft") || s.first() == QLatin1String("in_review"));
    }
    QVERIFY(superseded > 10);
    QVERIFY(neverApproved > 0);
    for (const QString &id : {QStringLiteral("TPL-STMT-MONTHLY"), QStringLiteral("TPL-CLAIM-ACK")}) {
        int versions = 0;
        for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
            versions += it.key().startsWith(id + QLatin1Char('/'));
        QVERIFY(versions >= 3 && versions <= 6);
    }
}

void TestDemoDrop::pdfCreationDateIsPinned_data()
{
    QTest::addColumn<QByteArray>("stamp");
    QTest::newRow("UTC clock") << QByteArray("D:20261122014640Z");
    QTest::newRow("clock with offset") << QByteArray("D:20261122014640+01'00'");
}

void TestDemoDrop::pdfCreationDateIsPinned()
{
    QFETCH(QByteArray, stamp);
    QByteArray pdf = "%PDF-1.4\n1 0 obj\n<<\n/CreationDate (" + stamp + ")\n>>\nendobj\n";
    const qsizetype size = pdf.size();
    const qint64 at = QDateTime(QDate(2026, 10, 3), QTime(9, 12, 44), QTimeZone::utc()).toMSecsSinceEpoch();
    QVERIFY(pinPdfCreationDate(pdf, at));
    QCOMPARE(pdf.size(), size); // xref offsets stay valid
    QVERIFY(pdf.contains("(D:20261003091244"));
    QByteArray noDate = "%PDF-1.4\n";
    QVERIFY(!pinPdfCreationDate(noDate, at));
}

void TestDemoDrop::refusesAFolderThatIsNotADemoDrop()
{
    const QString folder = m_dir.filePath(QStringLiteral("foreign"));
    QVERIFY(QDir().mkpath(folder));
    QFile other(folder + QStringLiteral("/thesis.odt"));
    QVERIFY(other.open(QIODevice::WriteOnly) && other.write("precious") == 8);
    other.close();
    const DemoResult result = writeDemoDrop(folder, {50, 1});
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("not empty")), qPrintable(result.error));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("thesis.odt")});
}

void TestDemoDrop::replacesAnEarlierDemoDropButKeepsItsOutbox()
{
    const QString folder = m_dir.filePath(QStringLiteral("rerun"));
    QVERIFY(writeDemoDrop(folder, {120, 5}).ok());
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/outbox/reissue")));
    QFile request(folder + QStringLiteral("/outbox/reissue/REQ-1.json"));
    QVERIFY(request.open(QIODevice::WriteOnly) && request.write("{}") == 2);
    request.close();
    const DemoResult result = writeDemoDrop(folder, {60, 5});
    QVERIFY2(result.ok(), qPrintable(result.error));
    DemoDropIndex index;
    QVERIFY(index.load(folder));
    QCOMPARE(index.communications.size(), 60); // nothing left over from the larger run
    QVERIFY(QFile::exists(request.fileName()));
}

void TestDemoDrop::cancelStopsAndLeavesNothingBehind()
{
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    int polls = 0;
    const DemoResult result = writeDemoDrop(folder, {400, 1}, {}, [&polls] { return ++polls > 50; });
    QCOMPARE(result.error, QStringLiteral("cancelled"));
    QCOMPARE(result.communications, 0);
    QVERIFY(!QFileInfo::exists(folder)); // it made the folder, so it took it away again
}

void TestDemoDrop::reportsProgressUpToTheTotal()
{
    QList<QPair<int, int>> calls;
    const DemoResult result =
        writeDemoDrop(m_dir.filePath(QStringLiteral("progress")), {80, 3}, [&calls](int done, int total) {
            calls.append({done, total});
        });
    QVERIFY(result.ok());
    QVERIFY(calls.size() >= 3);
    QCOMPARE(calls.first(), qMakePair(0, 80));
    QCOMPARE(calls.last(), qMakePair(80, 80));
    for (int i = 1; i < calls.size(); ++i)
        QVERIFY(calls[i].first > calls[i - 1].first);
}

void TestDemoDrop::writesTheSameFromAWorkerThread()
{
    // The desktop's first run writes the demo off the GUI thread (fonts, QPdfWriter and all).
    const QString here = m_dir.filePath(QStringLiteral("thread-main"));
    const QString there = m_dir.filePath(QStringLiteral("thread-worker"));
    QVERIFY(writeDemoDrop(here, {60, 4}).ok());
    QFuture<DemoResult> future = QtConcurrent::run([there] { return writeDemoDrop(there, {60, 4}); });
    future.waitForFinished();
    QVERIFY2(future.result().ok(), qPrintable(future.result().error));
    QVERIFY(readTree(there) == readTree(here));
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QPdfWriter needs fonts, so a GUI application
    const QString childOut = qEnvironmentVariable(kChildOutEnv);
    if (!childOut.isEmpty())
        return writeDemoDrop(childOut, {testCount(), 1}).ok() ? 0 : 1;
    TestDemoDrop test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demodrop.moc"
