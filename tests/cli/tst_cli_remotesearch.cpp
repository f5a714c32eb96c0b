// `proofdesk-cli search --remote QUERY` (spec/cli.md): the cache's answer and the
// repositories' merged, each result "cached" or not, "remote_total" and "unanswered"; audited
// like a local search; a failing repository named, the others' results kept (exit 1), none
// answering exit 3. The lean start hands --remote to the full program (every run here goes
// through proofdesk-cli).
#include "clirunner.h"
#include "fakecmisserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char *const kNames[] = {"Anna Garcia", "Bruno Muller", "Carla Jones", "Dmitri Garcia", "Elena Brown"};

QStringList idsOf(const QJsonObject &answer, bool *allCached = nullptr, bool *noneCached = nullptr)
{
    QStringList ids;
    bool all = true, none = true;
    for (const QJsonValue &v : answer.value(QStringLiteral("results")).toArray()) {
        ids << v[QStringLiteral("id")].toString();
        const bool cached = v[QStringLiteral("cached")].toBool();
        all = all && cached;
        none = none && !cached && v[QStringLiteral("repository")].toString() == QLatin1String("net");
    }
    if (allCached)
        *allCached = all;
    if (noneCached)
        *noneCached = none;
    return ids;
}

QStringList addArgs(const QString &name, const QUrl &url)
{
    return {QStringLiteral("repo"),   QStringLiteral("add"),          name,
            QStringLiteral("--kind"), QStringLiteral("cmis"),         QStringLiteral("--url"),
            url.toString(),           QStringLiteral("--set"),        QStringLiteral("max_attempts=2"),
            QStringLiteral("--set"),  QStringLiteral("backoff_ms=10")};
}

} // namespace

class TestCliRemoteSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theSameIdsAsTheFullCacheMarkedNotCached();
    void aPartLeftOutIsNamed();
    void theRemoteSearchIsAudited();
    void aFailingRepositoryIsNamedAndTheOthersAnswer();
    void aMalformedQueryAsksNobody();

private:
    CliRun search(const QString &dataDir, const QStringList &extra);
    fakeserver::FakeCmisServer m_server;
    QTemporaryDir m_full, m_empty;
};

void TestCliRemoteSearch::initTestCase()
{
    QVERIFY(m_server.start());
    for (int i = 0; i < 40; ++i)
        m_server.addDocument(
            QStringLiteral("R-%1").arg(i, 3, 10, QLatin1Char('0')),
            {{QStringLiteral("exs:recipientName"), QLatin1String(kNames[i % 5])},
             {QStringLiteral("exs:documentType"), i % 2 ? QStringLiteral("notice") : QStringLiteral("statement")}},
            "%PDF-1.4 x");
    for (QTemporaryDir *dir : {&m_full, &m_empty}) {
        const CliRun add = runCli(dir->path(), addArgs(QStringLiteral("net"), m_server.serviceUrl()));
        QVERIFY2(add.exitCode == 0, add.err.constData());
    }
    const CliRun sync = runCli(m_full.path(), {QStringLiteral("sync")});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
}

CliRun TestCliRemoteSearch::search(const QString &dataDir, const QStringList &extra)
{
    return runCli(dataDir, QStringList{QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("--limit"),
                                       QStringLiteral("1000")}
                               + extra);
}

void TestCliRemoteSearch::theSameIdsAsTheFullCacheMarkedNotCached()
{
    const QString query = QStringLiteral("garcia type:notice");
    const CliRun local = search(m_full.path(), {query});
    QVERIFY2(local.exitCode == 0, local.err.constData());
    const QStringList expected = idsOf(local.object());
    QCOMPARE(expected.size(), 8); // Anna and Dmitri Garcia, every other one a notice

    const CliRun remote = search(m_empty.path(), {QStringLiteral("--remote"), query});
    QVERIFY2(remote.exitCode == 0, remote.err.constData());
    const QJsonObject answer = remote.object();
    bool noneCached = false;
    QCOMPARE(idsOf(answer, nullptr, &noneCached), expected);
    QVERIFY(noneCached);
    QCOMPARE(answer.value(QStringLiteral("total")).toInt(), 0); // the cache's count, apart
    QCOMPARE(answer.value(QStringLiteral("remote_total")).toInt(), 8);
    QCOMPARE(answer.value(QStringLiteral("unanswered")).toArray().size(), 0);

    // On the full cache the same ids come from the cache, cached.
    const QJsonObject full = search(m_full.path(), {QStringLiteral("--remote"), query}).object();
    bool allCached = false;
    QCOMPARE(idsOf(full, &allCached), expected);
    QVERIFY(allCached);
    QCOMPARE(full.value(QStringLiteral("total")).toInt(), 8);

    // --limit and --offset page the merged answer; the text marks what is not cached.
    const QJsonObject page =
        search(m_empty.path(), {QStringLiteral("--remote"), QStringLiteral("--limit"), QStringLiteral("3"),
                                QStringLiteral("--offset"), QStringLiteral("2"), query})
            .object();
    QCOMPARE(idsOf(page), expected.mid(2, 3));
    const CliRun text = runCli(m_empty.path(), {QStringLiteral("search"), QStringLiteral("--remote"), query});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("[not cached: net]") && text.out.contains(expected.first().toUtf8()),
             text.out.constData());
}

void TestCliRemoteSearch::aPartLeftOutIsNamed()
{
    const CliRun r = search(m_empty.path(), {QStringLiteral("--remote"), QStringLiteral("garcia status:delivered")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray unanswered = r.object().value(QStringLiteral("unanswered")).toArray();
    QCOMPARE(unanswered.size(), 1);
    QCOMPARE(unanswered.at(0)[QStringLiteral("repository")].toString(), QStringLiteral("net"));
    QCOMPARE(unanswered.at(0)[QStringLiteral("part")].toString(), QStringLiteral("status:delivered"));
    QCOMPARE(idsOf(r.object()).size(), 16); // every Garcia: the part left out widens, never narrows
}

void TestCliRemoteSearch::theRemoteSearchIsAudited()
{
    QTemporaryDir dir;
    QCOMPARE(runCli(dir.path(), addArgs(QStringLiteral("net"), m_server.serviceUrl())).exitCode, 0);
    QCOMPARE(search(dir.path(), {QStringLiteral("--remote"), QStringLiteral("jones hold:any")}).exitCode, 0);
    const CliRun trail =
        runCli(dir.path(), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
    QVERIFY2(trail.exitCode == 0, trail.err.constData());
    QJsonObject entry;
    for (const QJsonValue &e : trail.json().array())
        if (e[QStringLiteral("action")].toString() == QLatin1String("search"))
            entry = e.toObject();
    QVERIFY2(!entry.isEmpty(), trail.out.constData());
    const QJsonObject detail = entry.value(QStringLiteral("after")).toObject(); // what the search read
    QVERIFY2(detail.value(QStringLiteral("remote")).toBool(), QJsonDocument(entry).toJson().constData());
    QCOMPARE(detail.value(QStringLiteral("query")).toString(), QStringLiteral("jones hold:any"));
    QCOMPARE(detail.value(QStringLiteral("repositories")).toArray(), QJsonArray{QStringLiteral("net")});
    QCOMPARE(detail.value(QStringLiteral("remote_total")).toInt(), 8);
    QCOMPARE(detail.value(QStringLiteral("unanswered")).toArray().at(0)[QStringLiteral("part")].toString(),
             QStringLiteral("hold:any"));
}

void TestCliRemoteSearch::aFailingRepositoryIsNamedAndTheOthersAnswer()
{
    fakeserver::FakeCmisServer broken;
    QVERIFY(broken.start());
    QTemporaryDir dir, onlyBroken;
    QCOMPARE(runCli(dir.path(), addArgs(QStringLiteral("net"), m_server.serviceUrl())).exitCode, 0);
    QCOMPARE(runCli(dir.path(), addArgs(QStringLiteral("archive2"), broken.serviceUrl())).exitCode, 0);
    QCOMPARE(runCli(onlyBroken.path(), addArgs(QStringLiteral("archive2"), broken.serviceUrl())).exitCode, 0);
    broken.setFaultHook([](const fakeserver::Request &) { return fakeserver::Fault::httpStatus(500); });

    const CliRun r = search(dir.path(), {QStringLiteral("--remote"), QStringLiteral("brown")});
    QCOMPARE(r.exitCode, 1); // an answer, without one repository's part
    QCOMPARE(idsOf(r.object()).size(), 8);
    const QJsonArray unanswered = r.object().value(QStringLiteral("unanswered")).toArray();
    QCOMPARE(unanswered.size(), 1);
    QCOMPARE(unanswered.at(0)[QStringLiteral("repository")].toString(), QStringLiteral("archive2"));
    QCOMPARE(unanswered.at(0)[QStringLiteral("part")].toString(), QStringLiteral("brown"));
    QVERIFY(unanswered.at(0)[QStringLiteral("reason")].toString().contains(QLatin1String("500")));

    QCOMPARE(search(onlyBroken.path(), {QStringLiteral("--remote"), QStringLiteral("brown")}).exitCode, 3);
}

void TestCliRemoteSearch::aMalformedQueryAsksNobody()
{
    const int before = m_server.requestCount();
    const CliRun r = search(m_empty.path(), {QStringLiteral("--remote"), QStringLiteral("type:notice (garcia")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not valid at character"), r.err.constData());
    QCOMPARE(m_server.requestCount(), before);
}

QTEST_GUILESS_MAIN(TestCliRemoteSearch)
#include "tst_cli_remotesearch.moc"
