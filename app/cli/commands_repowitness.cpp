// repo witness NAME|--due [--sample N]: the desk as its repository's witness (services/repositorywitness.h, issue
// #63). Exit 0 when the repository says what the desk saw, 1 when it changed or lost letters
// without a record (each in the audit trail), 3 when it could not be read whole.
#include "clicontext.h"
#include "commands.h"
#include "commands_repo.h"
#include "records/identity.h"
#include "services/repositorywitness.h"
#include "services/witnessschedule.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <unistd.h>

namespace proofdesk::cli {

namespace {

using Kind = sync::WitnessDifference::Kind;

// "customer_id C-3 → C-999, record_hash …": what differs, the record hash left out.
QString changesOf(const sync::WitnessDifference &d)
{
    QStringList parts;
    for (auto it = d.after.begin(); it != d.after.end(); ++it) {
        if (it.key() == QLatin1String("record_hash"))
            continue;
        parts << QStringLiteral("%1 %2 → %3").arg(it.key(), d.before.value(it.key()).toString(), it.value().toString());
    }
    return parts.isEmpty() ? QStringLiteral("what the repository sent for it (its record hash)")
                           : parts.join(QStringLiteral(", "));
}

QJsonObject differenceJson(const sync::WitnessDifference &d)
{
    QJsonObject o{{QStringLiteral("id"), d.communicationId},
                  {QStringLiteral("object_id"), d.objectId.isEmpty() ? QJsonValue() : QJsonValue(d.objectId)},
                  {QStringLiteral("before"), d.before}};
    if (d.kind == Kind::Changed)
        o.insert(QStringLiteral("after"), d.after);
    return o;
}

void printReport(const CliContext &ctx, const services::WitnessReport &report)
{
    QJsonArray changed, gone;
    for (const sync::WitnessDifference &d : report.differences) {
        (d.kind == Kind::Changed ? changed : gone).append(differenceJson(d));
        ctx.printText(d.kind == Kind::Changed
                          ? QStringLiteral("changed in the repository without a record: %1 (%2)")
                                .arg(d.communicationId, changesOf(d))
                          : QStringLiteral("gone from the repository without a deletion: %1%2")
                                .arg(d.communicationId, d.objectId.isEmpty()
                                                            ? QString()
                                                            : QStringLiteral(" (object %1)").arg(d.objectId)));
    }
    if (ctx.json()) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("repository"), report.repository},
                        {QStringLiteral("listed"), report.listed},
                        {QStringLiteral("cached"), report.cached},
                        {QStringLiteral("sampled"), report.sampled},
                        {QStringLiteral("sample_problems"), QJsonArray::fromStringList(report.sampleProblems)},
                        {QStringLiteral("changed"), changed},
                        {QStringLiteral("gone"), gone}});
        return;
    }
    ctx.printText(
        QStringLiteral("Witnessed \"%1\": it lists %2 letters, the desk held %3; %4 changed without a record, "
                       "%5 gone without a deletion.")
            .arg(report.repository)
            .arg(report.listed)
            .arg(report.cached)
            .arg(changed.size())
            .arg(gone.size()));
    for (const QString &problem : report.sampleProblems)
        ctx.message(QStringLiteral("A sampled letter's bytes could not be had: %1").arg(problem));
    if (report.sampled > 0)
        ctx.printText(QStringLiteral("The bytes of %1 letters were asked again and compared.").arg(report.sampled));
    if (!report.differences.isEmpty())
        ctx.printText(QStringLiteral("Each is in the audit trail with what the desk saw before "
                                     "(`proofdesk-cli audit list`), and the cache now says what the repository says."));
}

} // namespace

namespace {

// Progress on stderr, at most once a second, only for a person at a terminal.
services::RepositoryWitness::Progress progressPrinter(const CliContext &ctx)
{
    if (ctx.json() || !isatty(STDERR_FILENO))
        return {};
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [&ctx, timer](const QString &step, qint64 listed) {
        if (timer->elapsed() < 1000)
            return;
        timer->restart();
        ctx.message(QStringLiteral("  %1: %2 letters listed").arg(step).arg(listed));
    };
}

int runPass(CliContext &ctx, cache::Database &writer, const cache::RepositoryInfo &repository, int sample)
{
    datafolder::DataFolder &folder = ctx.dataFolder();
    services::RepositoryWitness witness(writer, folder.contentStore(), folder.path(),
                                        records::Identity::fromOperatingSystem());
    witness.setSample(sample);
    const services::WitnessReport report = witness.witness(repository, progressPrinter(ctx));
    if (!report.ok() && report.differences.isEmpty()) {
        ctx.message(QStringLiteral("The witness pass of \"%1\" stopped, and nothing was concluded from it: %2")
                        .arg(repository.name, report.error));
        return Unusable;
    }
    printReport(ctx, report);
    if (!report.ok()) { // after it recorded what it found: the closing sync failed
        ctx.message(QStringLiteral("The witness pass of \"%1\" recorded what it found, then stopped: %2")
                        .arg(repository.name, report.error));
        return Unusable;
    }
    return report.differences.isEmpty() ? Done : FoundProblems;
}

} // namespace

int witnessRepo(CliContext &ctx, const QString &name)
{
    int sample = 0;
    if (ctx.isSet(QStringLiteral("sample"))) {
        bool ok = false;
        sample = ctx.value(QStringLiteral("sample")).toInt(&ok);
        if (!ok || sample < 1)
            return ctx.usageError(QStringLiteral("--sample must be a positive whole number of letters."));
    }
    if (name.isEmpty() == !ctx.isSet(QStringLiteral("due")))
        return ctx.usageError(QStringLiteral("repo witness takes a repository's NAME, or --due (the most overdue "
                                             "repository's pass, if one is due)."));
    cache::Database writer = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
    if (name.isEmpty()) {
        const QList<services::WitnessDue> due = services::duePasses(writer, QDateTime::currentMSecsSinceEpoch());
        if (due.isEmpty()) {
            if (ctx.json())
                ctx.printJson(QJsonObject{{QStringLiteral("repository"), QJsonValue()}});
            ctx.printText(QStringLiteral("No repository is due a witness pass (each is witnessed every witness_days "
                                         "days after its last pass, %1 unless set).")
                              .arg(services::kDefaultWitnessDays));
            return Done;
        }
        return runPass(ctx, writer, due.first().repository, sample);
    }
    const auto repository = cache::RepositoryStore(writer).find(name);
    if (!repository) {
        ctx.message(QStringLiteral("No repository named \"%1\". `proofdesk-cli repo list` shows them.").arg(name));
        return Unusable;
    }
    return runPass(ctx, writer, *repository, sample);
}

} // namespace proofdesk::cli
