#include "search/completion.h"
#include "search/fields.h"
#include "searchfixture.h"

#include <QTest>

using namespace proofdesk::cache;
using namespace proofdesk::search;

class TestSearchCompletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_fixture = std::make_unique<SearchFixture>(); } // read only
    void everySpecFieldIsOffered();
    void knownValuesComeFromTheCache_data();
    void knownValuesComeFromTheCache();

private:
    std::unique_ptr<SearchFixture> m_fixture;
};

void TestSearchCompletion::everySpecFieldIsOffered()
{
    QCOMPARE(fieldNames(),
             QStringList({QStringLiteral("id"),       QStringLiteral("customer"),  QStringLiteral("account"),
                          QStringLiteral("policy"),   QStringLiteral("claim"),     QStringLiteral("loan"),
                          QStringLiteral("case"),     QStringLiteral("workspace"), QStringLiteral("type"),
                          QStringLiteral("channel"),  QStringLiteral("template"),  QStringLiteral("version"),
                          QStringLiteral("block"),    QStringLiteral("unit"),      QStringLiteral("batch"),
                          QStringLiteral("campaign"), QStringLiteral("language"),  QStringLiteral("origin"),
                          QStringLiteral("status"),   QStringLiteral("hold"),      QStringLiteral("fixity"),
                          QStringLiteral("repo"),     QStringLiteral("finding"),   QStringLiteral("issued")}));
}

void TestSearchCompletion::knownValuesComeFromTheCache_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *field, const char *prefix, int limit,
                        std::initializer_list<const char *> values) {
        QStringList expected;
        for (const char *v : values)
            expected << QString::fromUtf8(v);
        QTest::newRow(name) << QString::fromLatin1(field) << QString::fromLatin1(prefix) << limit << expected;
    };
    row("types", "type", "", 50, {"claim_letter", "notice", "renewal_letter", "statement"});
    row("channels", "channel", "", 50, {"email", "mobile", "print", "sms", "web"});
    row("limit", "type", "", 2, {"claim_letter", "notice"});
    row("prefix ignores case", "type", "RE", 50, {"renewal_letter"});
    row("prefix with nothing after it", "type", "zz", 50, {});
    row("units by prefix", "unit", "cl", 50, {"claims"});
    row("template ids", "template", "tpl-s", 50, {"TPL-STMT-MONTHLY"});
    row("versions in numeric order", "version", "", 50, {"1", "2", "3", "5", "6", "7"});
    row("customers by prefix and limit", "customer", "cust-100", 3, {"CUST-1001", "CUST-1002", "CUST-1003"});
    row("ids in case-insensitive order", "id", "t-", 50, {"T-a", "T-B", "T-c"});
    row("prefix wildcards are literal", "id", "T_", 50, {});
    row("field name in any case", "Status", "", 50, {"bounced", "delivered", "failed", "none", "opened", "returned"});
    row("blocks", "block", "", 50, {"BLK-FEE-2026", "BLK-LEGAL"});
    row("holds: any, then active, then released", "hold", "", 50, {"any", "HOLD-AUDIT", "HOLD-LIT-1", "HOLD-OLD"});
    row("repositories", "repo", "", 50, {"archive", "exstream"});
    row("finding kinds, then any", "finding", "", 50,
        {"unapproved_template", "retired_block", "undelivered", "fixity_failed", "retention_overdue",
         "reissue_unfulfilled", "any"});
    row("finding kinds by prefix", "FINDING", "re", 50, {"retired_block", "retention_overdue", "reissue_unfulfilled"});
    row("dates have no list", "issued", "", 50, {});
    row("unknown field", "colour", "", 50, {});
}

void TestSearchCompletion::knownValuesComeFromTheCache()
{
    QFETCH(QString, field);
    QFETCH(QString, prefix);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    Database db = m_fixture->openReader();
    QCOMPARE(knownValues(db, field, prefix, limit), expected);
}

QTEST_GUILESS_MAIN(TestSearchCompletion)
#include "tst_searchcompletion.moc"
