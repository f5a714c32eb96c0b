#include "cachefixture.h"
#include "itemmodels/diffmodel.h"
#include "itemmodels/templateversionsmodel.h"
#include "templatehistorydialog.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace proofdesk::itemmodels;

class TestTemplateHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diffShowsAddedAndRemovedLines();
    void communicationsWithAVersionOpenAsASearch();

private:
    std::unique_ptr<CacheFixture> m_cache;
};

void TestTemplateHistory::initTestCase() { m_cache = std::make_unique<CacheFixture>(4); }

void TestTemplateHistory::diffShowsAddedAndRemovedLines()
{
    TemplateHistoryDialog dialog(m_cache->databasePath(), QStringLiteral("TPL-STMT"), QStringLiteral("2"));
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 5000);
    QCOMPARE(dialog.versionsModel()->rowCount(), 2);
    // Version 2 against version 1: "Old fee table" became "New fee table", "A new line" was added.
    DiffModel *diff = dialog.diffModel();
    QCOMPARE(diff->removedCount(), 1);
    QCOMPARE(diff->addedCount(), 2);
    QStringList kinds;
    for (int r = 0; r < diff->rowCount(); ++r)
        kinds << QString::number(diff->index(r, 0).data(DiffModel::KindRole).toInt());
    QCOMPARE(kinds.join(QLatin1Char(',')), QStringLiteral("0,0,3,2,0"));
    QCOMPARE(diff->index(2, DiffModel::LeftTextColumn).data().toString(), QStringLiteral("Old fee table"));
    QCOMPARE(diff->index(2, DiffModel::RightTextColumn).data().toString(), QStringLiteral("New fee table"));
    QVERIFY(diff->index(3, DiffModel::RightTextColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(dialog.diffSummary().contains(QStringLiteral("1 line(s) removed, 2 added")));
    // The same version against itself: nothing differs.
    dialog.compare(1, 1);
    QCOMPARE(diff->addedCount() + diff->removedCount(), 0);
}

void TestTemplateHistory::communicationsWithAVersionOpenAsASearch()
{
    TemplateHistoryDialog dialog(m_cache->databasePath(), QStringLiteral("TPL-STMT"), QStringLiteral("2"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 5000);
    QSignalSpy search(&dialog, &TemplateHistoryDialog::searchRequested);
    QPushButton *button = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Communications with this version")))
            button = b;
    }
    QVERIFY(button);
    button->click();
    QCOMPARE(search.size(), 1);
    QCOMPARE(search.constFirst().at(0).toString(), QStringLiteral("template:TPL-STMT version:2"));
}

QTEST_MAIN(TestTemplateHistory)
#include "tst_templatehistory.moc"
