// Request Reissue warns before a letter is resent where it already failed to arrive.
#include "records/reissuedialog.h"

#include <QLabel>
#include <QtTest>

class TestReissueDialog : public QObject
{
    Q_OBJECT

private slots:
    void warnsWhenTheOriginalDestinationFailed_data();
    void warnsWhenTheOriginalDestinationFailed();
};

void TestReissueDialog::warnsWhenTheOriginalDestinationFailed_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("expected"); // a part of the warning, empty = none
    QTest::newRow("bounced") << "bounced" << "bounced";
    QTest::newRow("returned") << "returned" << "was returned";
    QTest::newRow("failed") << "failed" << "failed";
    QTest::newRow("delivered") << "delivered" << "";
    QTest::newRow("opened") << "opened" << "";
    QTest::newRow("unknown") << "" << "";
}

void TestReissueDialog::warnsWhenTheOriginalDestinationFailed()
{
    QFETCH(QString, status);
    QFETCH(QString, expected);
    ReissueDialog dialog(QStringLiteral("EXS-1"), QStringLiteral("email"), QStringLiteral("<b>ana@example.org</b>"),
                         status);
    dialog.show();
    const QString warning = dialog.destinationWarning();
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("destinationWarning"));
    QVERIFY(label);
    if (expected.isEmpty()) {
        QVERIFY(warning.isEmpty());
        QVERIFY(!label->isVisible());
        return;
    }
    QVERIFY2(warning.contains(expected), qPrintable(warning));
    QVERIFY(warning.contains(QStringLiteral("<b>ana@example.org</b>"))); // named, as text
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->isVisible());
}

QTEST_MAIN(TestReissueDialog)
#include "tst_reissuedialog.moc"
