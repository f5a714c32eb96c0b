// The search syntax as CMIS 1.1 (docs/connecting.md "Searching past the cache"): the
// translation table, what is left out and why, and every statement a query mix translates
// to accepted by a repository that holds queries to the CMIS 1.1 grammar (the fake CMIS
// server over HTTP, strict: a 400 for what the type's definitions do not allow).
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "search/queryparser.h"
#include "sync/cmis/cmisconnector.h"
#include "sync/cmis/cmisobject.h"
#include "sync/cmis/cmisquerytranslation.h"
#include "sync/http/propertymapping.h"

#include <QTest>

using namespace proofdesk;
using sync::cmis::PropertyDefinition;

namespace {

// The fake repository's cmis:document with the default mapping, plus a multi-valued batch
// and an integer template version, as acme:letter below defines them.
sync::cmis::SearchTarget tableTarget(bool fullText)
{
    static const sync::PropertyMapping mapping(
        sync::cmis::defaultMapping(), QJsonObject{{QStringLiteral("batch"), QStringLiteral("acme:batches")},
                                                  {QStringLiteral("template_version"), QStringLiteral("acme:version")},
                                                  {QStringLiteral("loan_id"), QString()}});
    sync::cmis::SearchTarget target;
    target.repository = QStringLiteral("net");
    target.source = [](const QString &field) { return mapping.source(field); };
    for (const char *p : {"exs:documentType", "exs:channel", "exs:customerId", "exs:claimId", "exs:templateId",
                          "exs:businessUnit", "exs:language"})
        target.properties.insert(QLatin1String(p), PropertyDefinition{QStringLiteral("string"), false, true, true});
    target.properties.insert(QStringLiteral("cmis:objectId"),
                             PropertyDefinition{QStringLiteral("id"), false, true, false});
    target.properties.insert(QStringLiteral("exs:issuedAt"),
                             PropertyDefinition{QStringLiteral("datetime"), false, true, true});
    target.properties.insert(QStringLiteral("acme:batches"),
                             PropertyDefinition{QStringLiteral("string"), true, true, false});
    target.properties.insert(QStringLiteral("acme:version"),
                             PropertyDefinition{QStringLiteral("integer"), false, true, true});
    target.properties.insert(QStringLiteral("exs:accountId"),
                             PropertyDefinition{QStringLiteral("string"), false, false, false});
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

QStringList partsOf(const QList<sync::LeftOutPart> &list)
{
    QStringList parts;
    for (const auto &p : list)
        parts << p.part;
    return parts;
}

// The mix of queries whose statements a strict repository must accept: every form of the
// syntax, every field, against a type with string, id, datetime, integer and multi-valued
// properties.
const QStringList &queryMix()
{
    static const QStringList mix{
        QStringLiteral("garcia"),
        QStringLiteral("\"anna garcia\""),
        QStringLiteral("garcia OR muller"),
        QStringLiteral("garcia -muller"),
        QStringLiteral("smith (jones OR brown) -lee"),
        QStringLiteral("garcia type:statement"),
        QStringLiteral("garcia OR type:statement"),
        QStringLiteral("type:statement OR channel:email"),
        QStringLiteral("-type:statement"),
        QStringLiteral("-(type:statement OR channel:email)"),
        QStringLiteral("-(type:statement channel:email) issued:2026"),
        QStringLiteral("issued:2026-01-01..2026-03-31"),
        QStringLiteral("issued:..2026-03-31 -issued:2026-02"),
        QStringLiteral("id:EXS-1 OR id:EXS-2"),
        QStringLiteral("-id:EXS-1"),
        QStringLiteral("customer:\"o'neil\\x\" account:A-1"),
        QStringLiteral("batch:B1 -batch:B2"),
        QStringLiteral("version:7 -version:8"),
        QStringLiteral("template:TPL-1 unit:retail language:en"),
        QStringLiteral("status:delivered hold:any fixity:verified finding:any block:CB-1"),
        QStringLiteral("smi* o'brien"),
        QStringLiteral("repo:net garcia"),
        QStringLiteral("repo:other OR channel:sms"),
        QStringLiteral("-garcia"),
        QStringLiteral("type:a (channel:b OR status:delivered) garcia OR \"x y\""),
        QStringLiteral("garcia (type:statement OR channel:email)"),
        QStringLiteral("garcia -(type:statement channel:email)"),
        QStringLiteral("unit:retail-banking"),
        QStringLiteral("-unit:Retail-Banking channel:email"),
        QStringLiteral("type:\"renewal_letter%\" OR customer:\"o'x\\\""),
        QStringLiteral("\"OR\" garcia"),
        QStringLiteral("id:EXS-2026-STATEMENT"),
        QString::fromUtf8("unit:épargne OR unit:ÉPARGNE"),
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
    QTest::addColumn<QString>("deskQuery"); // what the desk checks on what `where` returns
    QTest::addColumn<QString>("narrower");  // "-" for none
    QTest::addColumn<QStringList>("leftOut");
    QTest::addColumn<QStringList>("inexact");
    const QString customer = QStringLiteral("exs:customerId IN ('C-1', 'c-1')");
    const QString claim = QStringLiteral("exs:claimId IN ('X-1', 'x-1')");
    const QStringList none;
    QTest::newRow("word") << "garcia" << true << "CONTAINS('garcia')"
                          << ""
                          << "-" << none << parts({"garcia"});
    QTest::newRow("word, metadataonly") << "garcia" << false << ""
                                        << "(garcia)"
                                        << "-" << none << none;
    QTest::newRow("phrase") << "\"anna garcia\"" << true << "CONTAINS('\"anna garcia\"')"
                            << ""
                            << "-" << none << parts({"\"anna garcia\""});
    QTest::newRow("a quoted operator is a phrase") << "\"OR\"" << true << "CONTAINS('\"OR\"')"
                                                   << ""
                                                   << "-" << none << parts({"\"OR\""});
    QTest::newRow("a quoted operator between words")
        << "garcia \"OR\" müller" << true << "CONTAINS('garcia \"OR\" müller')"
        << ""
        << "-" << none << parts({"garcia", "\"OR\"", "müller"});
    QTest::newRow("an id as words is a phrase of its tokens") << "EXS-2026-10" << true << "CONTAINS('\"EXS 2026 10\"')"
                                                              << ""
                                                              << "-" << none << parts({"EXS-2026-10"});
    QTest::newRow("prefix: checked on the desk") << "garc*" << true << ""
                                                 << "(garc*)"
                                                 << "-" << none << none;
    QTest::newRow("OR of words") << "garcia OR muller" << true << "CONTAINS('garcia OR muller')"
                                 << ""
                                 << "-" << none << parts({"garcia OR muller"});
    QTest::newRow("AND over OR is distributed")
        << "smith (jones OR brown)" << true << "CONTAINS('smith jones OR smith brown')"
        << ""
        << "-" << none << parts({"smith", "jones OR brown"});
    QTest::newRow("excluded word") << "smith -jones" << true << "CONTAINS('smith -jones')"
                                   << ""
                                   << "-" << none << parts({"smith", "-jones"});
    QTest::newRow("exclusions only: checked on the desk") << "-jones customer:C-1" << true << customer << "(-jones)"
                                                          << "-" << none << none;
    QTest::newRow("field, every case form") << "customer:C-1" << true << customer << ""
                                            << "-" << none << none;
    QTest::newRow("the same typed in lower case") << "customer:c-1" << true << customer << ""
                                                  << "-" << none << none;
    QTest::newRow("field with more case forms: a LIKE of its shape, checked on the desk")
        << "type:statement" << true << "exs:documentType LIKE '_________'"
        << "(type:statement)"
        << "exs:documentType IN ('statement', 'STATEMENT', 'Statement')" << none << none;
    QTest::newRow("mixed case: every form most often stored narrower")
        << "unit:retail-banking" << true << "exs:businessUnit LIKE '______-_______'"
        << "(unit:retail-banking)"
        << "exs:businessUnit IN ('retail-banking', 'RETAIL-BANKING', 'Retail-banking', 'Retail-Banking')" << none
        << none;
    QTest::newRow("LIKE's own characters stand for themselves")
        << "type:renewal_letter%" << true << "exs:documentType LIKE '_______\\_______\\%'"
        << "(type:renewal_letter%)"
        << "exs:documentType IN ('renewal_letter%', 'RENEWAL_LETTER%', 'Renewal_letter%', 'Renewal_Letter%')" << none
        << none;
    QTest::newRow("id property") << "id:D-1" << true << "cmis:objectId IN ('D-1', 'd-1')"
                                 << ""
                                 << "-" << none << none;
    // Issue #63 item 3: asked as written, lower and upper case in one statement (it read the whole
    // repository), and called inexact.
    QTest::newRow("id property, more case forms: the forms typed, inexact")
        << "id:EXS-2026-STATEMENT" << true
        << "cmis:objectId IN ('EXS-2026-STATEMENT', 'exs-2026-statement', 'Exs-2026-statement', 'Exs-2026-Statement')"
        << ""
        << "-" << none << parts({"id:EXS-2026-STATEMENT"});
    QTest::newRow("quote escaped") << "customer:\"o'x\"" << true
                                   << "exs:customerId IN ('O\\'X', 'O\\'x', 'o\\'X', 'o\\'x')"
                                   << ""
                                   << "-" << none << none;
    QTest::newRow("text and field") << "garcia customer:C-1" << true
                                    << QString(customer + QStringLiteral(" AND CONTAINS('garcia')")) << ""
                                    << "-" << none << parts({"garcia"});
    QTest::newRow("text OR field: checked on the desk") << "garcia OR customer:C-1" << true << ""
                                                        << "(garcia OR customer:C-1)" << customer << none << none;
    QTest::newRow("fields ORed") << "claim:X-1 OR customer:C-1" << true
                                 << QStringLiteral("((%1) OR (%2))").arg(claim, customer) << ""
                                 << "-" << none << none;
    QTest::newRow("negated field keeps the unset")
        << "-customer:C-1" << true << "(exs:customerId NOT IN ('C-1', 'c-1') OR exs:customerId IS NULL)"
        << ""
        << "-" << none << none;
    QTest::newRow("negated field with more case forms")
        << "-type:statement" << true
        << "(exs:documentType NOT IN ('statement', 'STATEMENT', 'Statement') OR exs:documentType IS NULL)"
        << "(-type:statement)"
        << "(exs:documentType NOT LIKE '_________' OR exs:documentType IS NULL)" << none << none;
    QTest::newRow("text and fields ORed: the OR stays whole under the AND")
        << "garcia (claim:X-1 OR customer:C-1)" << true
        << QStringLiteral("((%1) OR (%2)) AND CONTAINS('garcia')").arg(claim, customer) << ""
        << "-" << none << parts({"garcia"});
    QTest::newRow("negated AND") << "-(claim:X-1 customer:C-1)" << true
                                 << "(((exs:claimId NOT IN ('X-1', 'x-1') OR exs:claimId IS NULL)) OR ((exs:customerId "
                                    "NOT IN ('C-1', 'c-1') OR exs:customerId IS NULL)))"
                                 << ""
                                 << "-" << none << none;
    QTest::newRow("month") << "issued:2026-01" << true
                           << "(exs:issuedAt >= TIMESTAMP '2026-01-01T00:00:00.000Z' AND exs:issuedAt < TIMESTAMP "
                              "'2026-02-01T00:00:00.000Z')"
                           << ""
                           << "-" << none << none;
    QTest::newRow("open start") << "issued:..2026-03-31" << true
                                << "exs:issuedAt < TIMESTAMP '2026-04-01T00:00:00.000Z'"
                                << ""
                                << "-" << none << none;
    QTest::newRow("negated year") << "-issued:2026" << true
                                  << "(exs:issuedAt < TIMESTAMP '2026-01-01T00:00:00.000Z' OR exs:issuedAt >= "
                                     "TIMESTAMP '2027-01-01T00:00:00.000Z' OR exs:issuedAt IS NULL)"
                                  << ""
                                  << "-" << none << none;
    QTest::newRow("local facts, and a block checked on the desk")
        << "status:delivered customer:C-1 hold:any fixity:failed finding:any block:CB-1" << true << customer
        << "(block:CB-1)"
        << "-" << parts({"status:delivered", "hold:any", "fixity:failed", "finding:any"}) << none;
    QTest::newRow("OR with a local fact: left out whole")
        << "customer:C-1 (claim:X-1 OR status:bounced)" << true << customer << ""
        << "-" << parts({"claim:X-1 OR status:bounced"}) << none;
    QTest::newRow("this repository") << "repo:NET garcia" << true << "CONTAINS('garcia')"
                                     << ""
                                     << "-" << none << parts({"garcia"});
    QTest::newRow("another repository ORed") << "repo:other OR claim:X-1" << true << claim << ""
                                             << "-" << none << none;
    QTest::newRow("multi-valued: any value, the desk compares the first")
        << "batch:B1" << true << "ANY acme:batches IN ('B1', 'b1')"
        << "(batch:B1)"
        << "-" << none << none;
    QTest::newRow("multi-valued negated")
        << "-batch:B1" << true << ""
        << "(-batch:B1)"
        << "(NOT (ANY acme:batches IN ('B1', 'b1')) OR acme:batches IS NULL)" << none << none;
    QTest::newRow("integer") << "version:7" << true << "acme:version = 7"
                             << ""
                             << "-" << none << none;
    QTest::newRow("integer, not a number") << "version:seven claim:X-1" << true << claim << "(version:seven)"
                                           << "-" << none << none;
    QTest::newRow("unmapped field") << "loan:L-1 claim:X-1" << true << claim << "(loan:L-1)"
                                    << "-" << none << none;
    QTest::newRow("not queryable") << "account:A-1" << true << ""
                                   << "(account:A-1)"
                                   << "-" << none << none;
    QTest::newRow("metadataonly: words checked on the desk, fields asked")
        << "garcia -muller claim:X-1" << false << claim << "(garcia) (-muller)"
        << "-" << none << none;
}

void TestCmisQueryTranslation::translationTable()
{
    QFETCH(QString, query);
    QFETCH(bool, fullText);
    QFETCH(QString, where);
    QFETCH(QString, deskQuery);
    QFETCH(QString, narrower);
    QFETCH(QStringList, leftOut);
    QFETCH(QStringList, inexact);
    const sync::cmis::Translation t = translated(query, tableTarget(fullText));
    QVERIFY(!t.skip);
    QCOMPARE(t.where, where);
    QCOMPARE(t.deskQuery, deskQuery);
    QCOMPARE(t.narrower.value_or(QStringLiteral("-")), narrower);
    QCOMPARE(partsOf(t.leftOut), leftOut);
    QCOMPARE(partsOf(t.inexact), inexact);
    QCOMPARE(t.checked.isEmpty(), deskQuery.isEmpty()); // what the desk checks is named
    for (const auto *list : {&t.leftOut, &t.inexact, &t.checked})
        for (const auto &part : *list)
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
    QTest::newRow("another or a field") << "repo:other OR customer:C-1" << false;
}

void TestCmisQueryTranslation::theTranslationIsAlwaysWider()
{
    QFETCH(QString, query);
    QFETCH(bool, skip);
    const sync::cmis::Translation t = translated(query, tableTarget(true));
    QCOMPARE(t.skip, skip);
    QVERIFY(t.leftOut.isEmpty() && t.checked.isEmpty() && t.inexact.isEmpty());
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
                {QStringLiteral("mapping"),
                 QJsonObject{{QStringLiteral("batch"), QStringLiteral("acme:batches")},
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
        for (const std::optional<QString> &where : {std::optional<QString>(t.where), t.narrower}) {
            if (!where)
                continue;
            try {
                const auto page = cmis->searchPage(*where, 0, 5);
                QVERIFY2(page.statement.contains(QLatin1String("ORDER BY exs:issuedAt DESC")),
                         qPrintable(page.statement));
                ++sent;
            } catch (const sync::ConnectorError &e) {
                QFAIL(qPrintable(QStringLiteral("%1 → %2").arg(query, e.message())));
            }
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
    for (const char *where : {"CONTAINS('a') OR exs:channel = 'x'", "CONTAINS('a') AND CONTAINS('b')",
                              "cmis:objectId < 'x'", "acme:batches = 'B1'", "NOT (CONTAINS('a'))"})
        QVERIFY_THROWS_EXCEPTION(sync::ConnectorError, cmis->searchPage(QLatin1String(where), 0, 5));
    server.setQueryCapability(QStringLiteral("metadataonly"));
    QVERIFY_THROWS_EXCEPTION(sync::ConnectorError, cmis->searchPage(QStringLiteral("CONTAINS('a')"), 0, 5));
    QCOMPARE(cmis->searchPage(QStringLiteral("ANY acme:batches IN ('B1')"), 0, 5).page.communications.size(), 1);
}

QTEST_GUILESS_MAIN(TestCmisQueryTranslation)
#include "tst_cmisquerytranslation.moc"
