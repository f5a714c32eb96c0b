// proofdesk-bench-team: the team database under load, on a real PostgreSQL server this
// benchmark starts itself (tests/support/PgTestServer). Reports numbers; not a timed test.
//
//   1. N client processes (default 20) for S seconds (default 60): each appends audit entries
//      (a recorded view) and requests reissues as an agent that another login approves, all
//      through the team database's functions. Throughput, p50/p95/max latency per call; then
//      the sequence must have no gap and the chain must verify.
//   2. A hold of every communication a query matches (default: a 100,000-communication
//      cache), applied through services::ActionRunner as a records manager: time, progress.
//   3. audit verify of 1,000,000 server entries (written by the owner in one statement).
//   5. (--only fold) proofdesk.fold() over 200,000 characters of each script tier, and over
//      100,000 short ids of each: microseconds a character and a call (issue #65 item 2).
//   4. The publisher publishes the facts of a cache of N communications (default 1,000,000):
//      COPY into the staging table and one proofdesk.publish_facts; then 10,000 of them change
//      (a new address) and it publishes what changed (the cache's change list), then nothing
//      changed, then 10,000 more and every row again (as `team publish` does).
//
// proofdesk-bench-team [--clients N] [--seconds S] [--hold-items N] [--audit-entries N]
//                      [--facts N] [--only concurrency|hold|verify|publish|fold]
#include "benchcorpus.h"
#include "cache/cachefile.h"
#include "datafolder/datafolder.h"
#include "pgtestserver.h"
#include "services/actionrunner.h"
#include "sync/dropimport.h"
#include "team/pgconnection.h"
#include "team/teamauditverifier.h"
#include "team/teamfacts.h"
#include "teamtestdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>

using namespace proofdesk;

namespace {

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString percentiles(QList<double> ms)
{
    if (ms.isEmpty())
        return QStringLiteral("none");
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double p) { return ms.at(qMin(ms.size() - 1, qsizetype(p * ms.size()))); };
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms")
        .arg(at(0.5), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(ms.last(), 0, 'f', 2);
}

// One client process: appends, requests and approves until the deadline; prints its
// latencies (ms) per call as one JSON object.
int runClient(const QString &agentUrl, const QString &officerUrl, int seconds)
{
    team::PgConnection agent(agentUrl);
    team::PgConnection officer(officerUrl);
    QMap<QString, QJsonArray> latencies;
    QElapsedTimer call;
    const auto timed = [&](const QString &kind, const std::function<void()> &f) {
        call.start();
        f();
        latencies[kind].append(double(call.nsecsElapsed()) / 1e6);
    };
    const QDeadlineTimer deadline(qint64(seconds) * 1000);
    const QString key = QUuid::createUuid().toString(QUuid::Id128);
    qint64 n = 0;
    while (!deadline.hasExpired()) {
        const QString id = QStringLiteral("REQ-%1-%2").arg(key).arg(++n);
        timed(QStringLiteral("audit append"), [&] {
            agent.exec(
                QStringLiteral("SELECT proofdesk.record($1, 'agent', 'communication.view', 'done', 'communication', "
                               "$2, NULL, NULL, NULL, 'bench')"),
                QVariantList{QString(id + QStringLiteral("-view")), QStringLiteral("EXS-%1").arg(n)});
        });
        const QJsonObject request{{QStringLiteral("id"), id},
                                  {QStringLiteral("comm_id"), QStringLiteral("EXS-%1").arg(n)},
                                  {QStringLiteral("repo_id"), 1},
                                  {QStringLiteral("mode"), QStringLiteral("regenerate")},
                                  {QStringLiteral("reason"), QStringLiteral("bench")},
                                  {QStringLiteral("channel"), QStringLiteral("email")},
                                  {QStringLiteral("original_channel"), QStringLiteral("email")}};
        timed(QStringLiteral("reissue request"), [&] {
            agent.exec(QStringLiteral("SELECT proofdesk.request_reissue($1, 'agent', 'bench', $2::jsonb)"),
                       {id, QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))});
        });
        timed(QStringLiteral("reissue approve"), [&] {
            officer.exec(QStringLiteral("SELECT proofdesk.approve_reissue($1, 'compliance', 'bench', $2, 'ok')"),
                         QVariantList{QString(id + QStringLiteral("-approve")), id});
        });
    }
    QJsonObject out;
    for (auto it = latencies.cbegin(); it != latencies.cend(); ++it)
        out.insert(it.key(), it.value());
    std::fprintf(stdout, "%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

void concurrency(test::PgTestServer &server, int clients, int seconds)
{
    QString error;
    test::TeamTestDatabase team(server, &error);
    QList<QProcess *> processes;
    for (int i = 0; i < clients; ++i) {
        const QString agent = QStringLiteral("bench_agent%1").arg(i),
                      officer = QStringLiteral("bench_officer%1").arg(i);
        team.addLogin(agent, {records::Role::Agent});
        team.addLogin(officer, {records::Role::Compliance});
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--client"), team.url(agent), team.url(officer), QString::number(seconds)});
        processes << p;
    }
    QMap<QString, QList<double>> all;
    qint64 calls = 0;
    for (QProcess *p : processes) {
        p->waitForFinished(seconds * 1000 + 60000);
        const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        if (o.isEmpty())
            say(QStringLiteral("a client failed: %1").arg(QString::fromUtf8(p->readAllStandardError())));
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            for (const QJsonValue &v : it.value().toArray()) {
                all[it.key()] << v.toDouble();
                ++calls;
            }
        delete p;
    }
    say(QStringLiteral("%1 clients for %2 s: %3 calls, %4 calls/s")
            .arg(clients)
            .arg(seconds)
            .arg(calls)
            .arg(double(calls) / seconds, 0, 'f', 0));
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        say(QStringLiteral("  %1: %2 (%3/s), %4")
                .arg(it.key())
                .arg(it.value().size())
                .arg(double(it.value().size()) / seconds, 0, 'f', 0)
                .arg(percentiles(it.value())));
    auto owner = team.asOwner();
    const team::PgResult seq = owner->exec(
        QStringLiteral("SELECT count(*), coalesce(min(seq), 0), coalesce(max(seq), 0) FROM proofdesk.audit_entries"));
    say(QStringLiteral("  audit trail: %1 entries, seq %2..%3: %4")
            .arg(seq.integer(0, 0))
            .arg(seq.integer(0, 1))
            .arg(seq.integer(0, 2))
            .arg(seq.integer(0, 0) == seq.integer(0, 2) && seq.integer(0, 1) <= 1 ? QStringLiteral("no gap")
                                                                                  : QStringLiteral("GAPS")));
    const audit::VerifyResult v = team::verifyTeamChain(*owner);
    say(QStringLiteral("  chain: %1 (%2 entries in %3 ms)")
            .arg(v.ok ? QStringLiteral("verifies") : v.problem)
            .arg(v.entries)
            .arg(v.elapsedMs));
}

// A data folder whose cache holds `count` communications of the benchmark corpus (a drop
// written to `dropDir` and imported), and how long that took.
void buildCache(const char *what, const QString &dropDir, datafolder::DataFolder &folder, qint64 count, int seed)
{
    QElapsedTimer t;
    t.start();
    BenchCorpus(seed).writeDrop(dropDir, count);
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    const auto outcome = sync::importDrop(writer, folder.contentStore(), dropDir);
    say(QStringLiteral("%1: a cache of %2 communications built in %3 s")
            .arg(QLatin1String(what))
            .arg(outcome.report.result.communicationsAccepted)
            .arg(t.elapsed() / 1000.0, 0, 'f', 1));
}

void holdByQuery(test::PgTestServer &server, qint64 items)
{
    QString error;
    test::TeamTestDatabase team(server, &error);
    QTemporaryDir dropDir, dataDir;
    QElapsedTimer t;
    datafolder::DataFolder folder(dataDir.path());
    buildCache("hold by query", dropDir.path(), folder, items, 7);
    team.addLogin(QStringLiteral("bench_records"), {records::Role::Records});
    team.connectFolder(dataDir.path(), QStringLiteral("bench_records"));
    services::ActionRunner runner(folder.databasePath(), dataDir.path());
    int progressCalls = 0;
    qint64 held = 0;
    t.restart();
    runner.run(services::Actor{{QStringLiteral("bench_records"), QStringLiteral("team"), {}}, records::Role::Records},
               records::Action::ApplyHold, [&](services::ActionContext &a) {
                   const records::HoldInfo hold =
                       a.records.holds().createHold({QStringLiteral("Bench"),
                                                     {},
                                                     QStringLiteral("benchmark"),
                                                     {},
                                                     QStringLiteral("issued:2000..2100"),
                                                     {},
                                                     {}},
                                                    [&](qint64, qint64) { ++progressCalls; });
                   held = hold.items;
               });
    say(QStringLiteral("  hold of %1 communications by query on the team database: %2 s, %3 progress reports")
            .arg(held)
            .arg(t.elapsed() / 1000.0, 0, 'f', 2)
            .arg(progressCalls));
    say(QStringLiteral("  server rows: %1 hold items")
            .arg(team.count(QStringLiteral("SELECT count(*) FROM proofdesk.hold_items"))));
}

void verifyMillion(test::PgTestServer &server, qint64 entries)
{
    QString error;
    test::TeamTestDatabase team(server, &error);
    auto owner = team.asOwner();
    QElapsedTimer t;
    t.start();
    // The owner writes the chain in one statement, as append_entry would, entry by entry.
    owner->execScript(QStringLiteral(R"SQL(
DO $$
DECLARE e proofdesk.audit_entries; prev text := repeat('0', 64);
BEGIN
  FOR i IN 1..%1 LOOP
    e.seq := i; e.at := 1790000000000 + i; e."user" := 'bench_agent' || (i % 20); e.role := 'agent';
    e.action := 'communication.view'; e.outcome := 'done'; e.object_type := 'communication';
    e.object_id := 'EXS-' || i; e.reason := NULL; e.before := NULL; e.after := '{"n":' || i || '}';
    e.device := 'bench'; e.prev_hash := prev;
    e.hash := encode(sha256(convert_to(prev || proofdesk.canonical_entry(e), 'UTF8')), 'hex');
    INSERT INTO proofdesk.audit_entries SELECT e.*;
    prev := e.hash;
  END LOOP;
  UPDATE proofdesk.audit_head SET seq = %1, hash = prev;
END $$;
)SQL")
                          .arg(entries));
    say(QStringLiteral("audit verify: %1 server entries written in %2 s")
            .arg(entries)
            .arg(t.elapsed() / 1000.0, 0, 'f', 1));
    team.addLogin(QStringLiteral("bench_officer"), {records::Role::Compliance});
    auto officer = team.as(QStringLiteral("bench_officer"));
    const audit::VerifyResult v = team::verifyTeamChain(*officer);
    say(QStringLiteral("  verified by a compliance officer's client: %1, %2 entries in %3 ms (%4 entries/s)")
            .arg(v.ok ? QStringLiteral("ok") : v.problem)
            .arg(v.entries)
            .arg(v.elapsedMs)
            .arg(v.elapsedMs ? v.entries * 1000 / v.elapsedMs : 0));
}

void foldCost(test::PgTestServer &server)
{
    QString error;
    test::TeamTestDatabase team(server, &error);
    auto owner = team.asOwner();
    const struct
    {
        const char *name;
        const char *unit; // an SQL text literal, repeated to 200,000 characters
    } tiers[] = {{"ASCII", "'Account-'"},    {"Latin-1", "'Épargne'"},
                 {"Latin", "'ŁódźŻ'"},       {"Cyrillic", "'ПРИВЕТ'"},
                 {"Cherokee", "U&'\\AB70'"}, {"mixed scripts", "'Ab' || U&'\\0531\\1F08\\FF21\\AB70'"}};
    owner->exec(QStringLiteral("SELECT proofdesk.fold('Ա')")); // the session's first call plans the lookup
    for (const auto &tier : tiers) {
        const QString unit = QString::fromUtf8(tier.unit);
        QElapsedTimer t;
        t.start();
        const qint64 length =
            owner->exec(QStringLiteral("SELECT length(proofdesk.fold(repeat(%1, 200000 / length(%1))))").arg(unit))
                .integer(0, 0);
        const double longMs = t.nsecsElapsed() / 1e6;
        t.restart();
        owner->exec(
            QStringLiteral("SELECT count(proofdesk.fold(%1 || '-' || i)) FROM generate_series(1, 100000) i").arg(unit));
        const double shortMs = t.nsecsElapsed() / 1e6;
        say(QStringLiteral("fold %1: %2 characters in %3 ms (%4 µs a character); 100,000 ids in %5 ms (%6 µs a call)")
                .arg(QString::fromUtf8(tier.name))
                .arg(length)
                .arg(longMs, 0, 'f', 1)
                .arg(longMs * 1000 / qMax<qint64>(1, length), 0, 'f', 3)
                .arg(shortMs, 0, 'f', 1)
                .arg(shortMs * 1000 / 100000, 0, 'f', 2));
    }
}

void publishFacts(test::PgTestServer &server, qint64 count)
{
    QString error;
    test::TeamTestDatabase team(server, &error);
    QTemporaryDir dropDir, dataDir;
    datafolder::DataFolder folder(dataDir.path());
    buildCache("publish facts", dropDir.path(), folder, count, 11);
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    team.addLogin(QStringLiteral("bench_publisher"), QStringList{QStringLiteral("publisher")});
    auto publisher = team.as(QStringLiteral("bench_publisher"));
    const auto run = [&](const char *what, bool onlyChanges) {
        QElapsedTimer timer;
        timer.start();
        team::TeamFacts facts(*publisher, writer);
        const team::PublishReport r =
            onlyChanges ? facts.publishChanges(QStringLiteral("bench")) : facts.publishAll(QStringLiteral("bench"));
        const double s = timer.elapsed() / 1000.0;
        say(QStringLiteral("  %1: %2 rows sent in %3 s (%4 rows/s): %5 new, %6 changed, %7 unchanged")
                .arg(QLatin1String(what))
                .arg(r.staged)
                .arg(s, 0, 'f', 2)
                .arg(qint64(r.staged / qMax(s, 0.001)))
                .arg(r.inserted)
                .arg(r.updated)
                .arg(r.unchanged));
    };
    run("first publish", false);
    // 10,000 letters get a new address (a sync that brought changes): only they are sent
    // (FactsCursor); then the same changes again as `team publish` sends them, every row.
    QElapsedTimer change;
    change.start();
    writer.exec("UPDATE communications SET recipient_email = 'moved-' || rowid || '@example.com' "
                "WHERE rowid IN (SELECT rowid FROM communications ORDER BY rowid LIMIT 10000)");
    say(QStringLiteral("  10,000 changes written to the cache in %1 ms (the change list's triggers included)")
            .arg(change.elapsed()));
    run("after 10,000 changes, what changed", true);
    run("nothing changed since", true);
    writer.exec("UPDATE communications SET recipient_email = 'again-' || rowid || '@example.com' "
                "WHERE rowid IN (SELECT rowid FROM communications ORDER BY rowid LIMIT 10000)");
    run("after 10,000 more changes, every row (team publish)", false);
    say(QStringLiteral("  server: %1 facts, %2 in history, table and indexes %3 MB")
            .arg(team.count(QStringLiteral("SELECT count(*) FROM proofdesk.comm_facts")))
            .arg(team.count(QStringLiteral("SELECT count(*) FROM proofdesk.comm_facts_history")))
            .arg(team.count(QStringLiteral("SELECT pg_total_relation_size('proofdesk.comm_facts') / 1048576"))));
}

} // namespace

int main(int argc, char **argv)
{
    // BenchCorpus writes a few PDF renditions with QPdfWriter: a GUI application, no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--client"))
        return runClient(args.at(2), args.at(3), args.at(4).toInt());
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("clients"), QStringLiteral("Client processes."), QStringLiteral("N"), QStringLiteral("20")},
         {QStringLiteral("seconds"), QStringLiteral("How long they run."), QStringLiteral("S"), QStringLiteral("60")},
         {QStringLiteral("hold-items"), QStringLiteral("Communications in the cache held by query."),
          QStringLiteral("N"), QStringLiteral("100000")},
         {QStringLiteral("audit-entries"), QStringLiteral("Server entries to verify."), QStringLiteral("N"),
          QStringLiteral("1000000")},
         {QStringLiteral("facts"), QStringLiteral("Communications whose facts are published."), QStringLiteral("N"),
          QStringLiteral("1000000")},
         {QStringLiteral("only"), QStringLiteral("One phase only: concurrency, hold, verify, publish or fold."),
          QStringLiteral("PHASE")}});
    parser.addHelpOption();
    parser.process(app);
    test::PgTestServer server;
    QString error;
    if (!server.start(&error)) {
        say(error);
        return 1;
    }
    server.exec(QStringLiteral("ALTER SYSTEM SET max_connections = 200"), &error);
    if (!server.restart(&error)) {
        say(error);
        return 1;
    }
    try {
        const QString only = parser.value(QStringLiteral("only"));
        const auto phase = [&](const char *name) { return only.isEmpty() || only == QLatin1String(name); };
        if (phase("concurrency"))
            concurrency(server, parser.value(QStringLiteral("clients")).toInt(),
                        parser.value(QStringLiteral("seconds")).toInt());
        if (phase("hold"))
            holdByQuery(server, parser.value(QStringLiteral("hold-items")).toLongLong());
        if (phase("verify"))
            verifyMillion(server, parser.value(QStringLiteral("audit-entries")).toLongLong());
        if (phase("publish"))
            publishFacts(server, parser.value(QStringLiteral("facts")).toLongLong());
        if (only == QLatin1String("fold"))
            foldCost(server);
    } catch (const std::exception &e) {
        say(QStringLiteral("failed: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    return 0;
}
