// proofdesk-cli against hostile or broken input found by attacking the built product: a
// password in a repository URL, an evidence output that cannot be written.
#include "cache/cachefile.h"
#include "cache/datafolder.h"
#include "clirunner.h"
#include "dropbuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

class TestCliHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passwordInRepositoryUrlIsRefused_data();
    void passwordInRepositoryUrlIsRefused();
    void storedUrlIsListedWithoutUserInfo();
    void evidenceOutputErrorIsReportedAndNothingIsLeft_data();
    void evidenceOutputErrorIsReportedAndNothingIsLeft();

private:
    QTemporaryDir m_work;
    QString m_data;
};

void TestCliHardening::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_data = m_work.filePath(QStringLiteral("data"));
    const QString dropDir = m_work.filePath(QStringLiteral("drop"));
    DropBuilder drop(dropDir);
    drop.appendRecord(QStringLiteral("communications/c.ndjson"), drop.communication(QStringLiteral("EXS-1")));
    const CliRun import = runCli(m_data, {QStringLiteral("import"), dropDir});
    QVERIFY2(import.exitCode == 0, import.err.constData());
}

void TestCliHardening::passwordInRepositoryUrlIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("url");
    QTest::newRow("cmis") << QStringLiteral("cmis") << QStringLiteral("https://alice:s3cret@cmis.example.org/browser");
    QTest::newRow("archivesspace") << QStringLiteral("archivesspace") << QStringLiteral("http://alice:s3cret@aspace:8089/");
}

void TestCliHardening::passwordInRepositoryUrlIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, url);
    const CliRun add = runCli(m_data, {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("leaky"), QStringLiteral("--kind"),
                                       kind, QStringLiteral("--url"), url, QStringLiteral("--json")});
    QCOMPARE(add.exitCode, 2);
    QVERIFY(add.out.isEmpty());
    QVERIFY2(add.err.contains("--user") && add.err.contains("--password-stdin"), add.err.constData());
    QVERIFY(!add.err.contains("s3cret"));
    const CliRun list = runCli(m_data, {QStringLiteral("repo"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(!list.out.contains("leaky") && !list.out.contains("s3cret"), list.out.constData());
}

void TestCliHardening::storedUrlIsListedWithoutUserInfo()
{
    // A URL stored with a password (by a version before the refusal) is never printed whole.
    QVERIFY(runCli(m_data, {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("old"), QStringLiteral("--kind"),
                            QStringLiteral("cmis"), QStringLiteral("--url"), QStringLiteral("https://cmis.example.org/browser")})
                .exitCode == 0);
    {
        proofdesk::cache::DataFolder folder(m_data);
        proofdesk::cache::Database db = proofdesk::cache::CacheFile::openWriter(folder.databasePath());
        db.exec("UPDATE repositories SET url = 'https://alice:s3cret@cmis.example.org/browser' WHERE name = 'old'");
    }
    const CliRun text = runCli(m_data, {QStringLiteral("repo"), QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("old\tcmis\thttps://cmis.example.org/browser"), text.out.constData());
    const CliRun json = runCli(m_data, {QStringLiteral("repo"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.json().isArray());
    for (const CliRun &run : {text, json}) {
        QVERIFY2(!run.out.contains("s3cret") && !run.out.contains("alice"), run.out.constData());
        QVERIFY(!run.err.contains("s3cret"));
    }
}

void TestCliHardening::evidenceOutputErrorIsReportedAndNothingIsLeft_data()
{
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("reason");
    QTest::newRow("device with no space") << QStringLiteral("/dev/full") << QStringLiteral("No space left on device");
    QTest::newRow("missing folder") << m_work.filePath(QStringLiteral("missing/evidence.zip"))
                                    << QStringLiteral("No such file or directory");
    QTest::newRow("folder that takes no files") << QStringLiteral("/proc/proofdesk-evidence.zip") << QString();
    QTest::newRow("read-only folder") << m_work.filePath(QStringLiteral("readonly/evidence.zip"))
                                      << QStringLiteral("Permission denied");
}

void TestCliHardening::evidenceOutputErrorIsReportedAndNothingIsLeft()
{
    QFETCH(QString, out);
    QFETCH(QString, reason);
    const QString folder = QFileInfo(out).absolutePath();
    if (out.startsWith(QLatin1String("/dev/")) && !QFileInfo::exists(out))
        QSKIP("this system has no /dev/full");
    if (out.contains(QLatin1String("readonly"))) {
        if (::geteuid() == 0)
            QSKIP("root writes into a read-only folder");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    // The zip or its temporary file (QSaveFile: NAME.XXXXXX); other entries of /dev may come and go.
    const auto entries = [&] {
        return QDir(folder).entryList({QFileInfo(out).fileName() + QLatin1Char('*')},
                                      QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden);
    };
    const QStringList before = entries();
    const CliRun run = runCli(m_data, {QStringLiteral("evidence"), QStringLiteral("EXS-1"), QStringLiteral("--out"), out,
                                       QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3); // cli.md: what the command needed could not be used
    QVERIFY2(run.out.isEmpty(), run.out.constData()); // no path and hash of bytes never written
    QVERIFY2(run.err.contains(QStringLiteral("Cannot write %1: %2").arg(out, reason).toUtf8()), run.err.constData());
    QVERIFY2(!run.err.contains("data folder"), run.err.constData());
    QCOMPARE(entries(), before); // no partial file
    if (out.startsWith(QLatin1String("/dev/")))
        QVERIFY(!QFileInfo(out).isFile()); // still the device, not a file renamed over it
    const CliRun audit = runCli(m_data, {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                                         m_work.filePath(QStringLiteral("audit.json"))});
    QCOMPARE(audit.exitCode, 0);
    QFile trail(m_work.filePath(QStringLiteral("audit.json")));
    QVERIFY(trail.open(QIODevice::ReadOnly));
    QVERIFY(!trail.readAll().contains("evidence.export")); // an export that did not happen is not audited
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"
