// A disk that fills up during a command, through the real proofdesk-cli (issue #44 item 6): a
// scope change on a full disk said "Nothing was written" while the new scope was stored and
// recorded (and the next sync removed 79,850 of 150,000 communications), and the first full
// command on a full disk renamed an empty repositories.json over the good one. Here the disk
// gets N bytes of room (fulldiskpreload.cpp, PROOFDESK_FULL_DISK_ROOM) and N is searched for
// the points where what a command stored changes: at each, what it says must be what it did,
// and no file of the folder is ever left empty or half written.
#include "cache/sqlite.h"
#include "clirunner.h"
#include "recoveryfolder.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace proofdesk;

namespace {

// The command run with `room` bytes of new space on the folder's disk.
CliRun withRoom(const QString &dataDir, qint64 room, const QStringList &a)
{
    qputenv("LD_PRELOAD", FULL_DISK_PRELOAD);
    qputenv("PROOFDESK_FULL_DISK", QFile::encodeName(dataDir));
    qputenv("PROOFDESK_FULL_DISK_ROOM", QByteArray::number(room));
    const CliRun run = runCli(dataDir, QStringList{QStringLiteral("--json")} + a, QStringLiteral("alice"));
    for (const char *name : {"LD_PRELOAD", "PROOFDESK_FULL_DISK", "PROOFDESK_FULL_DISK_ROOM"})
        qunsetenv(name);
    return run;
}

qint64 queryOf(const QString &file, const char *sql)
{
    cache::Database db(file, cache::Database::Mode::ReadOnly);
    return db.queryInt(sql);
}

// How a narrowing on a filling disk ended, in the order more room reaches them.
enum class Outcome { Refused, EntryInCache, NotRemoved, Done };

const QStringList kNarrowing{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("repo.test-drop.scope"),
                             QStringLiteral("--"), QStringLiteral("issued:>=2020")};

} // namespace

class TestCliFullDiskChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_base = std::make_unique<Folder>(); }
    void aScopeChangeOnAFillingDiskSaysWhatItStored();
    void aFillingDiskNeverEmptiesAFileOfTheFolder();

private:
    // Runs the narrowing with `room` on a fresh copy and tells how it ended; what it said and
    // what it left that do not agree go to m_problems.
    Outcome narrowWithRoom(qint64 room);

    std::unique_ptr<Folder> m_base; // the four-communication folder, imported once
    QStringList m_problems;         // what a run said or left that it must not
    TempDataFolder m_work;
    int m_runs = 0;
};

Outcome TestCliFullDiskChange::narrowWithRoom(qint64 room)
{
    const QString dataDir = m_work.filePath(QStringLiteral("run-%1").arg(++m_runs));
    copyDataFolder(m_base->dataPath, dataDir);
    const CliRun run = withRoom(dataDir, room, kNarrowing);
    // Space again: the next command opens the folder (and adds an entry left in the cache).
    const CliRun verify = runCli(dataDir, args("--json audit verify"), QStringLiteral("alice"));
    const QString context =
        QStringLiteral("room %1: exit %2: %3").arg(room).arg(run.exitCode).arg(QString::fromUtf8(run.err));
    if (verify.exitCode != 0 || !verify.object().value(QStringLiteral("ok")).toBool())
        m_problems << QStringLiteral("%1; audit verify: %2").arg(context, QString::fromUtf8(verify.err));
    const bool stored =
        queryOf(QDir(dataDir).filePath(QStringLiteral("cache.sqlite")),
                "SELECT count(*) FROM repositories WHERE json_extract(settings, '$.scope') = 'issued:>=2020'")
        == 1;
    const qint64 entries = queryOf(QDir(dataDir).filePath(QStringLiteral("records.sqlite")),
                                   "SELECT count(*) FROM audit_entries WHERE action = 'repository.scope'");
    // What it said must be what it did; the entry is there exactly when the scope is.
    Outcome outcome = Outcome::Refused;
    const bool toldNothing = run.err.contains("Nothing was written");
    if (!stored && run.exitCode == 3 && toldNothing)
        outcome = Outcome::Refused;
    else if (stored && run.exitCode == 3 && !toldNothing && run.err.contains("Written in part"))
        outcome = Outcome::EntryInCache;
    else if (stored && run.exitCode == 3 && !toldNothing && run.err.contains("was stored and recorded")
             && run.err.contains("removed by the next sync"))
        outcome = Outcome::NotRemoved;
    else if (stored && run.exitCode == 0)
        outcome = Outcome::Done;
    else
        m_problems << context;
    if (entries != (stored ? 1 : 0))
        m_problems << QStringLiteral("%1 (stored: %2, entries: %3)").arg(context).arg(stored).arg(entries);
    return outcome;
}

// Issue #44 item 6: with room for the new scope and its entry but not for removing what now
// lies outside it, the command said "Nothing was written". Every way a filling disk can end a
// narrowing is met (the least room that reaches each, searched): refused whole, the entry
// kept in the cache, stored and recorded but nothing removed, done; each told as it is.
void TestCliFullDiskChange::aScopeChangeOnAFillingDiskSaysWhatItStored()
{
    const qint64 plenty = 2 << 20;
    QCOMPARE(int(narrowWithRoom(0)), int(Outcome::Refused));
    QCOMPARE(int(narrowWithRoom(plenty)), int(Outcome::Done));
    qint64 from = 0, notRemovedRoom = 0;
    for (const Outcome reached : {Outcome::EntryInCache, Outcome::NotRemoved, Outcome::Done}) {
        qint64 low = from, high = plenty; // high reaches it, low does not
        while (high - low > 4096) {
            const qint64 room = (high + low) / 2;
            (narrowWithRoom(room) >= reached ? high : low) = room;
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
        QCOMPARE(int(narrowWithRoom(high)), int(reached)); // each outcome has room of its own
        if (reached == Outcome::NotRemoved)
            notRemovedRoom = high;
        from = high;
    }
    // Stored and recorded but nothing removed: with space again, the next sync removes them.
    QCOMPARE(int(narrowWithRoom(notRemovedRoom)), int(Outcome::NotRemoved));
    const QString dataDir = m_work.filePath(QStringLiteral("run-%1").arg(m_runs));
    QCOMPARE(runCli(dataDir, args("--json sync"), QStringLiteral("alice")).exitCode, 0);
    QCOMPARE(runCli(dataDir, args("--json search issued:..2019"), QStringLiteral("alice"))
                 .object()
                 .value(QStringLiteral("total"))
                 .toInt(-1),
             0);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    qInfo("%d runs", m_runs);
}

// folder.json and repositories.json, which an opening rewrites when the folder changed, are
// written whole or not at all on a disk that fills up at any byte of the opening.
void TestCliFullDiskChange::aFillingDiskNeverEmptiesAFileOfTheFolder()
{
    const QString stale = m_work.filePath(QStringLiteral("stale"));
    copyDataFolder(m_base->dataPath, stale);
    writeTextFile(stale, QStringLiteral("repositories.json"), "[]"); // an older copy: the opening writes it again
    const auto openWithRoom = [&](qint64 room) {
        const QString dataDir = m_work.filePath(QStringLiteral("run-%1").arg(++m_runs));
        copyDataFolder(stale, dataDir);
        const CliRun run = withRoom(dataDir, room, args("hold list"));
        QFile repositories(QDir(dataDir).filePath(QStringLiteral("repositories.json")));
        QFile folder(QDir(dataDir).filePath(QStringLiteral("folder.json")));
        if (!repositories.open(QIODevice::ReadOnly) || !folder.open(QIODevice::ReadOnly)) {
            m_problems << QStringLiteral("room %1: a file of the folder is gone").arg(room);
            return false;
        }
        const QJsonDocument copy = QJsonDocument::fromJson(repositories.readAll());
        const QJsonDocument tie = QJsonDocument::fromJson(folder.readAll());
        // The old copy or the new one, never an empty or half-written file.
        if (!copy.isArray() || copy.array().size() > 1 || !tie.object().contains(QStringLiteral("records_device")))
            m_problems << QStringLiteral("room %1: repositories.json %2 bytes, folder.json %3 bytes (%4)")
                              .arg(room)
                              .arg(repositories.size())
                              .arg(folder.size())
                              .arg(QString::fromUtf8(run.err));
        return !run.err.contains("reading only") && copy.array().size() == 1;
    };
    // The least room in which the opening writes repositories.json again, then every 512
    // bytes around it: each write of the opening's last steps meets the full disk once.
    qint64 low = 0, high = 2 << 20;
    QVERIFY(openWithRoom(high));
    while (high - low > 1024) {
        const qint64 room = (high + low) / 2;
        (openWithRoom(room) ? high : low) = room;
    }
    for (qint64 room = qMax<qint64>(0, high - 8192); room <= high + 1024; room += 512)
        openWithRoom(room);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    qInfo("%d runs; repositories.json is written again from %lld bytes of room", m_runs, high);
}

QTEST_GUILESS_MAIN(TestCliFullDiskChange)
#include "tst_cli_fulldiskchange.moc"
