#pragma once

#include "cache/contentstore.h"
#include "clirunner.h"
#include "dropbuilder.h"
#include "retentiondrop.h"
#include "tempdatafolder.h"

#include <QDir>
#include <QProcess>

// The data folder of tst_cli_recovery and tst_cli_fulldisk: the records tests' drop
// (retentiondrop.h) imported by alice (every role) into a fresh data folder, or into
// `dataPath` when given.
struct Folder
{
    TempDataFolder data, dropDir;
    DropBuilder drop{dropDir.path()};
    QString dataPath;
    explicit Folder(const QString &at = QString())
        : dataPath(at.isEmpty() ? data.path() : at)
    {
        writeRetentionDrop(drop);
        const CliRun run = as({QStringLiteral("import"), dropDir.path()});
        if (run.exitCode != 0)
            qFatal("import failed: %s", run.err.constData());
    }
    CliRun as(const QStringList &a) const
    {
        return runCli(dataPath, QStringList{QStringLiteral("--json")} + a, QStringLiteral("alice"));
    }
    // The content store file holding EXS-1's rendition ("Statement for EXS-1", DropBuilder).
    QString objectOfFirst() const
    {
        return proofdesk::cache::ContentStore(dataPath).objectPath(sha256Hex("Statement for EXS-1"));
    }
};

// A data folder as a finished command left it, copied whole (its write-ahead logs too) into
// `to`, for a run that may leave it broken: without the markers and locks of live processes.
inline void copyDataFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from + QStringLiteral("/."), to}) != 0)
        qFatal("cannot copy %s", qPrintable(from));
    QDir(to + QStringLiteral("/.sessions")).removeRecursively();
    QDir(to + QStringLiteral("/locks")).removeRecursively();
}
