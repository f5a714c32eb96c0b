// The production's two threads (compliance/productionpipeline.h): letters written one at a time in
// the order they were gathered, a writer's error stopping it and reaching the gathering thread,
// and Cancel dropping what waits. Counted, never timed: the writer is held with a latch.
#include "compliance/productionpipeline.h"

#include <QTest>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>

using proofdesk::compliance::GatheredLetter;
using proofdesk::compliance::ProductionPipeline;

namespace {

GatheredLetter letter(int n)
{
    GatheredLetter l;
    l.commId = QString::number(n);
    return l;
}

// Holds the writer inside its first letter until opened.
class Latch
{
public:
    void waitOpen()
    {
        std::unique_lock lock(m_mutex);
        m_entered = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_open; });
    }
    void waitEntered()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_entered; });
    }
    void open()
    {
        const std::lock_guard lock(m_mutex);
        m_open = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_entered = false, m_open = false;
};

} // namespace

class TestProductionPipeline : public QObject
{
    Q_OBJECT

private slots:
    void lettersAreWrittenInTheOrderGathered_data();
    void lettersAreWrittenInTheOrderGathered();
    void theWritersErrorStopsItAndReachesTheCaller();
    void stopDropsWhatWaitsAndEndsTheLetterBeingWritten();
    void theWriterIsBehindWhenHalfOfTheQueueWaits();
};

void TestProductionPipeline::lettersAreWrittenInTheOrderGathered_data()
{
    QTest::addColumn<int>("letters");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("more than wait at once") << int(ProductionPipeline::kDepth) * 5 + 3;
}

void TestProductionPipeline::lettersAreWrittenInTheOrderGathered()
{
    QFETCH(int, letters);
    QStringList written;
    std::thread::id writer;
    ProductionPipeline pipeline([&](GatheredLetter &l) {
        writer = std::this_thread::get_id();
        written << l.commId;
    });
    for (int i = 0; i < letters; ++i)
        QVERIFY(pipeline.push(letter(i)));
    pipeline.finish();
    QCOMPARE(written.size(), letters);
    for (int i = 0; i < letters; ++i)
        QCOMPARE(written.at(i), QString::number(i));
    if (letters > 0)
        QVERIFY(writer != std::this_thread::get_id());
}

void TestProductionPipeline::theWritersErrorStopsItAndReachesTheCaller()
{
    std::atomic_int written = 0;
    ProductionPipeline pipeline([&](GatheredLetter &l) {
        if (l.commId == QLatin1String("3"))
            throw std::runtime_error("No space left on device");
        ++written;
    });
    int pushed = 0;
    for (int i = 0; i < 1000 && pipeline.push(letter(i)); ++i)
        ++pushed;
    QVERIFY(pushed < 1000); // push says false once the writer has stopped
    try {
        pipeline.finish();
        QFAIL("finish() did not throw the writer's error");
    } catch (const std::runtime_error &e) {
        QCOMPARE(QByteArray(e.what()), QByteArray("No space left on device"));
    }
    QCOMPARE(written.load(), 3); // nothing after the letter that failed
}

void TestProductionPipeline::stopDropsWhatWaitsAndEndsTheLetterBeingWritten()
{
    Latch latch;
    QStringList written;
    ProductionPipeline pipeline([&](GatheredLetter &l) {
        if (written.isEmpty())
            latch.waitOpen();
        written << l.commId;
    });
    QVERIFY(pipeline.push(letter(0)));
    latch.waitEntered();
    for (int i = 1; i < 10; ++i)
        QVERIFY(pipeline.push(letter(i)));
    std::thread stopper([&] { pipeline.stop(); });
    QTRY_VERIFY(pipeline.stopping()); // asked while the first letter is still being written
    latch.open();
    stopper.join();
    QCOMPARE(written, QStringList{QStringLiteral("0")});
}

void TestProductionPipeline::theWriterIsBehindWhenHalfOfTheQueueWaits()
{
    Latch latch;
    ProductionPipeline pipeline([&](GatheredLetter &l) {
        if (l.commId == QLatin1String("0"))
            latch.waitOpen();
    });
    QVERIFY(pipeline.push(letter(0)));
    latch.waitEntered();
    QVERIFY(!pipeline.writerBehind());
    for (int i = 1; i < int(ProductionPipeline::kDepth / 2); ++i)
        QVERIFY(pipeline.push(letter(i)));
    QVERIFY(!pipeline.writerBehind());
    QVERIFY(pipeline.push(letter(int(ProductionPipeline::kDepth))));
    QVERIFY(pipeline.writerBehind());
    latch.open();
    pipeline.finish();
    QVERIFY(!pipeline.writerBehind());
}

QTEST_GUILESS_MAIN(TestProductionPipeline)
#include "tst_productionpipeline.moc"
