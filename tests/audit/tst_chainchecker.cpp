// The chain's rules apart from any store: fed entries in seq order, ChainChecker names the
// first one missing, not linked to the one before it, or changed after it was written, and
// keeps the hash of the last entry that verified (what a store's anchor is checked against).
#include "audit/chainchecker.h"

#include <QTest>

using namespace proofdesk::audit;

namespace {

// One entry as a store hands it out: the column bytes, NULL as a null QByteArray.
struct StoredEntry
{
    qint64 seq = 0;
    qint64 at = 0;
    QByteArray user, role, action, outcome, objectType, objectId, reason, before, after, device, prevHash, hash;

    static Utf8View view(const QByteArray &b)
    {
        return b.isNull() ? Utf8View{} : Utf8View{b.constData(), size_t(b.size())};
    }
    EntryFields fields() const
    {
        return {seq,
                at,
                view(user),
                view(role),
                view(action),
                view(outcome),
                view(objectType),
                view(objectId),
                view(reason),
                view(before),
                view(after),
                view(device)};
    }
};

// Five entries chained from the genesis hash, as AuditTrail appends them.
QList<StoredEntry> chainOfFive()
{
    QList<StoredEntry> chain;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    std::string text;
    QByteArray previous(kGenesisHash);
    for (int i = 1; i <= 5; ++i) {
        StoredEntry e{i,
                      1790000000000 + i,
                      "rita",
                      "records",
                      "hold.create",
                      "done",
                      "hold",
                      "HOLD-" + QByteArray::number(i),
                      i == 2 ? QByteArray() : QByteArray("court order"),
                      QByteArray(),
                      "{\"items\":" + QByteArray::number(i) + "}",
                      "dev-1",
                      previous,
                      QByteArray()};
        writeCanonicalEntry(text, e.fields());
        char hex[64];
        hashEntry(sha, previous.constData(), text, hex);
        e.hash = QByteArray(hex, 64);
        previous = e.hash;
        chain << e;
    }
    return chain;
}

enum class Damage { None, Empty, Entry3Deleted, Entry4Unlinked, Entry2ReasonChanged, Entry5HashNull, Entry1NotGenesis };

} // namespace

class TestChainChecker : public QObject
{
    Q_OBJECT

private slots:
    void namesTheFirstBadEntry_data();
    void namesTheFirstBadEntry();
};

void TestChainChecker::namesTheFirstBadEntry_data()
{
    QTest::addColumn<int>("damage");
    QTest::addColumn<qint64>("firstBad"); // 0 = the chain verifies
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("lastGood"); // index + 1 of the entry lastHash() names; 0 = genesis
    QTest::newRow("intact") << int(Damage::None) << qint64(0) << QString() << 5;
    QTest::newRow("empty trail") << int(Damage::Empty) << qint64(0) << QString() << 0;
    QTest::newRow("entry deleted") << int(Damage::Entry3Deleted) << qint64(3)
                                   << QStringLiteral("entry 3 is missing (the next entry is 4)") << 2;
    QTest::newRow("link broken") << int(Damage::Entry4Unlinked) << qint64(4)
                                 << QStringLiteral("does not link to entry 3") << 3;
    QTest::newRow("null reason given one")
        << int(Damage::Entry2ReasonChanged) << qint64(2) << QStringLiteral("entry 2 was changed") << 1;
    QTest::newRow("hash removed") << int(Damage::Entry5HashNull) << qint64(5) << QStringLiteral("entry 5 was changed")
                                  << 4;
    QTest::newRow("first entry not on genesis")
        << int(Damage::Entry1NotGenesis) << qint64(1) << QStringLiteral("entry 1 does not link") << 0;
}

void TestChainChecker::namesTheFirstBadEntry()
{
    QFETCH(int, damage);
    QFETCH(qint64, firstBad);
    QFETCH(QString, problem);
    QFETCH(int, lastGood);
    const QList<StoredEntry> intact = chainOfFive();
    QList<StoredEntry> chain = intact;
    switch (Damage(damage)) {
    case Damage::None:
        break;
    case Damage::Empty:
        chain.clear();
        break;
    case Damage::Entry3Deleted:
        chain.removeAt(2);
        break;
    case Damage::Entry4Unlinked:
        chain[3].prevHash = chain[1].hash;
        break;
    case Damage::Entry2ReasonChanged:
        chain[1].reason = QByteArray("");
        break; // NULL and "" hash apart
    case Damage::Entry5HashNull:
        chain[4].hash = QByteArray();
        break;
    case Damage::Entry1NotGenesis:
        chain[0].prevHash = QByteArray(64, 'f');
        break;
    }
    ChainChecker checker;
    bool going = true;
    for (const StoredEntry &e : chain)
        going = checker.add(e.fields(), StoredEntry::view(e.prevHash), StoredEntry::view(e.hash)) && going;
    const VerifyResult &r = checker.result();
    QCOMPARE(r.ok, firstBad == 0);
    QCOMPARE(going, r.ok);
    QCOMPARE(r.firstBadSeq, firstBad);
    QVERIFY2(r.problem.contains(problem), qPrintable(r.problem));
    if (r.ok)
        QCOMPARE(r.entries, qint64(chain.size()));
    // Entries after the break are not counted: the count says how far the check read.
    else
        QCOMPARE(r.entries, qint64(lastGood + 1));
    QCOMPARE(checker.lastHash(),
             lastGood == 0 ? QString::fromLatin1(kGenesisHash) : QString::fromLatin1(intact.at(lastGood - 1).hash));
}

QTEST_GUILESS_MAIN(TestChainChecker)
#include "tst_chainchecker.moc"
