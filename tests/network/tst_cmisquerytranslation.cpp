// The search syntax as CMIS 1.1 (docs/connecting.md "Searching past the cache"): the
// translation table, what is left out and why, and every statement a query mix translates
// to accepted by a repository that holds queries to the CMIS 1.1 grammar (the fake CMIS
// server over HTTP, strict: a 400 for what the type's definitions do not allow).
#include "networkfixture.h"

#include "fakecmisserver.h"
#include "search/queryparser.h"
#include "sync/cmis/cmisconnector.h"
#include "sync/cmis/cmisobject.h"
#include "sync/cmis/cmisquerytranslation.h"
#include "sync/http/propertymapping.h"

#include <QtTest>

using namespace proofdesk;
using sync::cmis::PropertyDefinition;

namespace {

// The fake repository's cmis:document with the default mapping, plus a multi-valued batch
// and an integer template version, as acme:letter below defines them.
sync::cmis::SearchTarget tableTarget(bool fullText)
{
    static const sync::PropertyMapping mapping(sync::cmis::defaultMapping(),
                                               QJsonObject{{QStringLiteral("batch"), QStringLiteral("acme:batches")},
                                                           {QStringLiteral("template_version"), QStringLiteral("acme:version")},
                                                           {QStringLiteral("loan_id"), QString()}});
    sync::cmis::SearchTarget target;
    target.repository = QStringLiteral("net");
    target.source = [](const QString &field) { return mapping.source(field); };
    for (const char *p : {"exs:documentType", "exs:channel", "exs:customerId", "exs:templateId", "exs:businessUnit", "exs:language"})
        target.properties.insert(QLatin1String(p), PropertyDefinition{QStringLiteral("string"), false, true, true});
    target.properties.insert(QStringLiteral("cmis:objectId"), PropertyDefinition{QStringLiteral("id"), false, true, false});
    target.properties.insert(QStringLiteral("exs:issuedAt"), PropertyDefinition{QStringLiteral("datetime"), false, true, true});
    target.properties.insert(QStringLiteral("acme:batches"), PropertyDefinition{QStringLiteral("string"), true, true, false});
    target.properties.insert(QStringLiteral("acme:version"), PropertyDefinition{QStringLiteral("integer"), false, true, true});
    target.properties.insert(QStringLiteral("exs:accountId"), PropertyDefinition{QStringLiteral("string"), false, false, false});
    target.fullText = fullText;
    return target;
}

sync::cmis::Translation translated(const QString &query, const sync::cmis::SearchTarget &target)
{
    const search::ParseResult parsed = search::QueryParser::parse(query);
    if (!parsed.ok())
        qFatal("the test's query does not parse: %s", qPrintable(query));
    return sync::cmis::translate(parsed.root, query, target);
}

QStringList parts(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

QStringList partsOf(const sync::cmis::Translation &t)
{
    QStringList parts;
    for (const auto &p : t.leftOut)
        parts << p.part;
    return parts;
}

// The mix of queries whose statements a strict repository must accept: every form of the
// syntax, every field, against a type with string, id, datetime, integer and multi-valued
// properties.
const QStringList &queryMix()
{
    static const QStringList mix{
        QStringLiteral("garcia"), QStringLiteral("\"anna garcia\""), QStringLiteral("garcia OR muller"),
        QStringLiteral("garcia -muller"), QStringLiteral("smith (jones OR brown) -lee"), QStringLiteral("garcia type:statement"),
        QStringLiteral("garcia OR type:statement"), QStringLiteral("type:statement OR channel:email"),
        QStringLiteral("-type:statement"), QStringLiteral("-(type:statement OR channel:email)"),
        QStringLiteral("-(type:statement channel:email) issued:2026"), QStringLiteral("issued:2026-01-01..2026-03-31"),
        QStringLiteral("issued:..2026-03-31 -issued:2026-02"), QStringLiteral("id:EXS-1 OR id:EXS-2"), QStringLiteral("-id:EXS-1"),
        QStringLiteral("customer:\"o'neil\\x\" account:A-1"), QStringLiteral("batch:B1 -batch:B2"), QStringLiteral("version:7 -version:8"),
        QStringLiteral("template:TPL-1 unit:retail language:en"), QStringLiteral("status:delivered hold:any fixity:verified finding:any block:CB-1"),
        QStringLiteral("smi* o'brien"), QStringLiteral("repo:net garcia"), QStringLiteral("repo:other OR channel:sms"),
        QStringLiteral("-garcia"), QStringLiteral("type:a (channel:b OR status:delivered) garcia OR \"x y\""),
        QStringLiteral("garcia (type:statement OR channel:email)"), QStringLiteral("garcia -(type:statement channel:email)"),
    };
    return mix;
}

} // namespace

class TestCmisQueryTranslation : public QObject
{
    Q_OBJECT

private slots:
    void translationTable_data();
    void translationTable();
    void theTranslationIsAlwaysWider_data();
    void theTranslationIsAlwaysWider();
    void aStrictRepositoryAcceptsEveryStatement_data();
    void aStrictRepositoryAcceptsEveryStatement();
    void aStrictRepositoryRefusesWhatTheTranslationNeverSends();
};

void TestCmisQueryTranslation::translationTable_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("fullText");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("leftOut");
    const QString type = QStringLiteral("exs:documentType IN ('statement', 'STATEMENT')");
    QTest::newRow("word") << "garcia" << true << "CONTAINS('garcia')" << QStringList();
    QTest::newRow("word, metadataonly") << "garcia" << false << "" << parts({"garcia"});
    QTest::newRow("phrase") << "\"anna garcia\"" << true << "CONTAINS('\"anna garcia\"')" << QStringList();
    QTest::newRow("an id as words is a phrase of its tokens") << "EXS-2026-10" << true << "CONTAINS('\"EXS 2026 10\"')" << QStringList();
    QTest::newRow("prefix") << "garc*" << true << "" << parts({"garc*"});
    QTest::newRow("OR of words") << "garcia OR muller" << true << "CONTAINS('garcia OR muller')" << QStringList();
    QTest::newRow("AND over OR is distributed") << "smith (jones OR brown)" << true << "CONTAINS('smith jones OR smith brown')" << QStringList();
    QTest::newRow("excluded word") << "smith -jones" << true << "CONTAINS('smith -jones')" << QStringList();
    QTest::newRow("exclusions only") << "-jones type:statement" << true << type << parts({"-jones"});
    QTest::newRow("field, case variants") << "type:statement" << true << type << QStringList();
    QTest::newRow("field typed in mixed case") << "type:Renewal_Letter" << true
                                                << "exs:documentType IN ('Renewal_Letter', 'renewal_letter', 'RENEWAL_LETTER')" << QStringList();
    QTest::newRow("id property") << "id:EXS-1" << true << "cmis:objectId IN ('EXS-1', 'exs-1')" << QStringList();
    QTest::newRow("quote escaped") << "customer:\"o'neil\"" << true << "exs:customerId IN ('o\\'neil', 'O\\'NEIL')" << QStringList();
    QTest::newRow("text and field") << "garcia type:statement" << true << QString(type + QStringLiteral(" AND CONTAINS('garcia')")) << QStringList();
    QTest::newRow("text OR field: left out whole") << "garcia OR type:statement" << true << "" << parts({"garcia OR type:statement"});
    QTest::newRow("fields ORed") << "type:statement OR channel:email" << true
                                 << QStringLiteral("((%1) OR (exs:channel IN ('email', 'EMAIL')))").arg(type) << QStringList();
    QTest::newRow("negated field keeps the unset")
        << "-type:statement" << true << "(exs:documentType NOT IN ('statement', 'STATEMENT') OR exs:documentType IS NULL)" << QStringList();
    QTest::newRow("text and fields ORed: the OR stays whole under the AND")
        << "garcia (type:statement OR channel:email)" << true
        << QStringLiteral("((%1) OR (exs:channel IN ('email', 'EMAIL'))) AND CONTAINS('garcia')").arg(type) << QStringList();
    QTest::newRow("negated AND")
        << "-(type:statement channel:email)" << true
        << "(((exs:documentType NOT IN ('statement', 'STATEMENT') OR exs:documentType IS NULL)) OR ((exs:channel NOT IN ('email', 'EMAIL') OR exs:channel IS NULL)))"
        << QStringList();
    QTest::newRow("month") << "issued:2026-01" << true
                           << "(exs:issuedAt >= TIMESTAMP '2026-01-01T00:00:00.000Z' AND exs:issuedAt < TIMESTAMP '2026-02-01T00:00:00.000Z')"
                           << QStringList();
    QTest::newRow("open start") << "issued:..2026-03-31" << true << "exs:issuedAt < TIMESTAMP '2026-04-01T00:00:00.000Z'" << QStringList();
    QTest::newRow("negated year")
        << "-issued:2026" << true
        << "(exs:issuedAt < TIMESTAMP '2026-01-01T00:00:00.000Z' OR exs:issuedAt >= TIMESTAMP '2027-01-01T00:00:00.000Z' OR exs:issuedAt IS NULL)"
        << QStringList();
    QTest::newRow("local facts") << "status:delivered type:statement hold:any fixity:failed finding:any block:CB-1" << true << type
                                 << parts({"status:delivered", "hold:any", "fixity:failed", "finding:any", "block:CB-1"});
    QTest::newRow("OR with a local fact: left out whole") << "type:statement (channel:email OR status:bounced)" << true << type
                                                          << parts({"channel:email OR status:bounced"});
    QTest::newRow("NOT of an inexact part") << "-(type:statement status:bounced) channel:email" << true
                                            << "exs:channel IN ('email', 'EMAIL')" << parts({"-(type:statement status:bounced)"});
    QTest::newRow("this repository") << "repo:NET garcia" << true << "CONTAINS('garcia')" << QStringList();
    QTest::newRow("another repository ORed") << "repo:other OR channel:sms" << true << "exs:channel IN ('sms', 'SMS')" << QStringList();
    QTest::newRow("multi-valued") << "batch:B1" << true << "ANY acme:batches IN ('B1', 'b1')" << QStringList();
    QTest::newRow("multi-valued negated") << "-batch:B1" << true
                                          << "(NOT (ANY acme:batches IN ('B1', 'b1')) OR acme:batches IS NULL)" << QStringList();
    QTest::newRow("integer") << "version:7" << true << "acme:version = 7" << QStringList();
    QTest::newRow("integer, not a number") << "version:seven channel:sms" << true << "exs:channel IN ('sms', 'SMS')" << parts({"version:seven"});
    QTest::newRow("unmapped field") << "loan:L-1 channel:sms" << true << "exs:channel IN ('sms', 'SMS')" << parts({"loan:L-1"});
    QTest::newRow("not queryable") << "account:A-1" << true << "" << parts({"account:A-1"});
    QTest::newRow("metadataonly: fields still asked") << "garcia -muller type:statement" << false << type
                                                      << parts({"garcia", "-muller"});
}

void TestCmisQueryTranslation::translationTable()
{
    QFETCH(QString, query);
    QFETCH(bool, fullText);
    QFETCH(QString, where);
    QFETCH(QStringList, leftOut);
    const sync::cmis::Translation t = translated(query, tableTarget(fullText));
    QVERIFY(!t.skip);
    QCOMPARE(t.where, where);
    QCOMPARE(partsOf(t), leftOut);
    for (const auto &part : t.leftOut)
        QVERIFY2(!part.reason.isEmpty(), qPrintable(part.part)); // every part says why
}

// A query naming only other repositories is not sent; one naming this one is.
void TestCmisQueryTranslation::theTranslationIsAlwaysWider_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("skip");
    QTest::newRow("another repository") << "repo:other garcia" << true;
    QTest::newRow("not this repository") << "-repo:net type:statement" << true;
    QTest::newRow("this one or another") << "repo:net OR repo:other" << false;
    QTest::newRow("another or a field") << "repo:other OR type:statement" << false;
}

void TestCmisQueryTranslation::theTranslationIsAlwaysWider()
{
    QFETCH(QString, query);
    QFETCH(bool, skip);
    const sync::cmis::Translation t = translated(query, tableTarget(true));
    QCOMPARE(t.skip, skip);
    QVERIFY(t.leftOut.isEmpty());
}

void TestCmisQueryTranslation::aStrictRepositoryAcceptsEveryStatement_data()
{
    QTest::addColumn<QString>("capability");
    QTest::newRow("bothcombined") << QStringLiteral("bothcombined");
    QTest::newRow("metadataonly") << QStringLiteral("metadataonly");
}

namespace {

// acme:letter below cmis:document: the default exs: properties, plus a multi-valued batch
// and an integer version, and an account number that is not queryable.
void addLetterType(fakeserver::FakeCmisServer &server)
{
    using fakeserver::cmisql::PropertyType;
    const auto property = [](const char *id, PropertyType type, bool multi = false, bool queryable = true) {
        fakeserver::cmisql::PropertyInfo info;
        info.type = type;
        info.multiValued = multi;
        info.orderable = !multi;
        info.queryable = queryable;
        return fakeserver::FakeCmisTypes::Property{QLatin1String(id), info};
    };
    server.addType(QStringLiteral("acme:letter"), QStringLiteral("cmis:document"),
                   QList<fakeserver::FakeCmisTypes::Property>{property("acme:batches", PropertyType::String, true),
                                                              property("acme:version", PropertyType::Integer)});
    server.addDocument(QStringLiteral("L-1"), {{QStringLiteral("cmis:objectTypeId"), QStringLiteral("acme:letter")},
                                               {QStringLiteral("acme:batches"), QJsonArray{QStringLiteral("B1")}},
                                               {QStringLiteral("acme:version"), 7}});
}

} // namespace

void TestCmisQueryTranslation::aStrictRepositoryAcceptsEveryStatement()
{
    QFETCH(QString, capability);
    fakeserver::FakeCmisServer server;
    QVERIFY(server.start());
    server.setQueryCapability(capability);
    addLetterType(server);
    NetRun run(QStringLiteral("cmis"), server.serviceUrl(),
               {{QStringLiteral("type"), QStringLiteral("acme:letter")},
                {QStringLiteral("mapping"), QJsonObject{{QStringLiteral("batch"), QStringLiteral("acme:batches")},
                                                        {QStringLiteral("template_version"), QStringLiteral("acme:version")}}}});
    auto connector = run.connector();
    auto *cmis = dynamic_cast<sync::CmisConnector *>(connector.get());
    QVERIFY(cmis);
    const sync::cmis::SearchTarget target = cmis->searchTarget();
    QCOMPARE(target.fullText, capability == QLatin1String("bothcombined"));
    QCOMPARE(target.properties.value(QStringLiteral("acme:batches")).multiValued, true);
    QCOMPARE(target.properties.value(QStringLiteral("acme:version")).type, QStringLiteral("integer"));
    QCOMPARE(target.properties.value(QStringLiteral("cmis:objectId")).type, QStringLiteral("id")); // from the supertype
    int sent = 0;
    for (const QString &query : queryMix()) {
        const sync::cmis::Translation t = translated(query, target);
        if (t.skip)
            continue;
        try {
            const auto page = cmis->searchPage(t.where, 0, 5);
            QVERIFY2(page.statement.contains(QLatin1String("ORDER BY exs:issuedAt DESC")), qPrintable(page.statement));
            ++sent;
        } catch (const sync::ConnectorError &e) {
            QFAIL(qPrintable(QStringLiteral("%1 → %2").arg(query, e.message())));
        }
    }
    QVERIFY(sent >= queryMix().size() - 1);
}

// The repository is strict: what the translation avoids (CONTAINS under OR, a second
// CONTAINS, < on an Id, a multi-valued property without ANY, CONTAINS without full text)
// is refused, so the test above would see it.
void TestCmisQueryTranslation::aStrictRepositoryRefusesWhatTheTranslationNeverSends()
{
    fakeserver::FakeCmisServer server;
    QVERIFY(server.start());
    addLetterType(server);
    NetRun run(QStringLiteral("cmis"), server.serviceUrl(), {{QStringLiteral("type"), QStringLiteral("acme:letter")}});
    auto connector = run.connector();
    auto *cmis = dynamic_cast<sync::CmisConnector *>(connector.get());
    QVERIFY(cmis);
    for (const char *where : {"CONTAINS('a') OR exs:channel = 'x'", "CONTAINS('a') AND CONTAINS('b')", "cmis:objectId < 'x'",
                              "acme:batches = 'B1'", "NOT (CONTAINS('a'))"})
        QVERIFY_THROWS_EXCEPTION(sync::ConnectorError, cmis->searchPage(QLatin1String(where), 0, 5));
    server.setQueryCapability(QStringLiteral("metadataonly"));
    QVERIFY_THROWS_EXCEPTION(sync::ConnectorError, cmis->searchPage(QStringLiteral("CONTAINS('a')"), 0, 5));
    QCOMPARE(cmis->searchPage(QStringLiteral("ANY acme:batches IN ('B1')"), 0, 5).page.communications.size(), 1);
}

QTEST_GUILESS_MAIN(TestCmisQueryTranslation)
#include "tst_cmisquerytranslation.moc"
