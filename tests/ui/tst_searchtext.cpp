// The pure helpers behind the search box: filter edits, completion words, history.
#include "querytext.h"
#include "searchbar.h"
#include "searchcompleter.h"
#include "searchhistory.h"

#include <QAbstractItemView>
#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestSearchText : public QObject
{
    Q_OBJECT

private slots:
    void setFieldValueReplacesOrAppends_data();
    void setFieldValueReplacesOrAppends();
    void fieldValueReadsTheFirstTopLevelTerm_data();
    void fieldValueReadsTheFirstTopLevelTerm();
    void completionWordIsTheLastWord_data();
    void completionWordIsTheLastWord();
    void historyRefinesWhileTypingAndPushesNewSearches();
    void thePlaceholdersCustomerReadsAsTheArchivesDo();
    void aWindowShortcutClosesTheOpenCompletions();
};

void TestSearchText::setFieldValueReplacesOrAppends_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("append") << "garcia"
                            << "type"
                            << "statement"
                            << "garcia type:statement";
    QTest::newRow("append to blank") << ""
                                     << "type"
                                     << "statement"
                                     << "type:statement";
    QTest::newRow("append after trailing space") << "garcia "
                                                 << "type"
                                                 << "statement"
                                                 << "garcia type:statement";
    QTest::newRow("replace in place") << "type:invoice garcia"
                                      << "type"
                                      << "statement"
                                      << "type:statement garcia";
    QTest::newRow("replace keeps the others") << "garcia channel:print type:x"
                                              << "channel"
                                              << "sms"
                                              << "garcia channel:sms type:x";
    QTest::newRow("replace first, remove the rest") << "channel:print garcia channel:email"
                                                    << "channel"
                                                    << "sms"
                                                    << "channel:sms garcia";
    QTest::newRow("remove at end") << "garcia channel:print"
                                   << "channel"
                                   << ""
                                   << "garcia";
    QTest::newRow("remove at start") << "channel:print garcia"
                                     << "channel"
                                     << ""
                                     << "garcia";
    QTest::newRow("remove in the middle") << "a channel:print b"
                                          << "channel"
                                          << ""
                                          << "a b";
    QTest::newRow("remove the only term") << "channel:print"
                                          << "channel"
                                          << ""
                                          << "";
    QTest::newRow("remove none") << "garcia"
                                 << "channel"
                                 << ""
                                 << "garcia";
    QTest::newRow("case-insensitive field") << "Channel:print x"
                                            << "channel"
                                            << "email"
                                            << "channel:email x";
    QTest::newRow("other field untouched") << "template:TPL-1 type:x"
                                           << "type"
                                           << ""
                                           << "template:TPL-1";

    // Groups and OR: the user's, never edited; the filter is ANDed beside them.
    QTest::newRow("OR group kept, filter appended") << "garcia (channel:print OR channel:email)"
                                                    << "channel"
                                                    << "sms"
                                                    << "garcia (channel:print OR channel:email) channel:sms";
    QTest::newRow("OR group kept when cleared") << "garcia (channel:print OR channel:email)"
                                                << "channel"
                                                << ""
                                                << "garcia (channel:print OR channel:email)";
    QTest::newRow("bare OR kept") << "channel:print OR channel:email garcia"
                                  << "channel"
                                  << "sms"
                                  << "channel:print OR channel:email garcia channel:sms";
    QTest::newRow("AND group kept") << "a (b channel:print)"
                                    << "channel"
                                    << "sms"
                                    << "a (b channel:print) channel:sms";
    QTest::newRow("single-term group kept") << "a (type:x)"
                                            << "type"
                                            << ""
                                            << "a (type:x)";
    QTest::newRow("top-level replaced beside a group") << "channel:web (channel:print OR b)"
                                                       << "channel"
                                                       << "sms"
                                                       << "channel:sms (channel:print OR b)";
    QTest::newRow("top-level removed beside a group") << "(channel:print OR b) channel:web"
                                                      << "channel"
                                                      << ""
                                                      << "(channel:print OR b)";
    QTest::newRow("nested groups") << "(a (channel:print OR (b channel:web))) channel:email"
                                   << "channel"
                                   << ""
                                   << "(a (channel:print OR (b channel:web)))";
    QTest::newRow("term glued to a group") << "(a)channel:print b"
                                           << "channel"
                                           << ""
                                           << "(a) b";

    // Negation: an exclusion the user wrote, not a filter value.
    QTest::newRow("negation kept") << "-type:invoice"
                                   << "type"
                                   << "statement"
                                   << "-type:invoice type:statement";
    QTest::newRow("negation kept when cleared") << "a -channel:print"
                                                << "channel"
                                                << ""
                                                << "a -channel:print";
    QTest::newRow("negation kept, positive replaced") << "-channel:print channel:web"
                                                      << "channel"
                                                      << "sms"
                                                      << "-channel:print channel:sms";
    QTest::newRow("negated group kept") << "-(channel:print) x"
                                        << "channel"
                                        << "sms"
                                        << "-(channel:print) x channel:sms";

    // Quotes.
    QTest::newRow("quoted value") << "x"
                                  << "campaign"
                                  << "Autumn 2026"
                                  << "x campaign:\"Autumn 2026\"";
    QTest::newRow("quoted replaced by quoted") << "campaign:\"a b\" x"
                                               << "campaign"
                                               << "c d"
                                               << "campaign:\"c d\" x";
    QTest::newRow("quoted replaced") << "campaign:\"a b\" x"
                                     << "campaign"
                                     << ""
                                     << "x";
    QTest::newRow("value with parentheses") << "x"
                                            << "unit"
                                            << "retail (east)"
                                            << "x unit:\"retail (east)\"";
    QTest::newRow("field text in a phrase") << "\"see (channel:print) here\" y"
                                            << "channel"
                                            << "sms"
                                            << "\"see (channel:print) here\" y channel:sms";
    QTest::newRow("phrase spacing kept") << "\"two  words\" channel:print"
                                         << "channel"
                                         << ""
                                         << "\"two  words\"";

    // Dates (the issued filter).
    QTest::newRow("range") << ""
                           << "issued"
                           << "2026-01-01..2026-03-31"
                           << "issued:2026-01-01..2026-03-31";
    QTest::newRow("date replaced") << "x issued:2025"
                                   << "issued"
                                   << "2026-01-01..2026-03-31"
                                   << "x issued:2026-01-01..2026-03-31";
    QTest::newRow("open range removed") << "issued:..2026-03-31 x"
                                        << "issued"
                                        << ""
                                        << "x";
    QTest::newRow("dates in OR group kept") << "(issued:2025 OR issued:2026) x"
                                            << "issued"
                                            << "2026-10"
                                            << "(issued:2025 OR issued:2026) x issued:2026-10";
    QTest::newRow("hold cleared") << "hold:any x"
                                  << "hold"
                                  << ""
                                  << "x";

    // A query that does not parse: append, never rewrite what cannot be understood.
    QTest::newRow("unclosed group: append") << "garcia (channel:print"
                                            << "channel"
                                            << "sms"
                                            << "garcia (channel:print channel:sms";
    QTest::newRow("unclosed group: clear keeps it") << "garcia (channel:print"
                                                    << "channel"
                                                    << ""
                                                    << "garcia (channel:print";
    QTest::newRow("unmatched ')': append") << "channel:print) x"
                                           << "channel"
                                           << "sms"
                                           << "channel:print) x channel:sms";
    QTest::newRow("unknown field: append") << "colour:red channel:print"
                                           << "channel"
                                           << "sms"
                                           << "colour:red channel:print channel:sms";
    QTest::newRow("malformed date: append") << "x issued:2026-13"
                                            << "issued"
                                            << "2026"
                                            << "x issued:2026-13 issued:2026";
    QTest::newRow("dangling OR: clear keeps it") << "channel:print OR"
                                                 << "channel"
                                                 << ""
                                                 << "channel:print OR";
}

void TestSearchText::setFieldValueReplacesOrAppends()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(querytext::setFieldValue(query, field, value), expected);
}

void TestSearchText::fieldValueReadsTheFirstTopLevelTerm_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "a type:statement"
                           << "type"
                           << "statement";
    QTest::newRow("first of two") << "channel:print a channel:email"
                                  << "channel"
                                  << "print";
    QTest::newRow("negated") << "-type:statement"
                             << "type"
                             << "";
    QTest::newRow("quoted") << "unit:\"retail banking\""
                            << "unit"
                            << "retail banking";
    QTest::newRow("other field") << "subtype:x"
                                 << "type"
                                 << "";
    QTest::newRow("in an OR group") << "garcia (channel:print OR channel:email)"
                                    << "channel"
                                    << "";
    QTest::newRow("in an AND group") << "a (b channel:print)"
                                     << "channel"
                                     << "";
    QTest::newRow("beside a group") << "(channel:print OR b) channel:web"
                                    << "channel"
                                    << "web";
    QTest::newRow("in a phrase") << "\"channel:print\""
                                 << "channel"
                                 << "";
    QTest::newRow("date range") << "x issued:2026-01-01..2026-03-31"
                                << "issued"
                                << "2026-01-01..2026-03-31";
    QTest::newRow("syntax error") << "channel:print ("
                                  << "channel"
                                  << "";
}

void TestSearchText::fieldValueReadsTheFirstTopLevelTerm()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(querytext::fieldValue(query, field), expected);
}

void TestSearchText::completionWordIsTheLastWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::newRow("single") << "cust" << 0;
    QTest::newRow("second") << "garcia ty" << 7;
    QTest::newRow("negated") << "garcia -type:re" << 8;
    QTest::newRow("group") << "(chan" << 1;
    QTest::newRow("in quotes") << "campaign:\"autumn fe" << 0;
}

void TestSearchText::completionWordIsTheLastWord()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QCOMPARE(SearchCompleter::wordStart(text), start);
}

void TestSearchText::historyRefinesWhileTypingAndPushesNewSearches()
{
    SearchHistory history;
    history.record(QStringLiteral(""));
    history.record(QStringLiteral("gar"));
    history.record(QStringLiteral("garcia")); // refines "gar"
    history.record(QStringLiteral("channel:print"));
    QCOMPARE(history.size(), 3);
    QVERIFY(history.canGoBack());
    QCOMPARE(history.back(), QStringLiteral("garcia"));
    QCOMPARE(history.back(), QString());
    QVERIFY(!history.canGoBack());
    QCOMPARE(history.forward(), QStringLiteral("garcia"));
    history.record(QStringLiteral("type:invoice")); // a new branch drops the forward entries
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.size(), 3);
}

// Issue #64 item 5: after a field value the open completions took Ctrl+1 (to the results),
// Down and Return; the shortcut was lost and Return accepted a completion. On a desktop the
// popup is the active window and its keys reach the completer's filter; offscreen the
// application's shortcut map would take the key first, so the filter is asked directly.
void TestSearchText::aWindowShortcutClosesTheOpenCompletions()
{
    QWidget window;
    auto *edit = new QLineEdit(&window);
    auto *completer = new SearchCompleter(edit);
    completer->setCompletions({QStringLiteral("channel:email"), QStringLiteral("channel:print")});
    edit->setCompleter(completer);
    auto *results = new QAction(QStringLiteral("Results"), &window);
    results->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    window.addAction(results);
    QSignalSpy triggered(results, &QAction::triggered);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("channel:em"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QObject *filter = completer;

    QKeyEvent down(QEvent::KeyPress, Qt::Key_Down, Qt::NoModifier);
    filter->eventFilter(completer->popup(), &down); // not a shortcut: the completions move
    QVERIFY(completer->popup()->isVisible());
    QCOMPARE(triggered.count(), 0);
    const QString highlighted = edit->text(); // the completion Down moved to, shown in the box

    // On a desktop the key comes as ShortcutOverride only (it is seen under Xvfb).
    QKeyEvent ctrl1(QEvent::ShortcutOverride, Qt::Key_1, Qt::ControlModifier, QStringLiteral("1"));
    QVERIFY(filter->eventFilter(completer->popup(), &ctrl1));
    QCOMPARE(triggered.count(), 1);
    QVERIFY(!completer->popup()->isVisible());
    QCOMPARE(edit->text(), highlighted); // nothing else accepted on the person's behalf
}

QTEST_MAIN(TestSearchText)
// #64: the placeholder offered customer:CUST-1 where every id of the archive reads CUS-0000006.
void TestSearchText::thePlaceholdersCustomerReadsAsTheArchivesDo()
{
    SearchBar bar;
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("customer:(\\S+)")).match(bar.lineEdit()->placeholderText());
    QVERIFY(m.hasMatch());
    QVERIFY2(QRegularExpression(QStringLiteral("^CUS-\\d{7}$")).match(m.captured(1)).hasMatch(),
             qPrintable(m.captured(1)));
}

#include "tst_searchtext.moc"
