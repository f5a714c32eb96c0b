// The Matters tab (issue #61): a compliance officer opens a matter, adds a search, reviews its
// letters with the keyboard alone (1-9 tags, N next unreviewed, E a note), filters the list,
// sees another reviewer's review refuse a stale one, and produces the set with progress.
#include "compliance/productionverifier.h"
#include "itemmodels/records/mattersmodel.h"
#include "itemmodels/records/recordscontext.h"
#include "itemmodels/records/reviewfiltermodel.h"
#include "itemmodels/records/reviewmodel.h"
#include "loadedcontext.h"
#include "matters/mattersworkspace.h"
#include "matters/productiondialog.h"
#include "matters/reviewpane.h"
#include "messagebox.h"
#include "records/matterreview.h"
#include "records/matterservice.h"
#include "recordsfixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace proofdesk;
using records::Role;

class TestMattersWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aMatterIsOpenedSearchedAndReviewedByKeyboard();
    void aStaleReviewIsRefusedAndTheLetterReadAgain();
    void theListFiltersByTagReviewerAndUnreviewed();
    void anAgentNotAddedSeesNoMatter();
    void produceShowsProgressAndTheRootHash();

private:
    // The workspace for `user`, its matters read, MAT-1 (opened with a search) shown.
    std::unique_ptr<MattersWorkspace> shownWorkspace(itemmodels::RecordsContext *ctx);
    void openMatterWithSearch();

    std::unique_ptr<RecordsFixture> m_f;
    QList<QAbstractItemModelTester *> m_testers;
};

void TestMattersWorkspace::init()
{
    m_f = std::make_unique<RecordsFixture>();
    for (int i = 1; i <= 5; ++i)
        m_f->addCommunication(QStringLiteral("MW-%1").arg(i), QStringLiteral("2026-0%1-10T09:00:00Z").arg(i));
    m_f->import();
    m_f->grant(QStringLiteral("carol"), Role::Compliance);
    m_f->grant(QStringLiteral("rita"), Role::Records);
    MessageBox::setNextAnswer(QMessageBox::Ok);
}

void TestMattersWorkspace::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    qDeleteAll(m_testers);
    m_testers.clear();
    m_f.reset();
}

void TestMattersWorkspace::openMatterWithSearch()
{
    const auto carol = m_f->as(QStringLiteral("carol"), Role::Compliance);
    records::MatterService service(carol);
    const records::MatterInfo m = service.open(QStringLiteral("Complaint 88"), QStringLiteral("Ombudsman"), {});
    service.addSearch(m.id, QStringLiteral("issued:2026"));
}

std::unique_ptr<MattersWorkspace> TestMattersWorkspace::shownWorkspace(itemmodels::RecordsContext *ctx)
{
    auto w = std::make_unique<MattersWorkspace>(ctx, m_f->folder->databasePath(), m_f->data.path());
    m_testers << new QAbstractItemModelTester(w->model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
              << new QAbstractItemModelTester(w->review()->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest)
              << new QAbstractItemModelTester(w->review()->filterModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    w->resize(1280, 720);
    w->show();
    QSignalSpy shown(w.get(), &MattersWorkspace::matterShown);
    w->refresh();
    if (w->model()->rowCount() == 0 && !shown.wait(10000))
        return w;
    if (shown.isEmpty())
        shown.wait(10000);
    return w;
}

void TestMattersWorkspace::aMatterIsOpenedSearchedAndReviewedByKeyboard()
{
    auto ctx = loadedContext(*m_f, QStringLiteral("carol"));
    auto w = shownWorkspace(ctx.get());
    QCOMPARE(w->model()->rowCount(), 0);
    QSignalSpy shown(w.get(), &MattersWorkspace::matterShown);
    w->newMatter(QStringLiteral("Fee notices Q3"), QStringLiteral("Examiner request 17"));
    QVERIFY(shown.wait(10000));
    QCOMPARE(w->selectedMatter(), QStringLiteral("MAT-1"));
    w->addSearch(QStringLiteral("issued:2026"));
    QVERIFY(shown.wait(10000));
    ReviewPane *review = w->review();
    QCOMPARE(review->model()->rowCount(), 5);
    QCOMPARE(review->progressLabel()->text(), QStringLiteral("0 of 5 reviewed"));
    review->table()->setFocus();
    QSignalSpy reviewed(review, &ReviewPane::reviewed);
    const QString first = review->currentId();
    QTest::keyClick(review->table(), Qt::Key_1);
    QVERIFY(reviewed.wait(10000));
    QCOMPARE(reviewed.last().at(0).toBool(), true);
    const int row = review->model()->rowOf(first);
    QCOMPARE(review->model()->rowAt(row)->item.tags, QStringList{QStringLiteral("relevant")});
    QCOMPARE(review->progressLabel()->text(), QStringLiteral("1 of 5 reviewed"));
    // N: the next letter nobody reviewed.
    QTest::keyClick(review->table(), Qt::Key_N);
    QVERIFY(review->currentId() != first);
    // E: its note; Return records it.
    QTest::keyClick(review->table(), Qt::Key_E);
    QVERIFY(review->noteEdit()->hasFocus());
    QTest::keyClicks(review->noteEdit(), QStringLiteral("two fees"));
    QTest::keyClick(review->noteEdit(), Qt::Key_Return);
    QVERIFY(reviewed.wait(10000));
    QCOMPARE(review->model()->rowAt(review->model()->rowOf(review->currentId()))->item.note,
             QStringLiteral("two fees"));
    QVERIFY(review->table()->hasFocus());
    QCOMPARE(m_f->count("SELECT count(*) FROM rec.audit_entries WHERE action = 'matter.tag' AND user = 'carol'"), 2);
}

void TestMattersWorkspace::aStaleReviewIsRefusedAndTheLetterReadAgain()
{
    openMatterWithSearch();
    auto ctx = loadedContext(*m_f, QStringLiteral("carol"));
    auto w = shownWorkspace(ctx.get());
    ReviewPane *review = w->review();
    const QString id = review->currentId();
    QVERIFY(!id.isEmpty());
    // Meanwhile, at another desk of the same folder: rita reviews the same letter.
    const auto rita = m_f->as(QStringLiteral("rita"), Role::Records);
    records::MatterReview(rita).tag(QStringLiteral("MAT-1"), id, {QStringLiteral("escalate")}, std::nullopt, 0);
    QSignalSpy reviewed(review, &ReviewPane::reviewed);
    QSignalSpy status(review, &ReviewPane::statusMessage);
    review->table()->setFocus();
    QTest::keyClick(review->table(), Qt::Key_2);
    QVERIFY(reviewed.wait(10000));
    QCOMPARE(reviewed.last().at(0).toBool(), false);
    QVERIFY2(!status.isEmpty() && status.last().at(0).toString().contains(QStringLiteral("rita")),
             status.isEmpty() ? "no message" : qPrintable(status.last().at(0).toString()));
    QCOMPARE(review->model()->rowAt(review->model()->rowOf(id))->item.tags, QStringList{QStringLiteral("escalate")});
}

void TestMattersWorkspace::theListFiltersByTagReviewerAndUnreviewed()
{
    openMatterWithSearch();
    const auto rita = m_f->as(QStringLiteral("rita"), Role::Records);
    records::MatterReview(rita).tag(QStringLiteral("MAT-1"), QStringLiteral("MW-2"), {QStringLiteral("escalate")},
                                    std::nullopt, 0);
    auto ctx = loadedContext(*m_f, QStringLiteral("carol"));
    auto w = shownWorkspace(ctx.get());
    ReviewPane *review = w->review();
    QCOMPARE(review->filterModel()->rowCount(), 5);
    review->tagFilter()->setCurrentIndex(review->tagFilter()->findData(QStringLiteral("escalate")));
    QCOMPARE(review->filterModel()->rowCount(), 1);
    review->tagFilter()->setCurrentIndex(0);
    review->reviewerFilter()->setCurrentIndex(review->reviewerFilter()->findData(QStringLiteral("rita")));
    QCOMPARE(review->filterModel()->rowCount(), 1);
    review->reviewerFilter()->setCurrentIndex(0);
    review->unreviewedOnly()->setChecked(true);
    QCOMPARE(review->filterModel()->rowCount(), 4);
}

void TestMattersWorkspace::anAgentNotAddedSeesNoMatter()
{
    openMatterWithSearch();
    m_f->grant(QStringLiteral("ana"), Role::Agent);
    auto ctx = loadedContext(*m_f, QStringLiteral("ana"));
    auto w = shownWorkspace(ctx.get());
    QCOMPARE(w->model()->rowCount(), 0);
    QCOMPARE(w->review()->model()->rowCount(), 0);
}

void TestMattersWorkspace::produceShowsProgressAndTheRootHash()
{
    openMatterWithSearch();
    auto ctx = loadedContext(*m_f, QStringLiteral("carol"));
    auto w = shownWorkspace(ctx.get());
    QTemporaryDir out;
    ProductionDialog dialog(ctx.get(), w->shown().matter);
    dialog.folderEdit()->setText(out.filePath(QStringLiteral("prod")));
    dialog.prefixEdit()->setText(QStringLiteral("ACME-"));
    QSignalSpy ended(&dialog, &ProductionDialog::ended);
    dialog.show();
    dialog.start();
    QVERIFY(ended.wait(30000));
    QCOMPARE(ended.last().at(0).toBool(), true);
    QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("ACME-00000001")),
             qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
    const compliance::ProductionCheck check = compliance::verifyProduction(out.filePath(QStringLiteral("prod")));
    QVERIFY(check.ok);
    QCOMPARE(check.documents, 5);
    QVERIFY(dialog.statusLabel()->text().contains(check.rootSha256));
}

QTEST_MAIN(TestMattersWorkspace)
#include "tst_mattersworkspace.moc"
