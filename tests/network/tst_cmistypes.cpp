// Typed CMIS (DESIGN.md "CMIS types") against the fake repository on loopback: the mapping
// is checked against the type's definition (CMIS 1.1 Browser Binding, supertypes read when a
// server lists only a type's own properties), a repository whose properties do not start with
// exs: syncs through --type/--map alone, every statement names the configured type, and
// changes to objects of other types are skipped without error.
#include "acmeletters.h"
#include "networkfixture.h"
#include "sync/repositoryprofiles.h"

#include <QTest>

using namespace proofdesk;

namespace {

using namespace fakeserver::acme;
const QString kLetter = kLetterType;

// How a newcomer configures acme:letter: the type and the fields its properties carry,
// with `extraMapping` over them.
QJsonObject letterSettings(const QJsonObject &extraMapping = {})
{
    QJsonObject mapping;
    const QMap<QString, QString> base = letterMapping();
    for (auto it = base.begin(); it != base.end(); ++it)
        mapping.insert(it.key(), it.value());
    for (auto it = extraMapping.begin(); it != extraMapping.end(); ++it)
        mapping.insert(it.key(), it.value());
    return {{QStringLiteral("type"), kLetter}, {QStringLiteral("mapping"), mapping}};
}

} // namespace

class TestCmisTypes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void typeCheckNamesEveryMissingProperty_data();
    void typeCheckNamesEveryMissingProperty();
    void typedRepositorySyncsThroughTypeAndMapping();
    void everyStatementNamesTheConfiguredType();
    void changesToOtherTypesAreSkippedWithoutError();
    void profileTypeAndMappingReachTheConnector();
    void optionalFieldsTheTypeLacksAreWarnings_data();
    void optionalFieldsTheTypeLacksAreWarnings();

private:
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
};

void TestCmisTypes::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    addTypes(*m_server);
    QVERIFY(m_server->start());
}

void TestCmisTypes::typeCheckNamesEveryMissingProperty_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<bool>("listsInherited");
    QTest::addColumn<QStringList>("named"); // what the problems name; empty: none expected

    QTest::newRow("every mapped property exists") << letterSettings() << true << QStringList();
    QTest::newRow("only own properties listed: supertypes read")
        << letterSettings({{QStringLiteral("media_type"), QStringLiteral("cmis:contentStreamMimeType")}}) << false
        << QStringList();
    QTest::newRow("a typo in a property")
        << letterSettings({{QStringLiteral("customer_id"), QStringLiteral("acme:customerNumber")}}) << true
        << QStringList{QStringLiteral("acme:customerNumber"), QStringLiteral("customer_id")};
    QTest::newRow("two fields, one missing property")
        << letterSettings({{QStringLiteral("account_id"), QStringLiteral("acme:acct")},
                           {QStringLiteral("policy_id"), QStringLiteral("acme:acct")}})
        << true << QStringList{QStringLiteral("acme:acct"), QStringLiteral("account_id, policy_id")};
    QTest::newRow("a type the repository lacks") << QJsonObject{{QStringLiteral("type"), QStringLiteral("acme:leter")}}
                                                 << true << QStringList{QStringLiteral("no type \"acme:leter\"")};
    QTest::newRow("a literal is no property")
        << letterSettings({{QStringLiteral("channel"), QStringLiteral("=print")}}) << true << QStringList();
}

void TestCmisTypes::typeCheckNamesEveryMissingProperty()
{
    QFETCH(QJsonObject, settings);
    QFETCH(bool, listsInherited);
    QFETCH(QStringList, named);
    addTypes(*m_server, listsInherited);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), settings);
    const QStringList problems = run.connector()->checkConfiguration();
    if (named.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        return;
    }
    QVERIFY(!problems.isEmpty());
    const QString text = problems.join(QLatin1Char('\n'));
    for (const QString &n : std::as_const(named))
        QVERIFY2(text.contains(n), qPrintable(text));
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 0); // a check applies nothing
}

void TestCmisTypes::typedRepositorySyncsThroughTypeAndMapping()
{
    m_server->addDocument(QStringLiteral("L1"), letter(QStringLiteral("K-1")));
    m_server->addDocument(QStringLiteral("L2"), letter(QStringLiteral("K-2")));
    m_server->addDocument(QStringLiteral("M1"), memo());
    m_server->addDocument(QStringLiteral("U1")); // an untyped cmis:document
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), letterSettings());
    QVERIFY(run.connector()->checkConfiguration().isEmpty());
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.result.rejected.isEmpty());
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 2);
    QCOMPARE(run.writer.queryText("SELECT customer_id || '|' || type || '|' || recipient_name FROM communications "
                                  "WHERE id = 'L2'"),
             QStringLiteral("K-2|dunning|Grace Hopper"));
    QVERIFY(run.count("SELECT issued_at FROM communications WHERE id = 'L1'") > 0);
}

void TestCmisTypes::everyStatementNamesTheConfiguredType()
{
    m_server->addDocument(QStringLiteral("L1"), letter(QStringLiteral("K-1")));
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), letterSettings());
    QVERIFY(run.sync().ok());
    m_server->updateDocument(QStringLiteral("L1"), {{QStringLiteral("acme:customerNo"), QStringLiteral("K-9")}});
    const auto changes = run.sync(); // the changed object is read again by id
    QVERIFY2(changes.ok(), qPrintable(changes.error));
    QCOMPARE(run.writer.queryText("SELECT customer_id FROM communications WHERE id = 'L1'"), QStringLiteral("K-9"));
    int statements = 0;
    for (const auto &r : m_server->requests()) {
        const QString q = r.query(QStringLiteral("q"));
        if (q.isEmpty())
            continue;
        ++statements;
        QVERIFY2(q.contains(QLatin1String(" FROM acme:letter")), qPrintable(q));
    }
    QVERIFY(statements >= 3); // the crawl, the id listing, the id batch of the change
}

void TestCmisTypes::changesToOtherTypesAreSkippedWithoutError()
{
    m_server->addDocument(QStringLiteral("L1"), letter(QStringLiteral("K-1")));
    m_server->addDocument(QStringLiteral("M1"), memo());
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), letterSettings());
    QVERIFY(run.sync().ok());
    m_server->addDocument(QStringLiteral("M2"), memo());
    m_server->updateDocument(QStringLiteral("M1"), {{QStringLiteral("acme:topic"), QStringLiteral("dinner")}});
    m_server->deleteDocument(QStringLiteral("M1"));
    m_server->addDocument(QStringLiteral("L2"), letter(QStringLiteral("K-2")));
    const auto report = run.sync();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.result.rejected.isEmpty());
    QCOMPARE(report.result.deleted, 0);
    QCOMPARE(run.count("SELECT count(*) FROM communications"), 2);
    QCOMPARE(run.count("SELECT count(*) FROM communications WHERE id IN ('M1', 'M2')"), 0);
}

// --profile names a type and mapping; the connector reads the profile's type with the
// repository's own overrides, whatever the profile's other properties are called.
void TestCmisTypes::profileTypeAndMappingReachTheConnector()
{
    const auto alfresco = sync::findProfile(QStringLiteral("alfresco"));
    QVERIFY(alfresco);
    QStringList properties;
    for (auto it = alfresco->mapping.begin(); it != alfresco->mapping.end(); ++it)
        if (!it.value().startsWith(QLatin1String("cmis:")))
            properties << it.value();
    m_server->addType(alfresco->type, QStringLiteral("cmis:document"),
                      properties + QStringList{QStringLiteral("acme:cust")});
    QJsonObject doc{{QStringLiteral("cmis:objectTypeId"), alfresco->type},
                    {alfresco->mapping.value(QStringLiteral("type")), QStringLiteral("notice")},
                    {alfresco->mapping.value(QStringLiteral("issued_at")), QStringLiteral("2026-01-05T09:00:00Z")},
                    {QStringLiteral("acme:cust"), QStringLiteral("K-5")}};
    m_server->addDocument(QStringLiteral("A1"), doc);
    const QJsonObject settings{
        {QStringLiteral("profile"), QStringLiteral("alfresco")},
        {QStringLiteral("mapping"), QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("acme:cust")}}}};
    QVERIFY(sync::settingsProblems(QStringLiteral("cmis"), settings).isEmpty());
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(), settings);
    const QStringList problems = run.connector()->checkConfiguration();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(run.sync().ok());
    QCOMPARE(run.writer.queryText("SELECT customer_id || '|' || type FROM communications WHERE id = 'A1'"),
             QStringLiteral("K-5|notice"));
}

void TestCmisTypes::optionalFieldsTheTypeLacksAreWarnings_data()
{
    QTest::addColumn<bool>("describesBase"); // the repository describes cmis:document
    QTest::addColumn<QJsonObject>("mapping");
    QTest::addColumn<QStringList>("problems"); // what they name; empty: none
    QTest::addColumn<QStringList>("warnings");
    const QJsonObject letters{{QStringLiteral("customer_id"), QStringLiteral("acme:customerNo")},
                              {QStringLiteral("type"), QStringLiteral("acme:letterKind")},
                              {QStringLiteral("issued_at"), QStringLiteral("acme:sentOn")},
                              {QStringLiteral("recipient_name"), QStringLiteral("acme:addressee")}};
    const QStringList optional{QStringLiteral("\"exs:language\", which language reads by default"),
                               QStringLiteral("\"exs:recipientAddress\""), QStringLiteral("\"exs:recipientEmail\""),
                               QStringLiteral("\"exs:retentionClass\""), QStringLiteral("--map language=")};
    QTest::newRow("the profile's optional fields: warnings, not problems")
        << false << letters << QStringList() << optional;
    QJsonObject typo = letters;
    typo.insert(QStringLiteral("customer_id"), QStringLiteral("acme:custNo"));
    QTest::newRow("a property you mapped: a problem naming it")
        << false << typo << QStringList{QStringLiteral("\"acme:custNo\" (read by customer_id)")} << optional;
    QJsonObject defaultType = letters;
    defaultType.remove(QStringLiteral("type"));
    QTest::newRow("a required field's default property: a problem naming it")
        << false << defaultType << QStringList{QStringLiteral("\"exs:documentType\" (read by type)")} << optional;
    QTest::newRow("cmis:document described: its properties are the type's")
        << true << letters << QStringList() << QStringList();
}

// A type that lacks optional fields of the default mapping (language, the recipient's address
// and e-mail, the retention class, …) is not refused: they are named as unread. A required
// field, or one the repository's own mapping names, is a problem naming its property, also
// against a repository that does not describe cmis:document (whose cmis: properties every
// type has), never "the supertype is missing".
void TestCmisTypes::optionalFieldsTheTypeLacksAreWarnings()
{
    QFETCH(bool, describesBase);
    QFETCH(QJsonObject, mapping);
    QFETCH(QStringList, problems);
    QFETCH(QStringList, warnings);
    addTypes(*m_server, false); // acme:letter lists its own properties only
    m_server->setTypeDescribed(QStringLiteral("cmis:document"), describesBase);
    NetRun run(QStringLiteral("cmis"), m_server->serviceUrl(),
               {{QStringLiteral("type"), kLetter}, {QStringLiteral("mapping"), mapping}});
    auto connector = run.connector();
    const QString problemText = connector->checkConfiguration().join(QLatin1Char('\n'));
    const QString warningText = connector->configurationWarnings().join(QLatin1Char('\n'));
    QVERIFY2(!problemText.contains(QLatin1String("supertype"))
                 || problemText.contains(QLatin1String("has no property")),
             qPrintable(problemText));
    QVERIFY2(problems.isEmpty() == problemText.isEmpty(), qPrintable(problemText));
    for (const QString &p : std::as_const(problems))
        QVERIFY2(problemText.contains(p), qPrintable(problemText));
    QVERIFY2(warnings.isEmpty() == warningText.isEmpty(), qPrintable(warningText));
    for (const QString &w : std::as_const(warnings))
        QVERIFY2(warningText.contains(w), qPrintable(warningText));
    QVERIFY2(!warningText.contains(QLatin1String("property \"cmis:")), qPrintable(warningText)); // every type has those
    if (problems.isEmpty()) { // and it syncs, the unread fields empty
        m_server->addDocument(QStringLiteral("L1"), letter(QStringLiteral("K-1")));
        const auto report = run.sync();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY2(report.result.rejected.isEmpty(), qPrintable(report.result.rejected.value(0).reason));
        QCOMPARE(run.writer.queryText(
                     "SELECT customer_id || '|' || ifnull(language, '') FROM communications WHERE id = 'L1'"),
                 QStringLiteral("K-1|"));
    }
}

QTEST_GUILESS_MAIN(TestCmisTypes)
#include "tst_cmistypes.moc"
