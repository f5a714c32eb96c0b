// Templates and content blocks from CMIS (DESIGN.md "Templates and content blocks from
// CMIS", issue #14 point 4) against the fake repository on loopback: every version of each
// version series of the template and block types reaches the cache with status, approvals
// and body, so that template history, diff and the findings work on a CMIS-only cache as on
// a drop; the change log keeps them current; a typed repository with its own property names
// maps them; a mapping naming a property the type lacks is refused before any sync.
#include "compliance/findingsengine.h"
#include "fakecmisserver.h"
#include "itemmodels/diffmodel.h"
#include "itemmodels/templateversionsmodel.h"
#include "networkfixture.h"
#include "sync/cmis/cmiscatalogue.h"
#include "sync/repositoryprofiles.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace proofdesk;

namespace {

const QString kBodyV1 = QStringLiteral("Dear {name},\nYour balance is {balance}.\nKind regards\n");
const QString kBodyV2 =
    QStringLiteral("Dear {name},\nYour balance on {date} is {balance}.\nA fee of {fee} applies.\nKind regards\n");

QString approvalsJson(const char *at)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("step"), QStringLiteral("legal review")},
                                             {QStringLiteral("by"), QStringLiteral("m.okafor")},
                                             {QStringLiteral("at"), QLatin1String(at)},
                                             {QStringLiteral("decision"), QStringLiteral("approved")}}})
            .toJson(QJsonDocument::Compact));
}

// The exs: template and block types of the default mapping.
void addExsTypes(fakeserver::FakeCmisServer &server)
{
    server.addType(QStringLiteral("exs:template"), QStringLiteral("cmis:document"),
                   {QStringLiteral("exs:templateId"), QStringLiteral("exs:status"), QStringLiteral("exs:businessUnit"),
                    QStringLiteral("exs:channels"), QStringLiteral("exs:effectiveFrom"),
                    QStringLiteral("exs:effectiveTo"), QStringLiteral("exs:approvals"),
                    QStringLiteral("exs:contentBlocks")});
    server.addType(QStringLiteral("exs:contentBlock"), QStringLiteral("cmis:document"),
                   {QStringLiteral("exs:blockId"), QStringLiteral("exs:blockKind"), QStringLiteral("exs:status"),
                    QStringLiteral("exs:approvedAt"), QStringLiteral("exs:retiredAt")});
}

QJsonObject templateVersion(const QString &label, const QString &status, const QString &approvals)
{
    QJsonObject p{{QStringLiteral("cmis:objectTypeId"), QStringLiteral("exs:template")},
                  {QStringLiteral("cmis:name"), QStringLiteral("Monthly statement")},
                  {QStringLiteral("cmis:versionLabel"), label},
                  {QStringLiteral("cmis:checkinComment"), QString(QStringLiteral("version ") + label)},
                  {QStringLiteral("exs:templateId"), QStringLiteral("TPL-STMT")},
                  {QStringLiteral("exs:status"), status},
                  {QStringLiteral("exs:businessUnit"), QStringLiteral("retail")},
                  {QStringLiteral("exs:channels"), QJsonArray{QStringLiteral("print"), QStringLiteral("email")}},
                  {QStringLiteral("exs:effectiveFrom"), QStringLiteral("2025-12-01T00:00:00Z")},
                  {QStringLiteral("exs:contentBlocks"), QJsonArray{QStringLiteral("CB-FEE:1.0")}}};
    if (!approvals.isEmpty())
        p.insert(QStringLiteral("exs:approvals"), approvals);
    return p;
}

QJsonObject blockVersion(const QString &label, const QString &status)
{
    return {{QStringLiteral("cmis:objectTypeId"), QStringLiteral("exs:contentBlock")},
            {QStringLiteral("cmis:name"), QStringLiteral("Fee table")},
            {QStringLiteral("cmis:versionLabel"), label},
            {QStringLiteral("exs:blockId"), QStringLiteral("CB-FEE")},
            {QStringLiteral("exs:blockKind"), QStringLiteral("disclosure")},
            {QStringLiteral("exs:status"), status},
            {QStringLiteral("exs:approvedAt"), double(1764547200000)}}; // 2025-12-01, as CMIS dates come
}

// A communication of cmis:document made with that template version (issued in 2026).
QJsonObject letterWith(const QString &version)
{
    return {{QStringLiteral("exs:templateId"), QStringLiteral("TPL-STMT")},
            {QStringLiteral("exs:templateVersion"), version}};
}

// Two template versions (1.0 approved, 2.0 a draft), two block versions, three letters.
void fillRepository(fakeserver::FakeCmisServer &server)
{
    addExsTypes(server);
    server.addVersion(
        QStringLiteral("SER-T"), QStringLiteral("T1"),
        templateVersion(QStringLiteral("1.0"), QStringLiteral("Approved"), approvalsJson("2025-11-20T10:00:00Z")),
        kBodyV1.toUtf8());
    server.addVersion(QStringLiteral("SER-T"), QStringLiteral("T2"),
                      templateVersion(QStringLiteral("2.0"), QStringLiteral("draft"), {}), kBodyV2.toUtf8());
    server.addVersion(QStringLiteral("SER-B"), QStringLiteral("B1"),
                      blockVersion(QStringLiteral("1.0"), QStringLiteral("approved")), "Fees: none.");
    server.addVersion(QStringLiteral("SER-B"), QStringLiteral("B2"),
                      blockVersion(QStringLiteral("2.0"), QStringLiteral("approved")), "Fees: 2 EUR.");
    server.addDocument(QStringLiteral("C-OK"), letterWith(QStringLiteral("1.0")));
    server.addDocument(QStringLiteral("C-OK2"), letterWith(QStringLiteral("1.0")));
    server.addDocument(QStringLiteral("C-DRAFT"), letterWith(QStringLiteral("2.0")));
}

QStringList unapprovedTemplateIds(cache::Database &db)
{
    compliance::FindingOptions options;
    options.kinds = {compliance::FindingKind::UnapprovedTemplate};
    const auto report = compliance::FindingsEngine(db).run(QString(), options);
    if (!report.error.isEmpty())
        return {QStringLiteral("error: ") + report.error};
    QStringList ids;
    for (const auto &f : report.findings)
        ids << f.commId;
    ids.sort();
    return ids;
}

itemmodels::TemplateHistory history(const QString &databasePath, const QString &templateId)
{
    std::optional<itemmodels::TemplateHistory> out;
    QObject context;
    itemmodels::loadTemplateHistory(databasePath, templateId, &context,
                                    [&](itemmodels::TemplateHistory h) { out = h; });
    QDeadlineTimer patience(60000); // for the answer, which must come: a busy machine is slow
    while (!out && !patience.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return out.value_or(itemmodels::TemplateHistory{});
}

} // namespace

class TestCmisTemplates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void crawlBringsEveryVersionWithStatusApprovalsAndBody();
    void templateHistoryAndDiffWorkOnACmisOnlyCache();
    void findingsTellApprovedFromDraftVersions();
    void changeLogKeepsTheCatalogueCurrent();
    void subtypesOfTheTemplateTypeAreReadByCrawlAndChangeLog_data();
    void subtypesOfTheTemplateTypeAreReadByCrawlAndChangeLog();
    void resyncDropsVersionsTheRepositoryNoLongerHas();
    void typedRepositoryWithItsOwnPropertyNames();
    void mappingNamingAMissingPropertyIsRefusedBeforeSync_data();
    void mappingNamingAMissingPropertyIsRefusedBeforeSync();
    void badVersionIsRejectedWithItsReason();

private:
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
};

void TestCmisTemplates::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_server->start());
}

void TestCmisTemplates::crawlBringsEveryVersionWithStatusApprovalsAndBody()
{
    fillRepository(*m_server);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    const QStringList problems = run.connector()->checkConfiguration();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.result.rejected.isEmpty());
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 3);    // the templates are no communications
    QCOMPARE(run.count("SELECT count(*) FROM template_versions"), 2); // the old version too
    QCOMPARE(run.count("SELECT count(*) FROM content_blocks"), 2);
    QCOMPARE(
        run.writer.queryText(
            "SELECT group_concat(version || ':' || status || ':' || name || ':' || business_unit || ':' "
            "|| channels || ':' || content_blocks || ':' || change_note, '|') FROM "
            "(SELECT * FROM template_versions ORDER BY version)"),
        QStringLiteral(
            "1.0:approved:Monthly statement:retail:[\"print\",\"email\"]:[{\"id\":\"CB-FEE\",\"version\":\"1.0\"}]:"
            "version 1.0|2.0:draft:Monthly statement:retail:[\"print\",\"email\"]:"
            "[{\"id\":\"CB-FEE\",\"version\":\"1.0\"}]:version 2.0"));
    QCOMPARE(run.writer.queryText("SELECT body FROM template_versions WHERE version = '2.0'"), kBodyV2);
    QCOMPARE(run.writer.queryText("SELECT sha256 FROM template_versions WHERE version = '1.0'"),
             QString::fromLatin1(QCryptographicHash::hash(kBodyV1.toUtf8(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(run.count("SELECT effective_from FROM template_versions WHERE version = '1.0'"), 1764547200000);
    QCOMPARE(run.writer.queryText("SELECT step || ':' || by || ':' || at || ':' || decision FROM template_approvals"),
             QStringLiteral("legal review:m.okafor:1763632800000:approved"));
    QCOMPARE(
        run.writer.queryText(
            "SELECT group_concat(version || ':' || kind || ':' || title || ':' || approved_at || ':' || text, '|') "
            "FROM (SELECT * FROM content_blocks ORDER BY version)"),
        QStringLiteral(
            "1.0:disclosure:Fee table:1764547200000:Fees: none.|2.0:disclosure:Fee table:1764547200000:Fees: 2 EUR."));
    // A second sync with nothing changed changes nothing.
    const auto again = run.sync();
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.result.accepted, 0);
    QCOMPARE(run.count("SELECT count(*) FROM template_versions"), 2);
}

void TestCmisTemplates::templateHistoryAndDiffWorkOnACmisOnlyCache()
{
    fillRepository(*m_server);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    const itemmodels::TemplateHistory h = history(run.folder.databasePath(), QStringLiteral("TPL-STMT"));
    QVERIFY2(h.error.isEmpty(), qPrintable(h.error));
    itemmodels::TemplateVersionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHistory(h);
    QCOMPARE(model.rowCount(), 2);
    const int v1 = model.rowOfVersion(QStringLiteral("1.0")), v2 = model.rowOfVersion(QStringLiteral("2.0"));
    QVERIFY(v1 >= 0 && v2 >= 0);
    QCOMPARE(model.index(v1, itemmodels::TemplateVersionsModel::CommunicationsColumn).data().toString(),
             QStringLiteral("2"));
    QVERIFY(model.index(v1, itemmodels::TemplateVersionsModel::ApprovalsColumn)
                .data()
                .toString()
                .contains(QLatin1String("m.okafor")));
    QCOMPARE(model.index(v2, 0).data(itemmodels::TemplateVersionsModel::BodyRole).toString(), kBodyV2);
    itemmodels::DiffModel diff;
    QAbstractItemModelTester diffTester(&diff, QAbstractItemModelTester::FailureReportingMode::QtTest);
    diff.setTexts(model.index(v1, 0).data(itemmodels::TemplateVersionsModel::BodyRole).toString(),
                  model.index(v2, 0).data(itemmodels::TemplateVersionsModel::BodyRole).toString());
    QVERIFY(diff.rowCount() > 0);
    QVERIFY(diff.addedCount() >= 1); // the fee line (and the changed balance line, as the diff counts it)
    QVERIFY(diff.addedCount() + diff.removedCount() <= 3);
}

void TestCmisTemplates::findingsTellApprovedFromDraftVersions()
{
    fillRepository(*m_server);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    QCOMPARE(unapprovedTemplateIds(run.writer), QStringList{QStringLiteral("C-DRAFT")});
}

void TestCmisTemplates::changeLogKeepsTheCatalogueCurrent()
{
    fillRepository(*m_server);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    // A third version checked in, approved; the draft approved after all; a block version removed.
    m_server->addVersion(
        QStringLiteral("SER-T"), QStringLiteral("T3"),
        templateVersion(QStringLiteral("3.0"), QStringLiteral("approved"), approvalsJson("2026-01-01T00:00:00Z")),
        "Dear {name},\nversion three\n");
    m_server->updateDocument(QStringLiteral("T2"),
                             {{QStringLiteral("exs:status"), QStringLiteral("approved")},
                              {QStringLiteral("exs:approvals"), approvalsJson("2025-12-15T00:00:00Z")}});
    m_server->deleteDocument(QStringLiteral("B1"));
    m_server->addDocument(QStringLiteral("C-NEW"), letterWith(QStringLiteral("3.0")));
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.result.rejected.isEmpty());
    QCOMPARE(run.count("SELECT count(*) FROM template_versions"), 3);
    QCOMPARE(run.writer.queryText("SELECT body FROM template_versions WHERE version = '3.0'"),
             QStringLiteral("Dear {name},\nversion three\n"));
    QCOMPARE(run.writer.queryText("SELECT status FROM template_versions WHERE version = '2.0'"),
             QStringLiteral("approved"));
    QCOMPARE(run.writer.queryText("SELECT group_concat(version) FROM content_blocks"), QStringLiteral("2.0"));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 4);
    QCOMPARE(unapprovedTemplateIds(run.writer), QStringList()); // 2.0 approved before C-DRAFT was issued
}

void TestCmisTemplates::subtypesOfTheTemplateTypeAreReadByCrawlAndChangeLog_data()
{
    QTest::addColumn<bool>("eventsNameTheirType");
    QTest::newRow("events name their object's type") << true;
    QTest::newRow("events name only the object") << false;
}

// A template of a subtype of the configured template type ("acme:letterTemplate" below
// "exs:template") is a template version when a crawl finds it (a query FROM the template
// type finds subtypes) and when the change log names it: never a communication, and its
// series read again when it changes.
void TestCmisTemplates::subtypesOfTheTemplateTypeAreReadByCrawlAndChangeLog()
{
    QFETCH(bool, eventsNameTheirType);
    m_server->setEventsNameTheirType(eventsNameTheirType);
    fillRepository(*m_server);
    m_server->addType(QStringLiteral("acme:letterTemplate"), QStringLiteral("exs:template"),
                      {QStringLiteral("acme:tone")});
    QJsonObject letter =
        templateVersion(QStringLiteral("1.0"), QStringLiteral("approved"), approvalsJson("2025-11-01T00:00:00Z"));
    letter.insert(QStringLiteral("cmis:objectTypeId"), QStringLiteral("acme:letterTemplate"));
    letter.insert(QStringLiteral("exs:templateId"), QStringLiteral("TPL-LETTER"));
    m_server->addVersion(QStringLiteral("SER-L"), QStringLiteral("L1"), letter, "Dear {name},\nletter one\n");
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.result.rejected.isEmpty());
    QCOMPARE(run.count("SELECT count(*) FROM template_versions WHERE template_id = 'TPL-LETTER'"), 1);
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 3); // the letters, not the template

    letter.insert(QStringLiteral("cmis:versionLabel"), QStringLiteral("2.0"));
    m_server->addVersion(QStringLiteral("SER-L"), QStringLiteral("L2"), letter, "Dear {name},\nletter two\n");
    m_server->updateDocument(QStringLiteral("L1"), {{QStringLiteral("exs:status"), QStringLiteral("retired")}});
    report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.result.rejected.isEmpty());
    QCOMPARE(run.writer.queryText(
                 "SELECT group_concat(version || ' ' || status, '; ') FROM "
                 "(SELECT version, status FROM template_versions WHERE template_id = 'TPL-LETTER' ORDER BY version)"),
             QStringLiteral("1.0 retired; 2.0 approved"));
    QCOMPARE(
        run.writer.queryText("SELECT body FROM template_versions WHERE template_id = 'TPL-LETTER' AND version = '2.0'"),
        QStringLiteral("Dear {name},\nletter two\n"));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 3);
    // The subtype's definition was asked for once, however many objects and events named it.
    int asked = 0;
    for (const auto &r : m_server->requests())
        asked += r.query(QStringLiteral("cmisselector")) == QLatin1String("typeDefinition")
                 && r.query(QStringLiteral("typeId")) == QLatin1String("acme:letterTemplate");
    QVERIFY2(asked <= 2, qPrintable(QString::number(asked))); // once per sync run: each has its own connector
}

void TestCmisTemplates::resyncDropsVersionsTheRepositoryNoLongerHas()
{
    fillRepository(*m_server);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    QVERIFY(run.sync().ok());
    m_server->deleteDocument(QStringLiteral("T1"));
    m_server->addDocument(QStringLiteral("C-LATE"), letterWith(QStringLiteral("2.0")));
    m_server->truncateLog(); // the deletion is lost from the log: only a re-crawl finds it
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(run.writer.queryText("SELECT group_concat(version) FROM template_versions"), QStringLiteral("2.0"));
    QCOMPARE(run.count("SELECT count(*) FROM template_approvals"), 0);
    QCOMPARE(run.count("SELECT count(*) FROM content_blocks"), 2);
}

void TestCmisTemplates::typedRepositoryWithItsOwnPropertyNames()
{
    m_server->addType(QStringLiteral("acme:tpl"), QStringLiteral("cmis:document"),
                      {QStringLiteral("acme:tplNo"), QStringLiteral("acme:state"), QStringLiteral("acme:signoffs"),
                       QStringLiteral("acme:validFrom")});
    m_server->addType(QStringLiteral("acme:para"), QStringLiteral("cmis:document"),
                      {QStringLiteral("acme:paraNo"), QStringLiteral("acme:paraKind")});
    m_server->addVersion(
        QStringLiteral("S1"), QStringLiteral("AT1"),
        {{QStringLiteral("cmis:objectTypeId"), QStringLiteral("acme:tpl")},
         {QStringLiteral("cmis:versionLabel"), QStringLiteral("1")},
         {QStringLiteral("acme:tplNo"), QStringLiteral("DUN-1")},
         {QStringLiteral("acme:state"), QStringLiteral("In Review")},
         {QStringLiteral("acme:signoffs"),
          QJsonArray{QStringLiteral(
              "{\"step\":\"compliance\",\"by\":\"k.li\",\"at\":1767225600000,\"decision\":\"approved\"}")}},
         {QStringLiteral("acme:validFrom"), double(1767225600000)}},
        "Pay now.");
    m_server->addVersion(QStringLiteral("S2"), QStringLiteral("AP1"),
                         {{QStringLiteral("cmis:objectTypeId"), QStringLiteral("acme:para")},
                          {QStringLiteral("cmis:versionLabel"), QStringLiteral("4")},
                          {QStringLiteral("acme:paraNo"), QStringLiteral("P-9")},
                          {QStringLiteral("acme:paraKind"), QStringLiteral("clause")}},
                         "Interest accrues.");
    QJsonObject mapping{{QStringLiteral("template.template_id"), QStringLiteral("acme:tplNo")},
                        {QStringLiteral("template.status"), QStringLiteral("acme:state")},
                        {QStringLiteral("template.approvals"), QStringLiteral("acme:signoffs")},
                        {QStringLiteral("template.effective_from"), QStringLiteral("acme:validFrom")},
                        {QStringLiteral("block.block_id"), QStringLiteral("acme:paraNo")},
                        {QStringLiteral("block.kind"), QStringLiteral("acme:paraKind")},
                        {QStringLiteral("block.status"), QStringLiteral("=approved")}};
    for (const char *unread : {"template.business_unit", "template.channels", "template.effective_to",
                               "template.content_blocks", "block.approved_at", "block.retired_at"})
        mapping.insert(QLatin1String(unread), QString());
    const QJsonObject settings{{QStringLiteral("template_type"), QStringLiteral("acme:tpl")},
                               {QStringLiteral("block_type"), QStringLiteral("acme:para")},
                               {QStringLiteral("mapping"), mapping}};
    QVERIFY(sync::settingsProblems(QStringLiteral("cmis"), settings).isEmpty());
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), settings);
    const QStringList problems = run.connector()->checkConfiguration();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.result.rejected.isEmpty());
    QCOMPARE(run.writer.queryText(
                 "SELECT template_id || ':' || version || ':' || status || ':' || effective_from || ':' || body "
                 "FROM template_versions"),
             QStringLiteral("DUN-1:1:in_review:1767225600000:Pay now."));
    QCOMPARE(run.writer.queryText("SELECT by || ':' || at FROM template_approvals"),
             QStringLiteral("k.li:1767225600000"));
    QCOMPARE(
        run.writer.queryText(
            "SELECT block_id || ':' || version || ':' || kind || ':' || status || ':' || text FROM content_blocks"),
        QStringLiteral("P-9:4:clause:approved:Interest accrues."));
    for (const auto &r : m_server->requests()) { // the types are named in every statement
        const QString q = r.query(QStringLiteral("q"));
        QVERIFY2(!q.contains(QLatin1String("exs:")), qPrintable(q));
    }
}

void TestCmisTemplates::mappingNamingAMissingPropertyIsRefusedBeforeSync_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QStringList>("named"); // empty: no problem

    QTest::newRow("every property exists") << QJsonObject() << QStringList();
    QTest::newRow("a template field reads a missing property")
        << QJsonObject{{QStringLiteral("mapping"),
                        QJsonObject{{QStringLiteral("template.status"), QStringLiteral("exs:state")}}}}
        << QStringList{QStringLiteral("\"exs:template\" has no property \"exs:state\""),
                       QStringLiteral("template.status")};
    QTest::newRow("a block field reads a missing property")
        << QJsonObject{{QStringLiteral("mapping"),
                        QJsonObject{{QStringLiteral("block.kind"), QStringLiteral("exs:sort")}}}}
        << QStringList{QStringLiteral("\"exs:contentBlock\" has no property \"exs:sort\""),
                       QStringLiteral("--map block.kind=")};
    QTest::newRow("a named template type the repository lacks")
        << QJsonObject{{QStringLiteral("template_type"), QStringLiteral("exs:tmpl")}}
        << QStringList{QStringLiteral("no type \"exs:tmpl\""), QStringLiteral("--template-type")};
    QTest::newRow("no template type at all")
        << QJsonObject{{QStringLiteral("template_type"), QString()}} << QStringList();
}

void TestCmisTemplates::mappingNamingAMissingPropertyIsRefusedBeforeSync()
{
    QFETCH(QJsonObject, settings);
    QFETCH(QStringList, named);
    fillRepository(*m_server);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), settings);
    const QStringList problems = run.connector()->checkConfiguration();
    const QString text = problems.join(QLatin1Char('\n'));
    if (named.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(text));
        return;
    }
    for (const QString &n : std::as_const(named))
        QVERIFY2(text.contains(n), qPrintable(text));
    QCOMPARE(run.count("SELECT count(*) FROM template_versions"), 0); // a check applies nothing
}

void TestCmisTemplates::badVersionIsRejectedWithItsReason()
{
    fillRepository(*m_server);
    QJsonObject bad = templateVersion(QStringLiteral("9.0"), QStringLiteral("pending"), {});
    m_server->addVersion(QStringLiteral("SER-X"), QStringLiteral("TX"), bad, "x");
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl());
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    // Rejected (once per page that read it: the change log's first event, TX's creation, is
    // read again after the crawl), never taken, and the sync goes on.
    QVERIFY(!report.result.rejected.isEmpty());
    for (const auto &r : report.result.rejected)
        QVERIFY2(r.reason.contains(QLatin1String("template object TX"))
                     && r.reason.contains(QLatin1String("\"status\" is \"pending\"")),
                 qPrintable(r.reason));
    QCOMPARE(run.count("SELECT count(*) FROM template_versions"), 2); // the good ones kept
}

QTEST_GUILESS_MAIN(TestCmisTemplates)
#include "tst_cmistemplates.moc"
