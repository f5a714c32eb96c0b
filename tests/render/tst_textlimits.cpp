// The pre-scan that bounds what a plain-text letter may cost QPlainTextEdit (#44 item 1): what
// it refuses and why, what it lets through, and that the costliest letters within every bound
// are shown, scrolled to their end and laid out again at another width in well under the time
// a window may stop for.
#include "render/textlimits.h"
#include "threadcpu.h"

#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTest>

using proofdesk::render::TextLimits;

namespace {

const TextLimits kLimits;

// Lines of `unit` repeated to the longest a line may be, as many as the letter's size allows.
QString linesOf(const QString &unit)
{
    const QString line = unit.repeated(int(kLimits.maxLineLength / unit.size()));
    const qsizetype lines = qMin(kLimits.maxCharacters / (line.size() + 1), kLimits.maxLines);
    return QString(line + QLatin1Char('\n')).repeated(lines);
}

QString zalgo(int marks) { return QStringLiteral("a") + QString(marks, QChar(0x0301)); }

} // namespace

class TestTextLimits : public QObject
{
    Q_OBJECT

private slots:
    void refusesPastABound_data();
    void refusesPastABound();
    void showsWhatIsWithin_data();
    void showsWhatIsWithin();
    void refusesBytesPastTheSizeBeforeDecoding();
    void aLetterAtTheBoundsIsShownQuickly_data();
    void aLetterAtTheBoundsIsShownQuickly();
};

void TestTextLimits::refusesPastABound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    const QString w = QStringLiteral("w");
    QTest::newRow("one character too many")
        << QString(kLimits.maxCharacters + 1, u'a') << QStringLiteral("more than 1048576 characters");
    QTest::newRow("100,001 lines") << QString(100000, u'\n') << QStringLiteral("more than 100000 lines");
    QTest::newRow("100,001 lines ended by CR") << QString(100000, u'\r') << QStringLiteral("more than 100000 lines");
    QTest::newRow("100,001 paragraphs (U+2029)")
        << QString(100000, QChar(0x2029)) << QStringLiteral("more than 100000 lines");
    QTest::newRow("a line of 32,769 characters") << QStringLiteral("word ").repeated(6553) + QStringLiteral("abcd")
                                                 << QStringLiteral("a line of more than 32768");
    QTest::newRow("a line of tabs") << QString(40000, u'\t') << QStringLiteral("a line of more than 32768");
    QTest::newRow("line separators do not end a line")
        << QStringLiteral("word").append(QChar(0x2028)).repeated(6554) << QStringLiteral("a line of more than 32768");
    QTest::newRow("a word of 4,097 characters") << w.repeated(4097) << QStringLiteral("a word longer than 4096");
    QTest::newRow("a word of no-break spaces")
        << QString(4097, QChar(0x00A0)).prepend(u'x') << QStringLiteral("a word longer than 4096");
    QTest::newRow("31 marks on one letter") << zalgo(31) << QStringLiteral("more than 30 combining marks");
    QTest::newRow("joiners count as marks")
        << QStringLiteral("a") + QString(31, QChar(0x200D)) << QStringLiteral("more than 30 combining marks");
    QTest::newRow("marks outside the BMP") << QStringLiteral("a") + QString::fromUcs4(U"\U0001D167").repeated(31)
                                           << QStringLiteral("more than 30 combining marks");
}

void TestTextLimits::refusesPastABound()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const QString why = kLimits.check(text);
    QVERIFY2(why.contains(reason), qPrintable(why));
    QCOMPARE(kLimits.check(text.toUtf8()), why);
}

void TestTextLimits::showsWhatIsWithin_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("the most characters") << QString(QStringLiteral("word ").repeated(2000) + QLatin1Char('\n'))
                                                .repeated(int(kLimits.maxCharacters / 10001))
                                                .leftJustified(kLimits.maxCharacters, u' ');
    QTest::newRow("100,000 lines") << QString(99999, u'\n');
    QTest::newRow("CR LF ends one line") << QStringLiteral("\r\n").repeated(99999);
    QTest::newRow("a line of 32,768 characters") << QStringLiteral("word ").repeated(6553) + QStringLiteral("abc");
    QTest::newRow("a word of 4,096 characters") << QString(4096, u'w');
    QTest::newRow("30 marks on each letter") << QString(zalgo(30) + QLatin1Char(' ')).repeated(1000);
    QTest::newRow("Chinese without spaces") << QString(30000, QChar(0x4E2D));
    QTest::newRow("a family of emoji joined by ZWJ")
        << QString::fromUcs4(U"\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 ").repeated(1000);
}

void TestTextLimits::showsWhatIsWithin()
{
    QFETCH(QString, text);
    QCOMPARE(kLimits.check(text), QString());
    QString decoded;
    QCOMPARE(kLimits.check(text.toUtf8(), &decoded), QString());
    QCOMPARE(decoded, text);
}

void TestTextLimits::refusesBytesPastTheSizeBeforeDecoding()
{
    // 4 MiB + 1 of UTF-8 cannot be fewer than 1 Mi + 1 characters: refused without decoding.
    QString decoded = QStringLiteral("left alone");
    const QString why = kLimits.check(QByteArray(4 * kLimits.maxCharacters + 1, 'a'), &decoded);
    QVERIFY2(why.contains(QLatin1String("more than 1048576 characters")), qPrintable(why));
    QCOMPARE(decoded, QStringLiteral("left alone"));
    // Three bytes a character, lines of euros each ended by U+2029 (three bytes too): decoded
    // and let through.
    const QString euros = QString(QString(1000, QChar(0x20AC)) + QChar(0x2029)).repeated(1047);
    QVERIFY(euros.toUtf8().size() > 3 * 1024 * 1024 - 4096);
    QCOMPARE(kLimits.check(euros.toUtf8(), &decoded), QString());
    QCOMPARE(decoded, euros);
}

void TestTextLimits::aLetterAtTheBoundsIsShownQuickly_data()
{
    QTest::addColumn<QString>("text");
    const QString w = QString(4095, u'w') + QLatin1Char(' ');
    QTest::newRow("the most lines") << QString(kLimits.maxLines - 1, u'\n');
    QTest::newRow("the most lines of short words") << QStringLiteral("Dear Sir\n").repeated(int(kLimits.maxLines) - 1);
    QTest::newRow("the longest lines of 4,096-character words") << linesOf(w);
    QTest::newRow("the longest lines of short words") << linesOf(QStringLiteral("word "));
    QTest::newRow("the longest lines of zalgo") << linesOf(zalgo(30) + QLatin1Char(' '));
    QTest::newRow("the longest lines of zalgo words") << linesOf(zalgo(30).repeated(100) + QLatin1Char(' '));
    QTest::newRow("the longest lines of tabs") << linesOf(QStringLiteral("\t"));
    QTest::newRow("the longest lines of Chinese") << linesOf(QString(QChar(0x4E2D)));
    QTest::newRow("the longest lines of Arabic")
        << linesOf(QStringLiteral("\u0627\u0644\u0633\u0644\u0627\u0645 \u0639\u0644\u064A\u0643\u0645 "));
}

// What DocumentView does with a text letter, and what a reader does next: show it, go to its
// end, and make the pane narrower (every block in view is laid out again).
void TestTextLimits::aLetterAtTheBoundsIsShownQuickly()
{
    QFETCH(QString, text);
    QCOMPARE(kLimits.check(text), QString());
    QPlainTextEdit view;
    view.setReadOnly(true);
    view.resize(800, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer clock;
    clock.start();
    qint64 cpu = threadCpuMs();
    view.setPlainText(text);
    view.viewport()->repaint();
    QCoreApplication::processEvents();
    const qint64 shown = threadCpuMs() - cpu;
    cpu = threadCpuMs();
    view.moveCursor(QTextCursor::End);
    view.viewport()->repaint();
    view.resize(500, 900);
    view.viewport()->repaint();
    QCoreApplication::processEvents();
    const qint64 after = threadCpuMs() - cpu;
    qInfo() << "shown in" << shown << "ms of processor time, at its end and narrower in" << after << "ms;"
            << clock.elapsed() << "ms wall clock";
    QVERIFY2(shown < 3000 && after < 3000, qPrintable(QStringLiteral("%1 ms, %2 ms").arg(shown).arg(after)));
}

QTEST_MAIN(TestTextLimits)
#include "tst_textlimits.moc"
