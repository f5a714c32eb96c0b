// Strings of the models' file-local tr() helpers reach the user in German: lupdate files
// them under a class or under the namespace depending on where the call is made
// (util/translation.h), and the compiled German catalogue must answer both.
#include "util/translation.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

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

private:
    QTranslator m_german;
};

void TestTranslations::helperStringsAreTranslated_data()
{
    QTest::addColumn<QString>("classContext");
    QTest::addColumn<QString>("namespaceContext");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    QTest::newRow("free function in the certificate")
        << "proofdesk::records::Certificate" << "proofdesk::records" << "Certificate of disposition %1"
        << "Vernichtungsprotokoll %1";
    QTest::newRow("member function of Retention")
        << "proofdesk::records::Retention" << "proofdesk::records" << " (extended)" << " (verlängert)";
    QTest::newRow("evidence report, filed under the namespace")
        << "proofdesk::compliance::EvidenceReport" << "proofdesk::compliance" << "Communications"
        << "Kommunikationen";
    QTest::newRow("not in the catalogue stays English")
        << "proofdesk::records::Retention" << "proofdesk::records" << "no such text" << "no such text";
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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
