// What the window writes comes out in the language in use: the built-in saved searches, the
// dashboards' titles and legends, the query errors. A user's own saved-search name stays as
// typed. The compiled German catalogue answers what it already holds; the query errors are
// looked up in their own context, which a translator of the test's answers here.
#include "cache/cachefile.h"
#include "cachefixture.h"
#include "compliance/dashboardchart.h"
#include "compliance/dashboardpanel.h"
#include "compliance/dashboardqueries.h"
#include "itemmodels/savedsearchesmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "search/queryparser.h"
#include "searchbar.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using proofdesk::itemmodels::SavedSearchesModel;

namespace {

// German for the query errors' context only, as the catalogue will hold it: whatever asks
// another context, or another text, gets nothing from here.
class QueryErrorGerman : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "proofdesk::search::QueryParser") != 0)
            return {};
        if (qstrcmp(source, "unclosed '(': add a ')' to close it") == 0)
            return QStringLiteral("„(“ ohne Ende: mit „)“ schließen");
        if (qstrcmp(source, "'%1' is not a date: %2") == 0)
            return QStringLiteral("„%1“ ist kein Datum: %2");
        return {};
    }
};

} // namespace

class TestWindowLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void builtInSavedSearchesReadInTheLanguageInUse();
    void listsSavedBeforeBuiltInsWereMarkedAreRecognised();
    void queryErrorsReadInTheLanguageInUse();
    void dashboardTitlesAndLegendsReadInTheLanguageInUse();

private:
    QStringList savedNames(MainWindow &window) const;
    std::unique_ptr<CacheFixture> m_cache;
    QTranslator m_german;
    QLocale m_startLocale;
};

void TestWindowLanguage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("proofdesk-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowlanguage"));
    QVERIFY(m_german.load(QStringLiteral("proofdesk_de"), QStringLiteral(PROOFDESK_QM_DIR)));
    m_cache = std::make_unique<CacheFixture>(30);
    MessageBox::setNextAnswer(QMessageBox::Ok);
}

void TestWindowLanguage::init() { QSettings().clear(); }

void TestWindowLanguage::cleanup()
{
    QCoreApplication::removeTranslator(&m_german);
    QLocale::setDefault(m_startLocale);
}

QStringList TestWindowLanguage::savedNames(MainWindow &window) const
{
    QStringList names;
    for (auto *view : window.findChildren<QListView *>()) {
        if (!qobject_cast<SavedSearchesModel *>(view->model()))
            continue;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            names << view->model()->index(row, 0).data().toString(); // what the list shows
    }
    return names;
}

// The first start in German, the next ones in English: each reads its own language, and the
// user's own search and a renamed built-in stay as the user wrote them.
void TestWindowLanguage::builtInSavedSearchesReadInTheLanguageInUse()
{
    QCoreApplication::installTranslator(&m_german);
    {
        MainWindow window(m_cache->databasePath(), m_cache->dataDir());
        const QStringList names = savedNames(window);
        QVERIFY2(names.contains(QStringLiteral("Unter Aufbewahrungssperre")), qPrintable(names.join(u'|')));
        QVERIFY(names.contains(QStringLiteral("Per Post versandt")));
        QVERIFY(!names.contains(QStringLiteral("Under legal hold")));
        auto *model = window.findChild<SavedSearchesModel *>();
        QVERIFY(model);
        model->add(QStringLiteral("Meine Mahnungen"), QStringLiteral("type:premium_notice"));
        QVERIFY(model->rename(int(names.indexOf(QStringLiteral("Per Post versandt"))), QStringLiteral("Briefpost")));
    }
    QCoreApplication::removeTranslator(&m_german);
    MainWindow window(m_cache->databasePath(), m_cache->dataDir());
    const QStringList names = savedNames(window);
    QVERIFY2(names.contains(QStringLiteral("Under legal hold")), qPrintable(names.join(u'|')));
    QVERIFY(names.contains(QStringLiteral("Undelivered (bounced, returned, failed)")));
    QVERIFY(!names.contains(QStringLiteral("Unter Aufbewahrungssperre")));
    QVERIFY(names.contains(QStringLiteral("Meine Mahnungen"))); // the user's own: never translated
    QVERIFY(names.contains(QStringLiteral("Briefpost")));       // renamed: the user's now
    QVERIFY(!names.contains(QStringLiteral("Sent by post")));
}

// A list written by an earlier version holds the names as they read at its first start.
void TestWindowLanguage::listsSavedBeforeBuiltInsWereMarkedAreRecognised()
{
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("savedSearches"), 3);
    const QStringList names = {QStringLiteral("Unter Aufbewahrungssperre"), QStringLiteral("Integrität verletzt"),
                               QStringLiteral("Unter Aufbewahrungssperre")};
    const QStringList queries = {QStringLiteral("hold:any"), QStringLiteral("fixity:failed"),
                                 QStringLiteral("hold:HOLD-1")};
    for (int i = 0; i < 3; ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), names.at(i));
        settings.setValue(QStringLiteral("query"), queries.at(i));
    }
    settings.endArray();
    settings.sync();
    QCoreApplication::installTranslator(&m_german); // the language of that first start
    QStringList shown;
    {
        MainWindow window(m_cache->databasePath(), m_cache->dataDir());
        shown = savedNames(window);
    }
    QCOMPARE(shown, names);
    QCoreApplication::removeTranslator(&m_german);
    MainWindow window(m_cache->databasePath(), m_cache->dataDir());
    // The same query under a built-in's name is that built-in; another query is the user's.
    QCOMPARE(savedNames(window), (QStringList{QStringLiteral("Under legal hold"), QStringLiteral("Fixity failed"),
                                              QStringLiteral("Unter Aufbewahrungssperre")}));
}

void TestWindowLanguage::queryErrorsReadInTheLanguageInUse()
{
    QueryErrorGerman german;
    QCoreApplication::installTranslator(&german);
    const auto parsed = proofdesk::search::QueryParser::parse(QStringLiteral("issued:gestern"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error->message.startsWith(QStringLiteral("„gestern“ ist kein Datum: ")),
             qPrintable(parsed.error->message));

    MainWindow window(m_cache->databasePath(), m_cache->dataDir());
    window.searchBar()->setDebounceMs(10);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClicks(window.searchBar()->lineEdit(), QStringLiteral("garcia (channel:print"));
    QTRY_VERIFY_WITH_TIMEOUT(window.searchBar()->hasError(), 5000);
    const QString error = window.searchBar()->errorText();
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(error.contains(QStringLiteral("„(“ ohne Ende: mit „)“ schließen")), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("unclosed")));
    // Without the translator, the source text.
    QCOMPARE(proofdesk::search::QueryParser::parse(QStringLiteral("(a")).error->message,
             QStringLiteral("unclosed '(': add a ')' to close it"));
}

void TestWindowLanguage::dashboardTitlesAndLegendsReadInTheLanguageInUse()
{
    QCoreApplication::installTranslator(&m_german);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); // as language::installTranslators does
    proofdesk::cache::Database db = proofdesk::cache::CacheFile::openWriter(m_cache->databasePath());
    const auto data = proofdesk::compliance::DashboardQueries(db).load(QString(), 4);
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    QCOMPARE(data.weeklyByChannel.title, QStringLiteral("Kommunikationen pro Woche nach Kanal"));
    QCOMPARE(data.deliveryOutcomes.title, QStringLiteral("Zustellergebnisse nach Erstellungswoche"));
    QCOMPARE(data.holds.title, QStringLiteral("Aktive Aufbewahrungssperren"));
    QCOMPARE(data.disposition.title, QStringLiteral("Zur Vernichtung fällig, nächste zwölf Monate"));
    // The weeks in German month names: the four weeks up to that of 2026-01-01 begin in December.
    QVERIFY2(data.weeklyByChannel.categories.join(u' ').contains(QStringLiteral("Dez")),
             qPrintable(data.weeklyByChannel.categories.join(u' ')));

    DashboardPanel panel;
    panel.setDashboard(data);
    QStringList legend;
    for (QLegendMarker *marker : panel.chart(QStringLiteral("deliveryOutcomes"))->chart()->legend()->markers())
        legend << marker->label();
    QCOMPARE(legend, (QStringList{QStringLiteral("Zugestellt"), QStringLiteral("Abgewiesen"),
                                  QStringLiteral("Retourniert"), QStringLiteral("Fehlgeschlagen")}));
    legend.clear();
    for (QLegendMarker *marker : panel.chart(QStringLiteral("weeklyByChannel"))->chart()->legend()->markers())
        legend << marker->label();
    QVERIFY2(legend.contains(QStringLiteral("E-Mail")) && legend.contains(QStringLiteral("Druck")),
             qPrintable(legend.join(u'|')));
}

QTEST_MAIN(TestWindowLanguage)
#include "tst_windowlanguage.moc"
