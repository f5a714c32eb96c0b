// Each finding kind with planted anomalies and clean look-alikes: the reported ids must be
// exactly the planted ones.
#include "audit/audittrail.h"
#include "compliance/findingscharts.h"
#include "compliance/findingsengine.h"
#include "compliancefixture.h"
#include "records/localrecordsstore.h"
#include "records/recordserror.h"
#include "records/rolegrants.h"
#include "records/session.h"
#include "search/queryparser.h"
#include "search/sqlcompiler.h"

#include <QJsonArray>

using namespace proofdesk;
using compliance::FindingKind;

namespace {

QJsonObject comm(const char *id, const char *issued, const QJsonObject &overrides = {})
{
    QJsonObject o = overrides;
    o.insert(QStringLiteral("id"), QLatin1String(id));
    o.insert(QStringLiteral("issued_at"), QLatin1String(issued));
    return o;
}

QJsonObject tpl(const char *version, const char *id = "TPL-OK")
{
    return QJsonObject{{QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                                                                {QStringLiteral("version"), QLatin1String(version)}}}};
}

QJsonObject blocks(const char *version)
{
    return QJsonObject{{QStringLiteral("content_blocks"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CB-FEE")},
                                               {QStringLiteral("version"), QLatin1String(version)}}}}};
}

QJsonObject retention(const char *trigger = nullptr)
{
    QJsonObject r{{QStringLiteral("class"), QStringLiteral("SVC-1Y")}};
    if (trigger)
        r.insert(QStringLiteral("trigger_date"), QLatin1String(trigger));
    return QJsonObject{{QStringLiteral("retention"), r}};
}

QJsonArray ev(const char *id, const char *event, const char *at)
{
    return QJsonArray{QLatin1String(id), QLatin1String(event), QLatin1String(at)};
}

const char kNow[] = "2026-10-01T00:00:00Z";

QString hold(const char *holdId, const char *commId, bool released = false)
{
    return QStringLiteral(
               "INSERT INTO rec.holds(id, name, reason, created_by, created_at, released_at) VALUES('%1', 'Matter', "
               "'test', 't', 0, %3);"
               "INSERT INTO rec.hold_items(hold_id, comm_id, added_at, added_by) VALUES('%1', '%2', 0, 't');")
        .arg(QLatin1String(holdId), QLatin1String(commId), released ? QStringLiteral("1") : QStringLiteral("NULL"));
}

QString request(const char *reqId, const char *commId, const char *status, const char *requestedAt)
{
    return QStringLiteral(
               "INSERT INTO rec.reissue_requests(id, comm_id, mode, reason, channel, original_channel, needs_approval, "
               "status, requested_by, requested_at, updated_at) VALUES('%1', '%2', 'resend', 'lost', 'email', 'email', "
               "0, "
               "'%3', 'agent1', %4, %4);")
        .arg(QLatin1String(reqId), QLatin1String(commId), QLatin1String(status))
        .arg(utc(requestedAt));
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void reportsExactlyThePlantedAnomalies_data();
    void reportsExactlyThePlantedAnomalies();
    void findingFieldSearchesWhatTheChecksReport_data() { reportsExactlyThePlantedAnomalies_data(); }
    void findingFieldSearchesWhatTheChecksReport();
    void findingsOverASearchStayInsideIt();
    void chartClickSearchesTheKind_data();
    void chartClickSearchesTheKind();
    void reviewMarksAreShownAndAudited();
    void malformedQueryIsAnErrorNotEverything();

private:
    void addRow(const char *name, FindingKind kind, const QJsonArray &comms, const QJsonArray &events,
                const QString &sql, const QStringList &expected, int days = 5)
    {
        QTest::newRow(name) << int(kind) << comms << events << sql << expected << days;
    }
};

void TestFindings::reportsExactlyThePlantedAnomalies_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonArray>("comms");
    QTest::addColumn<QJsonArray>("events");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("days");
    const auto K = FindingKind::UnapprovedTemplate;
    addRow("approval exactly at issue time counts as approved", K, {comm("C-1", "2026-01-10T09:00:00Z", tpl("1"))}, {},
           {}, {});
    addRow("issued one second before the approval", K, {comm("C-1", "2026-01-10T08:59:59Z", tpl("1"))}, {}, {},
           {QStringLiteral("C-1")});
    addRow("effective_to equal to issue time is not approved", K, {comm("C-1", "2026-03-01T00:00:00Z", tpl("1"))}, {},
           {}, {QStringLiteral("C-1")});
    addRow("issued a millisecond before effective_to", K, {comm("C-1", "2026-02-28T23:59:59.999Z", tpl("1"))}, {}, {},
           {});
    addRow("version without approvals", K, {comm("C-1", "2026-02-01T00:00:00Z", tpl("2"))}, {}, {},
           {QStringLiteral("C-1")});
    addRow("unknown template version", K,
           {comm("C-1", "2026-02-01T00:00:00Z", tpl("9")), comm("C-2", "2026-02-01T00:00:00Z", tpl("1", "TPL-NONE"))},
           {}, {}, {QStringLiteral("C-1"), QStringLiteral("C-2")});
    addRow("rejected before issue, approved after", K, {comm("C-1", "2026-01-15T00:00:00Z", tpl("3"))}, {}, {},
           {QStringLiteral("C-1")});
    addRow("rejected, then approved before issue", K, {comm("C-1", "2026-02-01T00:00:00Z", tpl("3"))}, {}, {}, {});

    const auto B = FindingKind::RetiredBlock;
    addRow("block retired exactly at issue", B, {comm("C-1", "2026-02-01T00:00:00Z", blocks("1"))}, {}, {},
           {QStringLiteral("C-1")});
    addRow("block retired after issue", B, {comm("C-1", "2026-01-31T23:59:59Z", blocks("1"))}, {}, {}, {});
    addRow("block never retired", B, {comm("C-1", "2026-02-15T00:00:00Z", blocks("2"))}, {}, {}, {});

    const auto U = FindingKind::Undelivered;
    addRow(
        "bounced, returned and failed", U,
        {comm("C-1", "2026-02-01T00:00:00Z"), comm("C-2", "2026-02-01T00:00:00Z"), comm("C-3", "2026-02-01T00:00:00Z")},
        {ev("C-1", "bounced", "2026-02-01T01:00:00Z"), ev("C-2", "returned", "2026-02-05T00:00:00Z"),
         ev("C-3", "failed", "2026-02-01T01:00:00Z")},
        {}, {QStringLiteral("C-1"), QStringLiteral("C-2"), QStringLiteral("C-3")});
    addRow(
        "a reissued bounce is not undelivered", U,
        {comm("C-1", "2026-02-01T00:00:00Z"), comm("C-2", "2026-02-03T00:00:00Z",
                                                   QJsonObject{{QStringLiteral("origin"), QStringLiteral("reissue")},
                                                               {QStringLiteral("reissue_of"), QStringLiteral("C-1")}})},
        {ev("C-1", "bounced", "2026-02-01T01:00:00Z")}, {}, {});
    addRow("bounced, then delivered later", U, {comm("C-1", "2026-02-01T00:00:00Z")},
           {ev("C-1", "bounced", "2026-02-01T01:00:00Z"), ev("C-1", "delivered", "2026-02-02T01:00:00Z")}, {}, {});
    addRow("delivered, then bounced later", U, {comm("C-1", "2026-02-01T00:00:00Z")},
           {ev("C-1", "delivered", "2026-02-01T01:00:00Z"), ev("C-1", "bounced", "2026-02-02T01:00:00Z")}, {},
           {QStringLiteral("C-1")});

    const auto F = FindingKind::FixityFailed;
    QJsonObject badHash{
        {QStringLiteral("rendition"), QJsonObject{{QStringLiteral("path"), QStringLiteral("renditions/C-1.txt")},
                                                  {QStringLiteral("media_type"), QStringLiteral("text/plain")},
                                                  {QStringLiteral("sha256"), QString(64, QLatin1Char('0'))},
                                                  {QStringLiteral("bytes"), 10}}}};
    QJsonObject absent{
        {QStringLiteral("rendition"), QJsonObject{{QStringLiteral("path"), QStringLiteral("renditions/none.pdf")},
                                                  {QStringLiteral("media_type"), QStringLiteral("application/pdf")},
                                                  {QStringLiteral("sha256"), QString(64, QLatin1Char('1'))},
                                                  {QStringLiteral("bytes"), 10}}}};
    addRow("hash mismatch and missing document", F,
           {comm("C-1", "2026-02-01T00:00:00Z", badHash), comm("C-2", "2026-02-01T00:00:00Z", absent),
            comm("C-3", "2026-02-01T00:00:00Z")},
           {}, {}, {QStringLiteral("C-1"), QStringLiteral("C-2")});

    const auto R = FindingKind::RetentionOverdue;
    addRow("period ended before now, or exactly now", R,
           {comm("C-1", "2025-09-30T00:00:00Z", retention()), comm("C-2", "2025-10-01T00:00:00Z", retention()),
            comm("C-3", "2025-10-01T00:00:00.001Z", retention()), comm("C-4", "2025-01-01T00:00:00Z")},
           {}, {}, {QStringLiteral("C-1"), QStringLiteral("C-2")});
    addRow("trigger date later than issue counts", R,
           {comm("C-1", "2024-01-01T00:00:00Z", retention("2025-12-01T00:00:00Z")),
            comm("C-2", "2026-01-01T00:00:00Z", retention("2024-12-01T00:00:00Z"))},
           {}, {}, {QStringLiteral("C-2")});
    addRow("29 February plus a year ends on 28 February", R, {comm("C-1", "2024-02-29T12:00:00Z", retention())}, {}, {},
           {QStringLiteral("C-1")});
    addRow("a held overdue item is not overdue", R,
           {comm("C-1", "2024-01-01T00:00:00Z", retention()), comm("C-2", "2024-01-01T00:00:00Z", retention()),
            comm("C-3", "2024-01-01T00:00:00Z", retention())},
           {}, hold("HOLD-A", "C-1") + hold("HOLD-B", "C-2", true), {QStringLiteral("C-2"), QStringLiteral("C-3")});
    addRow("a scope hold covers it too", R,
           {comm("C-1", "2024-01-01T00:00:00Z", retention()),
            comm("C-2", "2024-01-01T00:00:00Z",
                 QJsonObject{
                     {QStringLiteral("customer_id"), QStringLiteral("CUST-9")},
                     {QStringLiteral("retention"), QJsonObject{{QStringLiteral("class"), QStringLiteral("SVC-1Y")}}}})},
           {},
           QStringLiteral("INSERT INTO rec.holds(id, name, reason, scope_field, scope_value, created_by, created_at) "
                          "VALUES('HOLD-S', 'Scope', 'test', 'customer_id', 'CUST-9', 't', 0);"),
           {QStringLiteral("C-1")});
    addRow("disposed or extended is not overdue", R,
           {comm("C-1", "2024-01-01T00:00:00Z", retention()), comm("C-2", "2024-01-01T00:00:00Z", retention()),
            comm("C-3", "2024-01-01T00:00:00Z", retention())},
           {},
           QStringLiteral(
               "INSERT INTO rec.disposition_batches(id, approved_by, approved_at, item_count) VALUES('B1', 'r', 0, 1);"
               "INSERT INTO rec.tombstones(comm_id, batch_id, disposed_at, approved_by, record_sha256) VALUES('C-1', "
               "'B1', 0, 'r', 'x');"
               "INSERT INTO rec.retention_extensions(comm_id, until, reason, by, at) VALUES('C-2', 9999999999999, "
               "'audit', 'r', 0);"),
           {QStringLiteral("C-3")});

    const auto Q = FindingKind::ReissueUnfulfilled;
    addRow("open longer than five days", Q,
           {comm("C-1", "2026-02-01T00:00:00Z"), comm("C-2", "2026-02-01T00:00:00Z"),
            comm("C-3", "2026-02-01T00:00:00Z"), comm("C-4", "2026-02-01T00:00:00Z")},
           {},
           request("R-1", "C-1", "pending_approval", "2026-09-25T23:59:59Z")
               + request("R-2", "C-2", "queued", "2026-09-26T00:00:00Z")
               + request("R-3", "C-3", "fulfilled", "2026-09-01T00:00:00Z")
               + request("R-4", "C-4", "rejected", "2026-09-01T00:00:00Z"),
           {QStringLiteral("C-1")});
    addRow(
        "the reissue came back linked to the request", Q,
        {comm("C-1", "2026-02-01T00:00:00Z"), comm("C-2", "2026-09-20T00:00:00Z",
                                                   QJsonObject{{QStringLiteral("origin"), QStringLiteral("reissue")},
                                                               {QStringLiteral("reissue_of"), QStringLiteral("C-1")},
                                                               {QStringLiteral("request_id"), QStringLiteral("R-1")}})},
        {}, request("R-1", "C-1", "sent", "2026-09-01T00:00:00Z"), {});
    addRow("configured to ten days", Q, {comm("C-1", "2026-02-01T00:00:00Z"), comm("C-2", "2026-02-01T00:00:00Z")}, {},
           request("R-1", "C-1", "approved", "2026-09-24T00:00:00Z")
               + request("R-2", "C-2", "approved", "2026-09-20T00:00:00Z"),
           {QStringLiteral("C-2")}, 10);
}

void TestFindings::reportsExactlyThePlantedAnomalies()
{
    QFETCH(int, kind);
    QFETCH(QJsonArray, comms);
    QFETCH(QJsonArray, events);
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QFETCH(int, days);
    ComplianceFixture f;
    for (const QJsonValue &v : comms) {
        QJsonObject o = v.toObject();
        const QString id = o.take(QStringLiteral("id")).toString();
        const QString issued = o.take(QStringLiteral("issued_at")).toString();
        f.add(id, issued, o);
    }
    for (const QJsonValue &v : events) {
        const QJsonArray e = v.toArray();
        f.event(e.at(0).toString(), qPrintable(e.at(1).toString()), qPrintable(e.at(2).toString()));
    }
    f.import();
    f.sql(sql);
    compliance::FindingOptions options;
    options.now = utc(kNow);
    options.reissueDays = days;
    const auto report = compliance::FindingsEngine(f.writer).run(QString(), options);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QStringList found;
    for (const auto &finding : report.findings) {
        if (finding.kind == FindingKind(kind)) {
            found << finding.commId;
            QVERIFY(!finding.detail.isEmpty());
        }
    }
    found.sort();
    QCOMPARE(found, expected);
    // A clean look-alike must not surface as any other kind either (rows are single-kind).
    for (const auto &finding : report.findings)
        QVERIFY2(finding.kind == FindingKind(kind),
                 qPrintable(compliance::kindName(finding.kind) + QLatin1Char(' ') + finding.detail));
}

// The search field finding:KIND (search-syntax.md) over the same fixture and at the same
// time: exactly the communications the checks report, for each kind, for any, negated and
// combined with other terms.
void TestFindings::findingFieldSearchesWhatTheChecksReport()
{
    QFETCH(int, kind);
    QFETCH(QJsonArray, comms);
    QFETCH(QJsonArray, events);
    QFETCH(QString, sql);
    QFETCH(QStringList, expected);
    QFETCH(int, days);
    ComplianceFixture f;
    QStringList all;
    for (const QJsonValue &v : comms) {
        QJsonObject o = v.toObject();
        const QString id = o.take(QStringLiteral("id")).toString();
        const QString issued = o.take(QStringLiteral("issued_at")).toString();
        f.add(id, issued, o);
        all << id;
    }
    all.sort();
    for (const QJsonValue &v : events) {
        const QJsonArray e = v.toArray();
        f.event(e.at(0).toString(), qPrintable(e.at(1).toString()), qPrintable(e.at(2).toString()));
    }
    f.import();
    f.sql(sql);
    compliance::FindingOptions options;
    options.now = utc(kNow);
    options.reissueDays = days;
    const auto report = compliance::FindingsEngine(f.writer).run(QString(), options);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QStringList reported;
    for (const auto &finding : report.findings) {
        if (finding.kind == FindingKind(kind) && finding.rowid != 0)
            reported << finding.commId;
    }
    reported.sort();
    QCOMPARE(reported, expected); // the fixture's rows are all in the cache

    const auto search = [&](const QString &query) {
        const auto parsed = search::QueryParser::parse(query);
        if (!parsed.ok())
            return QStringList{QStringLiteral("error: ") + parsed.error->message};
        search::CompileOptions compileOptions;
        compileOptions.now = options.now;
        compileOptions.reissueDays = days;
        const auto compiled = search::SqlCompiler::compile(parsed.root, compileOptions);
        cache::Statement st = f.writer.prepare(
            QStringLiteral("SELECT c.id FROM communications c WHERE %1 ORDER BY c.id").arg(compiled.where));
        int i = 1;
        for (const QVariant &p : compiled.parameters)
            st.bind(i++, p.toString());
        QStringList ids;
        while (st.step())
            ids << st.columnText(0);
        return ids;
    };
    const QString name = compliance::kindName(FindingKind(kind));
    QCOMPARE(search(QStringLiteral("finding:") + name), expected);
    QCOMPARE(search(QStringLiteral("finding:") + name.toUpper()), expected);
    QCOMPARE(search(QStringLiteral("finding:any")), expected); // rows are single-kind
    QStringList rest = all;
    for (const QString &id : expected)
        rest.removeAll(id);
    QCOMPARE(search(QStringLiteral("-finding:") + name), rest);
    QCOMPARE(search(QStringLiteral("-finding:any")), rest);
    QCOMPARE(search(QStringLiteral("finding:\"%1\" id:C-1").arg(name)),
             expected.contains(QStringLiteral("C-1")) ? QStringList{QStringLiteral("C-1")} : QStringList());
    QStringList orC1 = expected;
    if (!orC1.contains(QStringLiteral("C-1")))
        orC1 << QStringLiteral("C-1");
    orC1.sort();
    QCOMPARE(search(QStringLiteral("finding:%1 OR id:C-1").arg(name)), orC1);
    // The findings run over the search reports the same communications.
    const auto scoped = compliance::FindingsEngine(f.writer).run(QStringLiteral("finding:") + name, options);
    QVERIFY2(scoped.error.isEmpty(), qPrintable(scoped.error));
}

// Clicking a bar of "Findings by kind" searches finding:KIND within the report's scope (the
// reviewed ones, which no search field tells apart, by id).
void TestFindings::chartClickSearchesTheKind_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("reviewed"); // of C-1, C-2 (both undelivered)
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("reviewedQuery");
    QTest::newRow("whole cache") << QString() << QStringList() << QStringLiteral("finding:undelivered") << QString();
    QTest::newRow("within a search") << QStringLiteral("channel:print OR channel:email") << QStringList()
                                     << QStringLiteral("(channel:print OR channel:email) finding:undelivered")
                                     << QString();
    QTest::newRow("less the reviewed") << QStringLiteral("channel:print") << QStringList{QStringLiteral("C-2")}
                                       << QStringLiteral("(channel:print) finding:undelivered -(id:\"C-2\")")
                                       << QStringLiteral("(id:\"C-2\")");
    QTest::newRow("all reviewed") << QString() << QStringList{QStringLiteral("C-1"), QStringLiteral("C-2")} << QString()
                                  << QStringLiteral("(id:\"C-1\" OR id:\"C-2\")");
}

void TestFindings::chartClickSearchesTheKind()
{
    QFETCH(QString, scope);
    QFETCH(QStringList, reviewed);
    QFETCH(QString, open);
    QFETCH(QString, reviewedQuery);
    compliance::FindingsReport report;
    report.query = scope;
    for (const char *id : {"C-1", "C-2"}) {
        compliance::Finding f;
        f.kind = FindingKind::Undelivered;
        f.commId = QLatin1String(id);
        f.rowid = 1;
        if (reviewed.contains(f.commId))
            f.review = compliance::FindingReview{};
        report.findings << f;
    }
    const auto chart = compliance::findingsByKind(report);
    const int k = int(compliance::allKinds().indexOf(FindingKind::Undelivered));
    QCOMPARE(chart.series.at(0).queries.at(k), open);
    QCOMPARE(chart.series.at(1).queries.at(k), reviewedQuery);
    for (const QString &query : {open, reviewedQuery})
        QVERIFY2(search::QueryParser::parse(query).ok(), qPrintable(query));
    // Kinds without findings have nothing to click.
    QCOMPARE(chart.series.at(0).queries.at(int(compliance::allKinds().indexOf(FindingKind::RetiredBlock))), QString());
}

void TestFindings::findingsOverASearchStayInsideIt()
{
    ComplianceFixture f;
    QJsonObject byPost = tpl("1");
    byPost.insert(QStringLiteral("channel"), QStringLiteral("print"));
    f.add(QStringLiteral("C-1"), QStringLiteral("2026-01-01T00:00:00Z"), byPost);
    f.add(QStringLiteral("C-2"), QStringLiteral("2026-01-01T00:00:00Z"), tpl("1"));
    f.add(QStringLiteral("C-3"), QStringLiteral("2026-02-01T00:00:00Z"), byPost);
    f.import();
    compliance::FindingsEngine engine(f.writer);
    const auto all = engine.run(QString());
    QCOMPARE(all.findings.size(), 2); // C-1 and C-2 were issued before TPL-OK v1 was approved
    const auto print = engine.run(QStringLiteral("channel:print"));
    QCOMPARE(print.scopeCount, 2);
    QCOMPARE(print.findings.size(), 1);
    QCOMPARE(print.findings.first().commId, QStringLiteral("C-1"));
    QCOMPARE(print.findings.first().detail,
             QStringLiteral("template TPL-OK v1 was approved on 2026-01-10, after issue on 2026-01-01"));
    QCOMPARE(engine.run(QStringLiteral("id:C-3")).findings.size(), 0);
}

void TestFindings::reviewMarksAreShownAndAudited()
{
    ComplianceFixture f;
    f.add(QStringLiteral("C-1"), QStringLiteral("2026-01-01T00:00:00Z"), tpl("1"));
    f.import();
    const auto me = records::Identity::fromOperatingSystem();
    QVERIFY(records::grantAllRolesIfUnclaimed(f.writer, me));
    const auto officerSession = records::RecordsSession::open(f.writer, me, records::Role::Compliance);
    records::LocalRecordsStore officer(officerSession, f.data.path());
    const QString unapproved = compliance::kindName(FindingKind::UnapprovedTemplate);
    QVERIFY_THROWS_EXCEPTION(records::RecordsError,
                             officer.findings().reviewFinding(unapproved, QStringLiteral("C-1"), QStringLiteral("  ")));
    QVERIFY_THROWS_EXCEPTION(
        records::RecordsError,
        officer.findings().reviewFinding(QStringLiteral("no_such_kind"), QStringLiteral("C-1"), QStringLiteral("x")));
    officer.findings().reviewFinding(unapproved, QStringLiteral("C-1"),
                                     QStringLiteral("Template signed off late; customer informed"));
    const auto report = compliance::FindingsEngine(f.writer).run(QString());
    QCOMPARE(report.findings.size(), 1);
    QVERIFY(report.findings.first().review.has_value());
    QCOMPARE(report.findings.first().review->note, QStringLiteral("Template signed off late; customer informed"));
    QCOMPARE(report.findings.first().review->by, me.user);
    audit::AuditFilter filter;
    filter.action = QStringLiteral("finding.review");
    const auto entries = audit::AuditTrail(f.writer).entries(filter);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().objectId, QStringLiteral("C-1"));
    QCOMPARE(entries.first().reason, QStringLiteral("Template signed off late; customer informed"));
    // An agent may not review findings; the refusal is audited, nothing is marked.
    const auto agentSession = records::RecordsSession::open(f.writer, me, records::Role::Agent);
    records::LocalRecordsStore agent(agentSession, f.data.path());
    QVERIFY_THROWS_EXCEPTION(records::RecordsError,
                             agent.findings().reviewFinding(unapproved, QStringLiteral("C-1"), QStringLiteral("x")));
    QCOMPARE(f.writer.queryInt("SELECT count(*) FROM rec.finding_reviews"), 1);
}

void TestFindings::malformedQueryIsAnErrorNotEverything()
{
    ComplianceFixture f;
    f.add(QStringLiteral("C-1"), QStringLiteral("2026-01-01T00:00:00Z"));
    f.import();
    const auto report = compliance::FindingsEngine(f.writer).run(QStringLiteral("channel:(print"));
    QVERIFY(!report.error.isEmpty());
    QVERIFY(report.findings.isEmpty());
}

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
