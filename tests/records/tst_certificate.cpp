// The certificate of disposition: every field readable in the PDF however long it is (a
// long reason wraps, full SHA-256 hashes stay on the page), text taken literally (never as
// markup).
#include "records/dispositioncertificate.h"
#include "util/timeutil.h"

#include <QCryptographicHash>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace proofdesk;
using namespace proofdesk::records;

namespace {

// PDF text extraction breaks wrapped lines where it likes: compare without white space.
// PDFium gives a hyphen the line was broken after as U+FFFE.
QString squeezed(QString text)
{
    return text.replace(QChar(0xfffe), QLatin1Char('-')).remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString hashOf(int i)
{
    return QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
}

CertificateData longCertificate()
{
    CertificateData data;
    data.batchId = QStringLiteral("DISP-0123456789AB");
    data.approvedBy = QStringLiteral("rita");
    data.approvedAt = parseRfc3339(QStringLiteral("2026-03-04T10:15:00Z")).value();
    data.device = QStringLiteral("workstation-7 (8d2f0c1e)");
    // Markup characters first: they must come out as text.
    QString reason = QStringLiteral("Schedule <FIN-7Y> & court order R&D \"closed\". ");
    for (int i = 1; reason.size() < 2000; ++i)
        reason += QStringLiteral("Item %1 of the retention schedule was reviewed and confirmed by "
                                 "records management. ")
                      .arg(i);
    data.reason = reason.left(2000);
    for (int i = 0; i < 30; ++i)
        data.lines << CertificateLine{QStringLiteral("EXS-2015-%1").arg(i, 6, 10, QLatin1Char('0')),
                                      QStringLiteral("FIN-7Y"),
                                      parseRfc3339(QStringLiteral("2015-03-01T09:00:00Z")).value(),
                                      parseRfc3339(QStringLiteral("2022-03-01T09:00:00Z")).value(), hashOf(i)};
    return data;
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private slots:
    void longReasonAndFullHashesAreOnThePages();
    void everyItemIsOnThePagesAsWritten_data();
    void everyItemIsOnThePagesAsWritten();
};

void TestCertificate::longReasonAndFullHashesAreOnThePages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("certificates/DISP-0123456789AB.pdf"));
    const CertificateData data = longCertificate();
    QCOMPARE(data.reason.size(), 2000);
    const QString error = writeDispositionCertificate(path, data);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QVERIFY2(pdf.pageCount() >= 1 && pdf.pageCount() <= 4, qPrintable(QString::number(pdf.pageCount())));
    QString text;
    for (int p = 0; p < pdf.pageCount(); ++p) {
        const QPdfSelection all = pdf.getAllText(p);
        text += all.text() + QLatin1Char('\n');
        // Nothing runs off the paper.
        const QRectF page(QPointF(0, 0), pdf.pagePointSize(p));
        QVERIFY2(page.contains(all.boundingRectangle()),
                 qPrintable(QStringLiteral("page %1: text at %2,%3 %4x%5 outside %6x%7")
                                .arg(p + 1)
                                .arg(all.boundingRectangle().x())
                                .arg(all.boundingRectangle().y())
                                .arg(all.boundingRectangle().width())
                                .arg(all.boundingRectangle().height())
                                .arg(page.width())
                                .arg(page.height())));
    }
    const QString flat = squeezed(text);
    QVERIFY2(flat.contains(squeezed(data.reason)), qPrintable(text.left(3000)));
    for (const CertificateLine &line : data.lines) {
        QVERIFY2(text.contains(line.recordSha256),
                 qPrintable(line.recordSha256)); // on one line, unbroken
        QVERIFY(flat.contains(line.communicationId));
    }
    for (const QString &field : {QStringLiteral("Certificate of disposition"), data.batchId, data.approvedBy,
                                 QStringLiteral("2026-03-04T10:15:00Z"), data.device})
        QVERIFY2(flat.contains(squeezed(field)), qPrintable(field));
}

void TestCertificate::everyItemIsOnThePagesAsWritten_data()
{
    QTest::addColumn<QString>("communicationId");
    QTest::addColumn<int>("items");
    // The items are a plain table painted row by row (render::PdfPages): its cells wrap by
    // themselves, and its header row starts every page the table runs onto.
    QTest::newRow("an id of 300 characters without a space")
        << QStringLiteral("EXS-") + QString(296, QLatin1Char('7')) << 3;
    QTest::newRow("markup in an id, taken as text") << QStringLiteral("<b>EXS&amp;1</b>") << 3;
    QTest::newRow("400 items over many pages") << QStringLiteral("EXS-LAST") << 400;
    // Taller than a page: it goes on over the next pages, never cut at the foot of one.
    QTest::newRow("an id of 20,000 characters") << QStringLiteral("EXS-") + QString(19996, QLatin1Char('8')) << 3;
}

void TestCertificate::everyItemIsOnThePagesAsWritten()
{
    QFETCH(QString, communicationId);
    QFETCH(int, items);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    CertificateData data = longCertificate();
    data.lines.clear();
    for (int i = 0; i < items; ++i)
        data.lines << CertificateLine{i + 1 < items ? QStringLiteral("EXS-%1").arg(i) : communicationId,
                                      QStringLiteral("FIN-7Y"), 0, 0, hashOf(i)};
    const QString error = writeDispositionCertificate(path, data);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QString text;
    for (int p = 0; p < pdf.pageCount(); ++p) {
        const QPdfSelection all = pdf.getAllText(p);
        // Without the page number, the last text of each page (PDFium may give its digits on lines
        // of their own): a row running over pages reads on.
        const QString number = QString::number(p + 1).split(QString(), Qt::SkipEmptyParts).join(QStringLiteral("\\s*"));
        text += all.text().remove(QRegularExpression(QStringLiteral("\\s*%1\\s*$").arg(number)));
        QVERIFY2(QRectF(QPointF(0, 0), pdf.pagePointSize(p)).contains(all.boundingRectangle()),
                 qPrintable(QStringLiteral("page %1 runs off the paper").arg(p + 1)));
        // The table's header row again at the top of each page it runs onto.
        if (p > 0 && all.text().contains(QLatin1String("FIN-7Y")))
            QVERIFY2(all.text().startsWith(QLatin1String("Communication")), qPrintable(all.text().left(80)));
    }
    // PDFium marks a line broken inside a word as hyphenated (U+FFFE): an id has no hyphen there.
    // It gives the row's other cells after the part of a long id on their page: taken out here.
    const QString flat =
        squeezed(QString(text).remove(QChar(0xfffe))).remove(QStringLiteral("FIN-7Y1970-01-011970-01-01"));
    QVERIFY2(flat.contains(squeezed(communicationId)), qPrintable(text.right(2000)));
    for (const CertificateLine &line : data.lines)
        QVERIFY2(text.contains(line.recordSha256), qPrintable(line.communicationId));
}

QTEST_MAIN(TestCertificate)
#include "tst_certificate.moc"
