// `proofdesk-cli repo witness NAME` (issue #63 item 2), against the fake CMIS server on loopback:
// a letter's customer rewritten, a held letter and another deleted, all behind the change log.
// The pass exits 1 naming each in its JSON, the held one is kept and marked deleted in the
// repository, the trail has an entry each, and a second pass exits 0. An unknown name exits 3,
// a sample that is no positive number, or neither or both of a name and --due, 2. `--due` takes
// a repository synced and never witnessed, and none once it was.
#include "clirunner.h"
#include "fakecmisserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCliRepoWitness : public QObject
{
    Q_OBJECT

private slots:
    void aPassNamesWhatChangedBehindTheLog();
    void anUnknownRepositoryOrABadUsageIsNamed();

private:
    CliRun cli(const QStringList &args) { return runCli(m_data.path(), args); }
    QTemporaryDir m_data;
};

namespace {

QStringList objectIdsOf(const QJsonArray &differences)
{
    QStringList ids;
    for (const QJsonValue &d : differences)
        ids << d[QStringLiteral("object_id")].toString();
    ids.sort();
    return ids;
}

} // namespace

void TestCliRepoWitness::aPassNamesWhatChangedBehindTheLog()
{
    fakeserver::FakeCmisServer server;
    QVERIFY(server.start());
    for (const char *id : {"D1", "D2", "D3", "D4"})
        server.addDocument(QLatin1String(id));
    const CliRun add =
        cli({QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("net"), QStringLiteral("--kind"),
             QStringLiteral("cmis"), QStringLiteral("--url"), server.serviceUrl().toString()});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    const CliRun hold =
        cli({QStringLiteral("hold"), QStringLiteral("apply"), QStringLiteral("--name"), QStringLiteral("Dispute"),
             QStringLiteral("--reason"), QStringLiteral("court order"), QStringLiteral("D1")});
    QVERIFY2(hold.exitCode == 0, hold.err.constData());
    server.rewriteSilently(QStringLiteral("D2"), {{QStringLiteral("exs:customerId"), QStringLiteral("C-999")}});
    server.deleteSilently(QStringLiteral("D1"));
    server.deleteSilently(QStringLiteral("D3"));

    // Synced and never witnessed: due, and `--due` takes it.
    const CliRun pass = cli({QStringLiteral("repo"), QStringLiteral("witness"), QStringLiteral("--due"),
                             QStringLiteral("--sample"), QStringLiteral("10"), QStringLiteral("--json")});
    QVERIFY2(pass.exitCode == 1, pass.err.constData());
    const QJsonObject report = pass.object();
    QCOMPARE(report.value(QStringLiteral("repository")).toString(), QStringLiteral("net"));
    QCOMPARE(report.value(QStringLiteral("listed")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("cached")).toInt(), 4);
    QCOMPARE(report.value(QStringLiteral("sampled")).toInt(-1), 0); // none was fetched before
    const QJsonArray changed = report.value(QStringLiteral("changed")).toArray();
    QCOMPARE(objectIdsOf(changed), QStringList{QStringLiteral("D2")});
    QCOMPARE(changed.first()[QStringLiteral("before")][QStringLiteral("customer_id")].toString(),
             QStringLiteral("C-1"));
    QCOMPARE(changed.first()[QStringLiteral("after")][QStringLiteral("customer_id")].toString(),
             QStringLiteral("C-999"));
    QCOMPARE(objectIdsOf(report.value(QStringLiteral("gone")).toArray()),
             (QStringList{QStringLiteral("D1"), QStringLiteral("D3")}));

    // The held letter stays, marked deleted in the repository; the other is gone from the cache.
    const QJsonObject stats = cli({QStringLiteral("stats"), QStringLiteral("--json")}).object();
    QCOMPARE(stats.value(QStringLiteral("deleted_in_repository")).toInt(-1), 1);
    QCOMPARE(stats.value(QStringLiteral("communications")).toInt(), 2);
    QStringList recorded;
    for (const QJsonValue &e : cli({QStringLiteral("audit"), QStringLiteral("list")}).json().array())
        if (e[QStringLiteral("action")].toString().startsWith(QLatin1String("repository.witness_")))
            recorded << e[QStringLiteral("action")].toString();
    recorded.sort();
    QCOMPARE(recorded,
             (QStringList{QStringLiteral("repository.witness_changed"), QStringLiteral("repository.witness_gone"),
                          QStringLiteral("repository.witness_gone")}));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);

    // Witnessed now: nothing is due for a week; a pass asked by name still runs.
    const CliRun due = cli({QStringLiteral("repo"), QStringLiteral("witness"), QStringLiteral("--due")});
    QCOMPARE(due.exitCode, 0);
    QVERIFY2(due.out.contains("No repository is due a witness pass"), due.out.constData());
    const CliRun again = cli({QStringLiteral("repo"), QStringLiteral("witness"), QStringLiteral("net")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("0 changed without a record, 0 gone without a deletion"), again.out.constData());
}

void TestCliRepoWitness::anUnknownRepositoryOrABadUsageIsNamed()
{
    const CliRun pass = cli({QStringLiteral("repo"), QStringLiteral("witness"), QStringLiteral("nope")});
    QCOMPARE(pass.exitCode, 3);
    QVERIFY2(pass.err.contains("No repository named \"nope\""), pass.err.constData());
    const CliRun both =
        cli({QStringLiteral("repo"), QStringLiteral("witness"), QStringLiteral("nope"), QStringLiteral("--due")});
    QCOMPARE(both.exitCode, 2);
    QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("witness")}).exitCode, 2);
    for (const char *bad : {"0", "-2", "some"}) {
        const CliRun sample = cli({QStringLiteral("repo"), QStringLiteral("witness"), QStringLiteral("nope"),
                                   QStringLiteral("--sample"), QLatin1String(bad)});
        QCOMPARE(sample.exitCode, 2);
        QVERIFY2(sample.err.contains("--sample must be a positive whole number"), sample.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliRepoWitness)
#include "tst_cli_repowitness.moc"
