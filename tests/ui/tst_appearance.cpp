// View > Appearance: the application follows the system by default; Light and Dark force a
// palette that the charts and delegates (which read the palette) follow; the choice is kept.
#include "appearance.h"
#include "language.h"
#include "messagebox.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using appearance::Theme;

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-test"));
        QSettings().clear();
        qputenv("PROOFDESK_COLOR_SCHEME", "default"); // not the test machine's desktop
        m_startWindow = QApplication::palette().color(QPalette::Window);
    }
    void systemFollowsADarkDesktopQtCannotSee();
    void namesRoundTrip_data();
    void namesRoundTrip();
    void themesSetThePalette_data();
    void themesSetThePalette();
    void menuChoiceIsAppliedAndRemembered();
    void languageChoiceIsRememberedForTheNextStart();

private:
    QColor m_startWindow;
};

void TestAppearance::namesRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("dark") << QStringLiteral("dark") << Theme::Dark << QStringLiteral("dark");
    QTest::newRow("Light, any case") << QStringLiteral("LiGhT") << Theme::Light << QStringLiteral("light");
    QTest::newRow("system") << QStringLiteral("system") << Theme::System << QStringLiteral("system");
    QTest::newRow("unknown means system") << QStringLiteral("sepia") << Theme::System << QStringLiteral("system");
    QTest::newRow("nothing saved") << QString() << Theme::System << QStringLiteral("system");
}

void TestAppearance::namesRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(Theme, theme);
    QFETCH(QString, canonical);
    QCOMPARE(appearance::fromName(text), theme);
    QCOMPARE(appearance::name(theme), canonical);
}

void TestAppearance::themesSetThePalette_data()
{
    QTest::addColumn<Theme>("theme");
    QTest::addColumn<bool>("darkWindow");
    QTest::newRow("dark") << Theme::Dark << true;
    QTest::newRow("light") << Theme::Light << false;
    QTest::newRow("dark again") << Theme::Dark << true;
}

void TestAppearance::themesSetThePalette()
{
    QFETCH(Theme, theme);
    QFETCH(bool, darkWindow);
    appearance::apply(theme);
    const QPalette p = QApplication::palette();
    QCOMPARE(p.color(QPalette::Window).lightness() < 128, darkWindow);
    // Text stays readable on its base in either case.
    QVERIFY(qAbs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness()) > 128);
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    appearance::apply(Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_startWindow);
}

// Qt 6.4 has no colour scheme hint: a desktop set to dark (GNOME's color-scheme, GTK_THEME)
// turned nothing dark under System (#41). It does now; set back, System is the start palette.
void TestAppearance::systemFollowsADarkDesktopQtCannotSee()
{
    qputenv("PROOFDESK_COLOR_SCHEME", "'prefer-dark'");
    QVERIFY(appearance::systemPrefersDark());
    appearance::apply(Theme::System);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    qputenv("PROOFDESK_COLOR_SCHEME", "'default'");
    QVERIFY(!appearance::systemPrefersDark());
    appearance::apply(Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_startWindow);
}

void TestAppearance::menuChoiceIsAppliedAndRemembered()
{
    QMainWindow window;
    QMenu *help = window.menuBar()->addMenu(QStringLiteral("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    appearance::addMenu(&window);
    const QList<QAction *> menus = window.menuBar()->actions();
    QCOMPARE(menus.size(), 2);
    QCOMPARE(menus.at(0)->menu()->objectName(), QStringLiteral("viewMenu")); // before Help
    auto *dark = window.findChild<QAction *>(QStringLiteral("appearance_dark"));
    auto *system = window.findChild<QAction *>(QStringLiteral("appearance_system"));
    QVERIFY(dark && system);
    QVERIFY(system->isChecked());
    dark->trigger();
    QVERIFY(dark->isChecked());
    QVERIFY(!system->isChecked());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QCOMPARE(appearance::saved(), Theme::Dark);
    system->trigger();
    QCOMPARE(appearance::saved(), Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_startWindow);
}

void TestAppearance::languageChoiceIsRememberedForTheNextStart()
{
    QSettings().remove(QStringLiteral("appearance/language"));
    QCOMPARE(language::saved(), QStringLiteral("system"));
    QMainWindow window;
    appearance::addMenu(&window);
    language::addMenu(&window);
    auto *german = window.findChild<QAction *>(QStringLiteral("language_de"));
    auto *system = window.findChild<QAction *>(QStringLiteral("language_system"));
    QVERIFY(german && system);
    QVERIFY(system->isChecked());
    QCOMPARE(german->text(), QStringLiteral("Deutsch")); // named in itself
    MessageBox::setNextAnswer(QMessageBox::Ok);
    german->trigger();
    QVERIFY(german->isChecked());
    QCOMPARE(language::saved(), QStringLiteral("de"));
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Proofdesk uses the new language from its next start."));
    QCOMPARE(language::localeFor(language::saved()).language(), QLocale::German);
    QSettings().setValue(QStringLiteral("appearance/language"), QStringLiteral("klingon"));
    QCOMPARE(language::saved(), QStringLiteral("system")); // what cannot be honoured is the system's
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
