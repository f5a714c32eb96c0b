// A Documentum-style repository through the `documentum` profile (#25 items 7, 8 and 9),
// against the fake CMIS server with Documentum's type and attribute names: version series
// labelled 1.0, 2.0, 3.0 while the generator wrote 1, 2, 3 into its communications; approvals
// as parallel repeating attributes (approver[], approval_date[], decision[]); communications
// naming their content blocks in a repeating attribute, so that retired_block is found from
// the repository as from a drop of the same data.
#include "compliance/findingsengine.h"
#include "dropbuilder.h"
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "sync/dropimport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace proofdesk;
using fakeserver::FakeCmisTypes;
using fakeserver::cmisql::PropertyType;

namespace {

FakeCmisTypes::Property prop(const char *id, PropertyType type = PropertyType::String, bool multi = false)
{
    FakeCmisTypes::Property p;
    p.id = QLatin1String(id);
    p.info.type = type;
    p.info.multiValued = multi;
    p.info.orderable = !multi;
    return p;
}

qint64 ms(const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch(); }

// exs_communication, exs_template and exs_content_block as a Documentum docbase defines
// them (dm_document subtypes; attributes lower case with underscores). The communication
// type carries what the generator fills, not every optional attribute of the profile.
void addDocumentumTypes(fakeserver::FakeCmisServer &server)
{
    server.addType(QStringLiteral("exs_communication"), QStringLiteral("cmis:document"),
                   QList<FakeCmisTypes::Property>{
                       prop("exs_document_type"), prop("exs_issued_at", PropertyType::DateTime), prop("exs_channel"),
                       prop("exs_template_id"), prop("exs_template_version"), prop("exs_recipient_name"),
                       prop("exs_customer_id"), prop("exs_content_blocks", PropertyType::String, true)});
    server.addType(
        QStringLiteral("exs_template"), QStringLiteral("cmis:document"),
        QList<FakeCmisTypes::Property>{
            prop("exs_template_id"), prop("exs_template_version"), prop("exs_status"), prop("exs_business_unit"),
            prop("exs_channels", PropertyType::String, true), prop("exs_effective_from", PropertyType::DateTime),
            prop("exs_effective_to", PropertyType::DateTime), prop("exs_approvals", PropertyType::String, true),
            prop("exs_content_blocks", PropertyType::String, true), prop("approver", PropertyType::String, true),
            prop("approval_date", PropertyType::DateTime, true), prop("decision", PropertyType::String, true)});
    server.addType(QStringLiteral("exs_content_block"), QStringLiteral("cmis:document"),
                   QList<FakeCmisTypes::Property>{prop("exs_block_id"), prop("exs_block_kind"), prop("exs_status"),
                                                  prop("exs_approved_at", PropertyType::DateTime),
                                                  prop("exs_retired_at", PropertyType::DateTime)});
}

QJsonObject templateVersion(const QString &label, const QString &generatorVersion, const QString &status,
                            const QJsonArray &approvers, const QJsonArray &dates, const QJsonArray &decisions)
{
    QJsonObject p{{QStringLiteral("cmis:objectTypeId"), QStringLiteral("exs_template")},
                  {QStringLiteral("cmis:name"), QStringLiteral("Fee change notice")},
                  {QStringLiteral("cmis:versionLabel"), label},
                  {QStringLiteral("exs_template_id"), QStringLiteral("TPL-FEE")},
                  {QStringLiteral("exs_template_version"), generatorVersion},
                  {QStringLiteral("exs_status"), status},
                  {QStringLiteral("approver"), approvers},
                  {QStringLiteral("approval_date"), dates},
                  {QStringLiteral("decision"), decisions}};
    // The same approvals as the profile's default reads them (one JSON object per value).
    QJsonArray approvals;
    for (qsizetype i = 0; i < approvers.size() && i < dates.size() && i < decisions.size(); ++i)
        approvals << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("by"), approvers.at(i)},
                                                                 {QStringLiteral("at"), dates.at(i)},
                                                                 {QStringLiteral("decision"), decisions.at(i)}})
                                           .toJson(QJsonDocument::Compact));
    p.insert(QStringLiteral("exs_approvals"), approvals);
    return p;
}

QJsonObject communication(const QString &templateVersion, const char *issued, const QJsonValue &blocks = QJsonArray())
{
    return {{QStringLiteral("cmis:objectTypeId"), QStringLiteral("exs_communication")},
            {QStringLiteral("exs_document_type"), QStringLiteral("fee_change_notice")},
            {QStringLiteral("exs_issued_at"), double(ms(issued))},
            {QStringLiteral("exs_channel"), QStringLiteral("print")},
            {QStringLiteral("exs_template_id"), QStringLiteral("TPL-FEE")},
            {QStringLiteral("exs_template_version"), templateVersion},
            {QStringLiteral("exs_recipient_name"), QStringLiteral("Ana García")},
            {QStringLiteral("exs_customer_id"), QStringLiteral("CUST-1")},
            {QStringLiteral("exs_content_blocks"), blocks}};
}

// A series of three template versions, 1.0 and 3.0 approved, 2.0 a draft; one communication
// made with each ("1", "2", "3", as the generator writes them), issued in February 2026.
void fillTemplates(fakeserver::FakeCmisServer &server)
{
    const QJsonArray none;
    server.addVersion(QStringLiteral("SER-FEE"), QStringLiteral("T1"),
                      templateVersion(QStringLiteral("1.0"), QStringLiteral("1"), QStringLiteral("approved"),
                                      {QStringLiteral("m.okafor")}, {double(ms("2025-11-01T10:00:00Z"))},
                                      {QStringLiteral("Approved")}),
                      "v1");
    server.addVersion(
        QStringLiteral("SER-FEE"), QStringLiteral("T2"),
        templateVersion(QStringLiteral("2.0"), QStringLiteral("2"), QStringLiteral("draft"), none, none, none), "v2");
    server.addVersion(QStringLiteral("SER-FEE"), QStringLiteral("T3"),
                      templateVersion(QStringLiteral("3.0"), QStringLiteral("3"), QStringLiteral("approved"),
                                      {QStringLiteral("m.okafor"), QStringLiteral("k.li")},
                                      {double(ms("2025-12-01T10:00:00Z")), double(ms("2025-12-02T10:00:00Z"))},
                                      {QStringLiteral("approved"), QStringLiteral("approved")}),
                      "v3");
    for (const char *v : {"1", "2", "3"})
        server.addDocument(QStringLiteral("C-V%1").arg(QLatin1String(v)),
                           communication(QLatin1String(v), "2026-02-01T09:00:00Z"));
}

QStringList findingIds(cache::Database &db, compliance::FindingKind kind, QStringList *details = nullptr)
{
    compliance::FindingOptions options;
    options.kinds = {kind};
    const auto report = compliance::FindingsEngine(db).run(QString(), options);
    if (!report.error.isEmpty())
        return {QStringLiteral("error: ") + report.error};
    QStringList ids;
    for (const auto &f : report.findings) {
        ids << f.commId;
        if (details)
            *details << f.commId + QLatin1Char(' ') + f.detail;
    }
    ids.sort();
    if (details)
        details->sort();
    return ids;
}

QJsonObject documentum(const QJsonObject &mapping = {}, const QJsonObject &more = {})
{
    QJsonObject s{{QStringLiteral("profile"), QStringLiteral("documentum")}};
    if (!mapping.isEmpty())
        s.insert(QStringLiteral("mapping"), mapping);
    for (auto it = more.begin(); it != more.end(); ++it)
        s.insert(it.key(), it.value());
    return s;
}

} // namespace

class TestCmisDocumentum : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void versionLabelsAreComparedAsTheProfileSays_data();
    void versionLabelsAreComparedAsTheProfileSays();
    void approvalsAsParallelRepeatingAttributes();
    void parallelAttributesThatDisagreeAreRejected();
    void retiredBlocksAreFoundFromCmisAsFromADrop_data();
    void retiredBlocksAreFoundFromCmisAsFromADrop();

private:
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
};

void TestCmisDocumentum::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    addDocumentumTypes(*m_server);
    QVERIFY(m_server->start());
}

void TestCmisDocumentum::versionLabelsAreComparedAsTheProfileSays_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QStringList>("unapproved");
    QTest::addColumn<QString>("versions"); // the template versions as the cache keeps them
    QTest::newRow("the documentum profile: N.0 is N")
        << documentum() << QStringList{QStringLiteral("C-V2")} << QStringLiteral("1,2,3");
    QTest::newRow("version_labels=exact: labels as they are")
        << documentum({}, {{QStringLiteral("version_labels"), QStringLiteral("exact")}})
        << QStringList{QStringLiteral("C-V1"), QStringLiteral("C-V2"), QStringLiteral("C-V3")}
        << QStringLiteral("1.0,2.0,3.0");
    QTest::newRow("exact, template.version mapped to the generator's version")
        << documentum({{QStringLiteral("template.version"), QStringLiteral("exs_template_version")}},
                      {{QStringLiteral("version_labels"), QStringLiteral("exact")}})
        << QStringList{QStringLiteral("C-V2")} << QStringLiteral("1,2,3");
}

// Documentum labels major versions N.0; the generator wrote N into each communication. With
// the profile's version_labels=major, 3.0 is the version 3 a communication names, and only
// the one made from the draft is unapproved_template.
void TestCmisDocumentum::versionLabelsAreComparedAsTheProfileSays()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QStringList, unapproved);
    QFETCH(QString, versions);
    fillTemplates(*m_server);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), settings);
    const QStringList problems = run.connector()->checkConfiguration();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.result.rejected.isEmpty());
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 3);
    QCOMPARE(run.writer.queryText(
                 "SELECT group_concat(version, ',') FROM (SELECT version FROM template_versions ORDER BY 1)"),
             versions);
    QCOMPARE(findingIds(run.writer, compliance::FindingKind::UnapprovedTemplate), unapproved);
}

// approver[], approval_date[] and decision[]: the i-th values are the i-th approval.
void TestCmisDocumentum::approvalsAsParallelRepeatingAttributes()
{
    fillTemplates(*m_server);
    const QJsonObject mapping{{QStringLiteral("template.approvals"), QString()},
                              {QStringLiteral("template.approval_by"), QStringLiteral("approver")},
                              {QStringLiteral("template.approval_at"), QStringLiteral("approval_date")},
                              {QStringLiteral("template.approval_decision"), QStringLiteral("decision")}};
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), documentum(mapping));
    const QStringList problems = run.connector()->checkConfiguration();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(report.result.rejected.isEmpty(), qPrintable(report.result.rejected.value(0).reason));
    QCOMPARE(run.count("SELECT count(*) FROM template_versions"), 3);
    QCOMPARE(run.writer.queryText("SELECT group_concat(v, '; ') FROM (SELECT version || ' ' || by || ' ' || at || ' ' "
                                  "|| decision AS v FROM template_approvals ORDER BY 1)"),
             QStringLiteral("1 m.okafor %1 approved; 3 k.li %2 approved; 3 m.okafor %3 approved")
                 .arg(ms("2025-11-01T10:00:00Z"))
                 .arg(ms("2025-12-02T10:00:00Z"))
                 .arg(ms("2025-12-01T10:00:00Z")));
    QCOMPARE(findingIds(run.writer, compliance::FindingKind::UnapprovedTemplate), QStringList{QStringLiteral("C-V2")});
    // A mapped attribute the type lacks is named before any sync.
    NetRun typo(QStringLiteral("cmis"), m_server->serviceUrl(),
                documentum({{QStringLiteral("template.approval_by"), QStringLiteral("approvers")}}));
    const QString text = typo.connector()->checkConfiguration().join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("\"approvers\"")) && text.contains(QLatin1String("template.approval_by")),
             qPrintable(text));
}

void TestCmisDocumentum::parallelAttributesThatDisagreeAreRejected()
{
    fillTemplates(*m_server);
    m_server->addVersion(QStringLiteral("SER-BAD"), QStringLiteral("TB"),
                         templateVersion(QStringLiteral("1.0"), QStringLiteral("1"), QStringLiteral("approved"),
                                         {QStringLiteral("a.one"), QStringLiteral("b.two")},
                                         {double(ms("2025-10-01T00:00:00Z"))},
                                         {QStringLiteral("approved"), QStringLiteral("approved")}),
                         "bad");
    const QJsonObject mapping{{QStringLiteral("template.approvals"), QString()},
                              {QStringLiteral("template.approval_by"), QStringLiteral("approver")},
                              {QStringLiteral("template.approval_at"), QStringLiteral("approval_date")},
                              {QStringLiteral("template.approval_decision"), QStringLiteral("decision")}};
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), documentum(mapping));
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(!report.result.rejected.isEmpty());
    for (const auto &r : report.result.rejected)
        QVERIFY2(r.reason.contains(QLatin1String("template object TB")) && r.reason.contains(QLatin1String("disagree"))
                     && r.reason.contains(QLatin1String("(\"approval_date\") has 1 value")),
                 qPrintable(r.reason));
    QCOMPARE(run.count("SELECT count(*) FROM template_versions"), 3); // the series that agree
}

void TestCmisDocumentum::retiredBlocksAreFoundFromCmisAsFromADrop_data()
{
    QTest::addColumn<QString>("shape"); // how the communications' repeating attribute names their blocks
    QTest::newRow("ID:VERSION per value") << QStringLiteral("refs");
    QTest::newRow("one JSON object per value") << QStringLiteral("objects");
    QTest::newRow("a JSON array in one value") << QStringLiteral("array");
}

// The same block versions and communications, once as a drop and once in the repository:
// the retired_block findings are the same, detail for detail.
void TestCmisDocumentum::retiredBlocksAreFoundFromCmisAsFromADrop()
{
    QFETCH(QString, shape);
    struct Letter
    {
        const char *id;
        const char *issued;
        const char *block; // CB-FEE's version in it
    };
    const QList<Letter> letters{{"C-EARLY", "2026-01-05T09:00:00Z", "1"}, // before v1 was retired: fine
                                {"C-LATE", "2026-02-01T09:00:00Z", "1"},  // after: retired_block
                                {"C-NEW", "2026-02-01T09:00:00Z", "2"}};
    // The drop.
    TempDataFolder dropData;
    QTemporaryDir dropDir;
    DropBuilder builder(dropDir.path());
    datafolder::DataFolder dropFolder(dropData.path());
    cache::Database dropCache = cache::CacheFile::openWriter(dropFolder.databasePath());
    builder.appendRecord(QStringLiteral("content-blocks/blocks.ndjson"),
                         {{QStringLiteral("block_id"), QStringLiteral("CB-FEE")},
                          {QStringLiteral("version"), QStringLiteral("1")},
                          {QStringLiteral("kind"), QStringLiteral("disclosure")},
                          {QStringLiteral("title"), QStringLiteral("Fee table")},
                          {QStringLiteral("status"), QStringLiteral("retired")},
                          {QStringLiteral("approved_at"), QStringLiteral("2025-06-01T00:00:00Z")},
                          {QStringLiteral("retired_at"), QStringLiteral("2026-01-15T00:00:00Z")},
                          {QStringLiteral("text"), QStringLiteral("Fees: none.")}});
    builder.appendRecord(QStringLiteral("content-blocks/blocks.ndjson"),
                         {{QStringLiteral("block_id"), QStringLiteral("CB-FEE")},
                          {QStringLiteral("version"), QStringLiteral("2")},
                          {QStringLiteral("kind"), QStringLiteral("disclosure")},
                          {QStringLiteral("title"), QStringLiteral("Fee table")},
                          {QStringLiteral("status"), QStringLiteral("approved")},
                          {QStringLiteral("approved_at"), QStringLiteral("2026-01-10T00:00:00Z")},
                          {QStringLiteral("text"), QStringLiteral("Fees: 2 EUR.")}});
    for (const Letter &l : letters)
        builder.appendRecord(
            QStringLiteral("communications/letters.ndjson"),
            builder.communication(QLatin1String(l.id), QLatin1String(l.issued),
                                  {{QStringLiteral("content_blocks"),
                                    QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CB-FEE")},
                                                           {QStringLiteral("version"), QLatin1String(l.block)}}}}}));
    const auto imported = sync::importDrop(dropCache, dropFolder.contentStore(), dropDir.path());
    QVERIFY2(imported.report.ok(), qPrintable(imported.report.error));
    QVERIFY(imported.report.result.rejected.isEmpty());
    QStringList fromDrop;
    const QStringList dropIds = findingIds(dropCache, compliance::FindingKind::RetiredBlock, &fromDrop);
    QCOMPARE(dropIds, QStringList{QStringLiteral("C-LATE")});

    // The repository: Documentum labels 1.0 and 2.0; the generator's refs say 1 and 2.
    m_server->addVersion(QStringLiteral("SER-CB"), QStringLiteral("B1"),
                         {{QStringLiteral("cmis:objectTypeId"), QStringLiteral("exs_content_block")},
                          {QStringLiteral("cmis:name"), QStringLiteral("Fee table")},
                          {QStringLiteral("cmis:versionLabel"), QStringLiteral("1.0")},
                          {QStringLiteral("exs_block_id"), QStringLiteral("CB-FEE")},
                          {QStringLiteral("exs_block_kind"), QStringLiteral("disclosure")},
                          {QStringLiteral("exs_status"), QStringLiteral("retired")},
                          {QStringLiteral("exs_approved_at"), double(ms("2025-06-01T00:00:00Z"))},
                          {QStringLiteral("exs_retired_at"), double(ms("2026-01-15T00:00:00Z"))}},
                         "Fees: none.");
    m_server->addVersion(QStringLiteral("SER-CB"), QStringLiteral("B2"),
                         {{QStringLiteral("cmis:objectTypeId"), QStringLiteral("exs_content_block")},
                          {QStringLiteral("cmis:name"), QStringLiteral("Fee table")},
                          {QStringLiteral("cmis:versionLabel"), QStringLiteral("2.0")},
                          {QStringLiteral("exs_block_id"), QStringLiteral("CB-FEE")},
                          {QStringLiteral("exs_block_kind"), QStringLiteral("disclosure")},
                          {QStringLiteral("exs_status"), QStringLiteral("approved")},
                          {QStringLiteral("exs_approved_at"), double(ms("2026-01-10T00:00:00Z"))}},
                         "Fees: 2 EUR.");
    for (const Letter &l : letters) {
        const QString ref = QStringLiteral("CB-FEE:%1").arg(QLatin1String(l.block));
        const QJsonObject object{{QStringLiteral("id"), QStringLiteral("CB-FEE")},
                                 {QStringLiteral("version"), QLatin1String(l.block)}};
        QJsonValue blocks = QJsonArray{ref};
        if (shape == QLatin1String("objects"))
            blocks = QJsonArray{QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))};
        if (shape == QLatin1String("array"))
            blocks = QJsonArray{QString::fromUtf8(QJsonDocument(QJsonArray{object}).toJson(QJsonDocument::Compact))};
        m_server->addDocument(QLatin1String(l.id), communication(QStringLiteral("1"), l.issued, blocks));
    }
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), documentum());
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY2(report.result.rejected.isEmpty(), qPrintable(report.result.rejected.value(0).reason));
    QStringList fromCmis;
    QCOMPARE(findingIds(run.writer, compliance::FindingKind::RetiredBlock, &fromCmis), dropIds);
    QCOMPARE(fromCmis, fromDrop);
}

QTEST_GUILESS_MAIN(TestCmisDocumentum)
#include "tst_cmisdocumentum.moc"
