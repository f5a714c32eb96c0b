// proofdesk-bench-teamdesks: desks acting on a team, in this process (services::ActionRunner on
// a thread per desk, as the window's jobs run them), on servers it starts itself. Reports
// numbers; not a timed test (issue #39, performance).
//
//   --failover-runs N (default 10): a pg_auto_failover formation (monitor, primary, standby on
//      loopback ports, synchronous replication, the monitor tuned as docs/team-database.md says);
//      five desks act while the primary's machine is lost (its keeper, postgres and backends
//      killed at once), N times, the old primary rejoining as the standby in between. Seconds
//      from the loss to the first action done (any desk) and to every desk's, p50/p95; actions a
//      desk was told were done that the promoted server lacks (must be 0), and twice-applied ones.
//   --desks N --seconds S (default 20, 60): N desks (every fourth an officer) run mixed actions
//      (request or approve a reissue, list the requests, record a search) for S seconds: p50/p95
//      per action and actions per second; on one server over TLS (verify-full, scram), or with
//      --cluster on the formation (each commit waits for the standby).
//
// proofdesk-bench-teamdesks [--failover-runs N] [--desks N --seconds S [--cluster]]
#include "autofailovercluster.h"
#include "deskcrowd.h"
#include "team/teamauditverifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace proofdesk;
using namespace teamtest;

namespace {

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString load()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("?");
}

double quantile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

QString p50p95(const QList<double> &values, const char *unit)
{
    return QStringLiteral("p50 %1 %3, p95 %2 %3")
        .arg(quantile(values, 0.5), 0, 'f', 1)
        .arg(quantile(values, 0.95), 0, 'f', 1)
        .arg(QLatin1String(unit));
}

std::vector<std::unique_ptr<Desk>> makeDesks(test::TeamTestDatabase &team, int count, std::vector<bool> &officers)
{
    std::vector<std::unique_ptr<Desk>> desks;
    for (int i = 0; i < count; ++i) {
        const bool officer = i % 4 == 3;
        officers.push_back(officer);
        desks.push_back(
            std::make_unique<Desk>(team, (officer ? QStringLiteral("officer%1") : QStringLiteral("agent%1")).arg(i),
                                   QList<Role>{officer ? Role::Compliance : Role::Agent}));
    }
    return desks;
}

std::vector<Desk *> pointers(const std::vector<std::unique_ptr<Desk>> &desks)
{
    std::vector<Desk *> out;
    for (const auto &d : desks)
        out.push_back(d.get());
    return out;
}

// One loss of the primary under the crowd: seconds to the first action done after it and to
// every desk's, or -1.
QPair<double, double> loseThePrimary(test::AutoFailoverCluster &cluster, const std::vector<Desk *> &desks,
                                     const std::vector<bool> &officers, std::vector<Outcome> &all)
{
    const int primary = cluster.primary();
    DeskCrowd crowd(desks, officers, false, 150); // as tst_teamfailover: busier than people
    crowd.start();
    QThread::msleep(3000);
    const qint64 killedAt = cluster.killNode(primary);
    QString error;
    if (!cluster.waitForPrimary(1 - primary, 60000, true, &error))
        say(QStringLiteral("  no promotion: %1").arg(error));
    QElapsedTimer waited;
    waited.start();
    qint64 first = -1, every = -1;
    while (waited.elapsed() < 60000 && every < 0) {
        QThread::msleep(100);
        first = -1;
        every = 0;
        for (size_t i = 0; i < desks.size(); ++i) {
            const qint64 after = crowd.doneAfter(i, killedAt);
            if (after >= 0)
                first = first < 0 ? after : qMin(first, after);
            every = after < 0 || every < 0 ? -1 : qMax(every, after);
        }
    }
    crowd.stop();
    const std::vector<Outcome> seen = crowd.outcomes();
    all.insert(all.end(), seen.begin(), seen.end());
    for (Desk *desk : desks) // what waited in a folder goes first at its next action
        desk->act(Action::Search, [](RecordsStore &r) { r.reissues(); });
    if (!cluster.restartNode(primary, &error) || !cluster.waitForPrimary(1 - primary, 180000, false, &error))
        say(QStringLiteral("  the old primary did not rejoin: %1").arg(error));
    return {first / 1000.0, every / 1000.0};
}

int failover(int runs)
{
    test::AutoFailoverCluster cluster;
    QString error;
    if (!cluster.start(1, &error)) {
        say(error);
        return 1;
    }
    test::TeamTestDatabase team(cluster, &error);
    std::vector<bool> officers;
    const auto desks = makeDesks(team, 5, officers);
    QList<double> first, every;
    std::vector<Outcome> all;
    for (int run = 1; run <= runs; ++run) {
        const auto [f, e] = loseThePrimary(cluster, pointers(desks), officers, all);
        first << f;
        every << e;
        say(QStringLiteral("run %1 (load %2): first action %3 s after the loss, every desk %4 s")
                .arg(run)
                .arg(load())
                .arg(f, 0, 'f', 1)
                .arg(e, 0, 'f', 1));
    }
    int done = 0, waited = 0, failed = 0;
    QSet<QString> errors;
    for (const Outcome &o : all) {
        done += o.told == Outcome::Done;
        waited += o.told == Outcome::Waits;
        failed += o.told == Outcome::Failed;
        if (o.told == Outcome::Failed && errors.size() < 5 && !errors.contains(o.error)) {
            errors.insert(o.error);
            say(QStringLiteral("  %1's %2 failed: %3").arg(o.desk, o.action, o.error));
        }
    }
    const QStringList missing = missingOnServer(team, all);
    for (const QString &m : missing)
        say(QStringLiteral("  LOST: %1").arg(m));
    say(QStringLiteral("failover, %1 runs: first action %2; every desk %3")
            .arg(runs)
            .arg(p50p95(first, "s"), p50p95(every, "s")));
    say(QStringLiteral("  %1 actions done, %2 waited in a folder, %3 failed; %4 lost, %5 applied twice; chain %6")
            .arg(done)
            .arg(waited)
            .arg(failed)
            .arg(missing.size())
            .arg(appliedTwice(team))
            .arg(team::verifyTeamChain(*team.asOwner()).ok ? QStringLiteral("verifies")
                                                           : QStringLiteral("DOES NOT VERIFY")));
    return missing.isEmpty() ? 0 : 1;
}

// The folders connect over TCP with TLS and a password (scram), as a desk on the network does.
void overTls(test::PgTestServer &server, test::TeamTestDatabase &team, const std::vector<std::unique_ptr<Desk>> &desks,
             const QString &passwordFile)
{
    for (const auto &desk : desks) {
        QString error;
        server.exec(QStringLiteral("ALTER ROLE %1 PASSWORD 'bench'").arg(desk->login), &error);
        auto config = *team::TeamConfig::load(desk->folder.data.path());
        config.url = server.url(QString(), {}, true, team.name()) + QStringLiteral("?sslrootcert=") + server.caFile();
        config.passwordFile = passwordFile;
        config.save(desk->folder.data.path());
    }
}

void report(const std::vector<Outcome> &outcomes, int seconds)
{
    QMap<QString, QList<double>> took;
    int failed = 0;
    QSet<QString> errors;
    for (const Outcome &o : outcomes) {
        took[o.action] << o.tookMs;
        failed += o.told == Outcome::Failed;
        if (o.told == Outcome::Failed && errors.size() < 3 && !errors.contains(o.error)) {
            errors.insert(o.error);
            say(QStringLiteral("  %1's %2 failed: %3").arg(o.desk, o.action, o.error));
        }
    }
    QList<double> every;
    for (const auto &values : std::as_const(took))
        every += values;
    say(QStringLiteral("  %1 actions in %2 s: %3 actions/s, %4; %5 failed (load %6)")
            .arg(every.size())
            .arg(seconds)
            .arg(double(every.size()) / seconds, 0, 'f', 1)
            .arg(p50p95(every, "ms"))
            .arg(failed)
            .arg(load()));
    for (auto it = took.cbegin(); it != took.cend(); ++it)
        say(QStringLiteral("  %1: %2, %3").arg(it.key(), -16).arg(it.value().size(), 5).arg(p50p95(it.value(), "ms")));
}

int desksAtWork(int count, int seconds, bool onCluster)
{
    QString error;
    test::AutoFailoverCluster cluster;
    test::PgTestServer server;
    server.enableTls();
    if (onCluster ? !cluster.start(1, &error) : !server.start(&error)) {
        say(error);
        return 1;
    }
    test::TeamTestDatabase team(onCluster ? static_cast<test::TestDatabaseServer &>(cluster) : server, &error);
    std::vector<bool> officers;
    const auto desks = makeDesks(team, count, officers);
    QTemporaryDir dir;
    QFile password(dir.filePath(QStringLiteral("password")));
    if (!onCluster && password.open(QIODevice::WriteOnly) && password.write("bench\n") > 0) {
        password.close();
        overTls(server, team, desks, password.fileName());
    }
    say(QStringLiteral("%1 desks in this process for %2 s, %3 (load %4)")
            .arg(count)
            .arg(seconds)
            .arg(onCluster ? QStringLiteral("pg_auto_failover primary and synchronous standby, TLS")
                           : QStringLiteral("one server, TLS verify-full and scram"))
            .arg(load()));
    DeskCrowd crowd(pointers(desks), officers, true);
    crowd.start();
    QThread::sleep(seconds);
    crowd.stop();
    report(crowd.outcomes(), seconds);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("proofdesk.*.debug=false\nproofdesk.*.info=false"));
    qputenv("PROOFDESK_NO_KEYCHAIN", "1"); // desks act on threads: passwords from files, or trust
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("failover-runs"), QStringLiteral("Losses of the primary."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("desks"), QStringLiteral("Desks acting at once."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long they act."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("cluster"), QStringLiteral("The desks act on a pg_auto_failover formation.")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("failover-runs")))
        return failover(parser.value(QStringLiteral("failover-runs")).toInt());
    return desksAtWork(parser.isSet(QStringLiteral("desks")) ? parser.value(QStringLiteral("desks")).toInt() : 20,
                       parser.isSet(QStringLiteral("seconds")) ? parser.value(QStringLiteral("seconds")).toInt() : 60,
                       parser.isSet(QStringLiteral("cluster")));
}
