// The desktop's opening of its data folder (ui/folderopening.h): long work ahead (a whole-cache
// check after a power cut, indexes a stopped import left dropped) is shown in a window that
// says what and how much while the folder opens on another thread; a program killed while the
// machine kept running leaves nothing to check and nothing to show (issue #43 item 5).
#include "cache/bulkload.h"
#include "cache/cachefile.h"
#include "cache/checkbeside.h"
#include "cache/datafolderlock.h"
#include "cache/rowseal.h"
#include "cache/sessionmarker.h"
#include "checkbesiderunner.h"
#include "damagedpage.h"
#include "dropbuilder.h"
#include "folderopening.h"
#include "handedit.h"
#include "messagebox.h"
#include "sync/dropimport.h"
#include "tempdatafolder.h"

#include <QApplication>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <atomic>
#include <optional>
#include <thread>

using namespace proofdesk;

class TestFolderOpening : public QObject
{
    Q_OBJECT

private slots:
    void longWorkIsShownWhileTheFolderOpens_data();
    void longWorkIsShownWhileTheFolderOpens();
    void theDailyCheckRunsBesideTheWindow_data();
    void theDailyCheckRunsBesideTheWindow();
};

namespace {

enum class Left { MarkerWithoutBoot, MarkerOfThisBoot, IndexesDropped, DailyCheckDue };

void leave(const QString &dataDir, Left what)
{
    if (what == Left::MarkerWithoutBoot || what == Left::MarkerOfThisBoot)
        writeTextFile(dataDir, QStringLiteral(".sessions/999999999"),
                      what == Left::MarkerOfThisBoot ? cache::SessionMarker::bootId() : QByteArray());
    cache::Database db = cache::CacheFile::openWriter(cache::CacheFile::databasePath(dataDir));
    if (what == Left::IndexesDropped) {
        cache::BulkLoad::deferIndexes(db);
        // The import that dropped them is gone (an id no process has), as after a kill.
        db.exec("UPDATE meta SET value = '2147483647 0' WHERE key = 'bulkload_owner'");
    }
    if (what == Left::DailyCheckDue)
        db.exec("UPDATE meta SET value = '1000' WHERE key = 'last_quick_check'");
}

} // namespace

void TestFolderOpening::longWorkIsShownWhileTheFolderOpens_data()
{
    QTest::addColumn<int>("left");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("checked");
    QTest::newRow("a marker from no known boot: the machine may have stopped")
        << int(Left::MarkerWithoutBoot) << QStringLiteral("the machine may have stopped with it") << true;
    QTest::newRow("indexes a stopped import left dropped")
        << int(Left::IndexesDropped) << QStringLiteral("indexes a stopped import left dropped") << false;
    QTest::newRow("a program killed in this boot: nothing to check, nothing shown")
        << int(Left::MarkerOfThisBoot) << QString() << false;
    // Left to run beside the window (theDailyCheckRunsBesideTheWindow).
    QTest::newRow("the daily check: left beside the window, not shown")
        << int(Left::DailyCheckDue) << QString() << false;
}

void TestFolderOpening::longWorkIsShownWhileTheFolderOpens()
{
    QFETCH(int, left);
    QFETCH(QString, shown);
    QFETCH(bool, checked);
    if (cache::SessionMarker::bootId().isEmpty())
        QSKIP("this system gives no boot id: every stale marker is checked");
    TempDataFolder data;
    {
        datafolder::DataFolder created(data.path());
    }
    leave(data.path(), Left(left));

    // The opening waits for this lock (one process prepares a folder at a time): held until the
    // window has been seen, so that the test sees it whatever the machine's speed; where no
    // window is expected, given up after half a second (the opening is then on this thread).
    std::optional<cache::DataFolderLock> preparing;
    preparing.emplace(data.path(), QStringLiteral("prepare"));
    QCOMPARE(preparing->lock(), cache::DataFolderLock::Result::Locked);
    std::atomic_bool seen{false};
    QString label;
    QTimer look;
    connect(&look, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<QProgressDialog *>(w); dialog && dialog->isVisible() && !seen) {
                label = dialog->labelText();
                seen = true;
            }
    });
    look.start(5);
    std::thread release([&] {
        const auto patience = std::chrono::milliseconds(shown.isEmpty() ? 500 : 60000);
        const auto until = std::chrono::steady_clock::now() + patience;
        while (!seen && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        preparing.reset();
    });
    const std::unique_ptr<datafolder::DataFolder> folder = openDataFolderShowingWork(data.path());
    release.join();
    look.stop();

    QVERIFY(folder);
    QCOMPARE(folder->openReport().checked, checked);
    if (shown.isEmpty()) {
        QVERIFY2(label.isEmpty(), qPrintable(label));
    } else {
        QVERIFY2(label.contains(shown), qPrintable(label));
        QVERIFY2(label.contains(data.path()), qPrintable(label)); // which folder
    }
    cache::Database reader = cache::CacheFile::openReader(folder->databasePath());
    QCOMPARE(cache::BulkLoad::pendingIndexes(reader), 0);
    QCOMPARE(cache::SessionMarker::earlierEndSinceLastOpen(data.path()), cache::EarlierEnd::Clean);
}

// The day's check reads the whole cache (minutes at 10M): the desktop opens without it and
// runs it beside the window; a problem is told, and the next start checks before reading and
// rebuilds.
void TestFolderOpening::theDailyCheckRunsBesideTheWindow_data()
{
    QTest::addColumn<bool>("damaged");
    QTest::addColumn<bool>("editedByHand");
    QTest::newRow("a clean cache: nothing to tell") << false << false;
    QTest::newRow("a damaged page: told, rebuilt at the next start") << true << false;
    // Issue #62: a letter's row changed with another program, the sealing triggers dropped first.
    QTest::newRow("a letter's row edited by hand: told, its drop read again") << false << true;
}

void TestFolderOpening::theDailyCheckRunsBesideTheWindow()
{
    QFETCH(bool, damaged);
    QFETCH(bool, editedByHand);
    TempDataFolder data;
    const QString path = cache::CacheFile::databasePath(data.path());
    QTemporaryDir dropDir;
    {
        datafolder::DataFolder created(data.path());
        DropBuilder drop{dropDir.path()};
        drop.appendRecord(QStringLiteral("communications/a.ndjson"), drop.communication(QStringLiteral("EXS-1")));
        cache::Database writer = cache::CacheFile::openWriter(path);
        QVERIFY(sync::importDrop(writer, created.contentStore(), dropDir.path()).report.ok());
    }
    cache::CacheFile::openWriter(path).exec("UPDATE meta SET value = '1000' WHERE key = 'last_quick_check'");
    if (damaged)
        QVERIFY(damageRootPage(path, "communications"));
    if (editedByHand)
        QCOMPARE(test::editByHand(path, {QStringLiteral("DROP TRIGGER comm_seal_update"),
                                         QStringLiteral("UPDATE communications SET channel = 'web'")}),
                 QString());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const int boxesBefore = MessageBox::shownCount();
    {
        const std::unique_ptr<datafolder::DataFolder> folder = openDataFolderShowingWork(data.path());
        QVERIFY(!folder->openReport().checked); // the window was not kept waiting for it
        QVERIFY(folder->openReport().checkLeftBeside);
        QWidget window;
        CheckBesideRunner check(folder->path(), &window);
        QSignalSpy finished(&check, &CheckBesideRunner::finished);
        check.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toInt(),
                 int(damaged ? cache::CheckBeside::Outcome::FoundProblem : cache::CheckBeside::Outcome::Passed));
        QCOMPARE(finished.first().at(2).toLongLong(), editedByHand ? 1 : 0);
        QCOMPARE(MessageBox::shownCount() - boxesBefore, damaged || editedByHand ? 1 : 0);
        if (damaged)
            QVERIFY2(MessageBox::lastText().contains(QStringLiteral("failed its daily check")),
                     qPrintable(MessageBox::lastText()));
        if (editedByHand)
            QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed outside Proofdesk")),
                     qPrintable(MessageBox::lastText()));
    }
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    const std::unique_ptr<datafolder::DataFolder> next = openDataFolderShowingWork(data.path());
    QCOMPARE(next->openReport().checked, damaged);
    QCOMPARE(next->openReport().rebuilt, damaged);
    QVERIFY(!next->openReport().checkLeftBeside);
    if (editedByHand) { // the triggers made again, and the drop read again from its start
        cache::Database writer = cache::CacheFile::openWriter(path);
        QVERIFY(cache::RowSeal::triggersPresent(writer));
        QCOMPARE(writer.queryInt("SELECT count(*) FROM repositories WHERE cursor IS NULL"), 1);
        QVERIFY(sync::importDrop(writer, next->contentStore(), dropDir.path()).report.ok());
        QCOMPARE(cache::RowSeal::verify(writer).damagedRows, 0);
        QCOMPARE(writer.queryInt("SELECT count(*) FROM communications WHERE channel = 'web'"), 0);
    }
}

QTEST_MAIN(TestFolderOpening)
#include "tst_folderopening.moc"
