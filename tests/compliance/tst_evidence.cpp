// The evidence package: unpacked with unzip and verified with sha256sum -c, its record and
// report readable, the export audited, a refused role writing nothing.
#include "audit/audittrail.h"
#include "compliance/evidencepackage.h"
#include "compliancefixture.h"
#include "records/recordserror.h"
#include "records/rolegrants.h"
#include "records/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QProcess>

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
    void refusedRoleWritesNothing();
    void unknownIdIsNotFound();

private:
    std::unique_ptr<ComplianceFixture> m_f;
    records::Identity m_me;
    QTemporaryDir m_out;
};

void TestEvidence::init()
{
    m_f = std::make_unique<ComplianceFixture>();
    m_f->add(QStringLiteral("EXS-E-1"), QStringLiteral("2026-02-01T00:00:00Z"),
             QJsonObject{{QStringLiteral("content_blocks"),
                          QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CB-FEE")}, {QStringLiteral("version"), QStringLiteral("1")}}}}});
    m_f->event(QStringLiteral("EXS-E-1"), "bounced", "2026-02-01T01:00:00Z");
    m_f->import();
    m_me = records::Identity::fromOperatingSystem();
    QVERIFY(records::grantAllRolesIfUnclaimed(m_f->writer, m_me));
    m_f->sql(QStringLiteral("INSERT INTO rec.holds(id, name, reason, created_by, created_at) VALUES('HOLD-9', 'Dispute', 'customer complaint', 't', 0);"
                            "INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) VALUES('HOLD-9', 'EXS-E-1', 0, 't');"));
}

void TestEvidence::packageVerifiesWithSha256sum()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("sha256sum")).isEmpty())
        QSKIP("unzip and sha256sum are needed to check the package as a recipient would");
    const auto agent = records::RecordsSession::open(m_f->writer, m_me, records::Role::Agent);
    const QString zip = m_out.filePath(QStringLiteral("evidence.zip"));
    const auto result = compliance::exportEvidence(agent, m_f->folder->contentStore(), QStringLiteral("EXS-E-1"), zip);
    QVERIFY(result.documentIncluded);
    QCOMPARE(result.files, (QStringList{QStringLiteral("EXS-E-1.txt"), QStringLiteral("record.json"), QStringLiteral("report.pdf"),
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
    QCOMPARE(record.value(QStringLiteral("communication")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("EXS-E-1"));
    QCOMPARE(record.value(QStringLiteral("delivery_events")).toArray().size(), 1);
    QCOMPARE(record.value(QStringLiteral("template_version")).toObject().value(QStringLiteral("approvals")).toArray().size(), 1);
    QCOMPARE(record.value(QStringLiteral("content_blocks")).toArray().first().toObject().value(QStringLiteral("retired_at")).toString(),
             QStringLiteral("2026-02-01T00:00:00Z"));
    QCOMPARE(record.value(QStringLiteral("holds")).toArray().first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("HOLD-9"));
    QVERIFY(record.value(QStringLiteral("reissues")).isObject());
    QCOMPARE(record.value(QStringLiteral("findings")).toArray().size(), 2); // retired block, undelivered

    QPdfDocument pdf;
    QCOMPARE(pdf.load(dir + QStringLiteral("/report.pdf")), QPdfDocument::Error::None);
    const QString text = pdf.getAllText(0).text();
    QVERIFY2(text.contains(QStringLiteral("EXS-E-1")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("sha256sum")) || pdf.pageCount() > 1);

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
    const auto result = compliance::exportEvidence(officer, m_f->folder->contentStore(), QStringLiteral("EXS-E-1"),
                                                   m_out.filePath(QStringLiteral("e.zip")));
    QFile zip(result.path);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(zip.readAll(), QCryptographicHash::Sha256).toHex()), result.sha256);
    audit::AuditFilter filter;
    filter.action = QStringLiteral("evidence.export");
    const auto entries = audit::AuditTrail(m_f->writer).entries(filter);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().objectId, QStringLiteral("EXS-E-1"));
    QVERIFY(entries.first().after.contains(result.sha256.toLatin1()));
}

void TestEvidence::refusedRoleWritesNothing()
{
    const auto admin = records::RecordsSession::open(m_f->writer, m_me, records::Role::Admin);
    const QString zip = m_out.filePath(QStringLiteral("refused.zip"));
    QVERIFY_THROWS_EXCEPTION(records::RecordsError,
                             compliance::exportEvidence(admin, m_f->folder->contentStore(), QStringLiteral("EXS-E-1"), zip));
    QVERIFY(!QFile::exists(zip));
}

void TestEvidence::unknownIdIsNotFound()
{
    const auto agent = records::RecordsSession::open(m_f->writer, m_me, records::Role::Agent);
    try {
        compliance::exportEvidence(agent, m_f->folder->contentStore(), QStringLiteral("NOPE"), m_out.filePath(QStringLiteral("n.zip")));
        QFAIL("no exception");
    } catch (const records::RecordsError &e) {
        QCOMPARE(e.kind(), records::RecordsError::Kind::NotFound);
    }
}

QTEST_MAIN(TestEvidence)
#include "tst_evidence.moc"
