// Selecting a communication shows everything about it, and its fixity as it really is.
#include "cache/rowseal.h"
#include "cachefixture.h"
#include "detailpane.h"
#include "documentview.h"
#include "fixitybadge.h"
#include "handedit.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "relatedpanel.h"
#include "resultsview.h"
#include "safetextbrowser.h"
#include "searchbar.h"
#include "services/documentfetchjob.h"
#include "templatepanel.h"
#include "util/readerdates.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using proofdesk::itemmodels::ResultsModel;

class TestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selectingAResultShowsItsDetail();
    void fixityStatesAreRenderedAsSuch_data();
    void fixityStatesAreRenderedAsSuch();
    void templateApprovedAtIssueIsShown();
    void relatedCommunicationsOpenAsASearch();
    void htmlEmailNeverLoadsRemoteContent();
    void heldCommunicationListsItsHoldsInDetails();
    void codesInDetailsReadAsLabels();
    void aNewDocumentsDetailsStartAtTheTop();
    void aHeldRecordDeletedInTheRepositorySaysSo_data();
    void aHeldRecordDeletedInTheRepositorySaysSo();
    void aRowChangedOutsideProofdeskIsToldAndGivesNoEvidence();

private:
    void select(const QString &id);
    QTableView *metadataView() const;
    std::unique_ptr<CacheFixture> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void TestDetailPane::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_detailpane"));
    QSettings().clear();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_cache = std::make_unique<CacheFixture>(30);
    m_window = std::make_unique<MainWindow>(m_cache->databasePath(), m_cache->dataDir());
    m_window->show();
}

void TestDetailPane::select(const QString &id)
{
    m_window->searchBar()->setQuery(QStringLiteral("id:") + id);
    ResultsModel *model = m_window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->shownQuery() == QStringLiteral("id:") + id && model->rowCount() == 1, 5000);
    m_window->resultsView()->setCurrentIndex(model->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailPane()->shownId(), id, 5000);
}

void TestDetailPane::selectingAResultShowsItsDetail()
{
    const QString id = CacheFixture::idFor(0);
    select(id);
    DetailPane *pane = m_window->detailPane();
    QCOMPARE(pane->documentView()->mode(), DocumentView::Mode::Text);
    QCOMPARE(pane->documentView()->textView()->toPlainText(), QStringLiteral("Statement for %1").arg(id));
    // The delivery timeline ends in the resulting status.
    QVERIFY2(pane->deliveryStatusText().contains(QStringLiteral("Bounced")), qPrintable(pane->deliveryStatusText()));
    QVERIFY(pane->deliveryStatusText().contains(QStringLiteral("2 event")));
}

void TestDetailPane::fixityStatesAreRenderedAsSuch_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("badge");
    QTest::addColumn<int>("mode");
    QTest::newRow("verified") << CacheFixture::idFor(4) << QStringLiteral("verified") << int(DocumentView::Mode::Text);
    QTest::newRow("failed") << QStringLiteral("EXS-T-FAILED") << QStringLiteral("failed")
                            << int(DocumentView::Mode::Message);
    QTest::newRow("missing") << QStringLiteral("EXS-T-MISSING") << QStringLiteral("missing")
                             << int(DocumentView::Mode::Message);
}

void TestDetailPane::fixityStatesAreRenderedAsSuch()
{
    QFETCH(QString, id);
    QFETCH(QString, badge);
    QFETCH(int, mode);
    select(id);
    FixityBadge *shown = m_window->detailPane()->fixityBadge();
    QCOMPARE(shown->stateName(), badge);
    QVERIFY(shown->isVisible());
    QCOMPARE(int(m_window->detailPane()->documentView()->mode()), mode);
    if (badge == QLatin1String("failed")) {
        // Loud, and never called the version sent.
        QVERIFY(shown->text().contains(QStringLiteral("FIXITY FAILED")));
        QVERIFY(shown->text().contains(QStringLiteral("NOT the version sent")));
        QVERIFY(!shown->text().contains(QStringLiteral("exact version")));
    }
    if (badge == QLatin1String("verified")) {
        // The hash's start and end with an ellipsis (it does not wrap), whole in the tooltip (#41).
        const QString sha = m_window->detailPane()->detail().expectedSha256;
        QVERIFY(shown->text().contains(sha.left(12) + QChar(0x2026) + sha.right(8)));
        QVERIFY(shown->toolTip().contains(sha));
    }
    if (badge == QLatin1String("missing")) {
        // A drop's document arrives with the drop: nothing is fetched, no "Fetching…".
        DocumentView *view = m_window->detailPane()->documentView();
        QVERIFY2(view->messageText().contains(QStringLiteral("has not been fetched, or is missing")),
                 qPrintable(view->messageText()));
        QVERIFY(!m_window->detailPane()->documentFetchJob()->isRunning());
        QVERIFY(!view->retryButton()->isVisible());
    }
}

void TestDetailPane::templateApprovedAtIssueIsShown()
{
    // Version 2 was approved on 2025-12-20; communication 3 (2026-01-01 03:00) used it.
    select(CacheFixture::idFor(3));
    QVERIFY(m_window->detailPane()->templatePanel()->summaryText().contains(QStringLiteral("Approved at issue time")));
    QVERIFY(m_window->detailPane()->templatePanel()->summaryText().contains(QStringLiteral("a.ng")));
    // Version 1 was in force only until 2026-01-01 12:00; communication 14 (14:00) used it anyway.
    select(CacheFixture::idFor(14));
    QVERIFY(
        m_window->detailPane()->templatePanel()->summaryText().contains(QStringLiteral("Not approved at issue time")));
}

void TestDetailPane::relatedCommunicationsOpenAsASearch()
{
    select(CacheFixture::idFor(3));
    auto *related = m_window->detailPane()->findChild<RelatedPanel *>();
    QVERIFY(related);
    QListWidgetItem *customer = nullptr;
    for (int i = 0; i < related->list()->count(); ++i) {
        if (related->list()->item(i)->data(Qt::UserRole).toString() == QLatin1String("customer:CUST-3"))
            customer = related->list()->item(i);
    }
    QVERIFY(customer);
    QVERIFY(customer->text().contains(QStringLiteral("6"))); // 3, 8, 13, 18, 23, 28
    emit related->list()->itemActivated(customer);
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("customer:CUST-3"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->resultsModel()->total(), 6, 5000);
}

void TestDetailPane::htmlEmailNeverLoadsRemoteContent()
{
    SafeTextBrowser browser;
    browser.setSafeHtml(QStringLiteral("<p>Hello</p><img src=\"https://tracker.example/pixel.gif\">"
                                       "<img src=\"file:///etc/passwd\">"));
    browser.resize(400, 300);
    browser.grab(); // paints: every image of the document has been asked for
    QCOMPARE(browser.refusedCount(), 2);
    QVERIFY(browser.toPlainText().contains(QStringLiteral("Hello")));
    // A placeholder, never an invalid answer: on one, QTextDocument reads the URL as a file itself.
    QCOMPARE(browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://example.org/a.png"))),
             QVariant(SafeTextBrowser::placeholderImage()));
    QVERIFY(!browser.openLinks());
}

QTableView *TestDetailPane::metadataView() const
{
    for (QTableView *view : m_window->detailPane()->findChildren<QTableView *>()) {
        if (view->accessibleName() == QLatin1String("Metadata"))
            return view;
    }
    return nullptr;
}

void TestDetailPane::heldCommunicationListsItsHoldsInDetails()
{
    // HOLD-1 "Litigation", applied by tester at the epoch, holds communication 1.
    select(CacheFixture::idFor(1));
    QTableView *view = metadataView();
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QModelIndex hold;
    for (int r = 0; r < view->model()->rowCount() && !hold.isValid(); ++r) {
        if (view->model()->index(r, 0).data().toString() == QLatin1String("Legal hold"))
            hold = view->model()->index(r, 1);
    }
    QVERIFY(hold.isValid());
    QCOMPARE(hold.row(), 0); // before everything else: nobody misses it
    const QString value = hold.data().toString();
    for (const QString &part : {QStringLiteral("HOLD-1"), QStringLiteral("Litigation"),
                                proofdesk::util::readerDate(QDate(1970, 1, 1)), QStringLiteral("tester")})
        QVERIFY2(value.contains(part), qPrintable(value));
    QVERIFY(hold.data(Qt::ToolTipRole).toString().contains(QStringLiteral("test"))); // the reason
    QSignalSpy search(m_window->detailPane(), &DetailPane::searchRequested);
    emit view->activated(hold);
    QCOMPARE(search.size(), 1);
    QCOMPARE(search.at(0).at(0).toString(), QStringLiteral("hold:HOLD-1"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->resultsModel()->total(), 1, 5000);
    // A communication under no hold lists none.
    select(CacheFixture::idFor(2));
    for (int r = 0; r < view->model()->rowCount(); ++r)
        QVERIFY(view->model()->index(r, 0).data().toString() != QLatin1String("Legal hold"));
}

void TestDetailPane::codesInDetailsReadAsLabels()
{
    select(CacheFixture::idFor(0)); // a statement by email, bounced
    QTableView *view = metadataView();
    QVERIFY(view);
    QHash<QString, QString> values;
    QHash<QString, QString> queries;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QString label = view->model()->index(r, 0).data().toString();
        values.insert(label, view->model()->index(r, 1).data().toString());
        queries.insert(label, view->model()->index(r, 0).data(Qt::UserRole).toString());
    }
    QCOMPARE(values.value(QStringLiteral("Type")), QStringLiteral("Statement"));
    QCOMPARE(values.value(QStringLiteral("Channel")), QStringLiteral("Email"));
    QCOMPARE(queries.value(QStringLiteral("Type")), QStringLiteral("type:statement")); // searches by the code
}

void TestDetailPane::aNewDocumentsDetailsStartAtTheTop()
{
    // Moving down the results (no new search in between, so the pane is never emptied).
    m_window->searchBar()->setQuery(QString());
    ResultsModel *model = m_window->resultsModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->shownQuery().isEmpty() && model->rowCount() > 2, 5000);
    DetailPane *pane = m_window->detailPane();
    QSignalSpy shown(pane, &DetailPane::detailShown);
    m_window->resultsView()->setCurrentIndex(model->index(0, 0));
    QVERIFY(shown.wait(5000));
    QTableView *view = metadataView();
    QVERIFY(view);
    view->resize(view->width(), 3 * view->verticalHeader()->defaultSectionSize()); // fewer rows than there are
    QCoreApplication::processEvents();
    QVERIFY(view->verticalScrollBar()->maximum() > 0);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum()); // read to the end
    m_window->resultsView()->setCurrentIndex(model->index(1, 0));
    QVERIFY(shown.wait(5000));
    QCOMPARE(view->verticalScrollBar()->value(), 0);
}

void TestDetailPane::aHeldRecordDeletedInTheRepositorySaysSo_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<bool>("deleted");
    QTest::newRow("held, deleted in the repository") << 1 << true; // HOLD-1 keeps it
    QTest::newRow("live") << 2 << false;
}

// The details say the repository deleted it (and when), right after the hold that keeps it.
void TestDetailPane::aHeldRecordDeletedInTheRepositorySaysSo()
{
    QFETCH(int, number);
    QFETCH(bool, deleted);
    const QString id = CacheFixture::idFor(number);
    {
        proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(m_cache->databasePath());
        // 2026-11-03 12:00 UTC, as a sync that met the deletion marks it (repositorydeletions.cpp)
        proofdesk::cache::Statement st = writer.prepare("UPDATE communications SET repo_deleted_at = ?2 WHERE id = ?1");
        st.bind(1, id);
        deleted ? st.bind(2, qint64(1793707200000)) : st.bindNull(2);
        st.run();
    }
    select(id);
    QTableView *view = metadataView();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 5000);
    QModelIndex shown;
    for (int r = 0; r < view->model()->rowCount() && !shown.isValid(); ++r)
        if (view->model()->index(r, 0).data().toString() == QLatin1String("Deleted in the repository"))
            shown = view->model()->index(r, 1);
    QCOMPARE(shown.isValid(), deleted);
    if (!deleted)
        return;
    QVERIFY2(shown.data().toString().contains(proofdesk::util::readerDate(QDate(2026, 11, 3))),
             qPrintable(shown.data().toString()));
    QVERIFY2(shown.data().toString().contains(QStringLiteral("hold")), qPrintable(shown.data().toString()));
    QCOMPARE(view->model()->index(shown.row() - 1, 0).data().toString(), QStringLiteral("Legal hold"));
    proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(m_cache->databasePath());
    writer.exec("UPDATE communications SET repo_deleted_at = NULL"); // as the other tests expect it
}

// Issue #62: the cache's row of a letter changed by another program (its sealing triggers
// dropped first) is told above the letter, and Export Evidence is off; the letters beside it
// are shown as before.
void TestDetailPane::aRowChangedOutsideProofdeskIsToldAndGivesNoEvidence()
{
    const QString changed = CacheFixture::idFor(5), untouched = CacheFixture::idFor(6);
    QString name;
    {
        proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(m_cache->databasePath());
        proofdesk::cache::Statement st = writer.prepare("SELECT recipient_name FROM communications WHERE id = ?1");
        QVERIFY(st.bind(1, changed).step());
        name = st.columnText(0);
    }
    const QString error = test::editByHand(
        m_cache->databasePath(),
        {QStringLiteral("DROP TRIGGER comm_seal_update"),
         QStringLiteral("UPDATE communications SET recipient_name = 'Mallory' WHERE id = '%1'").arg(changed)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    DetailPane *pane = m_window->detailPane();
    auto *warning = pane->findChild<QLabel *>(QStringLiteral("rowChangedWarning"));
    auto *evidence = pane->findChild<QPushButton *>(QStringLiteral("exportEvidenceFromDetail"));
    QVERIFY(warning && evidence);
    select(changed);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("Changed outside Proofdesk")), qPrintable(warning->text()));
    QVERIFY(!evidence->isEnabled());
    select(untouched);
    QVERIFY(!warning->isVisible());
    QVERIFY(evidence->isEnabled());
    // As the other tests expect the cache: the row as it was, the triggers back.
    proofdesk::cache::Database writer = proofdesk::cache::CacheFile::openWriter(m_cache->databasePath());
    writer.exec("DROP TRIGGER IF EXISTS comm_seal_insert");
    writer.exec(proofdesk::cache::RowSeal::triggersSql());
    proofdesk::cache::Statement st = writer.prepare("UPDATE communications SET recipient_name = ?2 WHERE id = ?1");
    st.bind(1, changed).bind(2, name).run();
    QCOMPARE(proofdesk::cache::RowSeal::verify(writer).damagedRows, 0);
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
