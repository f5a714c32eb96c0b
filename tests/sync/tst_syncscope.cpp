// SyncScope (issue #28): which queries may be a scope, and when a new scope is a narrowing
// of the old one (then the repository's sync position is kept: nothing new can come in).
#include "sync/syncscope.h"

#include <QTest>

using proofdesk::sync::SyncScope;

class TestSyncScope : public QObject
{
    Q_OBJECT

private slots:
    void narrowingIsToldFromTheQueries_data();
    void narrowingIsToldFromTheQueries();
    void whatAScopeMaySay_data();
    void whatAScopeMaySay();
};

void TestSyncScope::narrowingIsToldFromTheQueries_data()
{
    QTest::addColumn<QString>("narrower");
    QTest::addColumn<QString>("wider");
    QTest::addColumn<bool>("within");
    const auto row = [](const char *name, const char *a, const char *b, bool within) {
        QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b) << within;
    };
    row("a shorter rolling window", "issued:>=now-12m", "issued:>=now-24m", true);
    row("a longer rolling window", "issued:>=now-24m", "issued:>=now-12m", false);
    row("a year within a range", "issued:2025", "issued:2024..2026", true);
    row("an open range is not within a closed one", "issued:2025..", "issued:2024..2026", false);
    row("one more condition", "type:statement unit:retail", "type:statement", true);
    row("one condition fewer", "type:statement", "type:statement unit:retail", false);
    row("one alternative of two", "type:statement", "type:statement OR type:notice", true);
    row("two alternatives of one", "type:statement OR type:notice", "type:statement", false);
    row("everything within a scope", "", "type:statement", false);
    row("a scope within everything", "type:statement", "", true);
    row("values ignore case", "issued:2025-06 type:notice", "issued:>=2025 type:NOTICE", true);
    row("the same negation", "-type:notice unit:retail", "-type:notice", true);
    row("a negation it cannot compare", "-type:notice", "type:statement", false);
    row("a group and one more", "(type:a OR type:b) unit:x", "type:a OR type:b", true);
    row("another field", "unit:retail", "type:statement", false);
}

void TestSyncScope::narrowingIsToldFromTheQueries()
{
    QFETCH(QString, narrower);
    QFETCH(QString, wider);
    QFETCH(bool, within);
    QString error;
    const auto a = SyncScope::parse(narrower, &error);
    QVERIFY2(a, qPrintable(error));
    const auto b = SyncScope::parse(wider, &error);
    QVERIFY2(b, qPrintable(error));
    QCOMPARE(a->within(*b), within);
}

void TestSyncScope::whatAScopeMaySay_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("refused"); // empty: accepted
    QTest::newRow("a window and keys") << QStringLiteral("issued:>=now-24m (unit:retail OR customer:C-1) -channel:sms")
                                       << QString();
    QTest::newRow("blank") << QStringLiteral("  ") << QString();
    QTest::newRow("a word") << QStringLiteral("type:statement fee") << QStringLiteral("\"fee\"");
    QTest::newRow("a phrase") << QStringLiteral("\"late fee\"") << QStringLiteral("\"late fee\"");
    QTest::newRow("status") << QStringLiteral("status:delivered") << QStringLiteral("status");
    QTest::newRow("repo") << QStringLiteral("repo:archive") << QStringLiteral("repo");
    QTest::newRow("block") << QStringLiteral("block:CB-1") << QStringLiteral("block");
    QTest::newRow("unknown field") << QStringLiteral("colour:red") << QStringLiteral("character 1");
}

void TestSyncScope::whatAScopeMaySay()
{
    QFETCH(QString, scope);
    QFETCH(QString, refused);
    QString error;
    const auto parsed = SyncScope::parse(scope, &error);
    QCOMPARE(!parsed, !refused.isEmpty());
    if (parsed)
        QCOMPARE(parsed->keepsEverything(), scope.trimmed().isEmpty());
    else
        QVERIFY2(error.contains(refused), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestSyncScope)
#include "tst_syncscope.moc"
