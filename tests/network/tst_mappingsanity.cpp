// A newcomer's wrong profile is not silent (issue #40 item 6): the ArchivesSpace profile on
// another layout read template {id: "print", version: "TPL-NOTICE-25"} and account_id
// "approval_letter", and 197 of 197 records were then unapproved_template, with nothing said.
// `repo test` and a repository's first sync look at what the mapping read and warn: values
// that look like another field's, and a sample none of whose template versions is known.
#include "fakeaspaceserver.h"
#include "fakecmisserver.h"
#include "networkfixture.h"
#include "sync/connectiontest.h"
#include "sync/mappingsanity.h"

#include <QTest>

using namespace proofdesk;

namespace {

// Digital objects as another institution lays them out: what the default mapping reads
// as template_id holds the channel, template_version the template's id, account_id the type.
void fillShifted(fakeserver::FakeAspaceServer &server)
{
    for (int i = 0; i < 6; ++i)
        server.addObject(
            {{QStringLiteral("user_defined"),
              QJsonObject{{QStringLiteral("string_1"), QStringLiteral("C-%1").arg(i)},
                          {QStringLiteral("string_2"), QStringLiteral("approval_letter")},
                          {QStringLiteral("string_3"), i % 2 ? QStringLiteral("print") : QStringLiteral("email")},
                          {QStringLiteral("string_4"), QStringLiteral("TPL-NOTICE-25")},
                          {QStringLiteral("date_1"), QStringLiteral("2026-03-01T09:00:00Z")},
                          {QStringLiteral("enum_1"), QStringLiteral("print")},
                          {QStringLiteral("enum_2"), QStringLiteral("approval_letter")}}}});
}

// The layout the profile expects.
void fillFitting(fakeserver::FakeAspaceServer &server)
{
    for (int i = 0; i < 6; ++i)
        server.addObject({{QStringLiteral("user_defined"),
                           QJsonObject{{QStringLiteral("string_1"), QStringLiteral("C-%1").arg(i)},
                                       {QStringLiteral("string_2"), QStringLiteral("A-%1").arg(100 + i)},
                                       {QStringLiteral("string_3"), QStringLiteral("TPL-NOTICE")},
                                       {QStringLiteral("string_4"), QStringLiteral("25")},
                                       {QStringLiteral("date_1"), QStringLiteral("2026-03-01T09:00:00Z")},
                                       {QStringLiteral("enum_1"), QStringLiteral("print")},
                                       {QStringLiteral("enum_2"), QStringLiteral("approval_letter")}}}});
}

QStringList list(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

QString joined(const QStringList &warnings) { return warnings.join(QLatin1Char('\n')); }

QStringList mappingWarningsOf(const sync::SyncReport &report)
{
    QStringList out;
    for (const sync::RejectedRecord &w : report.result.warnings)
        if (w.file == QLatin1String("mapping"))
            out << w.reason;
    return out;
}

} // namespace

class TestMappingSanity : public QObject
{
    Q_OBJECT

private slots:
    void aProfileOnAnotherLayoutIsWarnedOf();
    void aFittingProfileWarnsOnlyOfUnknownTemplates();
    void theSampleDecides_data();
    void theSampleDecides();
};

void TestMappingSanity::aProfileOnAnotherLayoutIsWarnedOf()
{
    fakeserver::FakeAspaceServer server;
    QVERIFY(server.start());
    server.setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
    fillShifted(server);
    NetRun run(QStringLiteral("archivesspace"), server.baseUrl());
    const sync::ConnectionTestResult test = sync::testConnection(run.repo, run.data.path(), false, NetRun::fastHttp());
    QVERIFY2(test.ok, qPrintable(test.message));
    const QString said = joined(test.mappingWarnings);
    QVERIFY2(!said.contains(QStringLiteral("channel reads")), qPrintable(said)); // the channels are channels
    for (const char *expected : {"template_id reads \"", "which is a channel", "account_id reads \"approval_letter\"",
                                 "template_version reads \"TPL-NOTICE-25\", which looks like an id",
                                 "each would be reported as unapproved_template"})
        QVERIFY2(said.contains(QLatin1String(expected)), qPrintable(said));
    QVERIFY2(test.message.contains(QStringLiteral("unapproved_template")), qPrintable(test.message));

    // The first sync says the same, before anyone believes its findings; the next is quiet.
    const sync::SyncReport first = run.sync();
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(mappingWarningsOf(first).size(), test.mappingWarnings.size());
    server.updateObject(1, {{QStringLiteral("title"), QStringLiteral("changed")}});
    const sync::SyncReport next = run.sync();
    QVERIFY(next.ok());
    QVERIFY(mappingWarningsOf(next).isEmpty());
}

// With the profile's layout nothing looks out of place; only that ArchivesSpace keeps no
// templates, so every communication would be unapproved_template until the data folder holds
// the template versions (a drop of them): said once, and not once they are there.
void TestMappingSanity::aFittingProfileWarnsOnlyOfUnknownTemplates()
{
    fakeserver::FakeAspaceServer server;
    QVERIFY(server.start());
    server.setCredentials(QStringLiteral("tester"), QStringLiteral("s3cret"));
    fillFitting(server);
    NetRun run(QStringLiteral("archivesspace"), server.baseUrl());
    sync::ConnectionTestResult test = sync::testConnection(run.repo, run.data.path(), false, NetRun::fastHttp());
    QVERIFY2(test.ok, qPrintable(test.message));
    QCOMPARE(test.mappingWarnings.size(), 1);
    QVERIFY2(test.mappingWarnings.first().contains(QStringLiteral("TPL-NOTICE version 25")),
             qPrintable(test.mappingWarnings.first()));
    run.writer
        .prepare("INSERT INTO template_versions(template_id, version, repo_id, name, status, record_hash) "
                 "VALUES('tpl-notice', '25', ?1, 'Notice', 'approved', 'x')")
        .bind(1, run.repo.id)
        .run();
    test = sync::testConnection(run.repo, run.data.path(), false, NetRun::fastHttp());
    QVERIFY2(test.mappingWarnings.isEmpty(), qPrintable(joined(test.mappingWarnings)));
}

void TestMappingSanity::theSampleDecides_data()
{
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QStringList>("accounts");
    QTest::addColumn<int>("warnings");
    QTest::newRow("fitting") << list({"print", "email", "sms"}) << list({"A-1", "A-2", "A-3"}) << 0;
    QTest::newRow("channels that are no channels")
        << list({"TPL-1", "TPL-2", "TPL-3"}) << list({"A-1", "A-2", "A-3"}) << 1;
    QTest::newRow("keys without digits") << list({"print", "email", "sms"}) << list({"gold", "silver", "bronze"}) << 1;
    QTest::newRow("one odd record of five is no mapping problem")
        << list({"print", "email", "sms", "print", "fax"}) << list({"A-1", "A-2", "A-3", "A-4", "A-5"}) << 0;
    QTest::newRow("two records say nothing") << list({"TPL-1", "TPL-2"}) << list({"x", "y"}) << 0;
}

void TestMappingSanity::theSampleDecides()
{
    QFETCH(QStringList, channels);
    QFETCH(QStringList, accounts);
    QFETCH(int, warnings);
    QList<domain::Communication> records;
    for (qsizetype i = 0; i < channels.size(); ++i) {
        domain::Communication c;
        c.id = QStringLiteral("C%1").arg(i);
        c.type = QStringLiteral("notice");
        c.channel = channels.at(i);
        c.accountId = accounts.at(i);
        records << c;
    }
    const QStringList said = sync::MappingSanity::valueWarnings(records);
    QVERIFY2(said.size() == warnings, qPrintable(joined(said)));
}

QTEST_GUILESS_MAIN(TestMappingSanity)
#include "tst_mappingsanity.moc"
