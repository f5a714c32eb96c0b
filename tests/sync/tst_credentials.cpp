// Repository secrets without a keychain and across data folders: entries keyed per data
// folder (two folders' "kc" never collide, removing one leaves the other), older unscoped
// entries still read, owner-only password files, systemd's $CREDENTIALS_DIRECTORY, and the
// order RepositorySecret reads them in. The OS keychain itself is not reachable in tests:
// the session memory stands in for it (the same keys, the same order).
#include "datafolder/datafolder.h"
#include "sync/credentials/credentialstore.h"
#include "sync/credentials/passwordfile.h"
#include "sync/credentials/repositorysecret.h"
#include "tempdatafolder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace proofdesk;
using sync::CredentialStore;
using sync::RepositorySecret;

namespace {

QString writeFile(const QString &path, const QByteArray &text, mode_t mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode);
    return path;
}

cache::RepositoryInfo repository(const QString &name, const QJsonObject &settings = {})
{
    cache::RepositoryInfo r;
    r.name = name;
    r.kind = QStringLiteral("cmis");
    r.settings = settings;
    r.settings.insert(QStringLiteral("user"), QStringLiteral("u"));
    return r;
}

// Sets or clears an environment variable for one test.
struct ScopedEnv
{
    QByteArray name;
    ScopedEnv(const char *n, const QString &value)
        : name(n)
    {
        qputenv(n, value.toLocal8Bit());
    }
    ~ScopedEnv() { qunsetenv(name.constData()); }
};

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretsAreKeptPerDataFolder();
    void anOlderUnscopedSecretIsStillReadAndCopied();
    void aMovedDataFolderKeepsItsSecrets();
    void passwordFileMustBeItsOwnersOnly_data();
    void passwordFileMustBeItsOwnersOnly();
    void passwordFileGivesItsFirstLine();
    void secretSourcesAreReadInOrder();
    void aRefusedPasswordFileIsSaidNotSkipped();

private:
    std::unique_ptr<TempDataFolder> m_a, m_b;
    QTemporaryDir m_files;
};

void TestCredentials::initTestCase()
{
    m_a = std::make_unique<TempDataFolder>();
    m_b = std::make_unique<TempDataFolder>();
    datafolder::DataFolder a(m_a->path()); // gives each folder its records.sqlite and id
    datafolder::DataFolder b(m_b->path());
    QVERIFY(!CredentialStore::folderScopeOf(m_a->path()).isEmpty());
    QVERIFY(CredentialStore::folderScopeOf(m_a->path()) != CredentialStore::folderScopeOf(m_b->path()));
}

void TestCredentials::secretsAreKeptPerDataFolder()
{
    CredentialStore inA = CredentialStore(false).inFolder(m_a->path());
    CredentialStore inB = CredentialStore(false).inFolder(m_b->path());
    inA.write(QStringLiteral("kc"), QStringLiteral("u"), QStringLiteral("pw-a"));
    inB.write(QStringLiteral("kc"), QStringLiteral("u"), QStringLiteral("pw-b"));
    QCOMPARE(inA.read(QStringLiteral("kc"), QStringLiteral("u")), std::optional<QString>(QStringLiteral("pw-a")));
    QCOMPARE(inB.read(QStringLiteral("kc"), QStringLiteral("u")), std::optional<QString>(QStringLiteral("pw-b")));
    inA.remove(QStringLiteral("kc"), QStringLiteral("u")); // `repo remove kc` in folder A
    QCOMPARE(inA.read(QStringLiteral("kc"), QStringLiteral("u")), std::nullopt);
    QCOMPARE(inB.read(QStringLiteral("kc"), QStringLiteral("u")), std::optional<QString>(QStringLiteral("pw-b")));
}

void TestCredentials::anOlderUnscopedSecretIsStillReadAndCopied()
{
    CredentialStore(false).write(QStringLiteral("old"), QStringLiteral("u"), QStringLiteral("pw-old")); // as before
    CredentialStore inA = CredentialStore(false).inFolder(m_a->path());
    QCOMPARE(inA.read(QStringLiteral("old"), QStringLiteral("u")), std::optional<QString>(QStringLiteral("pw-old")));
    QCOMPARE(inA.read(QStringLiteral("old"), QStringLiteral("u"), false), // copied to folder A's own key
             std::optional<QString>(QStringLiteral("pw-old")));
    inA.remove(QStringLiteral("old"), QStringLiteral("u"));
    // Another folder that relied on the old entry still finds it.
    QCOMPARE(CredentialStore(false).inFolder(m_b->path()).read(QStringLiteral("old"), QStringLiteral("u")),
             std::optional<QString>(QStringLiteral("pw-old")));
}

void TestCredentials::aMovedDataFolderKeepsItsSecrets()
{
    TempDataFolder parent;
    const QString before = parent.filePath(QStringLiteral("before"));
    const QString after = parent.filePath(QStringLiteral("after"));
    {
        datafolder::DataFolder folder(before);
    }
    CredentialStore(false).inFolder(before).write(QStringLiteral("moved"), QStringLiteral("u"), QStringLiteral("pw-m"));
    QVERIFY(QDir().rename(before, after));
    QCOMPARE(CredentialStore(false).inFolder(after).read(QStringLiteral("moved"), QStringLiteral("u"), false),
             std::optional<QString>(QStringLiteral("pw-m")));
}

void TestCredentials::passwordFileMustBeItsOwnersOnly_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("says"); // empty: accepted
    QTest::newRow("0600") << 0600 << QString();
    QTest::newRow("0400") << 0400 << QString();
    QTest::newRow("0640 group reads") << 0640 << QStringLiteral("mode 0640");
    QTest::newRow("0604 others read") << 0604 << QStringLiteral("mode 0604");
    QTest::newRow("0620 group writes") << 0620 << QStringLiteral("mode 0620");
    QTest::newRow("0644") << 0644 << QStringLiteral("mode 0644");
}

void TestCredentials::passwordFileMustBeItsOwnersOnly()
{
    QFETCH(int, mode);
    QFETCH(QString, says);
    const QString path = writeFile(m_files.filePath(QStringLiteral("pw-%1").arg(mode, 0, 8)), "s3cret\n", mode_t(mode));
    const QString problem = sync::PasswordFile::ownerOnlyProblem(path);
    if (says.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(sync::PasswordFile::readOwnerOnly(path), QStringLiteral("s3cret"));
        return;
    }
    QVERIFY2(problem.contains(path) && problem.contains(says), qPrintable(problem));
    QVERIFY(!problem.contains(QLatin1String("s3cret")));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, sync::PasswordFile::readOwnerOnly(path));
}

void TestCredentials::passwordFileGivesItsFirstLine()
{
    const QString path = writeFile(m_files.filePath(QStringLiteral("crlf")), "pa ss\r\nsecond line\n", 0600);
    QCOMPARE(sync::PasswordFile::readFirstLine(path), QStringLiteral("pa ss"));
    const QString missing = m_files.filePath(QStringLiteral("missing"));
    QVERIFY(sync::PasswordFile::ownerOnlyProblem(missing).contains(missing));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, sync::PasswordFile::readFirstLine(missing));
}

// Keychain (here: its stand-in), then the password file, then $CREDENTIALS_DIRECTORY.
void TestCredentials::secretSourcesAreReadInOrder()
{
    QTemporaryDir credentials;
    const CredentialStore store = CredentialStore(false).inFolder(m_a->path());
    const auto plain = repository(QStringLiteral("ordered"));
    QCOMPARE(RepositorySecret::read(plain, store), std::nullopt);

    writeFile(credentials.filePath(QStringLiteral("proofdesk-repo-ordered")), "from-systemd\n", 0400);
    ScopedEnv env("CREDENTIALS_DIRECTORY", credentials.path());
    QCOMPARE(RepositorySecret::read(plain, store), std::optional<QString>(QStringLiteral("from-systemd")));

    const QString file = writeFile(m_files.filePath(QStringLiteral("ordered")), "from-file\n", 0600);
    const auto withFile = repository(QStringLiteral("ordered"), {{QStringLiteral("password_file"), file}});
    QCOMPARE(RepositorySecret::read(withFile, store), std::optional<QString>(QStringLiteral("from-file")));

    CredentialStore(store).write(QStringLiteral("ordered"), QStringLiteral("u"), QStringLiteral("from-keychain"));
    QCOMPARE(RepositorySecret::read(withFile, store), std::optional<QString>(QStringLiteral("from-keychain")));
    QCOMPARE(RepositorySecret::credentialName(QStringLiteral("ordered")), QStringLiteral("proofdesk-repo-ordered"));
}

void TestCredentials::aRefusedPasswordFileIsSaidNotSkipped()
{
    QTemporaryDir credentials;
    writeFile(credentials.filePath(QStringLiteral("proofdesk-repo-open")), "from-systemd\n", 0400);
    ScopedEnv env("CREDENTIALS_DIRECTORY", credentials.path());
    const QString file = writeFile(m_files.filePath(QStringLiteral("open")), "s3cret\n", 0644);
    const auto repo = repository(QStringLiteral("open"), {{QStringLiteral("password_file"), file}});
    try {
        RepositorySecret::read(repo, CredentialStore(false).inFolder(m_a->path()));
        QFAIL("a password file others may read was used");
    } catch (const std::runtime_error &e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(file) && message.contains(QLatin1String("0644")), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
