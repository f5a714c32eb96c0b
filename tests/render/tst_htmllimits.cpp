// The pre-scan that bounds what an HTML letter may cost QTextDocument (#26 item 2): what it
// refuses and why, what it lets through, and that a letter right at every bound is laid out
// and painted in well under the time a window may stop for.
#include "render/htmllimits.h"
#include "safetextbrowser.h"
#include "threadcpu.h"

#include <QElapsedTimer>
#include <QtTest>

using proofdesk::render::HtmlLimits;

namespace {

QString nested(const QString &open, const QString &close, int depth, const QString &inner = QStringLiteral("x"))
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

// `unit` repeated as often as the bounds let it: up to the size, and up to the layout cost.
QString filled(const QString &unit)
{
    int lo = 1, hi = int(HtmlLimits().maxCharacters / unit.size());
    while (lo < hi) {
        const int mid = (lo + hi + 1) / 2;
        if (HtmlLimits().check(unit.repeated(mid)).isEmpty())
            lo = mid;
        else
            hi = mid - 1;
    }
    return unit.repeated(lo);
}

} // namespace

class TestHtmlLimits : public QObject
{
    Q_OBJECT

private slots:
    void refusesPastABound_data();
    void refusesPastABound();
    void showsWhatIsWithin_data();
    void showsWhatIsWithin();
    void aLetterAtTheBoundsIsShownQuickly_data();
    void aLetterAtTheBoundsIsShownQuickly();
};

void TestHtmlLimits::refusesPastABound_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("reason");
    const QString deep = QStringLiteral("nested more than 128 deep");
    const QString word = QStringLiteral("a word longer than 4096 characters");
    QTest::newRow("129 nested div") << nested(QStringLiteral("<div>"), QStringLiteral("</div>"), 129) << deep;
    QTest::newRow("100,000 nested div") << nested(QStringLiteral("<div>"), QStringLiteral("</div>"), 100000) << deep;
    QTest::newRow("20,000 nested ul") << nested(QStringLiteral("<ul><li>"), QStringLiteral("</li></ul>"), 20000)
                                      << deep;
    QTest::newRow("nested, never closed") << QStringLiteral("<span>").repeated(200) << deep;
    QTest::newRow("unknown tags nest too") << QStringLiteral("<x-a>").repeated(200) << deep;
    QTest::newRow("td does not replace td") << QStringLiteral("<td>").repeated(200) << deep;
    QTest::newRow("an end tag of another name closes nothing") << QStringLiteral("<div></span>").repeated(200) << deep;
    QTest::newRow("a 4,097-character word") << QStringLiteral("<p>%1</p>").arg(QString(4097, u'w')) << word;
    QTest::newRow("a word across inline tags") << QStringLiteral("<b>ww</b>").repeated(2100) << word;
    QTest::newRow("a word of entities") << QStringLiteral("&nbsp;").repeated(700) << word;
    QTest::newRow("5 MB in one word") << QString(5 << 20, u'w') << QStringLiteral("letters of more than 2097152");
    QTest::newRow("tables nested 42 deep")
        << nested(QStringLiteral("<table><tr><td>"), QStringLiteral("</td></tr></table>"), 42)
        << QStringLiteral("laying it out would cost");
    QTest::newRow("a thousand rows of a hundred cells")
        << QStringLiteral("<table><tr>%1</tr></table>").arg(QStringLiteral("<td>c</td>").repeated(100)).repeated(1000)
        << QStringLiteral("laying it out would cost");
    QTest::newRow("past the size, in short words")
        << QStringLiteral("ab ").repeated(700000) << QStringLiteral("letters of more than 2097152");
}

void TestHtmlLimits::refusesPastABound()
{
    QFETCH(QString, html);
    QFETCH(QString, reason);
    const QString why = HtmlLimits().check(html);
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestHtmlLimits::showsWhatIsWithin_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("128 nested div") << nested(QStringLiteral("<div>"), QStringLiteral("</div>"), 128);
    QTest::newRow("unclosed paragraphs replace each other") << QStringLiteral("<p>para").repeated(5000);
    QTest::newRow("unclosed list items replace each other")
        << QStringLiteral("<ul>") + QStringLiteral("<li>item").repeated(5000);
    QTest::newRow("leaf elements open nothing")
        << QStringLiteral("a<br>b<img src=x><hr><meta charset=utf-8>").repeated(500);
    QTest::newRow("self-closed tags open nothing") << QStringLiteral("<div/><span />").repeated(500);
    QTest::newRow("markup in a style sheet is not markup")
        << QStringLiteral("<style>%1</style>x").arg(QStringLiteral("<div>").repeated(500));
    QTest::newRow("markup in a comment is not markup")
        << QStringLiteral("<!-- %1 -->x").arg(QStringLiteral("<div>").repeated(500));
    QTest::newRow("a '>' in a quoted attribute") << QStringLiteral("<a title=\"<div>\">x</a>").repeated(500);
    QTest::newRow("a 4,096-character word") << QStringLiteral("<p>%1</p>").arg(QString(4096, u'w'));
    QTest::newRow("lines of long words") << QStringLiteral("%1<br>").arg(QString(4000, u'w')).repeated(20);
    QTest::newRow("Chinese without spaces") << QString(20000, QChar(0x4E2D));
    QTest::newRow("a long inline data: image")
        << QStringLiteral("<img src=\"data:image/png;base64,%1\">").arg(QString(100000, u'A'));
}

void TestHtmlLimits::showsWhatIsWithin()
{
    QFETCH(QString, html);
    QCOMPARE(HtmlLimits().check(html), QString());
}

void TestHtmlLimits::aLetterAtTheBoundsIsShownQuickly_data()
{
    QTest::addColumn<QString>("html");
    const QString w = QString(4096, u'w');
    QTest::newRow("div nested 128 deep") << filled(nested(QStringLiteral("<div>"), QStringLiteral("</div>"), 128));
    QTest::newRow("lists nested 64 deep")
        << filled(nested(QStringLiteral("<ul><li>"), QStringLiteral("</li></ul>"), 64));
    QTest::newRow("tables nested 10 deep") << filled(nested(
        QStringLiteral("<table><tr><td>"), QStringLiteral("</td></tr></table>"), 10, QStringLiteral("word word")));
    QTest::newRow("rows of 100 cells") << filled(
        QStringLiteral("<table><tr>%1</tr></table>").arg(QStringLiteral("<td>c</td>").repeated(100)));
    QTest::newRow("text in a table 5 deep")
        << filled(nested(QStringLiteral("<table><tr><td>"), QStringLiteral("</td></tr></table>"), 5,
                         QStringLiteral("word ").repeated(1000)));
    QTest::newRow("4,096-character words") << filled(w + QLatin1Char(' '));
    QTest::newRow("4,096-character words in inline tags") << filled(QStringLiteral("<b>%1</b> ").arg(w));
    QTest::newRow("paragraphs") << filled(QStringLiteral("<p>Dear customer, your letter of today.</p>"));
}

void TestHtmlLimits::aLetterAtTheBoundsIsShownQuickly()
{
    QFETCH(QString, html);
    QCOMPARE(HtmlLimits().check(html), QString());
    SafeTextBrowser browser;
    browser.resize(800, 900);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    // Processor time of this thread: what the window's thread spends, whatever else the
    // machine runs meanwhile (the wall clock is printed too).
    QElapsedTimer clock;
    clock.start();
    const qint64 cpuBefore = threadCpuMs();
    browser.setSafeHtml(html);
    browser.viewport()->repaint();
    QCoreApplication::processEvents();
    const qint64 cpu = threadCpuMs() - cpuBefore;
    qInfo() << "parsed, laid out and painted in" << cpu << "ms of processor time," << clock.elapsed()
            << "ms wall clock";
    QVERIFY2(cpu < 3000, qPrintable(QStringLiteral("%1 ms").arg(cpu)));
}

QTEST_MAIN(TestHtmlLimits)
#include "tst_htmllimits.moc"
