#pragma once
// The compiled German and French catalogues (PROOFDESK_QM_DIR), switched as a person switches
// the window's language: translator and default locale together.
#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

class Languages
{
public:
    // Call from initTestCase: both catalogues must load (a test in a language it cannot
    // load would pass in English).
    void load()
    {
        QVERIFY(m_german.load(QStringLiteral("proofdesk_de"), QStringLiteral(PROOFDESK_QM_DIR)));
        QVERIFY(m_french.load(QStringLiteral("proofdesk_fr"), QStringLiteral(PROOFDESK_QM_DIR)));
    }
    // "de", "fr", or empty for English.
    void speak(const QString &language)
    {
        QCoreApplication::removeTranslator(&m_german);
        QCoreApplication::removeTranslator(&m_french);
        if (language == QLatin1String("de"))
            QCoreApplication::installTranslator(&m_german);
        else if (language == QLatin1String("fr"))
            QCoreApplication::installTranslator(&m_french);
        QLocale::setDefault(language.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(language));
    }

private:
    QTranslator m_german;
    QTranslator m_french;
};
