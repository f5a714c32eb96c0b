// The evidence package: unpacked with unzip and verified with sha256sum -c, its record and
// report readable, the export audited, a refused role writing nothing.
#include "audit/audittrail.h"
#include "compliance/evidencepackage.h"
#include "compliance/evidencezip.h"
#include "compliancefixture.h"
#include "records/localrecordsstore.h"
#include "records/recordserror.h"
#include "records/reissueservice.h"
#include "records/rolegrants.h"
#include "records/session.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace proofdesk;

namespace {

int runTool(const QString &dir, const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void packageVerifiesWithSha256sum();
    void exportIsAuditedWithTheZipHash();
    void auditJsonHoldsEveryEntryAboutTheLetter();
    void refusedRoleWritesNothing();
    void unknownIdIsNotFound();
    void documentNameIsAPlainFileName_data();
    void documentNameIsAPlainFileName();

private:
    // The package as `session`'s person exports it, through the records store.
    compliance::EvidenceResult exportAs(const records::RecordsSession &session, const QString &id, const QString &zip)
    {
        records::LocalRecordsStore store(session, m_f->data.path());
        return compliance::exportEvidence(store.actor(), store.audit(), m_f->writer, m_f->folder->contentStore(), id,
                                          zip);
    }

    std::unique_ptr<ComplianceFixture> m_f;
    records::Identity m_me;
    QTemporaryDir m_out;
};

void TestEvidence::init()
{
    m_f = std::make_unique<ComplianceFixture>();
    m_f->add(QStringLiteral("EXS-E-1"), QStringLiteral("2026-02-01T00:00:00Z"),
             QJsonObject{{QStringLiteral("content_blocks"),
                          QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CB-FEE")},
                                                 {QStringLiteral("version"), QStringLiteral("1")}}}}});
    m_f->event(QStringLiteral("EXS-E-1"), "bounced", "2026-02-01T01:00:00Z");
    m_f->import();
    m_me = records::Identity::fromOperatingSystem();
    QVERIFY(records::grantAllRolesIfUnclaimed(m_f->writer, m_me));
    m_f->sql(QStringLiteral(
        "INSERT INTO rec.holds(id, name, reason, created_by, created_at) VALUES('HOLD-9', 'Dispute', 'customer "
        "complaint', 't', 0);"
        "INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) VALUES('HOLD-9', 'EXS-E-1', 0, 't');"));
}

void TestEvidence::packageVerifiesWithSha256sum()
{
    // Never skipped: .ci/install-deps installs unzip and coreutils; a skip would hide a missing step.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()
                 && !QStandardPaths::findExecutable(QStringLiteral("sha256sum")).isEmpty(),
             "unzip and sha256sum are needed to check the package as a recipient would (Debian unzip, coreutils)");
    const auto agent = records::RecordsSession::open(m_f->writer, m_me, records::Role::Agent);
    const QString zip = m_out.filePath(QStringLiteral("evidence.zip"));
    const auto result = exportAs(agent, QStringLiteral("EXS-E-1"), zip);
    QVERIFY(result.documentIncluded);
    QCOMPARE(result.files,
             (QStringList{QStringLiteral("EXS-E-1.txt"), QStringLiteral("record.json"), QStringLiteral("report.pdf"),
                          QStringLiteral("audit.json"), QStringLiteral("SHA256SUMS")}));
    QVERIFY(QFile::exists(zip));
    QVERIFY(!QDir(m_out.path()).entryList({QStringLiteral("*.tmp"), QStringLiteral("evidence.zip.*")}).size());

    const QString dir = m_out.filePath(QStringLiteral("unpacked"));
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(runTool(dir, QStringLiteral("unzip"), {QStringLiteral("-q"), zip}), 0);
    QByteArray out;
    QCOMPARE(runTool(dir, QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}, &out), 0);
    QCOMPARE(out.count(": OK\n"), 4);

    QFile document(dir + QStringLiteral("/EXS-E-1.txt"));
    QVERIFY(document.open(QIODevice::ReadOnly));
    QCOMPARE(document.readAll(), QByteArray("Statement for EXS-E-1")); // the bytes as sent
    QFile recordFile(dir + QStringLiteral("/record.json"));
    QVERIFY(recordFile.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(recordFile.readAll()).object();
    QCOMPARE(record.value(QStringLiteral("communication")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("EXS-E-1"));
    QCOMPARE(record.value(QStringLiteral("delivery_events")).toArray().size(), 1);
    QCOMPARE(
        record.value(QStringLiteral("template_version")).toObject().value(QStringLiteral("approvals")).toArray().size(),
        1);
    QCOMPARE(record.value(QStringLiteral("content_blocks"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("retired_at"))
                 .toString(),
             QStringLiteral("2026-02-01T00:00:00Z"));
    QCOMPARE(record.value(QStringLiteral("holds")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("HOLD-9"));
    QVERIFY(record.value(QStringLiteral("reissues")).isObject());
    QCOMPARE(record.value(QStringLiteral("findings")).toArray().size(), 2); // retired block, undelivered

    // SHA256SUMS: one line per file in the package's order, exactly as sha256sum writes them.
    QByteArray expectedSums;
    for (const QString &name : {QStringLiteral("EXS-E-1.txt"), QStringLiteral("record.json"),
                                QStringLiteral("report.pdf"), QStringLiteral("audit.json")}) {
        QFile file(dir + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        expectedSums +=
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() + "  " + name.toUtf8() + '\n';
    }
    QFile sums(dir + QStringLiteral("/SHA256SUMS"));
    QVERIFY(sums.open(QIODevice::ReadOnly));
    QCOMPARE(sums.readAll(), expectedSums);

    // report.pdf: every field as a whole line of its own; wrapped paragraphs compared
    // without the white space the layout chose. Codes are shown as their labels (#64 item 6).
    QPdfDocument pdf;
    QCOMPARE(pdf.load(dir + QStringLiteral("/report.pdf")), QPdfDocument::Error::None);
    QString text;
    for (int p = 0; p < pdf.pageCount(); ++p)
        text += pdf.getAllText(p).text() + QStringLiteral("\r\n");
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    for (const char *line :
         {"Evidence package: EXS-E-1", "Communication EXS-E-1", "Type Statement", "Issued (UTC) 2026-02-01T00:00:00Z",
          "Channel Email", "Recipient Ana García ana@example.org", "Customer CUST-1", "Template TPL-ANY v1",
          "Origin Original", "Delivery status Bounced", "Fixity Verified", "Repository test-drop",
          "legal c 2000-01-01T00:00:00Z Approved", "2026-02-01T01:00:00Z Bounced Email",
          "CB-FEE 1 Fees Retired 2026-02-01T00:00:00Z", "HOLD-9 Dispute customer complaint active",
          "Audit entries: 0; latest chain hash: none"})
        QVERIFY2(lines.contains(QString::fromUtf8(line)), line);
    // PDFium gives a hyphen the line was broken after as U+FFFE.
    const auto squeezed = [](QString s) {
        return s.replace(QChar(0xfffe), QLatin1Char('-')).remove(QRegularExpression(QStringLiteral("\\s+")));
    };
    const QString flat = squeezed(text);
    const QString documentSha =
        QString::fromLatin1(QCryptographicHash::hash("Statement for EXS-E-1", QCryptographicHash::Sha256).toHex());
    for (const QString &paragraph :
         {QStringLiteral("by %1 (agent) on device %2.").arg(m_me.user, agent.device()),
          QStringLiteral("TPL-ANY v1 \"Letter\", status Approved, effective to (open)."),
          QStringLiteral("Reissues None."),
          // this row may straddle the page break: its kind and its detail, each whole
          QStringLiteral("retired_block content block CB-FEE v1"),
          QStringLiteral("content block CB-FEE v1 was retired on 2026-02-01 00:00 UTC, at or before issue on "
                         "2026-02-01 00:00 UTC"),
          QStringLiteral("undelivered delivery bounced on 2026-02-01; no later delivery and no reissue open"),
          QStringLiteral(
              "The document EXS-E-1.txt (21 bytes) is included as sent; its SHA-256 %1 was checked against the "
              "repository's record when it was exported.")
              .arg(documentSha),
          QStringLiteral(
              "Every file is listed with its SHA-256 in SHA256SUMS; run \"sha256sum -c SHA256SUMS\" in the unpacked "
              "folder. audit.json holds the audit trail entries about this communication with their chain hashes.")})
        QVERIFY2(flat.contains(squeezed(paragraph)), qPrintable(paragraph + QStringLiteral("\n---\n") + text));

    // A changed byte is caught by the recipient's check.
    document.close();
    QFile tamper(dir + QStringLiteral("/EXS-E-1.txt"));
    QVERIFY(tamper.open(QIODevice::Append));
    tamper.write("!");
    tamper.close();
    QVERIFY(runTool(dir, QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")}) != 0);
}

void TestEvidence::exportIsAuditedWithTheZipHash()
{
    const auto officer = records::RecordsSession::open(m_f->writer, m_me, records::Role::Compliance);
    officer.record(QStringLiteral("document.view"), QStringLiteral("communication"), QStringLiteral("EXS-E-1"));
    const auto result = exportAs(officer, QStringLiteral("EXS-E-1"), m_out.filePath(QStringLiteral("e.zip")));
    QFile zip(result.path);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(zip.readAll(), QCryptographicHash::Sha256).toHex()),
             result.sha256);
    audit::AuditFilter filter;
    filter.action = QStringLiteral("evidence.export");
    const auto entries = audit::AuditTrail(m_f->writer).entries(filter);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().objectId, QStringLiteral("EXS-E-1"));
    QVERIFY(entries.first().after.contains(result.sha256.toLatin1()));
    // Where it was written, whole, as the audit export records its file (#29).
    QCOMPARE(QJsonDocument::fromJson(entries.first().after).object().value(QStringLiteral("path")).toString(),
             QFileInfo(m_out.filePath(QStringLiteral("e.zip"))).absoluteFilePath());
}

// Its reissue request and the request's steps (object type "reissue") and its hold are about
// the letter too (#29); another letter's request and another hold are not.
void TestEvidence::auditJsonHoldsEveryEntryAboutTheLetter()
{
    const auto agent = records::RecordsSession::open(m_f->writer, m_me, records::Role::Agent);
    records::ReissueSpec spec;
    spec.communicationId = QStringLiteral("EXS-E-1");
    spec.mode = QStringLiteral("resend");
    spec.reason = QStringLiteral("customer asked again");
    const records::ReissueRequest request = records::ReissueService(agent).request(spec);
    const auto manager = records::RecordsSession::open(m_f->writer, m_me, records::Role::Records);
    manager.record(QStringLiteral("hold.add"), QStringLiteral("hold"), QStringLiteral("hold-9")); // ids are case-blind
    manager.record(QStringLiteral("hold.create"), QStringLiteral("hold"), QStringLiteral("HOLD-OTHER"));
    agent.record(QStringLiteral("reissue.request"), QStringLiteral("reissue"), QStringLiteral("REQ-OTHER"));

    const QString zip = m_out.filePath(QStringLiteral("about.zip"));
    exportAs(agent, QStringLiteral("EXS-E-1"), zip);
    QByteArray json;
    QCOMPARE(runTool(m_out.path(), QStringLiteral("unzip"), {QStringLiteral("-p"), zip, QStringLiteral("audit.json")},
                     &json),
             0);
    QStringList named;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        named << v[QStringLiteral("action")].toString() + QLatin1Char(' ') + v[QStringLiteral("object_id")].toString();
    for (const QString &expected :
         QStringList{QStringLiteral("reissue.request ") + request.id, QStringLiteral("reissue.submit ") + request.id,
                     QStringLiteral("reissue.queue ") + request.id, QStringLiteral("hold.add hold-9")})
        QVERIFY2(named.contains(expected), qPrintable(named.join(QLatin1String(", "))));
    QVERIFY2(!named.join(u',').contains(QLatin1String("OTHER")), qPrintable(named.join(QLatin1String(", "))));
}

void TestEvidence::refusedRoleWritesNothing()
{
    const auto admin = records::RecordsSession::open(m_f->writer, m_me, records::Role::Admin);
    const QString zip = m_out.filePath(QStringLiteral("refused.zip"));
    QVERIFY_THROWS_EXCEPTION(records::RecordsError, exportAs(admin, QStringLiteral("EXS-E-1"), zip));
    QVERIFY(!QFile::exists(zip));
}

void TestEvidence::unknownIdIsNotFound()
{
    const auto agent = records::RecordsSession::open(m_f->writer, m_me, records::Role::Agent);
    try {
        exportAs(agent, QStringLiteral("NOPE"), m_out.filePath(QStringLiteral("n.zip")));
        QFAIL("no exception");
    } catch (const records::RecordsError &e) {
        QCOMPARE(e.kind(), records::RecordsError::Kind::NotFound);
    }
}

void TestEvidence::documentNameIsAPlainFileName_data()
{
    QTest::addColumn<QString>("renditionPath");
    QTest::addColumn<QString>("name");
    QTest::newRow("a PDF") << QStringLiteral("renditions/p1/EXS-1.pdf") << QStringLiteral("EXS-1.pdf");
    QTest::newRow("spaces and umlauts") << QStringLiteral("r/Brief an Müller.pdf")
                                        << QStringLiteral("Brief_an_M_ller.pdf");
    QTest::newRow("one of the package's files")
        << QStringLiteral("r/report.pdf") << QStringLiteral("document-report.pdf");
    QTest::newRow("a JSON file") << QStringLiteral("r/audit.json") << QStringLiteral("document-audit.json");
    QTest::newRow("SHA256SUMS") << QStringLiteral("SHA256SUMS") << QStringLiteral("document-SHA256SUMS");
    QTest::newRow("no file name") << QStringLiteral("renditions/") << QStringLiteral("document-");
    // Found by tests/fuzz/fuzz_evidencezip: ".." (a CMIS object can be named so) went into
    // the zip as an entry named "..".
    QTest::newRow("two dots (fuzz)") << QStringLiteral("..") << QStringLiteral("document-..");
    QTest::newRow("one dot") << QStringLiteral("renditions/.") << QStringLiteral("document-.");
    QTest::newRow("dots and a name") << QStringLiteral("r/..a") << QStringLiteral("..a");
}

void TestEvidence::documentNameIsAPlainFileName()
{
    QFETCH(QString, renditionPath);
    QFETCH(QString, name);
    const QJsonObject communication{
        {QStringLiteral("rendition"), QJsonObject{{QStringLiteral("path"), renditionPath}}}};
    QCOMPARE(compliance::evidenceDocumentName(communication), name);
}

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
