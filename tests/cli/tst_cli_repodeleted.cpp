// A held communication the repository deletes (issue #25 item 12): it is kept, and everyone
// is told. The sync warns once per record and exits 1 (cli.md: the command ran and found
// problems), `show` says it is deleted in the repository and since when, and `stats` counts it
// apart from the live communications; the audit trail has one `repository.delete_held` a record.
// Against the fake CMIS server on loopback.
#include "cache/cachefile.h"
#include "clirunner.h"
#include "datafolder/datafolder.h"
#include "fakecmisserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace proofdesk;

class TestCliRepoDeleted : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void aDeletedRecordIsReportedShownAndCounted_data();
    void aDeletedRecordIsReportedShownAndCounted();

private:
    CliRun cli(const QStringList &args) { return runCli(m_data->path(), args); }
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestCliRepoDeleted::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    QVERIFY(m_server->start());
    for (const char *id : {"D1", "D2", "D3"})
        m_server->addDocument(QLatin1String(id));
    m_data = std::make_unique<QTemporaryDir>();
    const CliRun add =
        cli({QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("net"), QStringLiteral("--kind"),
             QStringLiteral("cmis"), QStringLiteral("--url"), m_server->serviceUrl().toString()});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const CliRun sync = cli({QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
}

void TestCliRepoDeleted::aDeletedRecordIsReportedShownAndCounted_data()
{
    QTest::addColumn<QStringList>("held");    // under a legal hold before the repository deletes
    QTest::addColumn<QStringList>("deleted"); // what the repository deletes
    QTest::newRow("one held, deleted") << QStringList{QStringLiteral("D1")} << QStringList{QStringLiteral("D1")};
    QTest::newRow("two held, both deleted") << QStringList{QStringLiteral("D1"), QStringLiteral("D2")}
                                            << QStringList{QStringLiteral("D1"), QStringLiteral("D2")};
    QTest::newRow("one held, another deleted")
        << QStringList{QStringLiteral("D1")} << QStringList{QStringLiteral("D3")};
}

void TestCliRepoDeleted::aDeletedRecordIsReportedShownAndCounted()
{
    QFETCH(QStringList, held);
    QFETCH(QStringList, deleted);
    const CliRun hold =
        cli(QStringList{QStringLiteral("hold"), QStringLiteral("apply"), QStringLiteral("--name"),
                        QStringLiteral("Dispute"), QStringLiteral("--reason"), QStringLiteral("court order")}
            + held);
    QVERIFY2(hold.exitCode == 0, hold.err.constData());
    for (const QString &id : deleted)
        m_server->deleteDocument(id);
    QStringList kept;
    for (const QString &id : deleted)
        if (held.contains(id))
            kept << id;

    const CliRun sync = cli({QStringLiteral("sync"), QStringLiteral("--json")});
    QCOMPARE(sync.exitCode, kept.isEmpty() ? 0 : 1);
    const QJsonObject net = sync.json().array().first().toObject();
    const QJsonArray warnings = net.value(QStringLiteral("warnings")).toArray();
    QCOMPARE(warnings.size(), kept.size()); // one a record
    for (const QString &id : kept) {
        bool named = false;
        for (const QJsonValue &w : warnings)
            named = named
                    || w[QStringLiteral("reason")].toString().contains(
                        QStringLiteral("communication %1 was deleted").arg(id));
        QVERIFY2(named, sync.out.constData());
    }
    // Told once: the next sync has nothing new to say.
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);

    // And on the record, once a record: the sync service hands the trail to the cache writer.
    const CliRun trail = cli({QStringLiteral("audit"), QStringLiteral("list")});
    QVERIFY2(trail.exitCode == 0, trail.err.constData());
    QStringList recorded;
    for (const QJsonValue &e : trail.json().array())
        if (e[QStringLiteral("action")].toString() == QLatin1String("repository.delete_held"))
            recorded << e[QStringLiteral("object_id")].toString();
    recorded.sort();
    QCOMPARE(recorded, kept);

    for (const QString &id : kept) {
        const CliRun shown = cli({QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(shown.object().value(QStringLiteral("deleted_in_repository")).toBool(), true);
        QVERIFY2(
            shown.object().value(QStringLiteral("repository_deleted_at")).toString().startsWith(QLatin1String("20")),
            shown.out.constData());
        const CliRun text = cli({QStringLiteral("show"), id});
        QVERIFY2(text.out.contains("deleted in the repository"), text.out.constData());
    }
    const CliRun live = cli({QStringLiteral("show"), QStringLiteral("D2"), QStringLiteral("--json")});
    if (!kept.contains(QStringLiteral("D2"))) {
        QCOMPARE(live.object().value(QStringLiteral("deleted_in_repository")).toBool(true), false);
        QVERIFY(live.object().value(QStringLiteral("repository_deleted_at")).isNull());
    }

    const QJsonObject stats = cli({QStringLiteral("stats"), QStringLiteral("--json")}).object();
    QCOMPARE(stats.value(QStringLiteral("deleted_in_repository")).toInt(-1), int(kept.size()));
    QCOMPARE(stats.value(QStringLiteral("communications")).toInt(), 3 - int(deleted.size()));
}

QTEST_GUILESS_MAIN(TestCliRepoDeleted)
#include "tst_cli_repodeleted.moc"
