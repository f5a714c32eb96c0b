#include "util/timeutil.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using proofdesk::parseRfc3339;

namespace {
qint64 utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

// RFC 3339 times as drops write them, read without QDateTime, and strictly: what RFC 3339
// allows and nothing else.
class TestTimeUtil : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void formatsWhatItParses();
};

void TestTimeUtil::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds, Z") << "2026-10-03T09:12:44Z" << true << utc(2026, 10, 3, 9, 12, 44);
    QTest::newRow("milliseconds, Z") << "2026-10-03T09:12:44.487Z" << true << utc(2026, 10, 3, 9, 12, 44, 487);
    QTest::newRow("the epoch") << "1970-01-01T00:00:00Z" << true << qint64(0);
    QTest::newRow("before the epoch") << "1969-12-31T23:59:59.999Z" << true << qint64(-1);
    QTest::newRow("year 1") << "0001-01-01T00:00:00Z" << true << utc(1, 1, 1, 0, 0, 0);
    QTest::newRow("leap day") << "2024-02-29T12:00:00Z" << true << utc(2024, 2, 29, 12, 0, 0);
    QTest::newRow("leap day of a century divisible by 400")
        << "2000-02-29T00:00:00Z" << true << utc(2000, 2, 29, 0, 0, 0);
    QTest::newRow("end of a year") << "2025-12-31T23:59:59Z" << true << utc(2025, 12, 31, 23, 59, 59);
    QTest::newRow("offset") << "2026-10-03T11:12:44+02:00" << true << utc(2026, 10, 3, 9, 12, 44);
    QTest::newRow("offset with milliseconds")
        << "2026-10-03T09:12:44.250-01:30" << true << utc(2026, 10, 3, 10, 42, 44, 250);
    QTest::newRow("lower-case t and z") << "2026-10-03t09:12:44z" << true << utc(2026, 10, 3, 9, 12, 44);
    QTest::newRow("space for T") << "2026-10-03 09:12:44Z" << true << utc(2026, 10, 3, 9, 12, 44);
    QTest::newRow("one fractional digit") << "2026-10-03T09:12:44.5Z" << true << utc(2026, 10, 3, 9, 12, 44, 500);
    QTest::newRow("no leap day in 2023") << "2023-02-29T00:00:00Z" << false << qint64(0);
    QTest::newRow("no leap day in 1900") << "1900-02-29T00:00:00Z" << false << qint64(0);
    QTest::newRow("day 31 of a 30-day month") << "2026-04-31T00:00:00Z" << false << qint64(0);
    QTest::newRow("month 13") << "2026-13-01T00:00:00Z" << false << qint64(0);
    QTest::newRow("minute 60") << "2026-10-03T09:60:00Z" << false << qint64(0);
    QTest::newRow("a letter for a digit") << "2026-1O-03T09:12:44Z" << false << qint64(0);
    QTest::newRow("no zone") << "2026-10-03T09:12:44" << false << qint64(0);
    QTest::newRow("date only") << "2026-10-03" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    // RFC 3339 5.6/5.7 strictly (issue #17): hour 24 is not a time; a leap second is, where one
    // can occur, and is kept as second 59 of its minute (ms since the epoch have no 61st second).
    QTest::newRow("hour 24") << "2026-10-03T24:00:00Z" << false << qint64(0);
    QTest::newRow("hour 24, with an offset") << "2026-10-03T24:00:00+01:00" << false << qint64(0);
    QTest::newRow("leap second") << "2016-12-31T23:59:60Z" << true << utc(2016, 12, 31, 23, 59, 59);
    QTest::newRow("leap second, milliseconds")
        << "2015-06-30T23:59:60.250Z" << true << utc(2015, 6, 30, 23, 59, 59, 250);
    QTest::newRow("leap second, in local time") << "2017-01-01T08:59:60+09:00" << true << utc(2016, 12, 31, 23, 59, 59);
    QTest::newRow("second 60 before the last minute of a day") << "2016-12-31T23:58:60Z" << false << qint64(0);
    QTest::newRow("second 60 on a day that is not a month's last") << "2016-12-30T23:59:60Z" << false << qint64(0);
    QTest::newRow("second 61") << "2016-12-31T23:59:61Z" << false << qint64(0);
    QTest::newRow("microseconds, truncated")
        << "2026-10-03T09:12:44.123999Z" << true << utc(2026, 10, 3, 9, 12, 44, 123);
    QTest::newRow("a point without digits") << "2026-10-03T09:12:44.Z" << false << qint64(0);
    QTest::newRow("offset hour 24") << "2026-10-03T09:12:44+24:00" << false << qint64(0);
    QTest::newRow("offset without a colon") << "2026-10-03T09:12:44+0200" << false << qint64(0);
    QTest::newRow("something after the zone") << "2026-10-03T09:12:44Zx" << false << qint64(0);
}

void TestTimeUtil::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    const auto parsed = parseRfc3339(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, ms);
}

void TestTimeUtil::formatsWhatItParses()
{
    for (const qint64 ms : {qint64(0), qint64(-1), utc(2026, 10, 3, 9, 12, 44), utc(2024, 2, 29, 23, 59, 59, 1)})
        QCOMPARE(parseRfc3339(proofdesk::formatUtc(ms)), std::optional<qint64>(ms));
}

QTEST_GUILESS_MAIN(TestTimeUtil)
#include "tst_timeutil.moc"
