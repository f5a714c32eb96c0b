// Issue 29 item 13: New Hold… takes a search typed in the dialog, starting from the one in the
// window's search box (never an earlier one), says what it would hold before anything is
// applied (or why the query is not a search), and the hold is applied by that query.
#include "cachefixture.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "records/holddialog.h"
#include "records/holdqueryfield.h"
#include "records/identity.h"
#include "records/recordsactions.h"
#include "search/searchservice.h"
#include "searchbar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace proofdesk;

class TestHoldDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theSearchIsCountedAsItIsTyped_data();
    void theSearchIsCountedAsItIsTyped();
    void theSearchFromTheWindowIsCountedAtOnce();
    void theHoldIsAppliedByTheQueryTyped();
    void theDialogStartsFromTheSearchInTheBox();

private:
    // The dialog with a name and a reason, covering a search.
    std::unique_ptr<HoldDialog> openDialog(const QString &query);
    static QPushButton *applyButton(HoldDialog &dialog);

    std::unique_ptr<CacheFixture> m_cache;
};

void TestHoldDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_holddialog"));
}

void TestHoldDialog::init()
{
    m_cache = std::make_unique<CacheFixture>(30); // every third to García: 10, and 2 special cases
    MessageBox::setNextAnswer(QMessageBox::Ok);
}

void TestHoldDialog::cleanup()
{
    m_cache.reset();
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

std::unique_ptr<HoldDialog> TestHoldDialog::openDialog(const QString &query)
{
    HoldTargets targets;
    targets.selectedIds = {CacheFixture::idFor(3)};
    targets.query = query;
    auto dialog = std::make_unique<HoldDialog>(targets, m_cache->databasePath());
    dialog->show();
    dialog->nameEdit()->setText(QStringLiteral("Dispute"));
    dialog->reasonEdit()->setPlainText(QStringLiteral("Letters to María García"));
    dialog->coverage()->setCurrentIndex(1); // after the selection: the search
    return dialog;
}

QPushButton *TestHoldDialog::applyButton(HoldDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void TestHoldDialog::theSearchIsCountedAsItIsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("says");
    // Without a catalogue loaded, Qt shows the source of the plural: "communication(s)".
    QTest::newRow("finds some") << QStringLiteral("garcia") << qint64(12)
                                << QStringLiteral("Would hold 12 communication");
    QTest::newRow("finds one") << QStringLiteral("id:%1").arg(CacheFixture::idFor(7)) << qint64(1)
                               << QStringLiteral("Would hold 1 communication");
    QTest::newRow("finds none") << QStringLiteral("nosuchwordanywhere") << qint64(0)
                                << QStringLiteral("nothing to hold");
    QTest::newRow("not a search") << QStringLiteral("garcia)") << qint64(-1)
                                  << QStringLiteral("unmatched ')': there is no '(' before it (at character 7)");
}

void TestHoldDialog::theSearchIsCountedAsItIsTyped()
{
    QFETCH(QString, typed);
    QFETCH(qint64, count);
    QFETCH(QString, says);
    auto dialog = openDialog(QString());
    HoldQueryField *field = dialog->queryField();
    QVERIFY(field->isVisible()); // the search is what the hold covers
    QVERIFY(field->statusLabel()->text().startsWith(QStringLiteral("Type the search")));
    QVERIFY(!applyButton(*dialog)->isEnabled()); // an empty search holds nothing

    // Counted once the typing stops, not at each key: every key starts the wait again, and
    // only its end submits the one count. Meanwhile Apply waits.
    QTimer *debounce = nullptr;
    for (QTimer *timer : field->findChildren<QTimer *>(Qt::FindDirectChildrenOnly))
        if (timer->isSingleShot() && timer->interval() == HoldQueryField::kDebounceMs)
            debounce = timer;
    QVERIFY(debounce);
    auto *service = field->findChild<search::SearchService *>();
    QVERIFY(service);
    QSignalSpy waitsEnded(debounce, &QTimer::timeout);
    QSignalSpy counted(service, &search::SearchService::finished);
    QSignalSpy failed(service, &search::SearchService::failed);
    QTest::keyClicks(field->lineEdit(), typed); // each key at once: no event loop between them
    QVERIFY(debounce->isActive());
    QCOMPARE(field->statusLabel()->text(), QStringLiteral("Counting…"));
    QVERIFY(!field->isReady());
    QVERIFY(!applyButton(*dialog)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(field->statusLabel()->text() != QStringLiteral("Counting…"), 60000);
    QCOMPARE(waitsEnded.size(), 1);
    QCOMPARE(counted.size() + failed.size(), 1);

    QVERIFY2(field->statusLabel()->text().contains(says), qPrintable(field->statusLabel()->text()));
    QCOMPARE(field->count(), count);
    QCOMPARE(field->isReady(), count > 0);
    QCOMPARE(applyButton(*dialog)->isEnabled(), count > 0);
    QCOMPARE(dialog->canApply(), count > 0);
    if (count > 0)
        QCOMPARE(dialog->spec().query, typed);

    // Another coverage needs no search: the field goes, Apply follows the name and reason.
    dialog->coverage()->setCurrentIndex(0);
    QVERIFY(!field->isVisible());
    QVERIFY(applyButton(*dialog)->isEnabled());
    QCOMPARE(dialog->spec().ids, QStringList{CacheFixture::idFor(3)});
    QVERIFY(dialog->spec().query.isEmpty());
}

void TestHoldDialog::theSearchFromTheWindowIsCountedAtOnce()
{
    auto dialog = openDialog(QStringLiteral("garcia"));
    HoldQueryField *field = dialog->queryField();
    QCOMPARE(field->lineEdit()->text(), QStringLiteral("garcia"));
    QTRY_COMPARE_WITH_TIMEOUT(field->count(), qint64(12), 5000);
    QVERIFY(applyButton(*dialog)->isEnabled());
    // Spaces around it change nothing: no new count, Apply stays.
    field->lineEdit()->setText(QStringLiteral(" garcia "));
    QVERIFY(field->isReady());
    QVERIFY(applyButton(*dialog)->isEnabled());
    // Editing it counts again; until then the old count does not hold for the new text.
    field->lineEdit()->setText(QStringLiteral("garcia customer:CUST-0"));
    QVERIFY(!applyButton(*dialog)->isEnabled());
    QCOMPARE(field->count(), qint64(-1));
    QTRY_VERIFY_WITH_TIMEOUT(field->isReady(), 5000);
    // García gets 0, 3, …, 27; customer CUST-0 is every fifth: 0, 15 (and the special cases' own).
    QCOMPARE(field->count(), qint64(2));
    QVERIFY(applyButton(*dialog)->isEnabled());
}

void TestHoldDialog::theHoldIsAppliedByTheQueryTyped()
{
    auto dialog = openDialog(QStringLiteral("garcia"));
    QTest::keyClicks(dialog->queryField()->lineEdit(), QStringLiteral(" customer:CUST-0"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->canApply(), 5000);
    const qint64 counted = dialog->queryField()->count();

    itemmodels::RecordsContext context(m_cache->databasePath(), m_cache->dataDir());
    QSignalSpy roles(&context, &itemmodels::RecordsContext::rolesChanged);
    context.reload(); // the unclaimed folder's first user gets every role
    QVERIFY(roles.wait(5000));
    QSignalSpy role(&context, &itemmodels::RecordsContext::roleChanged);
    context.switchRole(records::Role::Records);
    QVERIFY(role.wait(5000));
    QWidget parent;
    RecordsActions actions(&context, &parent);
    QSignalSpy done(&actions, &RecordsActions::holdDone);
    actions.createHold(dialog->spec());
    QVERIFY(done.wait(5000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(MessageBox::lastText()));
    const auto hold = done.first().at(1).value<records::HoldInfo>();
    QCOMPARE(hold.scopeQuery, QStringLiteral("garcia customer:CUST-0"));
    QCOMPARE(hold.items, counted); // what the dialog said it would hold
}

// The dialog starts from what the search box says now: a search typed after the results were
// shown (still being searched, say) is the one offered, with its own count.
void TestHoldDialog::theDialogStartsFromTheSearchInTheBox()
{
    QSettings().clear();
    MainWindow window(m_cache->databasePath(), m_cache->dataDir());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.recordsContext()->loaded(), 5000);
    QSignalSpy role(window.recordsContext(), &itemmodels::RecordsContext::roleChanged);
    window.recordsContext()->switchRole(records::Role::Records);
    QVERIFY(role.wait(5000));
    window.searchBar()->setQuery(QStringLiteral("garcia"));
    QTRY_COMPARE_WITH_TIMEOUT(window.resultsModel()->total(), qint64(12), 5000);
    window.searchBar()->lineEdit()->setText(QStringLiteral("customer:CUST-1")); // not searched yet

    QString offered;
    qint64 counted = -2;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<HoldDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offered = dialog->queryField()->query();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->queryField()->count() >= 0, 5000);
        counted = dialog->queryField()->count();
        dialog->reject();
    });
    QAction *apply = window.action(QStringLiteral("applyLegalHold"));
    QVERIFY(apply && apply->isEnabled());
    apply->trigger();
    QCOMPARE(offered, QStringLiteral("customer:CUST-1"));
    cache::Database reader = cache::CacheFile::openReader(m_cache->databasePath());
    QCOMPARE(counted, reader.queryInt("SELECT count(*) FROM communications WHERE customer_id = 'CUST-1'"));
}

QTEST_MAIN(TestHoldDialog)
#include "tst_holddialog.moc"
