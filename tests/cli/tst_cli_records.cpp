// proofdesk-cli's records commands end to end: roles and --as, holds, reissues with the
// approval rule, disposition, the audit trail (verify names the entry edited behind the
// client's back, export), and the hot folder receiving exactly one file per request.
#include "cache/sqlite.h"
#include "clirunner.h"
#include "dropbuilder.h"
#include "retentiondrop.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

// A drop of four communications (two past retention) imported by alice into an empty
// data folder, which makes her every role.
struct Folder
{
    TempDataFolder data, dropDir;
    DropBuilder drop{dropDir.path()};
    Folder()
    {
        writeRetentionDrop(drop);
        const CliRun run = cli(QStringLiteral("alice"), data.path(), {QStringLiteral("import"), dropDir.path()});
        if (run.exitCode != 0)
            qFatal("import failed: %s", run.err.constData());
    }
    CliRun as(const char *user, const QStringList &a) const { return cli(QLatin1String(user), data.path(), a); }
    QStringList hotFolder(const char *kind) const
    {
        return QDir(dropDir.filePath(QStringLiteral("outbox/") + QLatin1String(kind))).entryList(QDir::Files);
    }
};

} // namespace

class TestCliRecords : public QObject
{
    Q_OBJECT

private slots:
    void importIntoEmptyFolderGrantsEveryRole();
    void roleNotGrantedIsRefusedWithTwo_data();
    void roleNotGrantedIsRefusedWithTwo();
    void aNewDropBecomesARepositoryOnlyForWhoMayAddOne_data();
    void aNewDropBecomesARepositoryOnlyForWhoMayAddOne();
    void holdApplyListRelease();
    void aKeyHoldSaysHowTheDropTookTheKey();
    void reissueNeedsAnotherComplianceOfficer();
    void dispositionSkipsHeldAndDisposesEligible();
    void auditVerifyNamesTheEditedEntry();
    void auditExportAndOwnEntriesForAgents();
    void auditAnchorFindsRemovedNewestEntries();
    void auditAnchorThatCannotBeReadIsBadUsage_data();
    void auditAnchorThatCannotBeReadIsBadUsage();
};

void TestCliRecords::importIntoEmptyFolderGrantsEveryRole()
{
    Folder f;
    const CliRun roles = f.as("alice", args("roles list"));
    QCOMPARE(roles.exitCode, 0);
    QCOMPARE(roles.object().value(QStringLiteral("roles")).toArray().size(), 4);
    QCOMPARE(f.as("bob", args("roles list")).object().value(QStringLiteral("roles")).toArray().size(), 0);
    // The import made the drop a repository: in the trail as `repo add` records it (#41).
    const QJsonArray trail = f.as("alice", args("audit list")).json().array();
    const auto added = std::find_if(trail.begin(), trail.end(), [](const QJsonValue &e) {
        return e.toObject().value(QStringLiteral("action")).toString() == QLatin1String("repository.add");
    });
    QVERIFY2(added != trail.end(), "no repository.add entry after import");
    QCOMPARE(added->toObject().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    // Its reason is coded, so that a German reader reads it in German (it was stored in English).
    QCOMPARE(added->toObject().value(QStringLiteral("reason_text")).toString(),
             QStringLiteral("import of a drop folder"));
    QVERIFY(added->toObject()
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("repository.drop_import")));
    // Imported again: the same repository, no second entry.
    QCOMPARE(f.as("alice", {QStringLiteral("import"), f.dropDir.path()}).exitCode, 0);
    const QJsonArray again = f.as("alice", args("audit list")).json().array();
    QCOMPARE(std::count_if(again.begin(), again.end(),
                           [](const QJsonValue &e) {
                               return e.toObject().value(QStringLiteral("action")).toString()
                                      == QLatin1String("repository.add");
                           }),
             1);
}

void TestCliRecords::aNewDropBecomesARepositoryOnlyForWhoMayAddOne_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("as");
    QTest::addColumn<bool>("newDrop");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("repositories");
    // The rule of `repo add` and Settings › Repositories › Add: an admin's (#64: an agent's
    // import added one, and the trail said repository.add).
    QTest::newRow("agent, a new drop: refused") << QStringLiteral("alice") << args("--as agent") << true << 2 << 1;
    QTest::newRow("compliance, a new drop: refused")
        << QStringLiteral("alice") << args("--as compliance") << true << 2 << 1;
    QTest::newRow("no role in the folder, a new drop: refused")
        << QStringLiteral("bob") << QStringList() << true << 2 << 1;
    QTest::newRow("admin, a new drop: added") << QStringLiteral("alice") << args("--as admin") << true << 0 << 2;
    QTest::newRow("no --as, an admin among the roles: added")
        << QStringLiteral("alice") << QStringList() << true << 0 << 2;
    QTest::newRow("agent, the drop again: no repository added, imported")
        << QStringLiteral("alice") << args("--as agent") << false << 0 << 1;
}

void TestCliRecords::aNewDropBecomesARepositoryOnlyForWhoMayAddOne()
{
    QFETCH(QString, user);
    QFETCH(QStringList, as);
    QFETCH(bool, newDrop);
    QFETCH(int, exitCode);
    QFETCH(int, repositories);
    Folder f;
    TempDataFolder otherDir;
    DropBuilder other(otherDir.path(), QStringLiteral("second-drop"));
    other.appendRecord(QStringLiteral("communications/a.jsonl"), other.communication(QStringLiteral("SEC-1")));
    const CliRun run = f.as(user.toUtf8().constData(),
                            as + QStringList{QStringLiteral("import"), newDrop ? otherDir.path() : f.dropDir.path()});
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QCOMPARE(f.as("alice", args("repo list")).json().array().size(), repositories);
    const QJsonArray trail = f.as("alice", args("audit list")).json().array();
    const auto count = [&trail](const char *action, const char *outcome) {
        return std::count_if(trail.begin(), trail.end(), [&](const QJsonValue &e) {
            return e.toObject().value(QStringLiteral("action")).toString() == QLatin1String(action)
                   && e.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String(outcome);
        });
    };
    QCOMPARE(count("repository.add", "done"), repositories);
    if (exitCode == 2) {
        QVERIFY2(run.err.contains("repositor"), run.err.constData()); // says what was refused
        QVERIFY(std::any_of(trail.begin(), trail.end(), [](const QJsonValue &e) {
            return e.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("refused");
        }));
        QVERIFY(f.as("alice", args("show SEC-1")).exitCode != 0); // nothing of the drop was imported
    }
}

void TestCliRecords::roleNotGrantedIsRefusedWithTwo_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("--as a role not granted")
        << QStringLiteral("bob") << args("--as records hold list") << QStringLiteral("not been granted");
    QTest::newRow("agent applying a hold")
        << QStringLiteral("alice") << args("--as agent hold apply --name N --reason R EXS-1")
        << QStringLiteral("records role");
    QTest::newRow("no role at all searching")
        << QStringLiteral("bob") << args("search statement") << QStringLiteral("searching");
    QTest::newRow("compliance approving disposition")
        << QStringLiteral("alice") << args("--as compliance disposition approve EXS-1")
        << QStringLiteral("records role");
    QTest::newRow("agent verifying the trail")
        << QStringLiteral("alice") << args("--as agent audit verify") << QStringLiteral("compliance or records");
    QTest::newRow("agent anchoring the trail")
        << QStringLiteral("alice")
        << (args("--as agent audit anchor --out")
            << QDir::temp().filePath(QStringLiteral("proofdesk-refused-anchor.json")))
        << QStringLiteral("compliance or records");
    QTest::newRow("agent granting roles")
        << QStringLiteral("alice") << args("--as agent roles grant bob admin --reason x") << QStringLiteral("admin");
}

void TestCliRecords::roleNotGrantedIsRefusedWithTwo()
{
    QFETCH(QString, user);
    QFETCH(QStringList, command);
    QFETCH(QString, mentions);
    Folder f;
    const CliRun run = f.as(user.toUtf8().constData(), command);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    // The refusal is on record.
    const CliRun trail = f.as("alice", args("audit list"));
    bool found = false;
    for (const QJsonValue &e : trail.json().array())
        found = found || e.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("refused");
    QVERIFY(found);
}

void TestCliRecords::holdApplyListRelease()
{
    Folder f;
    const CliRun applied =
        f.as("alice", args("--as records hold apply --name Litigation --reason court-order EXS-1 EXS-2"));
    QCOMPARE(applied.exitCode, 0);
    const QString holdId =
        applied.object().value(QStringLiteral("hold")).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(applied.object().value(QStringLiteral("items")).toInt(), 2);
    QCOMPARE(f.hotFolder("holds"), QStringList{holdId + QStringLiteral(".json")});
    const CliRun byQuery =
        f.as("alice", QStringList{QStringLiteral("hold"), QStringLiteral("apply"), QStringLiteral("--name"),
                                  QStringLiteral("Q"), QStringLiteral("--reason"), QStringLiteral("audit"),
                                  QStringLiteral("--query"), QStringLiteral("EXS-4")});
    QCOMPARE(byQuery.exitCode, 0);
    QCOMPARE(byQuery.object().value(QStringLiteral("items")).toInt(), 1);
    const CliRun list = f.as("alice", args("hold list"));
    QCOMPARE(list.json().array().size(), 2);
    QCOMPARE(f.as("alice", {QStringLiteral("search"), QStringLiteral("hold:") + holdId})
                 .object()
                 .value(QStringLiteral("total"))
                 .toInt(),
             2);
    QCOMPARE(f.as("alice", {QStringLiteral("hold"), QStringLiteral("release"), holdId}).exitCode, 2); // no reason
    const CliRun released = f.as("alice", {QStringLiteral("hold"), QStringLiteral("release"), holdId,
                                           QStringLiteral("--reason"), QStringLiteral("settled")});
    QCOMPARE(released.exitCode, 0);
    QCOMPARE(released.object().value(QStringLiteral("hold")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("released"));
    QCOMPARE(f.as("alice", args("hold list")).json().array().size(), 2); // released, never deleted
    QCOMPARE(f.hotFolder("holds").size(), 2); // one file per hold, the release replaced the first
}

// A hold on a key that no communication carries yet still reaches the drop, as its key: `hold
// show` says so (in its JSON and its text) instead of "0 confirmed" alone (#41).
void TestCliRecords::aKeyHoldSaysHowTheDropTookTheKey()
{
    Folder f;
    const CliRun applied = f.as("alice", args("--as records hold apply --name Later --reason court-order "
                                              "--scope claim=CLM-NOT-YET"));
    QCOMPARE(applied.exitCode, 0);
    QCOMPARE(applied.object().value(QStringLiteral("items")).toInt(), 0);
    const QString holdId =
        applied.object().value(QStringLiteral("hold")).toObject().value(QStringLiteral("id")).toString();
    const QJsonArray deliveries = f.as("alice", {QStringLiteral("hold"), QStringLiteral("show"), holdId})
                                      .object()
                                      .value(QStringLiteral("hold"))
                                      .toObject()
                                      .value(QStringLiteral("deliveries"))
                                      .toArray();
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first().toObject().value(QStringLiteral("confirmed")).toInt(), 0);
    QCOMPARE(deliveries.first().toObject().value(QStringLiteral("key")).toString(), QStringLiteral("confirmed"));
    const CliRun text =
        runCli(f.data.path(), {QStringLiteral("hold"), QStringLiteral("show"), holdId}, QStringLiteral("alice"));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("0 confirmed, 0 pending, 0 refused, key confirmed"), text.out.constData());
}

void TestCliRecords::reissueNeedsAnotherComplianceOfficer()
{
    Folder f;
    const CliRun requested =
        f.as("alice",
             args("--as agent reissue request EXS-4 --mode resend --channel print --to 1-New-Street --reason moved"));
    QCOMPARE(requested.exitCode, 0);
    QCOMPARE(requested.object().value(QStringLiteral("status")).toString(), QStringLiteral("pending_approval"));
    const QString id = requested.object().value(QStringLiteral("id")).toString();
    const CliRun own = f.as("alice", {QStringLiteral("--as"), QStringLiteral("compliance"), QStringLiteral("reissue"),
                                      QStringLiteral("approve"), id});
    QCOMPARE(own.exitCode, 2);
    QVERIFY2(own.err.contains("own"), own.err.constData());
    QCOMPARE(f.as("alice", args("roles grant carol compliance --reason joined")).exitCode, 0);
    const CliRun approved = f.as("carol", {QStringLiteral("reissue"), QStringLiteral("approve"), id});
    QCOMPARE(approved.exitCode, 0);
    QCOMPARE(approved.object().value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(approved.object().value(QStringLiteral("approved_by")).toString(), QStringLiteral("carol"));
    QCOMPARE(f.hotFolder("reissue"), QStringList{id + QStringLiteral(".json")});
    QCOMPARE(f.as("carol", {QStringLiteral("reissue"), QStringLiteral("approve"), id}).exitCode,
             1); // decided already: the records said no (a conflict), not a wrong command
    QCOMPARE(f.as("carol", args("sync")).exitCode, 0);
    QCOMPARE(f.hotFolder("reissue").size(), 1); // a retry or a later sync never writes it again
    const QJsonArray queue = f.as("carol", args("reissue list")).json().array();
    QCOMPARE(queue.size(), 1);
}

void TestCliRecords::dispositionSkipsHeldAndDisposesEligible()
{
    Folder f;
    const CliRun review = f.as("alice", args("disposition review"));
    QCOMPARE(review.exitCode, 0);
    const QJsonArray eligible = review.object().value(QStringLiteral("eligible")).toArray();
    QCOMPARE(eligible.size(), 2);
    QVERIFY(!eligible.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(f.as("alice", args("hold apply --name H --reason court EXS-2")).exitCode, 0);
    const CliRun approved = f.as("alice", args("disposition approve EXS-1 EXS-2 --reason schedule"));
    QCOMPARE(approved.exitCode, 1); // EXS-2 was skipped
    QCOMPARE(approved.object().value(QStringLiteral("disposed")).toArray(), QJsonArray{QStringLiteral("EXS-1")});
    QVERIFY(QFile::exists(approved.object().value(QStringLiteral("certificate")).toString()));
    QCOMPARE(f.hotFolder("disposition").size(), 1);
    const CliRun gone = f.as("alice", args("show EXS-1"));
    QCOMPARE(gone.exitCode, 1); // gone from the cache; its tombstone says what became of it
    for (const char *part : {"EXS-1 was disposed of on", "by alice", "certificate"})
        QVERIFY2(gone.err.contains(part), gone.err.constData());
    QCOMPARE(f.as("alice", args("show EXS-2")).exitCode, 0);
    QCOMPARE(f.as("alice", args("stats")).object().value(QStringLiteral("disposed")).toInt(), 1);
}

void TestCliRecords::auditVerifyNamesTheEditedEntry()
{
    Folder f;
    f.as("alice", args("hold apply --name H --reason court EXS-1"));
    f.as("alice", args("show EXS-1"));
    const CliRun ok = f.as("alice", args("audit verify"));
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.object().value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(ok.object().value(QStringLiteral("entries")).toInt() >= 3);
    QVERIFY(ok.object().value(QStringLiteral("first_bad_seq")).isNull());
    {
        // Behind the client's back: drop the trigger, rewrite entry 2.
        proofdesk::cache::Database db(f.data.filePath(QStringLiteral("records.sqlite")));
        db.exec("DROP TRIGGER audit_no_update");
        db.exec("UPDATE audit_entries SET user = 'mallory' WHERE seq = 2");
    }
    const CliRun bad = f.as("alice", args("audit verify"));
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.object().value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(bad.object().value(QStringLiteral("first_bad_seq")).toInt(), 2);
    QVERIFY2(bad.err.contains("entry 2"), bad.err.constData());
}

void TestCliRecords::auditExportAndOwnEntriesForAgents()
{
    Folder f;
    QCOMPARE(f.as("alice", args("roles grant dave agent --reason hired")).exitCode, 0);
    QCOMPARE(f.as("dave", args("show EXS-3")).exitCode, 0);
    const QString all = f.data.filePath(QStringLiteral("all.jsonl"));
    const CliRun exported =
        f.as("alice", {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), all});
    QCOMPARE(exported.exitCode, 0);
    QFile file(all);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), exported.object().value(QStringLiteral("entries")).toInt());
    QVERIFY(QJsonDocument::fromJson(lines.first()).object().contains(QStringLiteral("hash")));
    const QJsonArray own = f.as("dave", args("audit list")).json().array();
    QVERIFY(!own.isEmpty());
    for (const QJsonValue &e : own)
        QCOMPARE(e.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("dave"));
}

void TestCliRecords::auditAnchorFindsRemovedNewestEntries()
{
    Folder f;
    f.as("alice", args("hold apply --name H --reason court EXS-1"));
    const QString anchorFile = f.dropDir.filePath(QStringLiteral("anchor.json")); // kept outside the data folder
    const CliRun anchored =
        f.as("alice", {QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--out"), anchorFile});
    QCOMPARE(anchored.exitCode, 0);
    const qint64 seq = anchored.object().value(QStringLiteral("seq")).toInteger();
    QVERIFY(seq > 1);
    QCOMPARE(anchored.object().value(QStringLiteral("hash")).toString().size(), 64);
    const QStringList verifyAnchored{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"),
                                     anchorFile};
    QCOMPARE(f.as("alice", verifyAnchored).exitCode, 0);
    {
        // Behind the client's back: the anchor's entry, the one before it and all after, gone.
        proofdesk::cache::Database db(f.data.filePath(QStringLiteral("records.sqlite")));
        db.exec("DROP TRIGGER audit_no_delete");
        db.prepare("DELETE FROM audit_entries WHERE seq >= ?1").bind(1, seq - 1).run();
    }
    const CliRun bad = f.as("alice", verifyAnchored);
    QCOMPARE(bad.exitCode, 1);
    QCOMPARE(bad.object().value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(bad.object().value(QStringLiteral("first_bad_seq")).toInteger(), seq);
    QVERIFY2(bad.err.contains(QStringLiteral("entry %1, which the anchor").arg(seq).toUtf8()), bad.err.constData());
    QVERIFY2(bad.err.contains("removed"), bad.err.constData());
    QCOMPARE(f.as("alice", args("audit verify")).exitCode, 0); // the chain alone cannot tell
}

void TestCliRecords::auditAnchorThatCannotBeReadIsBadUsage_data()
{
    QTest::addColumn<QByteArray>("content"); // null = no such file
    QTest::addColumn<QString>("says");
    QTest::newRow("no such file") << QByteArray() << QStringLiteral("cannot read the anchor file");
    QTest::newRow("not JSON") << QByteArray("head 12 abc") << QStringLiteral("not a JSON object");
    QTest::newRow("hash cut short") << QByteArray(R"({"seq": 3, "hash": "3f2a9c"})")
                                    << QStringLiteral("64 hexadecimal digits");
}

void TestCliRecords::auditAnchorThatCannotBeReadIsBadUsage()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    Folder f;
    const QString anchorFile = f.dropDir.filePath(QStringLiteral("anchor.json"));
    if (!content.isNull())
        writeTextFile(f.dropDir.path(), QStringLiteral("anchor.json"), content);
    const CliRun run =
        f.as("alice", {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchor"), anchorFile});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(says), run.err.constData());
    QVERIFY2(err.contains(anchorFile), run.err.constData());
    QVERIFY2(err.contains(QLatin1String("audit anchor --out FILE")), run.err.constData()); // what to do next
}

QTEST_GUILESS_MAIN(TestCliRecords)
#include "tst_cli_records.moc"
