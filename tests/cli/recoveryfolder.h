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
