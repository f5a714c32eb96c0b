// `proofdesk-cli repo` as a newcomer and a scheduled job use it, with the real CLI against
// the fake CMIS server on loopback (Basic auth): --profile/--type/--map validated when set, a
// mapped property the repository's type lacks named at `repo add` and `repo test`, a
// scheduled sync on a machine without a keychain signing in from an owner-only password
// file or systemd's $CREDENTIALS_DIRECTORY, `repo password` keeping the cache, and the secret
// in no file of the data folder, no output and no log.
#include "acmeletters.h"
#include "cache/cachefile.h"
#include "clirunner.h"
#include "datafolder/datafolder.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace proofdesk;

namespace {

const QString kUser = QStringLiteral("sched");
const QString kPassword = QStringLiteral("Pw-9f3c!x");
const QString kLetter = fakeserver::acme::kLetterType;

// The real CLI as a scheduled job runs it: no keychain, maybe a systemd credentials folder,
// maybe a password on standard input.
CliRun runJob(const QString &dataDir, const QStringList &args, const QMap<QString, QString> &env = {},
              const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("PROOFDESK_NO_KEYCHAIN"), QStringLiteral("1"));
    e.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setProgram(QStringLiteral(PROOFDESK_CLI));
    p.setArguments(QStringList{QStringLiteral("--data"), dataDir} + args);
    p.start();
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(180000))
        qFatal("proofdesk-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

QString writeFile(const QString &path, const QString &text, mode_t mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text.toUtf8() + '\n');
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode);
    return path;
}

// --map FIELD=PROPERTY for every field of the acme:letter mapping.
QStringList letterMapArgs()
{
    QStringList args;
    const QMap<QString, QString> mapping = fakeserver::acme::letterMapping();
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        args << QStringLiteral("--map") << it.key() + QLatin1Char('=') + it.value();
    return args;
}

using fakeserver::acme::letter;

} // namespace

class TestCliRepo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scheduledSyncSignsInFromAPasswordFile();
    void passwordFileOthersMayReadIsRefused_data();
    void passwordFileOthersMayReadIsRefused();
    void credentialsDirectoryGivesTheScheduledSyncItsPassword();
    void aMissingPropertyIsNamedAtRepoAdd();
    void repoTestReportsEveryProblem();
    void badSettingsAreNamedBeforeAnythingIsStored_data();
    void badSettingsAreNamedBeforeAnythingIsStored();
    void profileTypeAndMapAreStoredAsGiven();

private:
    QStringList addArgs(const QString &name) const;
    qint64 count(const char *sql) const;
    QList<CliRun> m_runs; // every output, searched for the secret in cleanup()
    std::unique_ptr<fakeserver::FakeCmisServer> m_server;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_data;
};

void TestCliRepo::init()
{
    m_server = std::make_unique<fakeserver::FakeCmisServer>();
    m_server->setCredentials(kUser, kPassword);
    fakeserver::acme::addTypes(*m_server);
    m_server->addDocument(QStringLiteral("L1"), letter(QStringLiteral("K-1")));
    m_server->addDocument(QStringLiteral("L2"), letter(QStringLiteral("K-2")));
    m_server->addDocument(QStringLiteral("U1")); // an untyped document: not a letter
    QVERIFY(m_server->start());
    m_work = std::make_unique<QTemporaryDir>();
    m_data = m_work->filePath(QStringLiteral("data"));
    m_runs.clear();
}

// The secret is in no file of the data folder and in nothing the CLI printed.
void TestCliRepo::cleanup()
{
    const QByteArray secret = kPassword.toUtf8();
    for (const CliRun &run : std::as_const(m_runs)) {
        QVERIFY2(!run.out.contains(secret), run.out.constData());
        QVERIFY2(!run.err.contains(secret), run.err.constData());
    }
    for (QDirIterator it(m_data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
    }
    m_server.reset();
}

QStringList TestCliRepo::addArgs(const QString &name) const
{
    return QStringList{QStringLiteral("repo"),
                       QStringLiteral("add"),
                       name,
                       QStringLiteral("--kind"),
                       QStringLiteral("cmis"),
                       QStringLiteral("--url"),
                       m_server->serviceUrl().toString(),
                       QStringLiteral("--user"),
                       kUser,
                       QStringLiteral("--type"),
                       kLetter}
           + letterMapArgs();
}

qint64 TestCliRepo::count(const char *sql) const
{
    cache::Database reader = cache::CacheFile::openReader(datafolder::DataFolder(m_data).databasePath());
    return reader.queryInt(sql);
}

void TestCliRepo::scheduledSyncSignsInFromAPasswordFile()
{
    const QString file = writeFile(m_work->filePath(QStringLiteral("letters.pw")), kPassword, 0600);
    const CliRun add =
        runJob(m_data, addArgs(QStringLiteral("letters"))
                           + QStringList{QStringLiteral("--password-file"), file, QStringLiteral("--json")});
    m_runs << add;
    QVERIFY2(add.exitCode == 0, add.err.constData());
    QCOMPARE(add.object().value(QStringLiteral("secret")).toString(), QStringLiteral("file"));
    QCOMPARE(add.object().value(QStringLiteral("checked")).toBool(), true); // signed in with the file's password
    QCOMPARE(
        add.object().value(QStringLiteral("settings")).toObject().value(QStringLiteral("password_file")).toString(),
        file);

    // The scheduled job: another process, no keychain, nothing typed; diagnostics on.
    const QMap<QString, QString> verbose{{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("proofdesk.*=true")}};
    const CliRun sync =
        runJob(m_data, {QStringLiteral("sync"), QStringLiteral("letters"), QStringLiteral("--json")}, verbose);
    m_runs << sync;
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QCOMPARE(sync.json().array().first().toObject().value(QStringLiteral("accepted")).toInt(), 2);
    QCOMPARE(count("SELECT count(*) FROM communications WHERE customer_id IN ('K-1', 'K-2') AND type = 'dunning'"), 2);

    // The password changes: `repo password` names a new file; the cache stays as it is.
    const QString newPassword = kPassword + QStringLiteral("-2");
    m_server->setCredentials(kUser, newPassword);
    m_server->addDocument(QStringLiteral("L3"), letter(QStringLiteral("K-3")));
    const CliRun refused = runJob(m_data, {QStringLiteral("sync"), QStringLiteral("letters")});
    m_runs << refused;
    QCOMPARE(refused.exitCode, 3);
    const QString newFile = writeFile(m_work->filePath(QStringLiteral("letters-2.pw")), newPassword, 0600);
    const CliRun changed =
        runJob(m_data, {QStringLiteral("repo"), QStringLiteral("password"), QStringLiteral("letters"),
                        QStringLiteral("--password-file"), newFile, QStringLiteral("--json")});
    m_runs << changed;
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    QCOMPARE(changed.object().value(QStringLiteral("secret")).toString(), QStringLiteral("file"));
    QCOMPARE(count("SELECT count(*) FROM communications"), 2); // nothing dropped
    const CliRun again =
        runJob(m_data, {QStringLiteral("sync"), QStringLiteral("letters"), QStringLiteral("--json")}, verbose);
    m_runs << again;
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(count("SELECT count(*) FROM communications"), 3);
    QCOMPARE(
        count("SELECT count(*) FROM rec.audit_entries WHERE action = 'repository.password' AND object_id = 'letters'"),
        1);
    QVERIFY(!again.err.contains(newPassword.toUtf8()));
}

void TestCliRepo::passwordFileOthersMayReadIsRefused_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0644") << 0644;
    QTest::newRow("0640") << 0640;
    QTest::newRow("0604") << 0604;
}

void TestCliRepo::passwordFileOthersMayReadIsRefused()
{
    QFETCH(int, mode);
    const QString file = writeFile(m_work->filePath(QStringLiteral("open.pw")), kPassword, mode_t(mode));
    const CliRun add =
        runJob(m_data, addArgs(QStringLiteral("open")) + QStringList{QStringLiteral("--password-file"), file});
    m_runs << add;
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains(file.toUtf8()) && add.err.contains(QStringLiteral("mode 0%1").arg(mode, 0, 8).toUtf8()),
             add.err.constData());
    QCOMPARE(m_server->requestCount(), 0); // refused before the repository was asked anything
    const CliRun list = runJob(m_data, {QStringLiteral("repo"), QStringLiteral("list")});
    QVERIFY(!list.out.contains("open"));
}

void TestCliRepo::credentialsDirectoryGivesTheScheduledSyncItsPassword()
{
    const CliRun add = runJob(m_data, addArgs(QStringLiteral("svc")));
    m_runs << add;
    QVERIFY2(add.exitCode == 0, add.err.constData()); // unchecked: no password yet (said)
    const CliRun without = runJob(m_data, {QStringLiteral("sync"), QStringLiteral("svc")});
    m_runs << without;
    QCOMPARE(without.exitCode, 3);
    QVERIFY2(without.err.contains("proofdesk-repo-svc") && without.err.contains("--password-file"),
             without.err.constData());

    QTemporaryDir credentials; // what systemd's LoadCredential= gives the service
    writeFile(credentials.filePath(QStringLiteral("proofdesk-repo-svc")), kPassword, 0400);
    const CliRun with = runJob(m_data, {QStringLiteral("sync"), QStringLiteral("svc"), QStringLiteral("--json")},
                               {{QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path()}});
    m_runs << with;
    QVERIFY2(with.exitCode == 0, with.err.constData());
    QCOMPARE(count("SELECT count(*) FROM communications"), 2);
}

void TestCliRepo::aMissingPropertyIsNamedAtRepoAdd()
{
    QStringList args = addArgs(QStringLiteral("typo"));
    args << QStringLiteral("--map") << QStringLiteral("policy_id=acme:policyNumber")
         << QStringLiteral("--password-stdin") << QStringLiteral("--json");
    const CliRun add = runJob(m_data, args, {}, kPassword.toUtf8() + '\n');
    m_runs << add;
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.err.contains("acme:policyNumber") && add.err.contains("policy_id"), add.err.constData());
    QCOMPARE(add.object().value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(add.object()
                .value(QStringLiteral("problems"))
                .toArray()
                .first()
                .toString()
                .contains(QLatin1String("acme:policyNumber")));
    const CliRun list = runJob(m_data, {QStringLiteral("repo"), QStringLiteral("list")});
    QVERIFY(!list.out.contains("typo")); // nothing was added
}

void TestCliRepo::repoTestReportsEveryProblem()
{
    const QString file = writeFile(m_work->filePath(QStringLiteral("t.pw")), kPassword, 0600);
    // The type cannot be read while the repository is added: it is added, unchecked, and said so.
    m_server->setFaultHook([](const fakeserver::Request &r) {
        return r.query(QStringLiteral("cmisselector")) == QLatin1String("typeDefinition")
                   ? fakeserver::Fault::httpStatus(503)
                   : fakeserver::Fault();
    });
    QStringList args = addArgs(QStringLiteral("later"));
    args << QStringLiteral("--map") << QStringLiteral("account_id=acme:accountNo") << QStringLiteral("--password-file")
         << file << QStringLiteral("--json");
    const CliRun add = runJob(m_data, args);
    m_runs << add;
    QVERIFY2(add.exitCode == 0, add.err.constData());
    QCOMPARE(add.object().value(QStringLiteral("checked")).toBool(true), false);
    QVERIFY2(add.err.contains("repo test later"), add.err.constData());
    m_server->setFaultHook({});

    const CliRun test = runJob(
        m_data, {QStringLiteral("repo"), QStringLiteral("test"), QStringLiteral("later"), QStringLiteral("--json")});
    m_runs << test;
    QCOMPARE(test.exitCode, 1);
    QCOMPARE(test.object().value(QStringLiteral("ok")).toBool(true), false);
    const QJsonArray problems = test.object().value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().toString().contains(QLatin1String("acme:accountNo")),
             qPrintable(problems.first().toString()));
    QCOMPARE(count("SELECT count(*) FROM communications"), 0); // a test applies nothing

    const CliRun good =
        runJob(m_data, addArgs(QStringLiteral("good")) + QStringList{QStringLiteral("--password-file"), file});
    m_runs << good;
    QVERIFY2(good.exitCode == 0, good.err.constData());
    const CliRun ok = runJob(
        m_data, {QStringLiteral("repo"), QStringLiteral("test"), QStringLiteral("good"), QStringLiteral("--json")});
    m_runs << ok;
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QCOMPARE(ok.object().value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(ok.object().value(QStringLiteral("problems")).toArray().isEmpty());
}

void TestCliRepo::badSettingsAreNamedBeforeAnythingIsStored_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("says");
    const QString cmis = QStringLiteral("cmis");
    QTest::newRow("unknown field") << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--map"),
                                                  QStringLiteral("custmer_id=acme:c")}
                                   << QStringLiteral("Unknown field \"custmer_id\"");
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--profile"),
                                                    QStringLiteral("documentim")}
                                     << QStringLiteral("Unknown profile \"documentim\"");
    QTest::newRow("profile of another kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("archivesspace"),
                                                            QStringLiteral("--profile"), QStringLiteral("alfresco")}
                                             << QStringLiteral("\"alfresco\" is for cmis repositories");
    QTest::newRow("a type for ArchivesSpace")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("archivesspace"), QStringLiteral("--type"), kLetter}
        << QStringLiteral("Only CMIS repositories have a type");
    QTest::newRow("type and query disagree")
        << QStringList{QStringLiteral("--kind"), cmis,
                       QStringLiteral("--type"), kLetter,
                       QStringLiteral("--set"),  QStringLiteral("query=SELECT * FROM cmis:document")}
        << QStringLiteral("FROM cmis:document but the type is acme:letter");
    QTest::newRow("a required field left unread")
        << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--map"), QStringLiteral("id=")}
        << QStringLiteral("Field \"id\" is required");
    QTest::newRow("an ArchivesSpace property that does not exist")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("archivesspace"), QStringLiteral("--map"),
                       QStringLiteral("customer_id=user_defined.strin_1")}
        << QStringLiteral("\"user_defined.strin_1\"");
    QTest::newRow("a mapping that is not JSON")
        << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--set"), QStringLiteral("mapping=customer_id")}
        << QStringLiteral("--set mapping= takes a JSON object");
    QTest::newRow("an unknown field in --set mapping")
        << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--set"),
                       QStringLiteral("mapping={\"cust\":\"acme:c\"}")}
        << QStringLiteral("Unknown field \"cust\"");
    QTest::newRow("an unknown template field")
        << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--map"), QStringLiteral("template.stat=acme:s")}
        << QStringLiteral("Unknown field \"template.stat\"");
    QTest::newRow("a template status left unread")
        << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--map"), QStringLiteral("template.status=")}
        << QStringLiteral("Field \"template.status\" is required");
    QTest::newRow("a block type for ArchivesSpace")
        << QStringList{QStringLiteral("--kind"), QStringLiteral("archivesspace"), QStringLiteral("--block-type"),
                       QStringLiteral("x")}
        << QStringLiteral("\"block_type\"");
    QTest::newRow("a password as a setting")
        << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--set"), QStringLiteral("password=x")}
        << QStringLiteral("A password is never a setting");
    QTest::newRow("a token in the address") << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--url"),
                                                           QStringLiteral("http://127.0.0.1:1/cmis?token=s3cret")}
                                            << QStringLiteral("carries a secret (\"token=\" in its query)");
    // The fragment of an OAuth redirect carries the token (#access_token=…): stored and shown too.
    QTest::newRow("a token in the address's fragment")
        << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--url"),
                       QStringLiteral("http://127.0.0.1:1/cmis#access_token=s3cret")}
        << QStringLiteral("carries a secret (\"access_token=\" in its fragment)");
    QTest::newRow("a password in the address") << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--url"),
                                                              QStringLiteral("http://ann:s3cret@127.0.0.1:1/cmis")}
                                               << QStringLiteral("a password after the user name");
    QTest::newRow("a session in a setting")
        << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--set"),
                       QStringLiteral("feed_url=https://hub.example/f?session=s3cret")}
        << QStringLiteral("The setting feed_url carries a secret");
    QTest::newRow("two ways to give a password")
        << QStringList{QStringLiteral("--kind"), cmis, QStringLiteral("--password-stdin"),
                       QStringLiteral("--password-file"), QStringLiteral("/x")}
        << QStringLiteral("one way");
}

void TestCliRepo::badSettingsAreNamedBeforeAnythingIsStored()
{
    QFETCH(QStringList, options);
    QFETCH(QString, says);
    const CliRun add = runJob(m_data, QStringList{QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("bad"),
                                                  QStringLiteral("--url"), m_server->serviceUrl().toString()}
                                          + options);
    m_runs << add;
    QCOMPARE(add.exitCode, 2);
    QVERIFY2(add.err.contains(says.toUtf8()), add.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
    const CliRun list = runJob(m_data, {QStringLiteral("repo"), QStringLiteral("list")});
    QVERIFY(!list.out.contains("bad"));
}

// The profile and the overrides are stored as given (the profile's defaults are read from the
// table at every sync, so a repository follows the documented profile).
void TestCliRepo::profileTypeAndMapAreStoredAsGiven()
{
    const CliRun add = runJob(
        m_data, {QStringLiteral("repo"), QStringLiteral("add"), QStringLiteral("dctm"), QStringLiteral("--kind"),
                 QStringLiteral("cmis"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1/dctm"),
                 QStringLiteral("--profile"), QStringLiteral("documentum"), QStringLiteral("--type"),
                 QStringLiteral("acme_letter"), QStringLiteral("--map"), QStringLiteral("customer_id=acme_cust_no"),
                 QStringLiteral("--template-type"), QStringLiteral("acme_tpl"), QStringLiteral("--block-type="),
                 QStringLiteral("--map"), QStringLiteral("template.status=acme_state"), QStringLiteral("--json")});
    m_runs << add;
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const QJsonObject settings = add.object().value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("profile")).toString(), QStringLiteral("documentum"));
    QCOMPARE(settings.value(QStringLiteral("type")).toString(), QStringLiteral("acme_letter"));
    QCOMPARE(settings.value(QStringLiteral("mapping")).toObject(),
             (QJsonObject{{QStringLiteral("customer_id"), QStringLiteral("acme_cust_no")},
                          {QStringLiteral("template.status"), QStringLiteral("acme_state")}}));
    QCOMPARE(settings.value(QStringLiteral("template_type")).toString(), QStringLiteral("acme_tpl"));
    QVERIFY(settings.value(QStringLiteral("block_type")).isString()); // named: none
    QCOMPARE(settings.value(QStringLiteral("block_type")).toString(), QString());
    QCOMPARE(add.object().value(QStringLiteral("secret")).toString(), QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestCliRepo)
#include "tst_cli_repo.moc"
