// The results as a person works with them: the row's context menu, what the table shows
// while the query in the box is wrong, the date filter, Ctrl+E, and the default layout.
#include "cachefixture.h"
#include "compliance/complianceworkspace.h"
#include "detailpane.h"
#include "filedialog.h"
#include "filterbar.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/resultsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "resultsview.h"
#include "screenfit.h"
#include "searchbar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using proofdesk::itemmodels::ResultsModel;

namespace {

// A text field that claims Ctrl+E for itself, as QLineEdit does under the X11 (Emacs) key
// bindings of a Linux desktop; the offscreen platform's bindings do not, so the test brings
// its own.
class GreedyLineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    bool event(QEvent *e) override
    {
        if (e->type() == QEvent::ShortcutOverride) {
            e->accept();
            return true;
        }
        return QLineEdit::event(e);
    }
};

} // namespace

class TestResultsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void contextMenuOffersTheRowActions();
    void copyIdAndCopyRowCopyWhatIsShown();
    void openInNewWindowShowsThatCommunication();
    void exportEvidenceFromTheResultsIsTheComplianceExport();
    void exportEvidenceFromTheDetailPaneSaysWhereInReview();
    void aQueryErrorGreysOutTheOldResultsUntilFixed();
    void theDateFilterShowsTheRangeInEffect_data();
    void theDateFilterShowsTheRangeInEffect();
    void filterValuesReadAsLabels();
    void ctrlEExportsFromAnywhereInTheWindow();
    void defaultColumnsFitA1600PixelWindow();
    void firstStartOnA1600PixelScreenShowsFixityAndTheDocument();
    void selectingDocumentsDoesNotMoveTheSplitter();
    void clickingAHeaderSortsByItAndTheDetailPaneFollows();

private:
    void clickHeader(int column);
    void waitForTotal(qint64 expected);
    void selectRow(int row);
    std::unique_ptr<CacheFixture> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void TestResultsView::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_resultsview"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_cache = std::make_unique<CacheFixture>(30);
}

void TestResultsView::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>(m_cache->databasePath(), m_cache->dataDir());
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->recordsContext()->loaded(), 5000);
    waitForTotal(32);
}

void TestResultsView::cleanup() { m_window.reset(); }

void TestResultsView::waitForTotal(qint64 expected)
{
    ResultsModel *model = m_window->resultsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->total(), expected, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(model->hasAllRowIds() && model->shownQuery() == model->query(), 5000);
}

void TestResultsView::selectRow(int row)
{
    ResultsView *view = m_window->resultsView();
    view->setCurrentIndex(m_window->resultsModel()->index(row, 0));
    const QString id = m_window->resultsModel()->index(row, 0).data(ResultsModel::CommunicationIdRole).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailPane()->shownId(), id, 5000);
}

void TestResultsView::contextMenuOffersTheRowActions()
{
    ResultsView *view = m_window->resultsView();
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList names;
    for (QAction *action : view->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    const QStringList expected = {QStringLiteral("copyId"),
                                  QStringLiteral("copyRow"),
                                  QStringLiteral("openInNewWindow"),
                                  QStringLiteral("keepOffline"),
                                  QStringLiteral("requestReissue"),
                                  QStringLiteral("applyLegalHold"),
                                  QStringLiteral("exportEvidenceFromResults")};
    QCOMPARE(names, expected);
}

void TestResultsView::copyIdAndCopyRowCopyWhatIsShown()
{
    selectRow(2);
    ResultsView *view = m_window->resultsView();
    auto *copyId = view->findChild<QAction *>(QStringLiteral("copyId"));
    auto *copyRow = view->findChild<QAction *>(QStringLiteral("copyRow"));
    QVERIFY(copyId && copyRow);
    const QModelIndex current = view->currentIndex();
    copyId->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             current.siblingAtColumn(0).data(ResultsModel::CommunicationIdRole).toString());
    // As shown: the visible columns, in their on-screen order, tab-separated.
    view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(ResultsModel::RecipientColumn), 0);
    view->setColumnHidden(ResultsModel::ChannelColumn, true);
    QStringList cells;
    for (int visual = 0; visual < view->horizontalHeader()->count(); ++visual) {
        const int column = view->horizontalHeader()->logicalIndex(visual);
        if (!view->isColumnHidden(column))
            cells << current.siblingAtColumn(column).data().toString();
    }
    copyRow->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, cells.join(QLatin1Char('\t')));
    QVERIFY(copied.startsWith(current.siblingAtColumn(ResultsModel::RecipientColumn).data().toString()
                              + QLatin1Char('\t')));
}

void TestResultsView::openInNewWindowShowsThatCommunication()
{
    selectRow(3);
    const QString id = m_window->detailPane()->shownId();
    auto *open = m_window->resultsView()->findChild<QAction *>(QStringLiteral("openInNewWindow"));
    QVERIFY(open);
    open->trigger();
    DetailPane *window = nullptr;
    for (DetailPane *pane : m_window->findChildren<DetailPane *>()) {
        if (pane != m_window->detailPane())
            window = pane;
    }
    QVERIFY(window);
    QVERIFY(window->isWindow());
    QTRY_COMPARE_WITH_TIMEOUT(window->shownId(), id, 5000);
    QVERIFY(window->windowTitle().contains(id));
    QVERIFY(window->isVisible());
}

void TestResultsView::exportEvidenceFromTheResultsIsTheComplianceExport()
{
    auto *workspace = m_window->findChild<ComplianceWorkspace *>();
    QVERIFY(workspace);
    selectRow(1);
    const QString id = m_window->resultsView()->currentIndex().data(ResultsModel::CommunicationIdRole).toString();
    auto *evidence = m_window->resultsView()->findChild<QAction *>(QStringLiteral("exportEvidenceFromResults"));
    QVERIFY(evidence);
    const QString zip = m_cache->data.filePath(QStringLiteral("evidence-from-results.zip"));
    FileDialog::setNextSavePath(zip);
    QSignalSpy done(workspace, &ComplianceWorkspace::actionFinished);
    evidence->trigger();
    QVERIFY(done.wait(10000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(MessageBox::lastText()));
    QVERIFY(FileDialog::lastSuggested().endsWith(QStringLiteral("evidence-%1.zip").arg(id)));
    QVERIFY(QFile::exists(zip));
}

// The detail pane exports the letter it shows, and Review's status line says where it went.
void TestResultsView::exportEvidenceFromTheDetailPaneSaysWhereInReview()
{
    auto *workspace = m_window->findChild<ComplianceWorkspace *>();
    QVERIFY(workspace);
    QPushButton *button = m_window->detailPane()->evidenceButton();
    QVERIFY(!button->isVisible() || !button->isEnabled()); // nothing shown yet
    selectRow(2);
    QVERIFY(button->isVisible() && button->isEnabled());
    const QString id = m_window->detailPane()->shownId();
    const QString zip = m_cache->data.filePath(QStringLiteral("evidence-from-detail.zip"));
    FileDialog::setNextSavePath(zip);
    QSignalSpy done(workspace, &ComplianceWorkspace::actionFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(done.wait(10000));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(MessageBox::lastText()));
    QVERIFY(FileDialog::lastSuggested().endsWith(QStringLiteral("evidence-%1.zip").arg(id)));
    QVERIFY(QFile::exists(zip));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
    QCOMPARE(tabs->currentIndex(), 0); // still in Review
    QVERIFY2(m_window->statusBar()->currentMessage().contains(zip),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestResultsView::aQueryErrorGreysOutTheOldResultsUntilFixed()
{
    ResultsView *view = m_window->resultsView();
    QVERIFY(view->isEnabled());
    QSignalSpy error(m_window->resultsModel(), &ResultsModel::queryError);
    m_window->searchBar()->setQuery(QStringLiteral("garcia (channel:print"));
    QVERIFY(error.wait(5000));
    QCOMPARE(m_window->resultsModel()->rowCount(), 32); // kept, but not usable as the answer
    QVERIFY(!view->isEnabled());
    QVERIFY(m_window->searchBar()->hasError());
    m_window->searchBar()->setQuery(QStringLiteral("garcia"));
    waitForTotal(12); // every third of 30 and the two special cases
    QVERIFY(view->isEnabled());
    QVERIFY(!m_window->searchBar()->hasError());
}

void TestResultsView::theDateFilterShowsTheRangeInEffect_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("a month") << QStringLiteral("issued:2024-01") << QDate(2024, 1, 1) << QDate(2024, 1, 31);
    QTest::newRow("a year") << QStringLiteral("issued:2023") << QDate(2023, 1, 1) << QDate(2023, 12, 31);
    QTest::newRow("a day") << QStringLiteral("issued:2022-02-03") << QDate(2022, 2, 3) << QDate(2022, 2, 3);
    QTest::newRow("months") << QStringLiteral("issued:2024-02..2024-03") << QDate(2024, 2, 1) << QDate(2024, 3, 31);
    QTest::newRow("days") << QStringLiteral("issued:2026-01-01..2026-03-31") << QDate(2026, 1, 1) << QDate(2026, 3, 31);
}

void TestResultsView::theDateFilterShowsTheRangeInEffect()
{
    QFETCH(QString, query);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QTest::keyClicks(m_window->searchBar()->lineEdit(), query);
    QComboBox *date = m_window->filterBar()->dateCombo();
    QCOMPARE(date->currentIndex(), date->count() - 1); // the dates, not a preset
    QDateEdit *fromEdit = nullptr;
    QDateEdit *toEdit = nullptr;
    for (QDateEdit *edit : m_window->filterBar()->findChildren<QDateEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Issued from"))
            fromEdit = edit;
        else if (edit->accessibleName() == QLatin1String("Issued to"))
            toEdit = edit;
    }
    QVERIFY(fromEdit && toEdit);
    QVERIFY(fromEdit->isVisible());
    QCOMPARE(fromEdit->date(), from);
    QCOMPARE(toEdit->date(), to);
    // Showing the range does not rewrite the query.
    QCOMPARE(m_window->searchBar()->text(), query);
}

void TestResultsView::filterValuesReadAsLabels()
{
    QComboBox *status = m_window->filterBar()->combo(QStringLiteral("status"));
    const int bounced = status->findData(QStringLiteral("bounced"));
    QVERIFY(bounced > 0);
    QCOMPARE(status->itemText(bounced), QStringLiteral("Bounced"));
    QComboBox *channel = m_window->filterBar()->combo(QStringLiteral("channel"));
    QTRY_VERIFY(channel->findData(QStringLiteral("print")) > 0); // the cache's values, once read
    QCOMPARE(channel->itemText(channel->findData(QStringLiteral("print"))), QStringLiteral("Print"));
    // The query still carries the code.
    status->setCurrentIndex(bounced);
    emit status->activated(bounced);
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("status:bounced"));
}

void TestResultsView::ctrlEExportsFromAnywhereInTheWindow()
{
    QAction *exportCsv = m_window->action(QStringLiteral("exportCsv"));
    QVERIFY(exportCsv);
    QCOMPARE(exportCsv->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    auto *field = new GreedyLineEdit(m_window->filterBar());
    field->show();
    QSignalSpy triggered(exportCsv, &QAction::triggered);
    int expected = 0;
    for (QWidget *focus : {static_cast<QWidget *>(m_window->searchBar()->lineEdit()),
                           static_cast<QWidget *>(m_window->resultsView()), static_cast<QWidget *>(field)}) {
        const QString path = m_cache->data.filePath(QStringLiteral("ctrl-e-%1.csv").arg(expected));
        FileDialog::setNextSavePath(path);
        focus->setFocus();
        QTRY_VERIFY(focus->hasFocus());
        QTest::keyClick(focus, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(triggered.size(), ++expected);
        QVERIFY2(QFile::exists(path), focus->metaObject()->className());
    }
}

void TestResultsView::defaultColumnsFitA1600PixelWindow()
{
    QCOMPARE(m_window->width(), 1600);
    ResultsView *view = m_window->resultsView();
    const int visibleWidth = view->viewport()->width();
    for (int column : {ResultsModel::IdColumn, ResultsModel::IssuedColumn, ResultsModel::TypeColumn,
                       ResultsModel::ChannelColumn, ResultsModel::CustomerColumn, ResultsModel::RecipientColumn,
                       ResultsModel::StatusColumn, ResultsModel::FixityColumn}) {
        QVERIFY2(!view->isColumnHidden(column), qPrintable(ResultsModel::columnTitle(column)));
        const int right = view->horizontalHeader()->sectionViewportPosition(column) + view->columnWidth(column);
        QVERIFY2(right <= visibleWidth, qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                                       .arg(ResultsModel::columnTitle(column))
                                                       .arg(right)
                                                       .arg(visibleWidth)));
        // Wide enough for what it shows: the cell's text is not cut.
        const QString text = m_window->resultsModel()->index(0, column).data().toString();
        QVERIFY2(view->fontMetrics().horizontalAdvance(text) < view->columnWidth(column), qPrintable(text));
    }
    QCOMPARE(view->horizontalScrollBar()->value(), 0);
}

// The window as it opens the first time on a 1600x1000 screen: Fixity in sight, and the
// document pane wide enough for its delivery and template tabs without cutting them.
void TestResultsView::firstStartOnA1600PixelScreenShowsFixityAndTheDocument()
{
    m_window->resize(screenfit::firstStartGeometry(QRect(0, 0, 1600, 1000)).size());
    QTRY_VERIFY(m_window->width() < 1600 && m_window->width() > 1500);
    QCoreApplication::processEvents();
    ResultsView *view = m_window->resultsView();
    const int fixityRight = view->horizontalHeader()->sectionViewportPosition(ResultsModel::FixityColumn)
                            + view->columnWidth(ResultsModel::FixityColumn);
    QVERIFY2(fixityRight <= view->viewport()->width(),
             qPrintable(QStringLiteral("Fixity ends at %1 of %2").arg(fixityRight).arg(view->viewport()->width())));
    DetailPane *detail = m_window->detailPane();
    QVERIFY2(detail->width() >= 500, qPrintable(QString::number(detail->width())));
    selectRow(0); // EXS-T-000000 has delivery events
    for (int tab = 0; tab < detail->tabs()->count(); ++tab) {
        detail->tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (QAbstractScrollArea *area : detail->tabs()->currentWidget()->findChildren<QAbstractScrollArea *>()) {
            if (area->isVisible())
                QVERIFY2(area->horizontalScrollBar()->maximum() == 0,
                         qPrintable(detail->tabs()->tabText(tab) + QLatin1String(": ") + area->accessibleName()));
        }
        for (QPushButton *button : detail->tabs()->currentWidget()->findChildren<QPushButton *>()) {
            const QRect inTab(button->mapTo(detail->tabs(), QPoint(0, 0)), button->size());
            QVERIFY2(!button->isVisible() || detail->tabs()->rect().contains(inTab), qPrintable(button->text()));
        }
    }
}

void TestResultsView::selectingDocumentsDoesNotMoveTheSplitter()
{
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    // Missing and failed documents (a message page), verified ones, longer and shorter
    // titles: the pane's contents change, never its share of the window.
    QSignalSpy shown(m_window->detailPane(), &DetailPane::detailShown);
    m_window->resultsView()->stepCurrent(1);
    QVERIFY(shown.wait(5000));
    const QList<int> sizes = splitter->sizes();
    for (int i = 0; i < 5; ++i) {
        m_window->resultsView()->stepCurrent(1);
        QVERIFY(shown.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(splitter->sizes(), sizes);
    }
}

void TestResultsView::clickHeader(int column)
{
    QHeaderView *header = m_window->resultsView()->horizontalHeader();
    const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
}

// Type, channel, customer and delivery status sort as the issue date does: a click sorts
// A to Z, a second Z to A, the same 32 rows; the detail pane shows what is selected in the
// new order. A column without an order (the recipient) leaves the indicator where it was.
void TestResultsView::clickingAHeaderSortsByItAndTheDetailPaneFollows()
{
    ResultsView *view = m_window->resultsView();
    ResultsModel *model = m_window->resultsModel();
    QHeaderView *header = view->horizontalHeader();
    selectRow(2);
    QSignalSpy ready(model, &ResultsModel::rowIdsReady);
    clickHeader(ResultsModel::ChannelColumn);
    QVERIFY(ready.wait(5000));
    QCOMPARE(model->sortColumn(), int(ResultsModel::ChannelColumn));
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(header->sortIndicatorSection(), int(ResultsModel::ChannelColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(model->total(), qint64(32));
    // The selection went with the old order: the pane does not keep a letter it has left.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->shownId().isEmpty(), 5000);
    // Email before print (one in four of the fixture's letters goes by print), newest first
    // within each: the newest letter of all is an email.
    QTRY_VERIFY_WITH_TIMEOUT(model->index(31, 0).data(ResultsModel::LoadedRole).toBool(), 5000);
    QCOMPARE(model->index(0, ResultsModel::IdColumn).data().toString(), QStringLiteral("EXS-T-MISSING"));
    QCOMPARE(model->index(31, ResultsModel::ChannelColumn).data().toString(), QStringLiteral("Print"));
    selectRow(0);
    selectRow(31);
    QCOMPARE(m_window->detailPane()->shownId(), CacheFixture::idFor(1)); // the oldest print letter

    ready.clear();
    clickHeader(ResultsModel::ChannelColumn);
    QVERIFY(ready.wait(5000));
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(ResultsModel::LoadedRole).toBool(), 5000);
    QCOMPARE(model->index(0, ResultsModel::ChannelColumn).data().toString(), QStringLiteral("Print"));
    selectRow(0);
    QCOMPARE(m_window->detailPane()->shownId(), CacheFixture::idFor(29)); // the newest print letter

    clickHeader(ResultsModel::RecipientColumn);
    QCOMPARE(header->sortIndicatorSection(), int(ResultsModel::ChannelColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(model->sortColumn(), int(ResultsModel::ChannelColumn));
}

QTEST_MAIN(TestResultsView)
#include "tst_resultsview.moc"
