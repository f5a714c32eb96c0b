// Findings over a search are exactly the whole cache's findings of the search's
// communications: same kinds, same ids, same sentences, same review marks, whichever plan
// the scope takes (driven from the search's rows, or the cache's indexes filtered by it).
#include "compliance/findingsengine.h"
#include "compliancefixture.h"
#include "records/localrecordsstore.h"
#include "records/rolegrants.h"
#include "records/session.h"
#include "search/searchengine.h"

#include <QJsonArray>
#include <QSet>

using namespace proofdesk;

namespace {

const char kNow[] = "2026-10-01T00:00:00Z";

QJsonObject tpl(const char *id, const char *version)
{
    return QJsonObject{{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("version"), QLatin1String(version)}};
}

QJsonObject with(std::initializer_list<QPair<const char *, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[key, value] : fields)
        o.insert(QLatin1String(key), value);
    return o;
}

QJsonArray retiredBlock()
{
    return QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("CB-FEE")},
                                  {QStringLiteral("version"), QStringLiteral("1")}}};
}

QJsonObject rendition(const char *path, char hashDigit)
{
    return QJsonObject{{QStringLiteral("path"), QLatin1String(path)},
                       {QStringLiteral("media_type"), QStringLiteral("text/plain")},
                       {QStringLiteral("sha256"), QString(64, QLatin1Char(hashDigit))},
                       {QStringLiteral("bytes"), 10}};
}

QString request(const char *reqId, const char *commId, const char *requestedAt)
{
    return QStringLiteral("INSERT INTO rec.reissue_requests(id, comm_id, mode, reason, channel, "
                          "original_channel, needs_approval, "
                          "status, requested_by, requested_at, updated_at) VALUES('%1', '%2', "
                          "'resend', 'lost', 'email', 'email', 0, "
                          "'queued', 'agent1', %3, %3);")
        .arg(QLatin1String(reqId), QLatin1String(commId))
        .arg(utc(requestedAt));
}

// "kind id: detail [review]" for each finding, in the report's order.
QStringList lines(const QList<compliance::Finding> &findings)
{
    QStringList out;
    for (const auto &f : findings)
        out << QStringLiteral("%1 %2: %3%4")
                   .arg(compliance::kindName(f.kind), f.commId, f.detail,
                        f.review ? QStringLiteral(" [reviewed: %1]").arg(f.review->note) : QString());
    return out;
}

} // namespace

class TestFindingsScope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findingsOverASearchAreTheCacheFindingsInIt_data();
    void findingsOverASearchAreTheCacheFindingsInIt();

private:
    std::unique_ptr<ComplianceFixture> m_f;
    compliance::FindingOptions m_options;
};

// Every kind planted on both sides of every search below: print and email, two customers,
// January and February, with and without the word "overdraft".
void TestFindingsScope::initTestCase()
{
    m_f = std::make_unique<ComplianceFixture>();
    ComplianceFixture &f = *m_f;
    const auto print = QJsonValue(QStringLiteral("print"));
    const auto cust2 = QJsonValue(QStringLiteral("CUST-2"));
    const auto overdraft = QJsonValue(QStringLiteral("Your overdraft notice"));
    const QJsonObject svc{{QStringLiteral("class"), QStringLiteral("SVC-1Y")}};
    f.add(QStringLiteral("U-1"), QStringLiteral("2026-02-01T00:00:00Z"), with({{"template", tpl("TPL-OK", "2")}}));
    f.add(QStringLiteral("U-2"), QStringLiteral("2026-01-05T00:00:00Z"),
          with({{"template", tpl("TPL-OK", "1")}, {"channel", print}}));
    f.add(QStringLiteral("U-3"), QStringLiteral("2026-01-20T00:00:00Z"),
          with({{"template", tpl("TPL-NONE", "1")}, {"customer_id", cust2}}));
    f.add(QStringLiteral("U-4"), QStringLiteral("2026-03-02T00:00:00Z"),
          with({{"template", tpl("TPL-OK", "1")}, {"text", overdraft}}));
    f.add(QStringLiteral("B-1"), QStringLiteral("2026-02-01T00:00:00Z"),
          with({{"content_blocks", retiredBlock()}, {"channel", print}}));
    f.add(QStringLiteral("B-2"), QStringLiteral("2026-02-10T00:00:00Z"),
          with({{"content_blocks", retiredBlock()}, {"customer_id", cust2}, {"text", overdraft}}));
    f.add(QStringLiteral("D-1"), QStringLiteral("2026-01-10T00:00:00Z"));
    f.add(QStringLiteral("D-2"), QStringLiteral("2026-02-10T00:00:00Z"),
          with({{"channel", print}, {"customer_id", cust2}}));
    f.event(QStringLiteral("D-1"), "bounced", "2026-01-11T00:00:00Z");
    f.event(QStringLiteral("D-2"), "returned", "2026-02-20T00:00:00Z");
    f.add(QStringLiteral("F-1"), QStringLiteral("2026-01-15T00:00:00Z"),
          with({{"rendition", rendition("renditions/none-1.txt", '1')}}));
    f.add(QStringLiteral("F-2"), QStringLiteral("2026-02-15T00:00:00Z"),
          with({{"rendition", rendition("renditions/none-2.txt", '2')}, {"channel", print}, {"text", overdraft}}));
    f.add(QStringLiteral("R-1"), QStringLiteral("2024-01-10T00:00:00Z"), with({{"retention", svc}}));
    f.add(QStringLiteral("R-2"), QStringLiteral("2024-02-10T00:00:00Z"),
          with({{"retention", svc}, {"channel", print}, {"customer_id", cust2}}));
    f.add(QStringLiteral("Q-1"), QStringLiteral("2026-01-25T00:00:00Z"));
    f.add(QStringLiteral("Q-2"), QStringLiteral("2026-02-25T00:00:00Z"),
          with({{"channel", print}, {"text", overdraft}}));
    f.add(QStringLiteral("OK-1"), QStringLiteral("2026-02-03T00:00:00Z"));
    f.add(QStringLiteral("OK-2"), QStringLiteral("2026-01-03T00:00:00Z"),
          with({{"channel", print}, {"customer_id", cust2}}));
    f.import();
    // Reissue requests open too long, one for a communication the cache does not have.
    f.sql(request("RQ-1", "Q-1", "2026-09-01T00:00:00Z") + request("RQ-2", "Q-2", "2026-09-02T00:00:00Z")
          + request("RQ-3", "GONE-1", "2026-09-03T00:00:00Z"));
    const auto me = records::Identity::fromOperatingSystem();
    QVERIFY(records::grantAllRolesIfUnclaimed(f.writer, me));
    const auto officer = records::RecordsSession::open(f.writer, me, records::Role::Compliance);
    records::LocalRecordsStore(officer, f.data.path())
        .findings()
        .reviewFinding(compliance::kindName(compliance::FindingKind::Undelivered), QStringLiteral("D-2"),
                       QStringLiteral("customer moved"));
    m_options.now = utc(kNow);
}

void TestFindingsScope::findingsOverASearchAreTheCacheFindingsInIt_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("driveLimit");
    const QList<QPair<const char *, QString>> searches = {
        {"broad field", QStringLiteral("channel:print")},
        {"negated field", QStringLiteral("-channel:print")},
        {"business key", QStringLiteral("customer:CUST-2")},
        {"month", QStringLiteral("issued:2026-02")},
        {"word", QStringLiteral("overdraft")},
        {"word and field", QStringLiteral("overdraft channel:print")},
        {"two fields", QStringLiteral("channel:print customer:CUST-2")},
        {"two fields and a month", QStringLiteral("channel:email status:bounced issued:2026-01")},
        {"ids", QStringLiteral("id:U-1 OR id:R-2 OR id:OK-1")},
        {"block", QStringLiteral("block:CB-FEE")},
        {"status", QStringLiteral("status:bounced OR status:returned")},
        {"template", QStringLiteral("template:TPL-OK")},
    };
    for (const auto &[name, query] : searches) {
        QTest::newRow(qPrintable(QLatin1String(name) + QLatin1String(", from its rows"))) << query << qint64(1000000);
        QTest::newRow(qPrintable(QLatin1String(name) + QLatin1String(", from the cache's indexes")))
            << query << qint64(0);
    }
}

void TestFindingsScope::findingsOverASearchAreTheCacheFindingsInIt()
{
    QFETCH(QString, query);
    QFETCH(qint64, driveLimit);
    compliance::FindingsEngine engine(m_f->writer);
    const auto whole = engine.run(QString(), m_options);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    const auto rows = search::SearchEngine(m_f->writer).allRowIds(query);
    QVERIFY(!rows.error);
    const QSet<qint64> inSearch(rows.rowIds.cbegin(), rows.rowIds.cend());
    QList<compliance::Finding> expected;
    int outside = 0;
    for (const auto &finding : whole.findings) {
        if (inSearch.contains(finding.rowid))
            expected << finding;
        else
            ++outside;
    }
    // Both sides of the search have anomalies, so a scope that leaked or lost rows would show.
    QVERIFY2(!expected.isEmpty() && outside > 0,
             qPrintable(QStringLiteral("%1 inside, %2 outside").arg(expected.size()).arg(outside)));

    compliance::FindingOptions options = m_options;
    options.scopeDriveLimit = driveLimit;
    const auto scoped = engine.run(query, options);
    QVERIFY2(scoped.error.isEmpty(), qPrintable(scoped.error));
    QCOMPARE(scoped.scopeCount, qint64(inSearch.size()));
    QCOMPARE(lines(scoped.findings), lines(expected));
}

QTEST_MAIN(TestFindingsScope)
#include "tst_findingsscope.moc"
