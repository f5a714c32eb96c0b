// The desktop's opening of its data folder (ui/folderopening.h): long work ahead (a whole-cache
// check after a power cut, indexes a stopped import left dropped) is shown in a window that
// says what and how much while the folder opens on another thread; a program killed while the
// machine kept running leaves nothing to check and nothing to show (issue #43 item 5).
#include "cache/bulkload.h"
#include "cache/cachefile.h"
#include "cache/datafolderlock.h"
#include "cache/sessionmarker.h"
#include "folderopening.h"
#include "tempdatafolder.h"

#include <QApplication>
#include <QProgressDialog>
#include <QTimer>
#include <QtTest>
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
};

namespace {

enum class Left { MarkerWithoutBoot, MarkerOfThisBoot, IndexesDropped, DailyCheckOfASmallCache };

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
    if (what == Left::DailyCheckOfASmallCache)
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
    // Checked, but a small cache reads in well under a second: not worth a window every day.
    QTest::newRow("the daily check of a small cache: checked, not shown")
        << int(Left::DailyCheckOfASmallCache) << QString() << true;
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

QTEST_MAIN(TestFolderOpening)
#include "tst_folderopening.moc"
