// proofdesk-bench-disposition: approving the disposition of many communications at once, as
// `proofdesk-cli disposition approve ID…` does (issue #26: 10,000 ids took 103 s). Reports
// numbers; not a timed test.
//
// Writes a drop of N communications past their retention (default 10,000) and a tenth more
// that a hold by item, a hold by scope or the repository keeps, imports it into a new data
// folder, and times one approval of all their ids by a records manager: the re-check of
// eligibility and holds, tombstones and the audit entry in one transaction, the certificate,
// the purge of the rows and bytes. Wall and CPU time, with the machine's load average.
//
// proofdesk-bench-disposition [--count N] [--work DIR]
#include "cache/cachefile.h"
#include "datafolder/datafolder.h"
#include "dropbuilder.h"
#include "records/disposition.h"
#include "records/holdservice.h"
#include "records/identity.h"
#include "records/rolegrants.h"
#include "records/session.h"
#include "sync/dropimport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace proofdesk;

namespace {

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("unknown");
}

QString idOf(int i) { return QStringLiteral("EXS-D%1").arg(i, 7, 10, QLatin1Char('0')); }

// N disposable communications, and after them a tenth as many that something keeps: every
// third under a hold by item, every third by a hold on its customer, the rest held in the
// repository (marked after the import, as a CMIS sync marks cmis:rm_holdIds). Returns the ids
// held by item and those held in the repository.
QPair<QStringList, QStringList> writeDrop(DropBuilder &drop, int count)
{
    drop.append(QStringLiteral("retention/classes.ndjson"),
                R"({"class": "FIN-7Y", "title": "Financial statements", "years": 7, "trigger": "issued_at"})"
                "\n");
    const QJsonObject retention{{QStringLiteral("class"), QStringLiteral("FIN-7Y")}};
    QByteArray lines;
    QStringList heldByItem, heldInRepository;
    const int kept = count / 10;
    for (int i = 0; i < count + kept; ++i) {
        const int keptKind = i < count ? -1 : i % 3;
        QJsonObject overrides{{QStringLiteral("retention"), retention},
                              {QStringLiteral("customer_id"),
                               keptKind == 1 ? QStringLiteral("CUST-HELD") : QStringLiteral("CUST-%1").arg(i % 5000)}};
        lines += DropBuilder::line(drop.communication(idOf(i), QStringLiteral("2015-03-01T09:00:00Z"), overrides));
        if (keptKind == 0)
            heldByItem << idOf(i);
        if (keptKind == 2)
            heldInRepository << idOf(i);
    }
    drop.append(QStringLiteral("communications/a.ndjson"), lines);
    return {heldByItem, heldInRepository};
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the certificate is a PDF (QPdfWriter needs a QGuiApplication)
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("communications to dispose of (default 10000)"),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("work"),
                      QStringLiteral("folder for the drop and data folder (default: a temporary one)"),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    QTemporaryDir temporary;
    const QString work = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : temporary.path();
    const QString dropDir = work + QStringLiteral("/drop"), dataDir = work + QStringLiteral("/data");

    DropBuilder drop(dropDir);
    const auto [heldByItem, heldInRepository] = writeDrop(drop, count);
    datafolder::DataFolder folder(dataDir);
    cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
    QElapsedTimer timer;
    timer.start();
    const auto imported = sync::importDrop(writer, folder.contentStore(), dropDir);
    if (!imported.report.ok()) {
        say(QStringLiteral("import failed: %1").arg(imported.report.error));
        return 1;
    }
    say(QStringLiteral("imported %1 communications in %2 ms").arg(count + count / 10).arg(timer.elapsed()));

    writer
        .prepare(
            "UPDATE communications SET repo_hold_ids = '[\"LEGAL-7\"]' WHERE id IN (SELECT value FROM json_each(?1))")
        .bind(1, QString::fromUtf8(
                     QJsonDocument(QJsonArray::fromStringList(heldInRepository)).toJson(QJsonDocument::Compact)))
        .run();

    const records::Identity rita{QStringLiteral("rita"), QStringLiteral("os"), {}};
    records::grantAsSystem(writer, rita, {records::Role::Records}, QStringLiteral("benchmark setup"));
    const records::RecordsSession session = records::RecordsSession::open(writer, rita, records::Role::Records);
    records::HoldService(session).create(
        {QStringLiteral("Items"), {}, QStringLiteral("litigation"), heldByItem, {}, {}, {}});
    records::HoldService(session).create({QStringLiteral("Customer"),
                                          {},
                                          QStringLiteral("complaint"),
                                          {},
                                          {},
                                          QStringLiteral("customer"),
                                          QStringLiteral("CUST-HELD")});
    QStringList ids;
    for (int i = 0; i < count + count / 10; ++i)
        ids << idOf(i);

    const QString loadBefore = loadAverage();
    const double cpu = cpuSeconds();
    timer.restart();
    const records::DispositionResult result =
        records::DispositionService(session, dataDir).approve(ids, QStringLiteral("benchmark"));
    const qint64 wallMs = timer.elapsed();
    const double cpuMs = (cpuSeconds() - cpu) * 1000;
    say(QStringLiteral("approved %1 ids: %2 disposed, %3 kept (held), certificate %4 KB%5")
            .arg(ids.size())
            .arg(result.disposed.size())
            .arg(result.skipped.size())
            .arg(QFileInfo(result.certificatePath).size() / 1024)
            .arg(result.certificateError.isEmpty() ? QString()
                                                   : QStringLiteral(" (error: %1)").arg(result.certificateError)));
    say(QStringLiteral("disposition approve: %1 ms wall, %2 ms CPU (load average %3 before, %4 after)")
            .arg(wallMs)
            .arg(cpuMs, 0, 'f', 0)
            .arg(loadBefore, loadAverage()));
    return result.disposed.size() == count ? 0 : 1;
}
