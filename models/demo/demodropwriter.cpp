#include "demodropwriter.h"

#include "democatalogue.h"
#include "demodropbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::demo {

namespace {

// What a demo run writes, and so what it may replace or clean up. Nothing else in the
// folder is ever touched (an outbox of requests made against an earlier demo survives).
// ".drop.json.part" is what a killed run can leave at the top level.
const char *const kDemoEntries[] = {"drop.json", "communications", "templates", "content-blocks", "delivery",
                                    "retention", "renditions",     "snapshots", ".drop.json.part"};

bool isDemoEntry(const QString &name)
{
    for (const char *entry : kDemoEntries) {
        if (name == QLatin1String(entry))
            return true;
    }
    return false;
}

bool isDemoDrop(const QDir &dir)
{
    QFile file(dir.filePath(QStringLiteral("drop.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    return json.value(QStringLiteral("format")).toString() == QLatin1String("proofdesk-drop")
           && json.value(QStringLiteral("source")).toString() == QLatin1String("exstream-demo");
}

// Also true for the leftovers of an interrupted run: only demo folders, no drop.json yet.
bool holdsOnlyDemoOutput(const QDir &dir)
{
    const QStringList names = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        if (!isDemoEntry(name))
            return false;
    }
    return true;
}

void removeDemoOutput(const QDir &dir)
{
    for (const char *entry : kDemoEntries) {
        const QString path = dir.filePath(QLatin1String(entry));
        const QFileInfo info(path);
        if (info.isDir())
            QDir(path).removeRecursively();
        else if (info.exists())
            QFile::remove(path);
    }
}

QString prepareFolder(const QString &path, bool *created)
{
    const QFileInfo info(path);
    *created = !info.exists();
    if (info.exists() && !info.isDir())
        return QStringLiteral("%1 is a file, not a folder").arg(QDir::toNativeSeparators(path));
    if (*created && !QDir().mkpath(path))
        return QStringLiteral("cannot create folder %1").arg(QDir::toNativeSeparators(path));
    const QDir dir(path);
    const bool empty = dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    if (!empty && !isDemoDrop(dir) && !holdsOnlyDemoOutput(dir)) {
        return QStringLiteral("%1 is not empty and does not hold a demo drop; "
                              "choose an empty or new folder")
            .arg(QDir::toNativeSeparators(path));
    }
    removeDemoOutput(dir);
    return {};
}

} // namespace

DemoResult writeDemoDrop(const QString &outDir, const DemoOptions &options,
                         const std::function<void(int done, int total)> &progress,
                         const std::function<bool()> &shouldCancel)
{
    DemoResult result;
    result.path = QDir::cleanPath(QDir(outDir).absolutePath());
    if (outDir.isEmpty() || options.count < 1) {
        result.error = outDir.isEmpty() ? QStringLiteral("no output folder given")
                                        : QStringLiteral("the number of communications must be at least 1");
        return result;
    }
    QString error;
    const std::shared_ptr<const Catalogue> catalogue = Catalogue::load(&error);
    if (!catalogue) {
        result.error = error;
        return result;
    }
    bool created = false;
    result.error = prepareFolder(result.path, &created);
    if (!result.ok())
        return result;
    bool ok = false;
    {
        DropBuilder builder(result.path, options, catalogue);
        ok = builder.run(progress, shouldCancel);
        result.communications = ok ? builder.written() : 0;
        result.error = builder.error();
    } // the builder's destructor removes unfinished ".part" files
    if (!ok) {
        // No half drop: take back what this run wrote, and the folder if it made it.
        removeDemoOutput(QDir(result.path));
        if (created)
            QDir().rmdir(result.path);
    }
    return result;
}

} // namespace proofdesk::demo
