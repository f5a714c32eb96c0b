// A tooltip of an item view shows repository text literally: a field holding markup (an
// image of a local file) is never rendered.
#include "plaintooltips.h"

#include <QHelpEvent>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>

class TestPlainToolTips : public QObject
{
    Q_OBJECT

private slots:
    void itemViewToolTipsAreShownLiterally_data();
    void itemViewToolTipsAreShownLiterally();
    void aWidgetMarkedPlainShowsItsToolTipLiterally_data() { itemViewToolTipsAreShownLiterally_data(); }
    void aWidgetMarkedPlainShowsItsToolTipLiterally();
};

void TestPlainToolTips::itemViewToolTipsAreShownLiterally_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("image of a local file") << QStringLiteral("<img src=\"file:///etc/passwd\">");
    QTest::newRow("bold") << QStringLiteral("<b>bold</b> & more");
    QTest::newRow("plain") << QStringLiteral("550 mailbox unavailable");
}

void TestPlainToolTips::itemViewToolTipsAreShownLiterally()
{
    QFETCH(QString, field);
    PlainToolTips::install(QCoreApplication::instance());
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("cell"));
    model.setData(model.index(0, 0), field, Qt::ToolTipRole);
    QTableView view;
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPoint at = view.visualRect(model.index(0, 0)).center();
    QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), PlainToolTips::plain(field));
    // What QToolTip renders is the literal field.
    QTextDocument shown;
    shown.setHtml(QToolTip::text());
    QCOMPARE(shown.toPlainText(), field);
    QToolTip::hideText();
}

// A label keeps its tooltip as plain text (a screen reader reads it as the description: no
// markup there, #41) and PlainToolTips shows it so.
void TestPlainToolTips::aWidgetMarkedPlainShowsItsToolTipLiterally()
{
    QFETCH(QString, field);
    PlainToolTips::install(QCoreApplication::instance());
    QLabel label(QStringLiteral("title"));
    label.setProperty(PlainToolTips::kPlainToolTip, true);
    label.setToolTip(field);
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QHelpEvent help(QEvent::ToolTip, QPoint(2, 2), label.mapToGlobal(QPoint(2, 2)));
    QCoreApplication::sendEvent(&label, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QTextDocument shown;
    shown.setHtml(QToolTip::text());
    QCOMPARE(shown.toPlainText(), field);
    QToolTip::hideText();
}

QTEST_MAIN(TestPlainToolTips)
#include "tst_plaintooltips.moc"
