#include "cache/rowidset.h"
#include "cache/sqlite.h"
#include "util/splitmix64.h"
#include "util/wordbits.h"

#include <QTest>
#include <algorithm>
#include <set>

using proofdesk::cache::RowIdSet;

namespace {
QList<qint64> reference(const QList<qint64> &rows)
{
    const std::set<qint64> unique(rows.cbegin(), rows.cend());
    return QList<qint64>(unique.cbegin(), unique.cend());
}
} // namespace

// The set the search and the compliance scope test rows against: bits for ordinary rowids,
// a sorted list for the rest (negative, or past the bitmap's 2^26).
class TestRowIdSet : public QObject
{
    Q_OBJECT

private slots:
    void buildsAndInsertsAlike_data();
    void buildsAndInsertsAlike();
    void uniteIntersectAndSubtract_data();
    void uniteIntersectAndSubtract();
    void sqlFunctionsCollectAndTest();
    void sqlFunctionsWithoutABoundSetFail();
    void wordBitsCountBitByBit_data();
    void wordBitsCountBitByBit();
};

void TestRowIdSet::buildsAndInsertsAlike_data()
{
    QTest::addColumn<QList<qint64>>("rows");
    QTest::newRow("empty") << QList<qint64>{};
    QTest::newRow("dense") << QList<qint64>{1, 2, 3, 63, 64, 65, 127, 128};
    QTest::newRow("duplicates") << QList<qint64>{5, 5, 5, 0, 0};
    QTest::newRow("negative and huge") << QList<qint64>{-7, 3, qint64(1) << 40, -1, 3, qint64(1) << 26};
    QTest::newRow("beyond the capacity asked for") << QList<qint64>{10, 100000, 2};
}

void TestRowIdSet::buildsAndInsertsAlike()
{
    QFETCH(QList<qint64>, rows);
    const RowIdSet built(rows);
    RowIdSet inserted = RowIdSet::withCapacity(64);
    for (const qint64 r : rows)
        inserted.insert(r);
    const QList<qint64> expected = reference(rows);
    for (const RowIdSet *set : {&built, const_cast<const RowIdSet *>(&inserted)}) {
        QCOMPARE(set->sorted(), expected);
        QCOMPARE(set->size(), qint64(expected.size()));
        for (const qint64 r : expected)
            QVERIFY(set->contains(r));
        for (const qint64 r : {qint64(-2), qint64(4), qint64(99999), qint64(1) << 30})
            QCOMPARE(set->contains(r), expected.contains(r));
    }
}

void TestRowIdSet::uniteIntersectAndSubtract_data()
{
    QTest::addColumn<QList<qint64>>("a");
    QTest::addColumn<QList<qint64>>("b");
    QTest::newRow("overlap") << QList<qint64>{1, 2, 3, 200} << QList<qint64>{2, 3, 4};
    QTest::newRow("disjoint") << QList<qint64>{1, 70} << QList<qint64>{2, 700};
    QTest::newRow("one empty") << QList<qint64>{} << QList<qint64>{9, 10};
    QTest::newRow("listed rowids") << QList<qint64>{-3, qint64(1) << 33, 8} << QList<qint64>{-3, 8, 9};
    QTest::newRow("other chunks") << QList<qint64>{5, 70000, 140000} << QList<qint64>{70000, 200000};
}

void TestRowIdSet::uniteIntersectAndSubtract()
{
    QFETCH(QList<qint64>, a);
    QFETCH(QList<qint64>, b);
    const QList<qint64> ra = reference(a), rb = reference(b);
    QList<qint64> both, either, onlyA;
    std::set_intersection(ra.cbegin(), ra.cend(), rb.cbegin(), rb.cend(), std::back_inserter(both));
    std::set_union(ra.cbegin(), ra.cend(), rb.cbegin(), rb.cend(), std::back_inserter(either));
    std::set_difference(ra.cbegin(), ra.cend(), rb.cbegin(), rb.cend(), std::back_inserter(onlyA));
    RowIdSet united(a), intersected(a), subtracted(a);
    united.unite(RowIdSet(b));
    intersected.intersect(RowIdSet(b));
    subtracted.subtract(RowIdSet(b));
    QCOMPARE(subtracted.sorted(), onlyA);
    QCOMPARE(subtracted.size(), qint64(onlyA.size()));
    QCOMPARE(united.sorted(), either);
    QCOMPARE(united.size(), qint64(either.size()));
    QCOMPARE(intersected.sorted(), both);
    QCOMPARE(intersected.size(), qint64(both.size()));
}

// rowset_add / rowset_has (cache/rowsetfunctions.h) on a connection, with the set bound.
void TestRowIdSet::sqlFunctionsCollectAndTest()
{
    using proofdesk::cache::Database;
    Database db(QStringLiteral(":memory:"));
    db.exec("CREATE TABLE t(x); INSERT INTO t(rowid, x) VALUES (3, 'a'), (64, 'b'), (70, 'a'), (-2, 'a')");
    RowIdSet collected = RowIdSet::withCapacity(10);
    auto add = db.prepare("SELECT count(*) FROM t WHERE x = 'a' AND rowset_add(?, rowid)");
    add.bindRowSet(1, &collected);
    QVERIFY(add.step());
    QCOMPARE(add.columnInt(0), qint64(3));
    QCOMPARE(collected.sorted(), (QList<qint64>{-2, 3, 70}));
    auto has =
        db.prepare("SELECT group_concat(rowid) FROM (SELECT rowid FROM t WHERE rowset_has(?, rowid) ORDER BY rowid)");
    has.bindRowSet(1, &collected);
    QVERIFY(has.step());
    QCOMPARE(has.columnText(0), QStringLiteral("-2,3,70"));
}

// A statement that names the functions without binding a set gets an error that says so,
// not a crash.
void TestRowIdSet::sqlFunctionsWithoutABoundSetFail()
{
    using proofdesk::cache::Database;
    using proofdesk::cache::SqliteError;
    Database db(QStringLiteral(":memory:"));
    for (const char *sql : {"SELECT rowset_has(?, 1)", "SELECT rowset_add(42, 1)"}) {
        auto st = db.prepare(sql);
        try {
            st.step();
            QFAIL(sql);
        } catch (const SqliteError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("bound row set")), e.what());
        }
    }
}

namespace {
qint64 bitByBit(quint64 word)
{
    qint64 n = 0;
    for (int b = 0; b < 64; ++b)
        n += (word >> b) & 1;
    return n;
}
} // namespace

// util::wordbits, the chunks' counts, built with and without the popcnt instruction (the
// processor's is taken): each against counting bit by bit.
void TestRowIdSet::wordBitsCountBitByBit_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<bool>("withoutB");
    QTest::newRow("none") << 0 << quint64(1) << false;
    QTest::newRow("one word") << 1 << quint64(2) << false;
    QTest::newRow("a chunk") << 1024 << quint64(3) << false;
    QTest::newRow("odd length") << 37 << quint64(4) << false;
    QTest::newRow("intersected with nothing") << 129 << quint64(5) << true;
}

void TestRowIdSet::wordBitsCountBitByBit()
{
    namespace wordbits = proofdesk::util::wordbits;
    QFETCH(int, words);
    QFETCH(quint64, seed);
    QFETCH(bool, withoutB);
    const auto next = [&seed] { return proofdesk::util::splitMix64(seed); };
    std::vector<quint64> a(std::size_t(words) + 1), b(std::size_t(words) + 1);
    for (int i = 0; i < words; ++i) {
        // Words of about 32 bits, about 8, all 64 and none, beside words of their own or their complement.
        const quint64 r = next();
        a[i] = i % 4 == 0 ? r : i % 4 == 1 ? r & next() & next() : i % 4 == 2 ? ~quint64(0) : 0;
        b[i] = i % 3 == 0 ? ~a[i] : next();
    }
    a[words] = b[words] = ~quint64(0); // past the words asked: never read or written
    qint64 inA = 0, inBoth = 0, added = 0, cleared = 0;
    for (int i = 0; i < words; ++i) {
        inA += bitByBit(a[i]);
        inBoth += bitByBit(a[i] & b[i]);
        added += bitByBit(b[i] & ~a[i]);
        cleared += withoutB ? bitByBit(a[i]) : bitByBit(a[i] & ~b[i]);
    }
    QCOMPARE(wordbits::count(a.data(), std::size_t(words)), inA);
    QCOMPARE(wordbits::countBoth(a.data(), b.data(), std::size_t(words)), inBoth);

    std::vector<quint64> united = a, intersected = a;
    QCOMPARE(wordbits::unite(united.data(), b.data(), std::size_t(words)), added);
    QCOMPARE(wordbits::intersect(intersected.data(), withoutB ? nullptr : b.data(), std::size_t(words)), cleared);
    for (int i = 0; i < words; ++i) {
        QCOMPARE(united[i], a[i] | b[i]);
        QCOMPARE(intersected[i], withoutB ? quint64(0) : a[i] & b[i]);
    }
    QCOMPARE(united[words], ~quint64(0));
    QCOMPARE(intersected[words], ~quint64(0));
}

QTEST_GUILESS_MAIN(TestRowIdSet)
#include "tst_rowidset.moc"
