// proofdesk-cli against hostile or broken input found by attacking the built product: a
// password in a repository URL, an evidence or audit output that cannot be written, a library
// planted in the folder a program is started from.
#include "cache/cachefile.h"
#include "clirunner.h"
#include "datafolder/datafolder.h"
#include "dropbuilder.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <sys/stat.h>
#include <sys/sysmacros.h>
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
    void auditOutputIsOnlyEverARegularFile_data();
    void auditOutputIsOnlyEverARegularFile();
    void noProgramLoadsALibraryFromTheFolderItIsStartedIn_data();
    void noProgramLoadsALibraryFromTheFolderItIsStartedIn();

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
    QTest::newRow("archivesspace") << QStringLiteral("archivesspace")
                                   << QStringLiteral("http://alice:s3cret@aspace:8089/");
}

void TestCliHardening::passwordInRepositoryUrlIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, url);
    const CliRun add =
        runCli(m_data, {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("leaky"),
                        QStringLiteral("--kind"), kind, QStringLiteral("--url"), url, QStringLiteral("--json")});
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
    QVERIFY(runCli(m_data, {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("old"),
                            QStringLiteral("--kind"), QStringLiteral("cmis"), QStringLiteral("--url"),
                            QStringLiteral("https://cmis.example.org/browser")})
                .exitCode
            == 0);
    {
        proofdesk::datafolder::DataFolder folder(m_data);
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
    const CliRun run = runCli(m_data, {QStringLiteral("evidence"), QStringLiteral("EXS-1"), QStringLiteral("--out"),
                                       out, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);                        // cli.md: what the command needed could not be used
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

namespace {

enum class Target { Device, Link, Fifo, Folder, FullDisk, MissingFolder };

// What stands at the name before the command runs, and how to tell it is still that.
struct OutputTarget
{
    QString path;
    QString reason;
    std::function<bool()> unchanged;
};

OutputTarget makeTarget(Target target, const QString &work)
{
    const QString path = QDir(work).filePath(QStringLiteral("out.json"));
    const QString kept = QDir(work).filePath(QStringLiteral("kept.json"));
    const auto mode = [](const QString &p) {
        struct stat st;
        return ::lstat(QFile::encodeName(p).constData(), &st) == 0 ? st.st_mode & S_IFMT : 0;
    };
    switch (target) {
    case Target::Device: {
        // A node of its own like /dev/full (1, 7) where one can be made (root): a command that
        // still renamed over it never replaces the system's.
        const QString node = ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0
                                 ? path
                                 : QStringLiteral("/dev/full");
        return {node, QStringLiteral("it is a device, not a regular file"), [=] { return mode(node) == S_IFCHR; }};
    }
    case Target::Link:
        writeTextFile(work, QStringLiteral("kept.json"), "mine");
        QFile::link(kept, path);
        return {path, QStringLiteral("it is a symbolic link, not a regular file"), [=] {
                    QFile file(kept);
                    return mode(path) == S_IFLNK && file.open(QIODevice::ReadOnly) && file.readAll() == "mine";
                }};
    case Target::Fifo:
        ::mkfifo(QFile::encodeName(path).constData(), 0600);
        return {path, QStringLiteral("it is a pipe (FIFO), not a regular file"), [=] { return mode(path) == S_IFIFO; }};
    case Target::Folder:
        QDir().mkpath(path);
        return {path, QStringLiteral("it is a folder, not a regular file"), [=] { return mode(path) == S_IFDIR; }};
    case Target::FullDisk:
        return {path, QStringLiteral("No space left on device"), [=] { return mode(path) == 0; }};
    case Target::MissingFolder:
        return {QDir(work).filePath(QStringLiteral("missing/out.json")), QStringLiteral("does not exist"),
                [=] { return !QFileInfo::exists(QDir(work).filePath(QStringLiteral("missing"))); }};
    }
    return {};
}

} // namespace

void TestCliHardening::auditOutputIsOnlyEverARegularFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("targetValue");
    for (const char *command : {"anchor", "export"}) {
        const auto row = [&](const char *what, Target target) {
            QTest::addRow("audit %s --out %s", command, what) << QString::fromLatin1(command) << int(target);
        };
        row("a device like /dev/full", Target::Device);
        row("a symbolic link", Target::Link);
        row("a FIFO", Target::Fifo);
        row("a folder", Target::Folder);
        row("a file on a full disk", Target::FullDisk);
        row("a file in a missing folder", Target::MissingFolder);
    }
}

// Issue #26: `audit anchor --out /dev/full` reported success, and as root renamed a regular
// file over the device node; `audit export` exited 2 (bad usage) on a write error.
void TestCliHardening::auditOutputIsOnlyEverARegularFile()
{
    QFETCH(QString, command);
    QFETCH(int, targetValue);
    const auto target = Target(targetValue);
    QTemporaryDir work;
    const OutputTarget out = makeTarget(target, work.path());
    if (target == Target::Device && !QFileInfo::exists(out.path))
        QSKIP("no device node can be made here and this system has no /dev/full");
    const auto entries = [&] {
        return QDir(QFileInfo(out.path).absolutePath())
            .entryList({QStringLiteral("out.json*")},
                       QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden);
    };
    const QStringList before = entries();
    if (target == Target::FullDisk) {
        qputenv("LD_PRELOAD", FULL_DISK_PRELOAD);
        qputenv("PROOFDESK_FULL_DISK", QFile::encodeName(work.path()));
    }
    const CliRun run =
        runCli(m_data, {QStringLiteral("audit"), command, QStringLiteral("--out"), out.path, QStringLiteral("--json")});
    qunsetenv("LD_PRELOAD");
    qunsetenv("PROOFDESK_FULL_DISK");
    QCOMPARE(run.exitCode, 3);                        // cli.md: what the command needed could not be used
    QVERIFY2(run.out.isEmpty(), run.out.constData()); // no head or path of a file never written
    QVERIFY2(run.err.contains(QStringLiteral("Cannot write %1:").arg(out.path).toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains(out.reason.toUtf8()), run.err.constData());
    QVERIFY(out.unchanged()); // still the device, link, FIFO or folder; nothing renamed over it
    if (target != Target::MissingFolder)
        QCOMPARE(entries(), before); // no temporary file left
}

QTEST_GUILESS_MAIN(TestCliHardening)
#include "tst_cli_hardening.moc"

void TestCliHardening::noProgramLoadsALibraryFromTheFolderItIsStartedIn_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("proofdesk") << QStringLiteral(PROOFDESK_DESKTOP);
    QTest::newRow("proofdesk-cli") << QStringLiteral(PROOFDESK_CLI);
    QTest::newRow("proofdesk-cli-full") << QStringLiteral(PROOFDESK_CLI_FULL);
    QTest::newRow("proofdesk-pdftext") << QStringLiteral(PROOFDESK_PDFTEXT);
    QTest::newRow("proofdesk-render") << QStringLiteral(PROOFDESK_RENDER);
}

// Every program was linked with a RUNPATH of empty entries (room CMake keeps for the install
// RUNPATH qt_standard_project_setup() asks for), and an empty entry is the current folder: run
// from a drop folder someone else filled, a libQt6Core.so.6 in it was loaded. A planted library
// that is no library at all makes the loader say so and stop, so the test needs no code of its own.
void TestCliHardening::noProgramLoadsALibraryFromTheFolderItIsStartedIn()
{
    QFETCH(QString, program);
    QTemporaryDir planted;
    QVERIFY(planted.isValid());
    for (const char *library : {"libQt6Core.so.6", "libQt6Gui.so.6", "libstdc++.so.6", "libc.so.6"}) {
        QFile file(planted.filePath(QString::fromLatin1(library)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x')); // no ELF header
    }
    QProcess p;
    p.setWorkingDirectory(planted.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, {QStringLiteral("--version")});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(!err.contains("error while loading shared libraries"), err.constData());
    QCOMPARE(p.exitCode(), 0);
}
