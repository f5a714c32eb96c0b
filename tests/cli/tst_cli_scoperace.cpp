// A scope change while another process works on the same data folder, through the real
// proofdesk-cli (issue #44 item 7). A sync and a narrowing at once both succeeded, and 2,757 and
// 5,462 communications outside the new scope stayed until the next sync: the sync's later
// pages were taken under the scope it started with. And a search during a narrowing took the
// indexes the narrowing had dropped for a crashed import's and rebuilt them itself. Here the
// sync is stopped (SIGSTOP at PROOFDESK_PAUSE_AT, util/crashpoint.h) between its two pages
// while the scope changes, and the indexes are dropped by this test process, alive, or noted as
// dropped by one that is gone.
#include "cache/bulkload.h"
#include "cache/cachefile.h"
#include "clirunner.h"
#include "dropbuilder.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <signal.h>

using namespace proofdesk;

namespace {

// 5,200 communications, one in two of 2015 (OLD-n) and of 2026 (NEW-n), all sharing one
// rendition: two pages of a drop (5,000 lines a page), the second with 100 of each.
constexpr int kEach = 2600;

void writeTwoPageDrop(DropBuilder &drop)
{
    const QJsonObject model = drop.communication(QStringLiteral("MODEL"));
    QByteArray lines;
    for (int i = 0; i < kEach; ++i) {
        for (const bool old : {true, false}) {
            QJsonObject c = model;
            c.insert(QStringLiteral("id"),
                     QStringLiteral("%1-%2").arg(old ? QStringLiteral("OLD") : QStringLiteral("NEW")).arg(i));
            c.insert(QStringLiteral("issued_at"),
                     old ? QStringLiteral("2015-03-01T09:00:00Z") : QStringLiteral("2026-03-01T09:00:00Z"));
            lines += DropBuilder::line(c);
        }
    }
    drop.append(QStringLiteral("communications/a.ndjson"), lines);
}

struct Folder
{
    TempDataFolder data, dropDir;
    DropBuilder drop{dropDir.path()};
    CliRun alice(const QStringList &a) const { return cli(QStringLiteral("alice"), data.path(), a); }
    qint64 total(const char *query) const
    {
        return alice({QStringLiteral("search"), QString::fromLatin1(query), QStringLiteral("--limit"),
                      QStringLiteral("0")})
            .object()
            .value(QStringLiteral("total"))
            .toInteger(-1);
    }
    CliRun setScope(const QString &scope) const
    {
        return alice({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("repo.d.scope"),
                      QStringLiteral("--"), scope});
    }
};

} // namespace

class TestCliScopeRace : public QObject
{
    Q_OBJECT

private slots:
    void aScopeChangedDuringASyncIsTheOneItEndsWith_data();
    void aScopeChangedDuringASyncIsTheOneItEndsWith();
    void anOpeningLeavesTheIndexesOfANarrowingUnderWayToIt_data();
    void anOpeningLeavesTheIndexesOfANarrowingUnderWayToIt();
};

void TestCliScopeRace::aScopeChangedDuringASyncIsTheOneItEndsWith_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("during");
    QTest::addColumn<int>("oldAfterSync");     // 2015's communications in the cache once the sync ended
    QTest::addColumn<int>("oldAfterNextSync"); // and after the sync after it
    // What the sync's second page brought under the old scope leaves with the new one.
    QTest::newRow("narrowed") << QString() << QStringLiteral("issued:>=2020") << 0 << 0;
    // The widening's "read it again from the start" survives the sync's own cursor.
    QTest::newRow("widened") << QStringLiteral("issued:>=2020") << QString() << 0 << kEach;
}

void TestCliScopeRace::aScopeChangedDuringASyncIsTheOneItEndsWith()
{
    QFETCH(QString, before);
    QFETCH(QString, during);
    QFETCH(int, oldAfterSync);
    QFETCH(int, oldAfterNextSync);
    Folder f;
    writeTwoPageDrop(f.drop);
    QStringList add{QStringLiteral("repo"), QStringLiteral("add"),   QStringLiteral("d"), QStringLiteral("--kind"),
                    QStringLiteral("drop"), QStringLiteral("--url"), f.dropDir.path()};
    if (!before.isEmpty())
        add << QStringLiteral("--scope") << before;
    QCOMPARE(f.alice(add).exitCode, 0);

    QProcess sync;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("USER"), QStringLiteral("alice"));
    env.insert(QStringLiteral("PROOFDESK_PAUSE_AT"), QStringLiteral("sync-page-applied")); // after its first page
    sync.setProcessEnvironment(env);
    sync.start(QStringLiteral(PROOFDESK_CLI),
               {QStringLiteral("--data"), f.data.path(), QStringLiteral("--json"), QStringLiteral("sync")});
    QVERIFY(sync.waitForStarted());
    QVERIFY2(waitUntilStopped(sync), sync.readAllStandardError().constData());

    const CliRun changed = f.setScope(during); // the whole change, while the sync waits
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    ::kill(pid_t(sync.processId()), SIGCONT);
    QVERIFY(sync.waitForFinished(120000));
    QVERIFY2(sync.exitStatus() == QProcess::NormalExit && sync.exitCode() == 0,
             sync.readAllStandardError().constData());

    QCOMPARE(f.total("issued:..2019"), qint64(oldAfterSync));
    QCOMPARE(f.total("issued:2020.."), qint64(kEach));
    QCOMPARE(f.alice(args("sync")).exitCode, 0);
    QCOMPARE(f.total("issued:..2019"), qint64(oldAfterNextSync));
    QCOMPARE(f.total("issued:2020.."), qint64(kEach));
}

void TestCliScopeRace::anOpeningLeavesTheIndexesOfANarrowingUnderWayToIt_data()
{
    QTest::addColumn<QString>("owner"); // who dropped them: "alive" (this process), "gone", or none noted
    QTest::addColumn<bool>("rebuiltByTheSearch");
    QTest::newRow("a narrowing under way (this process)") << QStringLiteral("alive") << false;
    QTest::newRow("a loader that is gone") << QStringLiteral("gone") << true;
    QTest::newRow("dropped by a build that noted no loader") << QString() << true;
}

// The narrowing of a large part of a repository drops the secondary indexes for its deletion
// (BulkLoad::deferIndexes, as scopekeeper.cpp does) and restores them when it is done.
void TestCliScopeRace::anOpeningLeavesTheIndexesOfANarrowingUnderWayToIt()
{
    QFETCH(QString, owner);
    QFETCH(bool, rebuiltByTheSearch);
    Folder f;
    f.drop.appendRecord(QStringLiteral("communications/a.ndjson"), f.drop.communication(QStringLiteral("EXS-1")));
    QCOMPARE(f.alice({QStringLiteral("import"), f.dropDir.path()}).exitCode, 0);
    cache::Database writer = cache::CacheFile::openWriter(cache::CacheFile::databasePath(f.data.path()));
    QVERIFY(cache::BulkLoad::deferIndexes(writer, cache::BulkLoad::TextIndex::Keep) > 0);
    if (owner == QLatin1String("gone")) {
        QProcess done;
        done.start(QStringLiteral("true"), {});
        QVERIFY(done.waitForStarted());
        const qint64 pid = done.processId();
        QVERIFY(done.waitForFinished());
        writer.prepare("UPDATE meta SET value = ?1 WHERE key = 'bulkload_owner'")
            .bind(1, QStringLiteral("%1 1").arg(pid))
            .run();
    } else if (owner.isEmpty()) {
        writer.exec("DELETE FROM meta WHERE key = 'bulkload_owner'");
    }
    QCOMPARE(cache::BulkLoad::loaderAtWork(writer), !rebuiltByTheSearch);

    const CliRun search = f.alice(args("search statement"));
    QVERIFY2(search.exitCode == 0, search.err.constData());
    QCOMPARE(search.object().value(QStringLiteral("total")).toInt(), 1); // answered all the same
    QCOMPARE(cache::BulkLoad::pendingIndexes(writer) == 0, rebuiltByTheSearch);
    cache::BulkLoad::restoreIndexes(writer); // the narrowing done: its own rebuild
    QCOMPARE(cache::BulkLoad::pendingIndexes(writer), 0);
    QCOMPARE(writer.queryInt("SELECT count(*) FROM meta WHERE key = 'bulkload_owner'"), qint64(0));
}

QTEST_GUILESS_MAIN(TestCliScopeRace)
#include "tst_cli_scoperace.moc"
