// proofdesk-cli findings and evidence end to end: JSON shapes and exit codes.
#include "clirunner.h"
#include "dropbuilder.h"
#include "tempdatafolder.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

CliRun cli(const QString &dataDir, const QStringList &args) { return runCli(dataDir, args); }

const QStringList kKinds = {QStringLiteral("unapproved_template"), QStringLiteral("retired_block"),
                            QStringLiteral("undelivered"),         QStringLiteral("fixity_failed"),
                            QStringLiteral("retention_overdue"),   QStringLiteral("reissue_unfulfilled")};

} // namespace

class TestCliCompliance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findingsPrintsKindsIdsAndDetailsAndExitsOne();
    void findingsOverAQueryStayInsideIt();
    void badQueryIsUsageError();
    void cleanCacheExitsZero();
    void evidenceWritesAVerifiableZip();
    void evidenceForUnknownIdExitsOne();
    void auditReportIsWrittenWithItsEntry_data();
    void auditReportIsWrittenWithItsEntry();
    void auditReportThatCannotBeWrittenRecordsNothing();

private:
    QTemporaryDir m_work;
    QString m_data;
};

void TestCliCompliance::initTestCase()
{
    m_data = m_work.filePath(QStringLiteral("data"));
    const QString drop = m_work.filePath(QStringLiteral("drop"));
    QCOMPARE(cli(m_data, {QStringLiteral("demo"), QStringLiteral("--out"), drop, QStringLiteral("--count"),
                          QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("1")})
                 .exitCode,
             0);
    const CliRun import = cli(m_data, {QStringLiteral("import"), drop, QStringLiteral("--json")});
    QVERIFY2(import.exitCode == 0 || import.exitCode == 1, import.err.constData());
}

void TestCliCompliance::findingsPrintsKindsIdsAndDetailsAndExitsOne()
{
    const CliRun run = cli(m_data, {QStringLiteral("findings"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.json().isArray());
    const QJsonArray findings = run.json().array();
    QVERIFY(!findings.isEmpty());
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QVERIFY2(kKinds.contains(f.value(QStringLiteral("kind")).toString()),
                 qPrintable(f.value(QStringLiteral("kind")).toString()));
        QVERIFY(!f.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!f.value(QStringLiteral("detail")).toString().isEmpty());
    }
    const CliRun text = cli(m_data, {QStringLiteral("findings")});
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.contains("finding(s) over 400 communication(s)"));
}

void TestCliCompliance::findingsOverAQueryStayInsideIt()
{
    const CliRun search = cli(m_data, {QStringLiteral("search"), QStringLiteral("channel:email"),
                                       QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")});
    QSet<QString> email;
    for (const QJsonValue &v : search.json().object().value(QStringLiteral("results")).toArray())
        email.insert(v.toObject().value(QStringLiteral("id")).toString());
    const CliRun run = cli(m_data, {QStringLiteral("findings"), QStringLiteral("--query"),
                                    QStringLiteral("channel:email"), QStringLiteral("--json")});
    QVERIFY(run.exitCode == 0 || run.exitCode == 1);
    for (const QJsonValue &v : run.json().array())
        QVERIFY(email.contains(v.toObject().value(QStringLiteral("id")).toString()));
}

void TestCliCompliance::badQueryIsUsageError()
{
    const CliRun run = cli(m_data, {QStringLiteral("findings"), QStringLiteral("--query"),
                                    QStringLiteral("channel:(print"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(
        cli(m_data, {QStringLiteral("findings"), QStringLiteral("--reissue-days"), QStringLiteral("soon")}).exitCode,
        2);
}

void TestCliCompliance::cleanCacheExitsZero()
{
    QTemporaryDir dropDir;
    DropBuilder drop(dropDir.path());
    drop.append(
        QStringLiteral("templates/t.ndjson"),
        R"({"template_id": "TPL-STMT", "version": "1", "name": "Statement", "status": "approved", "approvals": [{"step": "legal", "by": "a", "at": "2020-01-01T00:00:00Z", "decision": "approved"}]})"
        "\n");
    drop.appendRecord(QStringLiteral("communications/c.ndjson"), drop.communication(QStringLiteral("EXS-CLEAN-1")));
    const QString data = m_work.filePath(QStringLiteral("clean"));
    QVERIFY(cli(data, {QStringLiteral("import"), dropDir.path()}).exitCode == 0);
    const CliRun run = cli(data, {QStringLiteral("findings"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().array().size(), 0);
}

void TestCliCompliance::evidenceWritesAVerifiableZip()
{
    const QString zip = m_work.filePath(QStringLiteral("evidence.zip"));
    const QString id = cli(m_data, {QStringLiteral("search"), QStringLiteral("fixity:verified"),
                                    QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")})
                           .json()
                           .object()
                           .value(QStringLiteral("results"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(!id.isEmpty());
    const CliRun run =
        cli(m_data, {QStringLiteral("evidence"), id, QStringLiteral("--out"), zip, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject o = run.json().object();
    QCOMPARE(o.value(QStringLiteral("path")).toString(), QFileInfo(zip).absoluteFilePath());
    QFile file(zip);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(o.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(),
             "unzip is needed to unpack the package (Debian unzip, installed by .ci/install-deps)");
    const QString dir = m_work.filePath(QStringLiteral("unpacked"));
    QDir().mkpath(dir);
    QProcess unzip;
    unzip.setWorkingDirectory(dir);
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-q"), zip});
    QVERIFY(unzip.waitForFinished() && unzip.exitCode() == 0);
    QProcess check;
    check.setWorkingDirectory(dir);
    check.start(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")});
    QVERIFY(check.waitForFinished());
    QCOMPARE(check.exitCode(), 0);
}

void TestCliCompliance::evidenceForUnknownIdExitsOne()
{
    const CliRun run = cli(m_data, {QStringLiteral("evidence"), QStringLiteral("NO-SUCH-ID"), QStringLiteral("--out"),
                                    m_work.filePath(QStringLiteral("x.zip")), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(m_work.filePath(QStringLiteral("x.zip"))));
    QCOMPARE(cli(m_data, {QStringLiteral("evidence"), QStringLiteral("X")}).exitCode, 2); // no --out
}

// Issue #62 item 4: the audit report had no command-line door; it is the window's, with its entry.
void TestCliCompliance::auditReportIsWrittenWithItsEntry_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("starts");
    QTest::newRow("a PDF") << QStringLiteral("report.pdf") << QByteArray("%PDF");
    QTest::newRow("its table") << QStringLiteral("report.csv") << QByteArray("section,name,count,detail");
}

void TestCliCompliance::auditReportIsWrittenWithItsEntry()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, starts);
    const QString out = m_work.filePath(name);
    const CliRun run =
        cli(m_data, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("report"),
                     QStringLiteral("--out"), out, QStringLiteral("--query"), QStringLiteral("type:statement")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(starts));
    QCOMPARE(run.object().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    const QJsonArray entries =
        cli(m_data, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")}).json().array();
    QVERIFY(!entries.isEmpty());
    const QJsonObject last = entries.last().toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("report.export"));
    QCOMPARE(last.value(QStringLiteral("after")).toObject().value(QStringLiteral("sha256")),
             run.object().value(QStringLiteral("sha256")));
}

void TestCliCompliance::auditReportThatCannotBeWrittenRecordsNothing()
{
    const auto entries = [this] {
        return cli(m_data, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")})
            .json()
            .array()
            .size();
    };
    const qsizetype before = entries();
    const CliRun run = cli(m_data, {QStringLiteral("audit"), QStringLiteral("report"), QStringLiteral("--out"),
                                    m_work.filePath(QStringLiteral("no/such/folder/report.pdf"))});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(entries(), before + 0);
}

QTEST_MAIN(TestCliCompliance)
#include "tst_cli_compliance.moc"
