// `config get|set documents.limit` and `config free-space`, and what `stats` says of the
// content store: sizes as people write them, bad ones refused with exit 2 naming them, the
// change an admin's and audited, the store brought within the limit, a drop on local
// storage read in place (nothing copied) and verified when it is exported.
#include "cache/documentlimit.h"
#include "clirunner.h"
#include "dropbuilder.h"
#include "retentiondrop.h"
#include "tempdatafolder.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using namespace proofdesk;

namespace {

struct Folder;
const Folder *g_importedOnce = nullptr; // made by initTestCase, gone at cleanupTestCase

// alice imports the four-communication drop (every role is hers); copy: PROOFDESK_DROP_COPY.
// Without an argument, a copy of the folder such an import made once for this program, whose
// drop is left as it was written.
struct Folder
{
    TempDataFolder data, dropDir;
    DropBuilder drop{dropDir.path()};
    explicit Folder(const char *copy)
    {
        writeRetentionDrop(drop);
        qputenv("PROOFDESK_DROP_COPY", copy);
        const CliRun run = cli(QStringLiteral("alice"), data.path(), {QStringLiteral("import"), dropDir.path()});
        qunsetenv("PROOFDESK_DROP_COPY");
        if (run.exitCode != 0)
            qFatal("import failed: %s", run.err.constData());
    }
    Folder() { copyDataFolder(g_importedOnce->data.path(), data.path()); }
    CliRun as(const char *user, const QStringList &a) const { return cli(QLatin1String(user), data.path(), a); }
    QJsonObject documents() const
    {
        return as("alice", args("stats")).object().value(QStringLiteral("documents")).toObject();
    }
};

// The renditions of writeRetentionDrop: "Statement for EXS-1" … 19 bytes each.
constexpr qint64 kRendition = 19;

} // namespace

class TestCliConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void setThenGet_data();
    void setThenGet();
    void unsetLimitIsAShareOfTheDisk();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
    void changeIsAnAdminsAndAudited();
    void statsAndFreeSpace();
    void localDropIsReadInPlace();

private:
    std::unique_ptr<Folder> m_imported;
};

void TestCliConfig::initTestCase()
{
    m_imported = std::make_unique<Folder>("1");
    g_importedOnce = m_imported.get();
}

void TestCliConfig::cleanupTestCase()
{
    g_importedOnce = nullptr;
    m_imported.reset();
}

void TestCliConfig::setThenGet_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("20GB") << QStringLiteral("20GB") << qint64(20000000000) << QStringLiteral("20 GB");
    QTest::newRow("500MB") << QStringLiteral("500MB") << qint64(500000000) << QStringLiteral("500 MB");
    QTest::newRow("1.5GiB") << QStringLiteral("1.5GiB") << qint64(1610612736) << QStringLiteral("1.6 GB");
    QTest::newRow("plain bytes") << QStringLiteral("123456") << qint64(123456) << QStringLiteral("123.5 kB");
}

void TestCliConfig::setThenGet()
{
    QFETCH(QString, given);
    QFETCH(qint64, bytes);
    QFETCH(QString, shown);
    Folder f;
    const CliRun set =
        f.as("alice", {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("documents.limit"), given});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(set.object().value(QStringLiteral("key")).toString(), QStringLiteral("documents.limit"));
    QCOMPARE(set.object().value(QStringLiteral("value")).toString(), shown);
    const CliRun get = f.as("alice", args("config get documents.limit"));
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.object().value(QStringLiteral("key")).toString(), QStringLiteral("documents.limit"));
    QCOMPARE(get.object().value(QStringLiteral("value")).toString(), shown);
    QCOMPARE(get.object().value(QStringLiteral("bytes")).toInteger(), bytes);
    QCOMPARE(get.object().value(QStringLiteral("default")).toBool(), false);
    QCOMPARE(f.documents().value(QStringLiteral("limit")).toInteger(), bytes);
}

void TestCliConfig::unsetLimitIsAShareOfTheDisk()
{
    Folder f;
    const CliRun get = f.as("alice", args("config get documents.limit"));
    QCOMPARE(get.exitCode, 0);
    QVERIFY(get.object().value(QStringLiteral("default")).toBool());
    const qint64 bytes = get.object().value(QStringLiteral("bytes")).toInteger();
    QCOMPARE(bytes, cache::DocumentLimit::defaultFor(f.data.path()));
    QVERIFY(bytes >= 1000000000LL && bytes <= 20000000000LL);
    // Without --json: a sentence that says it is the default.
    const CliRun text = runCli(f.data.path(), args("config get documents.limit"), QStringLiteral("alice"));
    QVERIFY2(text.out.contains("default"), text.out.constData());
}

void TestCliConfig::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("named");
    QTest::newRow("not a size") << args("config set documents.limit lots") << QStringLiteral("\"lots\"");
    // After "--", as a negative number is otherwise read as options (also exit 2).
    QTest::newRow("negative") << args("config set documents.limit -- -5GB") << QStringLiteral("\"-5GB\"");
    QTest::newRow("unknown unit") << args("config set documents.limit 5XB") << QStringLiteral("5XB");
    QTest::newRow("comma") << args("config set documents.limit 1,5GB") << QStringLiteral("1,5GB");
    QTest::newRow("too large") << args("config set documents.limit 99999999TB") << QStringLiteral("99999999TB");
    QTest::newRow("unknown setting") << args("config set documents.colour 5GB") << QStringLiteral("documents.colour");
    QTest::newRow("get unknown setting") << args("config get nope") << QStringLiteral("\"nope\"");
    QTest::newRow("set without a value") << args("config set documents.limit") << QStringLiteral("config set");
    QTest::newRow("no verb") << args("config") << QStringLiteral("config set");
    QTest::newRow("unknown verb") << args("config unset documents.limit") << QStringLiteral("config set");
}

void TestCliConfig::badInputExitsTwo()
{
    QFETCH(QStringList, command);
    QFETCH(QString, named);
    Folder f;
    QCOMPARE(f.as("alice", args("config set documents.limit 7GB")).exitCode, 0);
    const CliRun r = f.as("alice", command);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QCOMPARE(f.as("alice", args("config get documents.limit")).object().value(QStringLiteral("bytes")).toInteger(),
             qint64(7000000000)); // unchanged
}

void TestCliConfig::changeIsAnAdminsAndAudited()
{
    Folder f;
    QCOMPARE(f.as("alice", args("config set documents.limit 2GB")).exitCode, 0);
    const QJsonArray trail = f.as("alice", args("audit list")).json().array();
    QJsonObject change;
    for (const QJsonValue &v : trail) {
        if (v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("settings.change"))
            change = v.toObject();
    }
    QVERIFY2(!change.isEmpty(), QJsonDocument(trail).toJson().constData());
    QCOMPARE(change.value(QStringLiteral("object_id")).toString(), QStringLiteral("documents.limit"));
    QCOMPARE(change.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(change.value(QStringLiteral("before")).toObject().value(QStringLiteral("default")).toBool(), true);
    QCOMPARE(change.value(QStringLiteral("after")).toObject().value(QStringLiteral("documents.limit")).toInteger(),
             qint64(2000000000));

    // Someone without the admin role: refused (exit 2, on record), the limit unchanged.
    const CliRun refused = f.as("bob", args("config set documents.limit 1GB"));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("admin"), refused.err.constData());
    const CliRun asAgent = f.as("alice", args("--as agent config set documents.limit 1GB"));
    QCOMPARE(asAgent.exitCode, 2);
    QCOMPARE(f.as("alice", args("config get documents.limit")).object().value(QStringLiteral("bytes")).toInteger(),
             qint64(2000000000));
}

void TestCliConfig::statsAndFreeSpace()
{
    Folder f; // copied: a drop on removable storage
    QJsonObject documents = f.documents();
    QCOMPARE(documents.value(QStringLiteral("objects")).toInteger(), qint64(4));
    QCOMPARE(documents.value(QStringLiteral("bytes")).toInteger(), 4 * kRendition);
    QVERIFY(documents.value(QStringLiteral("limit_default")).toBool());

    QCOMPARE(f.as("alice", {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("documents.limit"),
                            QString::number(2 * kRendition + 3)})
                 .exitCode,
             0);
    QCOMPARE(f.documents().value(QStringLiteral("objects")).toInteger(), qint64(4)); // not before it is asked
    const CliRun freed = f.as("alice", args("config free-space"));
    QVERIFY2(freed.exitCode == 0, freed.err.constData());
    QCOMPARE(freed.object().value(QStringLiteral("evicted_objects")).toInteger(), qint64(2));
    QCOMPARE(freed.object().value(QStringLiteral("bytes")).toInteger(), 2 * kRendition);
    documents = f.documents();
    QCOMPARE(documents.value(QStringLiteral("objects")).toInteger(), qint64(2));
    QCOMPARE(documents.value(QStringLiteral("bytes")).toInteger(), 2 * kRendition);
    QCOMPARE(documents.value(QStringLiteral("limit")).toInteger(), 2 * kRendition + 3);

    // Held: kept over the limit, and said so.
    QCOMPARE(f.as("alice", args("--as records hold apply --name L --reason court EXS-1 EXS-2 EXS-3 EXS-4")).exitCode,
             0);
    QCOMPARE(f.as("alice", args("config set documents.limit 0")).exitCode, 0);
    const CliRun held = f.as("alice", args("config free-space"));
    QCOMPARE(held.object().value(QStringLiteral("evicted_objects")).toInteger(), qint64(0));
    QVERIFY(held.object().value(QStringLiteral("kept_over_limit")).toBool());
    QVERIFY2(held.err.contains("hold"), held.err.constData());

    // Without --json, stats names the store too.
    const CliRun text = runCli(f.data.path(), args("stats"), QStringLiteral("alice"));
    QVERIFY2(text.out.contains("documents:") && text.out.contains("\"objects\":2"), text.out.constData());
}

void TestCliConfig::localDropIsReadInPlace()
{
    Folder f("0");
    QCOMPARE(f.documents().value(QStringLiteral("objects")).toInteger(), qint64(0));
    QVERIFY(QDir(f.data.filePath(QStringLiteral("objects"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    QTemporaryDir out;
    const QString zip = out.filePath(QStringLiteral("e.zip"));
    const CliRun exported =
        f.as("alice", {QStringLiteral("evidence"), QStringLiteral("EXS-1"), QStringLiteral("--out"), zip});
    QVERIFY2(exported.exitCode == 0, exported.err.constData()); // the document verified and included
    QVERIFY2(exported.object().value(QStringLiteral("files")).toArray().contains(QStringLiteral("EXS-1.txt")),
             exported.out.constData());

    // The drop's file changed after the import: the package is written without it.
    writeTextFile(f.dropDir.path(), QStringLiteral("renditions/EXS-2.txt"), "Statement for EXS-9");
    const QString zip2 = out.filePath(QStringLiteral("e2.zip"));
    const CliRun changed =
        f.as("alice", {QStringLiteral("evidence"), QStringLiteral("EXS-2"), QStringLiteral("--out"), zip2});
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(changed.err.contains("could not be verified"), changed.err.constData());
    QVERIFY2(!changed.object().value(QStringLiteral("files")).toArray().contains(QStringLiteral("EXS-2.txt")),
             changed.out.constData());
}

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cli_config.moc"
