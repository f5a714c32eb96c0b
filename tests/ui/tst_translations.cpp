// Strings of the models' file-local tr() helpers reach the user in German: lupdate files
// them under a class or under the namespace depending on where the call is made
// (util/translation.h), and the compiled German catalogue must answer both.
#include "audit/actionlabels.h"
#include "domain/codelabels.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using proofdesk::util::translateEither;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_german.load(QStringLiteral("proofdesk_de"), QStringLiteral(PROOFDESK_QM_DIR)));
        QCoreApplication::installTranslator(&m_german);
    }
    void helperStringsAreTranslated_data();
    void helperStringsAreTranslated();
    void menuBarMnemonicsAreUnique_data();
    void menuBarMnemonicsAreUnique();
    // #64 item 6: the Audit Trail's Action column showed hold.create in German.
    void everyAuditActionIsReadInGerman()
    {
        const QStringList codes = proofdesk::audit::ActionLabels::known();
        QCoreApplication::removeTranslator(&m_german);
        QStringList english;
        for (const QString &code : codes)
            english << proofdesk::audit::ActionLabels::label(code);
        QCoreApplication::installTranslator(&m_german);
        QStringList untranslated;
        for (qsizetype i = 0; i < codes.size(); ++i)
            if (proofdesk::audit::ActionLabels::label(codes.at(i)) == english.at(i) || english.at(i) == codes.at(i))
                untranslated << codes.at(i);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char(' '))));
        QCOMPARE(proofdesk::audit::ActionLabels::label(QStringLiteral("hold.create")),
                 QStringLiteral("Aufbewahrungssperre verhängt"));
        QCOMPARE(proofdesk::audit::ActionLabels::label(QStringLiteral("a.newer_action")),
                 QStringLiteral("a.newer_action"));
        QCOMPARE(proofdesk::domain::CodeLabels::label(QStringLiteral("rejected")), QStringLiteral("Abgelehnt"));
    }

private:
    QTranslator m_german;
};

void TestTranslations::helperStringsAreTranslated_data()
{
    QTest::addColumn<QString>("classContext");
    QTest::addColumn<QString>("namespaceContext");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    QTest::newRow("free function in the certificate") << "proofdesk::records::Certificate"
                                                      << "proofdesk::records"
                                                      << "Certificate of disposition %1"
                                                      << "Vernichtungsprotokoll %1";
    QTest::newRow("member function of Retention") << "proofdesk::records::Retention"
                                                  << "proofdesk::records"
                                                  << " (extended)"
                                                  << " (verlängert)";
    QTest::newRow("evidence report, filed under the namespace") << "proofdesk::compliance::EvidenceReport"
                                                                << "proofdesk::compliance"
                                                                << "Communications"
                                                                << "Kommunikationen";
    // #41: the German trail read "hold HOLD-1" and "exception_case C-1".
    QTest::newRow("an audit object type") << "proofdesk::itemmodels::AuditEntriesModel"
                                          << "proofdesk::itemmodels"
                                          << "hold"
                                          << "Sperre";
    QTest::newRow("an audit object type of two words") << "proofdesk::itemmodels::AuditEntriesModel"
                                                       << "proofdesk::itemmodels"
                                                       << "exception case"
                                                       << "Ausnahmefall";
    // The audit trail's Role column read "records" and "system" in German.
    QTest::newRow("a role") << "RoleTitle"
                            << "RoleTitle"
                            << "Records manager"
                            << "Schriftgutverwalter";
    QTest::newRow("not in the catalogue stays English") << "proofdesk::records::Retention"
                                                        << "proofdesk::records"
                                                        << "no such text"
                                                        << "no such text";
}

void TestTranslations::helperStringsAreTranslated()
{
    QFETCH(QString, classContext);
    QFETCH(QString, namespaceContext);
    QFETCH(QString, source);
    QFETCH(QString, german);
    QCOMPARE(translateEither(classContext.toUtf8().constData(), namespaceContext.toUtf8().constData(),
                             source.toUtf8().constData()),
             german);
}

void TestTranslations::menuBarMnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

// Alt+letter opens a menu of the main window's bar; two menus on one letter leave the second
// unreachable that way. The bar's menus, each with its translation context.
void TestTranslations::menuBarMnemonicsAreUnique()
{
    QFETCH(QString, language);
    QTranslator catalogue;
    if (!language.isEmpty())
        QVERIFY(catalogue.load(QStringLiteral("proofdesk_") + language, QStringLiteral(PROOFDESK_QM_DIR)));
    const struct
    {
        const char *context, *source;
    } menus[] = {{"WindowMenus", "&File"},    {"WindowMenus", "&Search"},       {"WindowMenus", "&Go"},
                 {"appearance", "&View"},     {"RecordsWorkspace", "Rec&ords"}, {"ComplianceWorkspace", "&Compliance"},
                 {"SyncStatus", "Setti&ngs"}, {"WindowMenus", "&Help"}};
    QHash<QChar, QString> taken;
    for (const auto &menu : menus) {
        QString title = language.isEmpty() ? QString() : catalogue.translate(menu.context, menu.source);
        if (title.isEmpty())
            title = QString::fromUtf8(menu.source);
        const qsizetype amp = title.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(title + QLatin1String(" has no mnemonic")));
        const QChar key = title.at(amp + 1).toLower();
        QVERIFY2(!taken.contains(key),
                 qPrintable(QStringLiteral("%1 and %2 share Alt+%3").arg(taken.value(key), title, key)));
        taken.insert(key, title);
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
