// A saved search marked "watch" (issue #61): after a change of the cache it counts the letters
// it finds that were not there when the person last looked, shows them beside its name, lists
// them one click away, and starts again from what it finds when they are marked as seen.

#include "cachefixture.h"
#include "itemmodels/savedsearchesmodel.h"
#include "newlettersdialog.h"
#include "savedsearchespanel.h"
#include "savedsearchwatcher.h"
#include "services/searchwatch.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeWidget>

using proofdesk::cache::CacheFile;
using proofdesk::itemmodels::SavedSearchesModel;
using proofdesk::services::SearchWatch;

class TestSearchWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void aWatchStartsWithWhatItFindsNow();
    void lettersThatArriveAreNew_data();
    void lettersThatArriveAreNew();
    void markingAsSeenStartsAgain();
    void aQueryTheCacheCannotRunIsSaid();
    void aSeenFileThatCannotBeReadIsSaid();
    void theWatchIsSavedAndTheCountShown();
    void thePanelWatchesCountsAndLists();
};

namespace {

// Imports `count` more letters for customer CUST-NEW into the fixture's cache (a second drop
// into the same data folder, as a sync of a new batch would).
void importNewLetters(CacheFixture &fixture, int count, const QString &channel)
{
    QTemporaryDir dir;
    DropBuilder more(dir.path(), QStringLiteral("second-drop"));
    for (int i = 0; i < count; ++i)
        more.appendRecord(QStringLiteral("communications/new.ndjson"),
                          more.communication(QStringLiteral("EXS-NEW-%1").arg(i), CacheFixture::issuedFor(500 + i),
                                             {{QStringLiteral("customer_id"), QStringLiteral("CUST-NEW")},
                                              {QStringLiteral("channel"), channel}}));
    proofdesk::cache::Database writer = CacheFile::openWriter(fixture.databasePath());
    const auto outcome = proofdesk::sync::importDrop(writer, fixture.folder->contentStore(), dir.path());
    QVERIFY2(outcome.report.error.isEmpty(), qPrintable(outcome.report.error));
}

} // namespace

void TestSearchWatch::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_searchwatch"));
}

void TestSearchWatch::aWatchStartsWithWhatItFindsNow()
{
    CacheFixture fixture(12);
    proofdesk::cache::Database db = CacheFile::openReader(fixture.databasePath());
    const SearchWatch watch(fixture.dataDir());
    const SearchWatch::News first = watch.news(db, QStringLiteral("channel:print"));
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QVERIFY(first.first);
    QVERIFY(first.ids.isEmpty()); // the archive as it is, not news
    QVERIFY(QFile::exists(watch.seenFile(QStringLiteral("channel:print"))));
    const SearchWatch::News again = watch.news(db, QStringLiteral("channel:print"));
    QVERIFY(!again.first);
    QVERIFY(again.ids.isEmpty());
}

void TestSearchWatch::lettersThatArriveAreNew_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<int>("expected");
    QTest::newRow("the new customer's letters") << QStringLiteral("customer:CUST-NEW") << QStringLiteral("email") << 3;
    QTest::newRow("by post, and they went by post") << QStringLiteral("channel:print") << QStringLiteral("print") << 3;
    QTest::newRow("by post, and they went by e-mail")
        << QStringLiteral("channel:print") << QStringLiteral("email") << 0;
    QTest::newRow("another customer's letters") << QStringLiteral("customer:CUST-1") << QStringLiteral("email") << 0;
}

void TestSearchWatch::lettersThatArriveAreNew()
{
    QFETCH(QString, query);
    QFETCH(QString, channel);
    QFETCH(int, expected);
    CacheFixture fixture(12);
    const SearchWatch watch(fixture.dataDir());
    {
        proofdesk::cache::Database db = CacheFile::openReader(fixture.databasePath());
        QVERIFY(watch.news(db, query).first);
    }
    importNewLetters(fixture, 3, channel);
    proofdesk::cache::Database db = CacheFile::openReader(fixture.databasePath());
    const SearchWatch::News news = watch.news(db, query);
    QVERIFY2(news.error.isEmpty(), qPrintable(news.error));
    QCOMPARE(news.ids.size(), expected);
    for (const QString &id : news.ids)
        QVERIFY2(id.startsWith(QLatin1String("EXS-NEW-")), qPrintable(id));
    if (expected > 0)
        QCOMPARE(news.ids.first(), QStringLiteral("EXS-NEW-2")); // newest first, as the search orders
}

void TestSearchWatch::markingAsSeenStartsAgain()
{
    CacheFixture fixture(6);
    const SearchWatch watch(fixture.dataDir());
    const QString query = QStringLiteral("customer:CUST-NEW");
    {
        proofdesk::cache::Database db = CacheFile::openReader(fixture.databasePath());
        watch.news(db, query);
    }
    importNewLetters(fixture, 2, QStringLiteral("email"));
    proofdesk::cache::Database db = CacheFile::openReader(fixture.databasePath());
    QCOMPARE(watch.news(db, query).ids.size(), 2);
    QCOMPARE(watch.markSeen(db, query), QString());
    QCOMPARE(watch.news(db, query).ids.size(), 0);
    watch.forget(query);
    QVERIFY(!QFile::exists(watch.seenFile(query)));
}

void TestSearchWatch::aQueryTheCacheCannotRunIsSaid()
{
    CacheFixture fixture(3);
    proofdesk::cache::Database db = CacheFile::openReader(fixture.databasePath());
    const SearchWatch::News news = SearchWatch(fixture.dataDir()).news(db, QStringLiteral("nosuchfield:x"));
    QVERIFY(news.error.contains(QLatin1String("nosuchfield:x")));
    QVERIFY(news.error.contains(QLatin1String("character 1")));
    QVERIFY(news.ids.isEmpty());
}

void TestSearchWatch::aSeenFileThatCannotBeReadIsSaid()
{
    CacheFixture fixture(3);
    const SearchWatch watch(fixture.dataDir());
    const QString query = QStringLiteral("channel:print");
    QVERIFY(QDir().mkpath(watch.seenFile(query))); // a folder where the file should be
    proofdesk::cache::Database db = CacheFile::openReader(fixture.databasePath());
    const SearchWatch::News news = watch.news(db, query);
    QVERIFY2(news.error.contains(watch.seenFile(query)), qPrintable(news.error));
    QVERIFY(!news.first);
}

void TestSearchWatch::theWatchIsSavedAndTheCountShown()
{
    {
        SavedSearchesModel model(QStringLiteral("saved"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add(QStringLiteral("Posted"), QStringLiteral("channel:print"));
        model.add(QStringLiteral("Held"), QStringLiteral("hold:any"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setWatched(0, true));
        QVERIFY(!model.setWatched(0, true)); // already
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.watchedQueries(), QStringList{QStringLiteral("channel:print")});
        QCOMPARE(model.newCountAt(0), -1); // not counted yet
        model.setNewCount(QStringLiteral("channel:print"), 4);
        model.setNewCount(QStringLiteral("hold:any"), 9); // not watched: nothing shown
        QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("Posted (4 new)"));
        QCOMPARE(model.data(model.index(0), Qt::EditRole).toString(), QStringLiteral("Posted"));
        QVERIFY(model.data(model.index(0), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("Held"));
        QCOMPARE(model.newCountAt(1), -1);
    }
    SavedSearchesModel again(QStringLiteral("saved"));
    QVERIFY(again.isWatched(0));
    QVERIFY(!again.isWatched(1));
    QCOMPARE(again.data(again.index(0)).toString(), QStringLiteral("Posted")); // counted again, not remembered
}

void TestSearchWatch::thePanelWatchesCountsAndLists()
{
    CacheFixture fixture(8);
    SavedSearchesModel model(QStringLiteral("saved"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SavedSearchesPanel panel(&model);
    SavedSearchWatcher watcher(fixture.databasePath(), fixture.dataDir(), &model);
    QObject::connect(&panel, &SavedSearchesPanel::watchChanged, &watcher, &SavedSearchWatcher::watchChanged);
    QSignalSpy counted(&watcher, &SavedSearchWatcher::counted);
    panel.addSearch(QStringLiteral("customer:CUST-NEW"), QStringLiteral("New customer"));
    QPushButton *watch = nullptr;
    QPushButton *newLetters = nullptr;
    for (QPushButton *b : panel.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Watch"))
            watch = b;
        if (b->text().startsWith(QLatin1String("New Letters")))
            newLetters = b;
    }
    QVERIFY(watch && newLetters);
    QVERIFY(!newLetters->isEnabled());
    watch->click();
    QVERIFY(model.isWatched(0));
    QVERIFY(counted.wait(60000));
    QCOMPARE(model.newCountAt(0), 0);

    importNewLetters(fixture, 3, QStringLiteral("email"));
    watcher.recount(); // what the window does after a sync or an import
    QVERIFY(counted.wait(60000));
    QCOMPARE(model.newCountAt(0), 3);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("New customer (3 new)"));
    QVERIFY(newLetters->isEnabled());

    NewLettersDialog dialog(fixture.databasePath(), model.nameAt(0), watcher.newIds(model.queryAt(0)));
    QCOMPARE(dialog.list()->topLevelItemCount(), 3);
    QSignalSpy requested(&dialog, &NewLettersDialog::letterRequested);
    QSignalSpy seen(&dialog, &NewLettersDialog::markSeenRequested);
    dialog.show();
    QTest::keyClick(dialog.list(), Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(seen.count(), 0); // Return shows the letter, and only that
    QVERIFY(dialog.isVisible());
    QCOMPARE(requested.first().first().toString(), QStringLiteral("EXS-NEW-2"));
    QObject::connect(&dialog, &NewLettersDialog::markSeenRequested, &watcher,
                     [&] { watcher.markSeen(model.queryAt(0)); });
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("&Mark as Seen"))
            b->click();
    }
    QCOMPARE(seen.count(), 1);
    QVERIFY(counted.wait(60000));
    QCOMPARE(model.newCountAt(0), 0);

    watch->click(); // off: what was seen is forgotten
    QVERIFY(!model.isWatched(0));
    QVERIFY(!QFile::exists(SearchWatch(fixture.dataDir()).seenFile(QStringLiteral("customer:CUST-NEW"))));
}

QTEST_MAIN(TestSearchWatch)
#include "tst_searchwatch.moc"
