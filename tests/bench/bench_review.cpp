// proofdesk-bench-review: a matter's review set as the Matters tab opens it (issue #61: "opening
// a review set of 100,000 letters under 1 s; a tag under 50 ms"). Imports the demo archive of
// --count letters into a data folder of its own, opens a matter and adds the search that finds
// them all, then times what the window does: opening the matter (its overview, the review set
// with each letter's row from the cache, the watched searches' news, the table model filled)
// and tagging one letter (one records action each, as the review pane's keys do). Reports
// numbers; it is not a test.
//
//   proofdesk-bench-review [--count N] [--work DIR] [--runs R] [--reuse]
#include "datafolder/datafolder.h"
#include "demo/demodropwriter.h"
#include "itemmodels/records/reviewmodel.h"
#include "records/matterrecords.h"
#include "services/actionrunner.h"
#include "sync/dropimport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>

using namespace proofdesk;

namespace {

services::Actor compliance()
{
    return {records::Identity{QStringLiteral("bench"), QStringLiteral("os"), {}}, records::Role::Compliance};
}

QString build(const QString &work, int count)
{
    const QString drop = work + QStringLiteral("/demo-drop");
    QDir(work).removeRecursively();
    demo::writeDemoDrop(drop, {count, 1});
    datafolder::DataFolder folder(work + QStringLiteral("/data"));
    {
        cache::Database writer = cache::CacheFile::openWriter(folder.databasePath());
        const auto outcome = sync::importDrop(writer, folder.contentStore(), drop);
        if (!outcome.report.ok())
            qFatal("import failed: %s", qPrintable(outcome.report.error));
    }
    services::ActionRunner runner(folder.databasePath(), folder.path());
    runner.setClaimUnclaimedFolder(true);
    QString matter;
    runner.run(compliance(), records::Action::ManageMatter, [&](services::ActionContext &a) {
        matter =
            a.records.matters()
                .openMatter(QStringLiteral("Bench"), QStringLiteral("review bench"),
                            {QStringLiteral("relevant"), QStringLiteral("not relevant"), QStringLiteral("escalate")})
                .id;
        const auto added = a.records.matters().addSearch(matter, QStringLiteral("issued:..2100-12-31"));
        printf("review set: %lld letters\n", qint64(added.search.total));
    });
    return matter;
}

struct Figures
{
    QList<double> ms;
    void add(const QElapsedTimer &t) { ms << t.nsecsElapsed() / 1e6; }
    QString text() const
    {
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return QStringLiteral("min %1 ms, median %2 ms, max %3 ms (%4 runs)")
            .arg(s.first(), 0, 'f', 1)
            .arg(s.at(s.size() / 2), 0, 'f', 1)
            .arg(s.last(), 0, 'f', 1)
            .arg(s.size());
    }
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    setvbuf(stdout, nullptr, _IOLBF, 0);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("count"), QStringLiteral("letters"), QStringLiteral("N"), QStringLiteral("100000")},
         {QStringLiteral("work"), QStringLiteral("folder"), QStringLiteral("DIR"),
          QStringLiteral("/tmp/proofdesk-bench-review")},
         {QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("R"), QStringLiteral("5")},
         {QStringLiteral("reuse"), QStringLiteral("reuse the folder built before")}});
    parser.process(app);
    const QString work = parser.value(QStringLiteral("work"));
    const QString dataDir = work + QStringLiteral("/data");
    const QString matter = parser.isSet(QStringLiteral("reuse"))
                               ? QStringLiteral("MAT-1")
                               : build(work, parser.value(QStringLiteral("count")).toInt());
    const datafolder::DataFolder folder(dataDir);
    services::ActionRunner runner(folder.databasePath(), folder.path());
    itemmodels::ReviewModel model;
    Figures open, tag;
    QStringList ids;
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        QElapsedTimer t;
        t.start();
        QList<itemmodels::ReviewRow> rows;
        runner.run(compliance(), records::Action::ReviewMatter, [&](services::ActionContext &a) {
            a.records.matters().show(matter);
            rows = itemmodels::reviewRows(a.cache, a.records.matters().review(matter));
            a.records.matters().news(matter);
        });
        model.setRows(rows);
        open.add(t);
        if (ids.isEmpty())
            for (int i = 0; i < rows.size(); i += qMax<qsizetype>(1, rows.size() / 50))
                ids << rows.at(i).item.id;
    }
    printf("open the review set of %d letters: %s\n", model.rowCount(), qPrintable(open.text()));
    for (const QString &id : std::as_const(ids)) {
        QElapsedTimer t;
        t.start();
        runner.run(compliance(), records::Action::ReviewMatter, [&](services::ActionContext &a) {
            model.replaceItem(a.records.matters().tag(matter, id, {QStringLiteral("relevant")}, {}, std::nullopt));
        });
        tag.add(t);
    }
    printf("tag one letter: %s\n", qPrintable(tag.text()));
    return 0;
}
