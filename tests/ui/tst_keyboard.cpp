// The keyboard goes where a person expects (#29 item 16): Tab leaves the detail pane's tables
// instead of walking them cell by cell, and Tab in a reason or note box moves to the buttons
// instead of typing a tab into what is recorded.
#include "cachefixture.h"
#include "detailpane.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "reasoninput.h"
#include "resultsview.h"

#include <QApplication>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QtTest>

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabLeavesTheDetailTables_data();
    void tabLeavesTheDetailTables();
    void tabInAReasonBoxMovesTheFocus();
    void ctrl1MakesARowCurrentSoReturnOpensIt();

private:
    std::unique_ptr<CacheFixture> m_cache;
};

void TestKeyboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    QSettings().clear();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_cache = std::make_unique<CacheFixture>(10);
}

void TestKeyboard::tabLeavesTheDetailTables_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("table");
    QTest::newRow("Details") << 0 << QStringLiteral("Metadata");
    QTest::newRow("Delivery") << 1 << QStringLiteral("Delivery timeline");
}

void TestKeyboard::tabLeavesTheDetailTables()
{
    QFETCH(int, tab);
    QFETCH(QString, table);
    MainWindow window(m_cache->databasePath(), m_cache->dataDir());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY_WITH_TIMEOUT(window.resultsModel()->hasAllRowIds(), 5000);
    window.resultsView()->stepCurrent(1);
    QTRY_VERIFY_WITH_TIMEOUT(!window.detailPane()->shownId().isEmpty(), 5000);
    window.detailPane()->tabs()->setCurrentIndex(tab);
    QTableView *view = nullptr;
    for (QTableView *candidate : window.detailPane()->findChildren<QTableView *>()) {
        if (candidate->accessibleName() == table)
            view = candidate;
    }
    QVERIFY(view);
    QVERIFY(view->model()->rowCount() > 1 || tab == 1);
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY2(!view->hasFocus(), "Tab moved inside the table instead of out of it");
}

void TestKeyboard::tabInAReasonBoxMovesTheFocus()
{
    QWidget parent;
    parent.show();
    QString typed;
    bool tabMoved = false;
    QTimer::singleShot(0, &parent, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("checked"));
        QTest::keyClick(edit, Qt::Key_Tab);
        tabMoved = !edit->hasFocus();
        typed = edit->toPlainText();
        dialog->accept();
    });
    bool ok = false;
    const QString note = reasoninput::getMultiLineText(&parent, QStringLiteral("Mark Finding Reviewed"),
                                                       QStringLiteral("What was checked:"), QString(), &ok);
    QVERIFY(ok);
    QCOMPARE(typed, QStringLiteral("checked"));
    QCOMPARE(note, QStringLiteral("checked"));
    QVERIFY(tabMoved);
}

QTEST_MAIN(TestKeyboard)
// #64: Ctrl+1 put the focus on the results with no row current, and Return then opened nothing.
void TestKeyboard::ctrl1MakesARowCurrentSoReturnOpensIt()
{
    MainWindow window(m_cache->databasePath(), m_cache->dataDir());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY_WITH_TIMEOUT(window.resultsModel()->hasAllRowIds(), 5000);
    QVERIFY(!window.resultsView()->currentIndex().isValid());
    window.action(QStringLiteral("focusResults"))->trigger(); // Ctrl+1
    QTRY_VERIFY(window.resultsView()->hasFocus());
    QCOMPARE(window.resultsView()->currentIndex().row(), 0);
    QTest::keyClick(window.resultsView(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.detailPane()->shownId().isEmpty(), 5000);
}

#include "tst_keyboard.moc"
