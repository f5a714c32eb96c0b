// search --remote against ArchivesSpace (docs/connecting.md "Searching past the cache"): the
// translation table (query → advanced query and the parts left out), and against the fake
// ArchivesSpace server over HTTP, which evaluates `aq` as ArchivesSpace's index answers it and
// refuses what the advanced search does not index: the same ids as a local search of a full
// cache for what translates exactly, pages asked newest first, parts left out named, a failing
// repository named while the others answer.
#include "fakeaspaceserver.h"
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "remotesearchids.h"
#include "search/queryparser.h"
#include "search/searchengine.h"
#include "services/remotesearch.h"
#include "sync/archivesspace/aspaceconnector.h"
#include "sync/archivesspace/aspacequerytranslation.h"
#include "sync/archivesspace/aspacerecord.h"

#include <QJsonArray>
#include <QTest>

using namespace proofdesk;

namespace {

const char *const kFirst[] = {"anna", "bruno", "carla", "dmitri", "elena"};
const char *const kLast[] = {"garcia", "muller", "jones", "brown", "smith", "okafor", "novak"};
constexpr int kCorpus = 100;
constexpr qint64 kStart = 1735689600000;         // 2025-01-01
constexpr qint64 kStep = 2 * 86400000 + 3600000; // a little over two days: no two created alike

// The names are the titles (the recipient's name): the only words of a record that a local
// search and ArchivesSpace's keyword search both hold.
void fillCorpus(fakeserver::FakeAspaceServer &server)
{
    for (int i = 0; i < kCorpus; ++i)
        server.addObject(
            {{QStringLiteral("title"),
              QStringLiteral("%1 %2").arg(QLatin1String(kFirst[i % 5]), QLatin1String(kLast[i % 7]))},
             {QStringLiteral("digital_object_id"), QStringLiteral("DO-%1").arg(i, 3, 10, QLatin1Char('0'))},
             {QStringLiteral("create_time"),
              QDateTime::fromMSecsSinceEpoch(kStart + i * kStep, Qt::UTC).toString(Qt::ISODate)},
             {QStringLiteral("user_defined"),
              QJsonObject{
                  {QStringLiteral("string_1"), QStringLiteral("C-%1").arg(i % 20, 3, 10, QLatin1Char('0'))},
                  {QStringLiteral("enum_1"), i % 2 ? QStringLiteral("email") : QStringLiteral("print")},
                  {QStringLiteral("enum_2"), i % 3 ? QStringLiteral("notice") : QStringLiteral("statement")}}}});
}

// issued_at read from create_time, which the advanced search indexes as a date.
QJsonObject createdMapping()
{
    return {{QStringLiteral("mapping"), QJsonObject{{QStringLiteral("issued_at"), QStringLiteral("create_time")}}}};
}

QString explained(const services::RemoteSearchResult &r, bool reasons = true)
{
    QStringList parts;
    for (const auto &u : r.unanswered)
        parts << (reasons ? QStringLiteral("%1:%2 [%3]").arg(u.repository, u.part, u.reason)
                          : u.repository + QLatin1Char(':') + u.part);
    return parts.join(QStringLiteral("; "));
}

// A query of the advanced search as a short text: AND(keyword:garcia, -identifier="DO-1",
// create_time>2025-02-28).
QString rendered(const QJsonObject &q)
{
    const QString sign = q.value(QStringLiteral("negated")).toBool() ? QStringLiteral("-") : QString();
    const QString field = q.value(QStringLiteral("field")).toString(),
                  value = q.value(QStringLiteral("value")).toString();
    const QString type = q.value(QStringLiteral("jsonmodel_type")).toString();
    if (type == QLatin1String("field_query"))
        return sign + field
               + (q.value(QStringLiteral("literal")).toBool() ? QStringLiteral("=\"%1\"").arg(value)
                                                              : QLatin1Char(':') + value);
    if (type == QLatin1String("date_field_query")) {
        const QString comparator = q.value(QStringLiteral("comparator")).toString();
        return sign + field
               + (comparator == QLatin1String("greater_than")  ? QLatin1Char('>')
                  : comparator == QLatin1String("lesser_than") ? QLatin1Char('<')
                                                               : QLatin1Char('='))
               + value;
    }
    QStringList parts;
    for (const QJsonValue &sub : q.value(QStringLiteral("subqueries")).toArray())
        parts << rendered(sub.toObject());
    return q.value(QStringLiteral("op")).toString() + QLatin1Char('(') + parts.join(QStringLiteral(", "))
           + QLatin1Char(')');
}

// The default mapping, with campaign read from the title, channel fixed to print, no loan_id,
// and issued_at from create_time when `created`.
sync::aspace::Translation translated(const QString &query, bool created)
{
    static const sync::PropertyMapping plain(sync::aspace::defaultMapping(),
                                             QJsonObject{{QStringLiteral("campaign"), QStringLiteral("title")},
                                                         {QStringLiteral("channel"), QStringLiteral("=print")},
                                                         {QStringLiteral("loan_id"), QString()}});
    static const sync::PropertyMapping withCreated(
        sync::aspace::defaultMapping(), QJsonObject{{QStringLiteral("campaign"), QStringLiteral("title")},
                                                    {QStringLiteral("issued_at"), QStringLiteral("create_time")}});
    sync::aspace::SearchTarget target;
    target.repository = QStringLiteral("net");
    const sync::PropertyMapping *mapping = created ? &withCreated : &plain;
    target.source = [mapping](const QString &field) { return mapping->source(field); };
    const search::ParseResult parsed = search::QueryParser::parse(query);
    if (!parsed.ok())
        qFatal("the test's query does not parse: %s", qPrintable(query));
    return sync::aspace::translate(parsed.root, query, target);
}

} // namespace

class TestAspaceSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void translationTable_data();
    void translationTable();
    void theAdvancedQueryAsSent();
    void sameIdsAsALocalSearchOfAFullCache_data();
    void sameIdsAsALocalSearchOfAFullCache();
    void pagesComeNewestFirst();
    void aPartTheSearchDoesNotIndexIsCheckedOnTheDesk();
    void aFailingRepositoryIsNamedAndTheOthersAnswer();
    void theServerRefusesWhatItDoesNotIndex();

private:
    services::RemoteSearchResult remote(NetRun &desk, const QString &query, int wanted = 100000);

    std::unique_ptr<fakeserver::FakeAspaceServer> m_server;
    std::unique_ptr<NetRun> m_full;
};

void TestAspaceSearch::initTestCase()
{
    m_server = std::make_unique<fakeserver::FakeAspaceServer>();
    QVERIFY(m_server->start());
    m_server->setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
    fillCorpus(*m_server);
    m_full = std::make_unique<NetRun>(QStringLiteral("archivesspace"), m_server->baseUrl(), createdMapping());
    m_full->sync();
    QCOMPARE(m_full->count("SELECT COUNT(*) FROM communications"), kCorpus);
}

void TestAspaceSearch::cleanupTestCase()
{
    m_full.reset();
    m_server.reset();
}

services::RemoteSearchResult TestAspaceSearch::remote(NetRun &desk, const QString &query, int wanted)
{
    services::RemoteSearch search(desk.writer, [&desk](const cache::RepositoryInfo &repo) {
        sync::ConnectorEnvironment env;
        env.dataDir = desk.data.path();
        env.credentials = sync::CredentialStore(false);
        env.httpDefaults = NetRun::fastHttp();
        return sync::createConnector(repo, desk.folder.contentStore(), env);
    });
    search.setPageSize(7); // several pages for most answers
    return search.run(query, wanted);
}

void TestAspaceSearch::translationTable_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("created"); // issued_at read from create_time
    QTest::addColumn<QString>("aq");   // rendered; "" for everything, "skip" for not asked
    QTest::addColumn<QString>("desk"); // what the desk checks on what comes back
    QTest::addColumn<QStringList>("leftOut");
    const auto row = [](const char *query, bool created, const char *aq, const char *desk = "",
                        QStringList leftOut = {}) {
        QTest::newRow(query) << QString::fromUtf8(query) << created << QString::fromUtf8(aq) << QString::fromUtf8(desk)
                             << leftOut;
    };
    row("garcia", false, "AND(keyword:garcia)");
    row("\"anna garcia\"", false, "AND(keyword:\"anna garcia\")");
    row("\"OR\"", false, "AND(keyword:\"OR\")"); // a quoted operator is a word to find
    row("garcia \"or\" muller", false, "AND(keyword:garcia, keyword:\"or\", keyword:muller)");
    row("EXS-2026-10", false, "AND(keyword:\"EXS 2026 10\")");
    row("gar*", false, "AND(keyword:gar*)");
    row("garcia OR muller", false, "OR(keyword:garcia, keyword:muller)");
    row("jones -carla", false, "AND(keyword:jones, -keyword:carla)");
    row("batch:do-7", false, "AND(identifier=\"do-7\")");
    row("-batch:DO-7 garcia", false, "AND(-identifier=\"DO-7\", keyword:garcia)");
    row("-(garcia OR batch:DO-7)", false, "AND(-keyword:garcia, -identifier=\"DO-7\")");
    row("-(garcia batch:DO-7)", false, "OR(-keyword:garcia, -identifier=\"DO-7\")");
    row("issued:2025-03", false, "", "(issued:2025-03)");
    row("issued:2025-03", true, "AND(create_time>2025-02-28, create_time<2025-04-01)");
    row("issued:2025-06-01..", true, "AND(create_time>2025-05-31)");
    row("-issued:2025", true, "OR(-create_time>2024-12-31, -create_time<2026-01-01)");
    row("garcia customer:C-1", false, "AND(keyword:garcia)", "(customer:C-1)");
    row("garcia OR customer:C-1", false, "", "(garcia OR customer:C-1)");
    row("-(garcia customer:C-1) jones", false, "AND(keyword:jones)", "(-(garcia customer:C-1))");
    row("(garcia customer:C-1) OR jones", false, "OR(keyword:garcia, keyword:jones)",
        "(garcia customer:C-1) OR jones)");
    row("garcia status:delivered hold:any block:CB-1", false, "AND(keyword:garcia)", "(block:CB-1)",
        {QStringLiteral("status:delivered"), QStringLiteral("hold:any")});
    row("type:notice loan:L-1", false, "", "(type:notice) (loan:L-1)");
    row("campaign:\"Anna Garcia\"", true, "AND(title=\"Anna Garcia\")", "(campaign:\"Anna Garcia\")");
    row("-campaign:x garcia", true, "AND(keyword:garcia)", "(-campaign:x)");
    row("channel:PRINT garcia", false, "AND(keyword:garcia)");
    row("channel:email garcia", false, "skip");
    row("repo:net garcia", false, "AND(keyword:garcia)");
    row("repo:other garcia", false, "skip");
    row("repo:other OR garcia", false, "AND(keyword:garcia)");
    row("status:delivered", false, "", "", {QStringLiteral("status:delivered")});
}

void TestAspaceSearch::translationTable()
{
    QFETCH(QString, query);
    QFETCH(bool, created);
    QFETCH(QString, aq);
    QFETCH(QString, desk);
    QFETCH(QStringList, leftOut);
    const sync::aspace::Translation t = translated(query, created);
    QCOMPARE(t.skip ? QStringLiteral("skip") : t.query.isEmpty() ? QString() : rendered(t.query), aq);
    QCOMPARE(t.deskQuery, desk);
    QStringList parts;
    for (const auto &p : t.leftOut)
        parts << p.part;
    QCOMPARE(parts, leftOut);
    QCOMPARE(t.checked.isEmpty(), desk.isEmpty());
    QCOMPARE(t.aq().isEmpty(), t.query.isEmpty());
}

// The reasons, and the JSON of one advanced query as it is sent.
void TestAspaceSearch::theAdvancedQueryAsSent()
{
    const sync::aspace::Translation t =
        translated(QStringLiteral("garcia -batch:DO-7 customer:C-1 issued:2025"), false);
    QCOMPARE(
        t.aq(),
        QByteArray(
            R"({"jsonmodel_type":"advanced_query","query":{"jsonmodel_type":"boolean_query","op":"AND",)"
            R"("subqueries":[{"field":"keyword","jsonmodel_type":"field_query","literal":false,"negated":false,"value":"garcia"},)"
            R"({"field":"identifier","jsonmodel_type":"field_query","literal":true,"negated":true,"value":"DO-7"}]}})"));
    QCOMPARE(t.checked.size(), 2);
    QCOMPARE(t.checked.at(0).reason, QStringLiteral("ArchivesSpace's search does not index \"user_defined.string_1\""));
    QCOMPARE(t.checked.at(1).reason,
             QStringLiteral("ArchivesSpace's search does not index \"user_defined.date_1\" as a date"));
    QCOMPARE(t.deskQuery, QStringLiteral("(customer:C-1) (issued:2025)"));
    QCOMPARE(t.inexact.size(), 1); // garcia: ArchivesSpace's keyword rules
    QCOMPARE(t.inexact.at(0).part, QStringLiteral("garcia"));
}

void TestAspaceSearch::sameIdsAsALocalSearchOfAFullCache_data()
{
    QTest::addColumn<QString>("query");
    for (const char *q : {"garcia", "\"anna garcia\"", "garcia OR muller", "jones -carla", "smith (bruno OR elena)",
                          "gar*", "batch:do-042", "batch:DO-042 OR batch:do-043", "garcia -batch:DO-035",
                          "garcia OR batch:DO-050", "-garcia -jones -smith", "-(garcia OR jones) issued:2025-05",
                          "issued:2025-03", "issued:2025-04-01..2025-05-31 brown", "-issued:2025-02..2025-06 smith",
                          "repo:net okafor", "-(novak issued:2025-03) elena", "issued:..2025-01-15"})
        QTest::newRow(q) << QString::fromUtf8(q);
}

void TestAspaceSearch::sameIdsAsALocalSearchOfAFullCache()
{
    QFETCH(QString, query);
    NetRun empty(QStringLiteral("archivesspace"), m_server->baseUrl(), createdMapping());
    const services::RemoteSearchResult r = remote(empty, query);
    QVERIFY2(r.unanswered.isEmpty(), qPrintable(explained(r))); // expressed exactly
    QCOMPARE(r.repositories.size(), 1);
    QVERIFY2(r.repositories.first().error.isEmpty(), qPrintable(r.repositories.first().error));
    const QStringList expected = localIds(m_full->writer, query);
    QVERIFY(!expected.isEmpty());       // a query that finds something
    QVERIFY(expected.size() < kCorpus); // and leaves something out
    QCOMPARE(idsOf(r.hits), expected);  // the same ids, newest first
    QCOMPARE(r.remoteTotal, expected.size());
}

// The search is asked for create_time descending: what `wanted` keeps are the newest.
void TestAspaceSearch::pagesComeNewestFirst()
{
    NetRun empty(QStringLiteral("archivesspace"), m_server->baseUrl(), createdMapping());
    const services::RemoteSearchResult r = remote(empty, QStringLiteral("garcia"), 5);
    QCOMPARE(idsOf(r.hits), localIds(m_full->writer, QStringLiteral("garcia")).mid(0, 5));
    QVERIFY(r.repositories.first().statement.contains(QLatin1String("sort=create_time desc")));
    QVERIFY(m_server->searches().last().query(QUrl::FullyDecoded).contains(QLatin1String("type[]=digital_object")));
}

// What ArchivesSpace cannot express is named; its answer is wider, never narrower.
void TestAspaceSearch::aPartTheSearchDoesNotIndexIsCheckedOnTheDesk()
{
    NetRun empty(QStringLiteral("archivesspace"), m_server->baseUrl(), createdMapping());
    const QString query = QStringLiteral("garcia customer:C-007");
    const services::RemoteSearchResult r = remote(empty, query);
    QCOMPARE(explained(r, false), QString()); // nothing left out
    const QStringList exact = localIds(m_full->writer, query);
    QVERIFY(!exact.isEmpty() && exact.size() < localIds(m_full->writer, QStringLiteral("garcia")).size());
    QCOMPARE(idsOf(r.hits), exact); // the keyword asked, the customer checked on the desk
    QCOMPARE(r.remoteTotal, qint64(exact.size()));
    QCOMPARE(r.repositories.first().deskQuery, QStringLiteral("(customer:C-007)"));
    QCOMPARE(r.repositories.first().deskChecked, qint64(localIds(m_full->writer, QStringLiteral("garcia")).size()));
    // With the default mapping, issued_at is user_defined.date_1, which the search does not index.
    NetRun plain(QStringLiteral("archivesspace"), m_server->baseUrl());
    const services::RemoteSearchResult dated = remote(plain, QStringLiteral("issued:2025-03 okafor"));
    QCOMPARE(explained(dated), QString());
    QCOMPARE(idsOf(dated.hits), localIds(m_full->writer, QStringLiteral("issued:2025-03 okafor")));
    // More to check than the desk checks: nothing narrower than the keyword can be asked, so
    // the part is not asked, and said so.
    services::RemoteSearch limited(plain.writer, [&plain](const cache::RepositoryInfo &repo) {
        sync::ConnectorEnvironment env;
        env.dataDir = plain.data.path();
        env.credentials = sync::CredentialStore(false);
        env.httpDefaults = NetRun::fastHttp();
        return sync::createConnector(repo, plain.folder.contentStore(), env);
    });
    limited.setDeskCheckLimit(3);
    const services::RemoteSearchResult tooMany = limited.run(QStringLiteral("issued:2025-03 okafor"), 100);
    QVERIFY(tooMany.hits.isEmpty());
    QVERIFY(!tooMany.remoteTotalExact);
    QCOMPARE(explained(tooMany, false), QStringLiteral("net:issued:2025-03"));
}

void TestAspaceSearch::aFailingRepositoryIsNamedAndTheOthersAnswer()
{
    fakeserver::FakeAspaceServer broken;
    QVERIFY(broken.start());
    broken.setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
    broken.setFaultHook([](const fakeserver::Request &) { return fakeserver::Fault::httpStatus(500); });
    fakeserver::FakeCmisServer cmis;
    QVERIFY(cmis.start());
    cmis.addDocument(QStringLiteral("DOC-1"),
                     {{QStringLiteral("exs:recipientName"), QStringLiteral("zoe garcia")},
                      {QStringLiteral("exs:issuedAt"), double(kStart)}},
                     "%PDF-1.4 x");
    NetRun desk(QStringLiteral("archivesspace"), m_server->baseUrl(), createdMapping());
    cache::RepositoryStore store(desk.writer);
    for (const auto &[name, kind, url] : {std::tuple{"broken", "archivesspace", broken.baseUrl().toString()},
                                          std::tuple{"docs", "cmis", cmis.serviceUrl().toString()}}) {
        store.add(QLatin1String(name), QLatin1String(kind), url, {{QStringLiteral("user"), QStringLiteral("tester")}});
        sync::CredentialStore(false).write(QLatin1String(name), QStringLiteral("tester"), QStringLiteral("s3cret"));
    }
    const services::RemoteSearchResult r = remote(desk, QStringLiteral("garcia"));
    QCOMPARE(r.repositories.size(), 3); // the cache's order: by name
    QCOMPARE(r.repositories.at(0).repository, QStringLiteral("broken"));
    QVERIFY2(r.repositories.at(0).error.contains(QLatin1String("500")), qPrintable(r.repositories.at(0).error));
    QVERIFY2(r.repositories.at(1).error.isEmpty(), qPrintable(r.repositories.at(1).error));
    QVERIFY2(r.repositories.at(2).error.isEmpty(), qPrintable(r.repositories.at(2).error));
    QCOMPARE(explained(r, false), QStringLiteral("broken:garcia"));
    QStringList expected = localIds(m_full->writer, QStringLiteral("garcia"));
    expected << QStringLiteral("DOC-1"); // the oldest
    QCOMPARE(idsOf(r.hits), expected);
}

// The fake holds ArchivesSpace's rules: a malformed aq, or a field the advanced search does
// not index, is a 400 the connector reports.
void TestAspaceSearch::theServerRefusesWhatItDoesNotIndex()
{
    NetRun desk(QStringLiteral("archivesspace"), m_server->baseUrl());
    const std::unique_ptr<sync::RepositoryConnector> connector = desk.connector();
    auto *aspace = dynamic_cast<sync::AspaceConnector *>(connector.get());
    QVERIFY(aspace);
    const auto refusal = [&](const QByteArray &aq) {
        try {
            aspace->searchPage(aq, 1, 10);
        } catch (const sync::ConnectorError &e) {
            return e.message();
        }
        return QString();
    };
    const QByteArray unindexed =
        R"({"jsonmodel_type":"advanced_query","query":{"jsonmodel_type":"boolean_query","op":"AND",)"
        R"("subqueries":[{"jsonmodel_type":"field_query","field":"user_defined.string_1","value":"C-007","literal":true}]}})";
    for (
        const QByteArray &aq :
        {QByteArray("{\"query\":"),
         QByteArray(
             R"({"jsonmodel_type":"advanced_query","query":{"jsonmodel_type":"boolean_query","op":"XOR","subqueries":[]}})"),
         unindexed}) {
        const QString message = refusal(aq);
        QVERIFY2(message.contains(QLatin1String("400")),
                 qPrintable(QString::fromUtf8(aq) + QStringLiteral(": ") + message));
    }
    QCOMPARE(refusal(QByteArray()), QString()); // everything, in pages of ten
    const sync::AspaceConnector::SearchPage all = aspace->searchPage(QByteArray(), 10, 10);
    QCOMPARE(all.totalHits, kCorpus);
    QCOMPARE(all.page.communications.size(), 10);
    QVERIFY(!all.page.more); // the last page
}

QTEST_GUILESS_MAIN(TestAspaceSearch)
#include "tst_aspacesearch.moc"
