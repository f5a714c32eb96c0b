// A production's journal and the parts it counts (compliance/productionjournal.h): letters'
// lines are written a few dozen at a time, never before the parts' bytes they count, so that
// whatever a kill leaves, the journal read back counts only bytes that are on disk and the
// parts cut to its sizes are whole letters.
#include "compliance/productionfiles.h"
#include "compliance/productionjournal.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using proofdesk::compliance::JournalHeader;
using proofdesk::compliance::JournalState;
using proofdesk::compliance::PartSizes;
using proofdesk::compliance::ProductionFiles;
using proofdesk::compliance::ProductionJournal;
using proofdesk::compliance::ProductionPart;

namespace {

qint64 sizeOnDisk(const ProductionFiles &files, ProductionPart part)
{
    return QFileInfo(files.absolute(ProductionJournal::partName(part))).size();
}

// Letter `n` as the writer adds it: its row appended to the DAT part, then its journal line.
void finishLetter(const ProductionFiles &files, ProductionJournal &journal, PartSizes &sizes, int n)
{
    const QByteArray row = QByteArray("row of letter ") + QByteArray::number(n) + "\r\n";
    files.append(ProductionJournal::partName(ProductionPart::Dat), row);
    sizes[size_t(ProductionPart::Dat)] += row.size();
    journal.finished(n, QStringLiteral("L%1").arg(n), QStringLiteral("N%1").arg(n), sizes);
}

} // namespace

class TestProductionJournal : public QObject
{
    Q_OBJECT

private slots:
    void whatAKillLeavesCountsOnlyBytesOnDisk_data();
    void whatAKillLeavesCountsOnlyBytesOnDisk();
    void aFlushWritesEveryLetterFinished();
};

void TestProductionJournal::whatAKillLeavesCountsOnlyBytesOnDisk_data()
{
    QTest::addColumn<int>("lettersBeforeKill");
    QTest::newRow("one letter") << 1;
    QTest::newRow("a few") << 7;
    QTest::newRow("one short of a batch") << 63;
    QTest::newRow("a batch") << 64;
    QTest::newRow("a batch and one") << 65;
    QTest::newRow("three batches and some") << 200;
}

// The objects go away without a flush, as they do when the process is killed (the kernel keeps
// what was written, memory is lost).
void TestProductionJournal::whatAKillLeavesCountsOnlyBytesOnDisk()
{
    QFETCH(int, lettersBeforeKill);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PartSizes sizes{};
    {
        ProductionFiles files(dir.path());
        ProductionJournal journal(files);
        journal.begin(JournalHeader{QStringLiteral("MAT-1"), QString(), QStringLiteral("P-"), {}, QStringLiteral("k")});
        sizes = journal.partSizes();
        for (int n = 0; n < lettersBeforeKill; ++n)
            finishLetter(files, journal, sizes, n);
    }
    ProductionFiles files(dir.path());
    ProductionJournal journal(files);
    const JournalState state = journal.read();
    QVERIFY(state.done <= lettersBeforeKill);
    QVERIFY2(lettersBeforeKill - state.done < 64, "a kill loses at most one batch of lines");
    // Every byte the journal counts is on disk; the parts may hold more (written, not journalled).
    QVERIFY(sizeOnDisk(files, ProductionPart::Dat) >= state.sizes[size_t(ProductionPart::Dat)]);
    journal.cutParts(state.sizes);
    QCOMPARE(sizeOnDisk(files, ProductionPart::Dat), state.sizes[size_t(ProductionPart::Dat)]);
    QFile dat(files.absolute(ProductionJournal::partName(ProductionPart::Dat)));
    QVERIFY(dat.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = dat.readAll().split('\n');
    QCOMPARE(rows.size() - 2, int(state.done)); // the header row, and nothing after the last "\r\n"
    if (state.done > 0)
        QCOMPARE(rows.at(rows.size() - 2), QByteArray("row of letter ") + QByteArray::number(state.done - 1) + '\r');
}

void TestProductionJournal::aFlushWritesEveryLetterFinished()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProductionFiles files(dir.path());
    ProductionJournal journal(files);
    journal.begin(JournalHeader{QStringLiteral("MAT-1"), QString(), QStringLiteral("P-"), {}, QStringLiteral("k")});
    PartSizes sizes = journal.partSizes();
    for (int n = 0; n < 70; ++n)
        finishLetter(files, journal, sizes, n);
    journal.flush();
    const JournalState state = journal.read();
    QCOMPARE(state.done, qint64(70));
    QCOMPARE(state.produced, qint64(70));
    QCOMPARE(state.sizes, sizes);
    QCOMPARE(sizeOnDisk(files, ProductionPart::Dat), sizes[size_t(ProductionPart::Dat)]);
}

QTEST_GUILESS_MAIN(TestProductionJournal)
#include "tst_productionjournal.moc"
