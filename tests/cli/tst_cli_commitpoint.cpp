// Every administrative command killed at its commit point, through the real proofdesk-cli
// (issue #44 item 2): records.sqlite (the audit trail) is attached to cache.sqlite's connection,
// and in WAL mode SQLite commits the two files one after the other, the cache first. Killed
// between the two, a scope narrowing, a widening, `config set documents.limit`, `repo add`,
// `repo remove` and `repo password` were applied with no entry in the trail (which still
// verified). Here each command is killed at every point where the cache's part of a commit has
// landed and the records' part has not (killpreload.cpp), and just after its commit; the next
// opening must leave the change in place with its entry, or neither. So must a full disk under
// records.sqlite at the commit, which the command must tell as a change stored in part.
#include "cache/sqlite.h"
#include "clirunner.h"
#include "recoveryfolder.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace proofdesk;

namespace {

qint64 entriesOf(const QString &dataDir, const QString &action)
{
    cache::Database records(QDir(dataDir).filePath(QStringLiteral("records.sqlite")), cache::Database::Mode::ReadOnly);
    cache::Statement st = records.prepare("SELECT count(*) FROM audit_entries WHERE action = ?1");
    st.bind(1, action);
    return st.step() ? st.columnInt(0) : -1;
}

// Where a command is stopped: killed between the two files' commits (each such point in turn,
// killpreload.cpp), killed just after its commit (PROOFDESK_CRASH_AT), or not killed but met
// by a full disk under records.sqlite's log alone (fulldiskpreload.cpp): the cache's part of the
// commit lands, the records' part cannot.
enum class Stop { BetweenCommits, AfterCommit, RecordsDiskFull };

CliRun runStopped(const QString &dataDir, const QStringList &a, Stop stop, int n)
{
    switch (stop) {
    case Stop::BetweenCommits:
        qputenv("LD_PRELOAD", KILL_PRELOAD);
        qputenv("PROOFDESK_KILL_BETWEEN_COMMITS", QByteArray::number(n));
        break;
    case Stop::AfterCommit:
        qputenv("PROOFDESK_CRASH_AT", "change-committed");
        break;
    case Stop::RecordsDiskFull:
        qputenv("LD_PRELOAD", FULL_DISK_PRELOAD);
        qputenv("PROOFDESK_FULL_DISK", QFile::encodeName(QDir(dataDir).filePath(QStringLiteral("records.sqlite-wal"))));
        break;
    }
    const CliRun run = runCli(dataDir, QStringList{QStringLiteral("--json")} + a, QStringLiteral("alice"));
    for (const char *name :
         {"LD_PRELOAD", "PROOFDESK_KILL_BETWEEN_COMMITS", "PROOFDESK_CRASH_AT", "PROOFDESK_FULL_DISK"})
        qunsetenv(name);
    return run;
}

} // namespace

class TestCliCommitPoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stoppedAtTheCommitLeavesTheChangeWithItsEntryOrNeither_data();
    void stoppedAtTheCommitLeavesTheChangeWithItsEntryOrNeither();

private:
    std::unique_ptr<Folder> m_base;   // imported once; each run works on a copy
    std::unique_ptr<Folder> m_scoped; // the same, with the scope issued:>=2020 set
    TempDataFolder m_extraDrop;       // a second drop for `repo add`
    TempDataFolder m_work;
    QString m_passwordFile;
    int m_runs = 0;
};

void TestCliCommitPoint::initTestCase()
{
    qputenv("PROOFDESK_NO_KEYCHAIN", "1");
    m_base = std::make_unique<Folder>();
    m_scoped = std::make_unique<Folder>();
    QCOMPARE(m_scoped
                 ->as({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("repo.test-drop.scope"),
                       QStringLiteral("--"), QStringLiteral("issued:>=2020")})
                 .exitCode,
             0);
    DropBuilder extra(m_extraDrop.path(), QStringLiteral("extra-drop"));
    extra.appendRecord(QStringLiteral("communications/a.ndjson"), extra.communication(QStringLiteral("EXTRA-1")));
    m_passwordFile = m_work.filePath(QStringLiteral("secret"));
    writeTextFile(m_work.path(), QStringLiteral("secret"), "s3cret");
    QFile::setPermissions(m_passwordFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestCliCommitPoint::stoppedAtTheCommitLeavesTheChangeWithItsEntryOrNeither_data()
{
    QTest::addColumn<bool>("scoped"); // start from the folder with a scope set
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("action");  // its entry in the trail
    QTest::addColumn<QString>("changed"); // the SQL on cache.sqlite that is 1 once the change is there
    QTest::addColumn<int>("stop");

    const QString scopeIs = QStringLiteral("SELECT count(*) FROM repositories WHERE name = 'test-drop' AND "
                                           "json_extract(settings, '$.scope') = '%1'");
    struct Row
    {
        const char *name;
        bool scoped;
        QStringList command;
        QString action, changed;
    };
    const QList<Row> rows{
        {"scope narrowing",
         false,
         {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("repo.test-drop.scope"), QStringLiteral("--"),
          QStringLiteral("issued:>=2020")},
         QStringLiteral("repository.scope"),
         scopeIs.arg(QStringLiteral("issued:>=2020"))},
        {"scope widening",
         true,
         {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("repo.test-drop.scope"), QStringLiteral("--"),
          QStringLiteral("issued:>=2010")},
         QStringLiteral("repository.scope"),
         scopeIs.arg(QStringLiteral("issued:>=2010"))},
        {"config set documents.limit", false, args("config set documents.limit 5GB"), QStringLiteral("settings.change"),
         QStringLiteral("SELECT count(*) FROM meta WHERE key = 'documents.limit' AND value = '5000000000'")},
        {"repo add",
         false,
         {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("extra"), QStringLiteral("--kind"),
          QStringLiteral("drop"), QStringLiteral("--url"), m_extraDrop.path()},
         QStringLiteral("repository.add"),
         QStringLiteral("SELECT count(*) FROM repositories WHERE name = 'extra'")},
        {"repo remove", false, args("repo remove test-drop"), QStringLiteral("repository.remove"),
         QStringLiteral("SELECT count(*) = 0 FROM repositories WHERE name = 'test-drop'")},
        {"repo password",
         false,
         {QStringLiteral("repo"), QStringLiteral("password"), QStringLiteral("test-drop"),
          QStringLiteral("--password-file"), m_passwordFile},
         QStringLiteral("repository.password"),
         QStringLiteral(
             "SELECT count(*) FROM repositories WHERE json_extract(settings, '$.password_file') IS NOT NULL")},
    };
    for (const Row &r : rows) {
        QTest::addRow("%s, killed between the cache's and the records' commit", r.name)
            << r.scoped << r.command << r.action << r.changed << int(Stop::BetweenCommits);
        QTest::addRow("%s, killed just after its commit", r.name)
            << r.scoped << r.command << r.action << r.changed << int(Stop::AfterCommit);
        QTest::addRow("%s, records.sqlite's disk full at its commit", r.name)
            << r.scoped << r.command << r.action << r.changed << int(Stop::RecordsDiskFull);
    }
}

// Stops the command at each point in turn (N = 1, 2, … between the commits, until it ends by
// itself), each time on a fresh copy of the folder, and lets the next command open it.
void TestCliCommitPoint::stoppedAtTheCommitLeavesTheChangeWithItsEntryOrNeither()
{
    QFETCH(bool, scoped);
    QFETCH(QStringList, command);
    QFETCH(QString, action);
    QFETCH(QString, changed);
    QFETCH(int, stop);
    const Folder &base = scoped ? *m_scoped : *m_base;
    const qint64 entriesBefore = entriesOf(base.dataPath, action);
    int stopped = 0;
    for (int n = 1; n <= 40; ++n) {
        const QString dataDir = m_work.filePath(QStringLiteral("run-%1").arg(++m_runs));
        copyDataFolder(base.dataPath, dataDir);
        const CliRun run = runStopped(dataDir, command, Stop(stop), n);
        if (Stop(stop) == Stop::RecordsDiskFull) {
            // Told as it is: the change was stored, its entry waits (never "Nothing was written").
            QVERIFY2(run.exitCode == 3 && run.err.contains("Written in part")
                         && !run.err.contains("Nothing was written"),
                     run.err.constData());
        } else if (run.exitCode != -1) { // ended by itself: no point left to kill it at
            QVERIFY2(run.exitCode == 0, run.err.constData());
            break;
        }
        ++stopped;
        // The next command opens the folder: the trail verifies and has the entry exactly
        // when the change is there.
        const CliRun verify = runCli(dataDir, args("--json audit verify"), QStringLiteral("alice"));
        QVERIFY2(verify.exitCode == 0 && verify.object().value(QStringLiteral("ok")).toBool(), verify.err.constData());
        cache::Database cacheFile(QDir(dataDir).filePath(QStringLiteral("cache.sqlite")),
                                  cache::Database::Mode::ReadOnly);
        const bool isChanged = cacheFile.queryInt(changed.toUtf8().constData()) == 1;
        const qint64 entries = entriesOf(dataDir, action);
        QCOMPARE(cacheFile.queryInt("SELECT count(*) FROM trail_staged"), qint64(0)); // every staged copy settled
        QVERIFY2(entries == entriesBefore + (isChanged ? 1 : 0),
                 qPrintable(QStringLiteral("stopped at point %1: the change is %2there, %3 entries of %4 (%5 before)")
                                .arg(n)
                                .arg(isChanged ? QString() : QStringLiteral("not "))
                                .arg(entries)
                                .arg(action)
                                .arg(entriesBefore)));
        if (Stop(stop) != Stop::BetweenCommits) {
            QVERIFY(isChanged); // its commit landed in the cache: the change stays, and so does its entry
            break;              // one named point
        }
    }
    QVERIFY2(stopped > 0, "the command was never stopped: no commit point was met");
    qInfo("stopped at %d point(s)", stopped);
}

QTEST_GUILESS_MAIN(TestCliCommitPoint)
#include "tst_cli_commitpoint.moc"
