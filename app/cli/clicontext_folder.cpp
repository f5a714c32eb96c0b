// The data folder of a command: opened whole (DataFolder: created, checked, migrated) and
// recovered when a command meets a damaged page. Linked by proofdesk-cli-full only.
#include "cache/bulkload.h"
#include "cache/sessionmarker.h"
#include "clicontext.h"
#include "util/steptimer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace proofdesk::cli {

// After the machine may have stopped under a program that used the folder (a power cut), the
// opening checks the whole cache; after a stopped import (killed, or the machine stopped) it
// rebuilds the indexes the import left dropped: seconds to minutes at a million
// communications, said before (issue #43 item 5: the first search after a killed import took
// 9.6-17 s with no word of what it was doing). A program killed while the machine kept running
// leaves nothing to check (cache::EarlierEnd).
bool CliContext::tellRecoveryAhead()
{
    const bool unclean =
        cache::SessionMarker::earlierEndSinceLastOpen(dataPath()) == cache::EarlierEnd::MachineMayHaveStopped;
    int pending = 0;
    try {
        cache::Database db(cache::CacheFile::databasePath(dataPath()), cache::Database::Mode::ReadOnly);
        pending = cache::BulkLoad::pendingIndexes(db);
    } catch (const std::exception &) {
        // No cache yet, or one the opening will find damaged: nothing long to say here.
    }
    // The size, not only a rate: at 10M (23 GB) on a disk reading 12 MB/s the check took 24 min.
    if (unclean)
        message(QStringLiteral("Checking the cache of %1 before anything is read: the last program that used it was "
                               "stopped before it ended, and the machine may have stopped with it (a power cut?). This "
                               "reads the whole cache, "
                               "%2: a few seconds for each million communications on a fast disk, minutes on a "
                               "slow one.")
                    .arg(dataPath(),
                         QLocale::c().formattedDataSize(QFileInfo(cache::CacheFile::databasePath(dataPath())).size())));
    if (pending > 0)
        message(QStringLiteral("Rebuilding the %1 indexes a stopped import left dropped in %2 before anything is read: "
                               "this can take a minute for each million communications.")
                    .arg(pending)
                    .arg(dataPath()));
    return unclean || pending > 0;
}

datafolder::DataFolder &CliContext::dataFolder()
{
    if (!m_folder) {
        const util::StepTimer step("folder.open");
        const bool told = tellRecoveryAhead();
        QElapsedTimer opening;
        opening.start();
        m_folder = std::make_shared<datafolder::DataFolder>(dataPath());
        if (told)
            message(QStringLiteral("Done in %1 s.").arg(double(opening.elapsed()) / 1000.0, 0, 'f', 1));
        const auto &report = m_folder->openReport();
        if (!report.readOnlyReason.isEmpty())
            message(QStringLiteral("The data folder %1 was opened for reading only: %2. Stats, hold list, findings "
                                   "and audit verify work; search and show, which the audit trail records, and "
                                   "importing or syncing wait until some space is free.")
                        .arg(m_folder->path(), report.readOnlyReason));
        if (report.rebuilt)
            message(rebuiltMessage(m_folder->path(), report));
        if (!report.restoredFrom.device.isEmpty())
            message(QStringLiteral("records.sqlite in %1 is an older copy of this folder's: its audit trail ends "
                                   "before entry %2, which this folder had seen. The gap was recorded in the audit "
                                   "trail; if a newer copy exists, put it back.")
                        .arg(m_folder->path())
                        .arg(report.restoredFrom.seq));
    }
    return *m_folder;
}

QString CliContext::rebuiltMessage(const QString &folder, const cache::CacheOpenReport &report)
{
    // What SQLite's check found names its tables ("CHECK constraint failed in rowbits"): the
    // log keeps it (CacheFile::prepare), the person reads what it means for them.
    return QStringLiteral("The cache in %1 was damaged: it failed its integrity check and could not be trusted. It "
                          "was moved to %2, and a new, empty one was started with its %3 repositories; run "
                          "`proofdesk-cli sync` to fill it again (until then a search finds only what has been "
                          "synced). The audit trail, holds and other records (records.sqlite, checked to be this "
                          "folder's) were not touched.")
        .arg(folder, report.movedAsidePath)
        .arg(report.repositoriesKept);
}

int CliContext::recoverDamagedCache(const std::exception &met)
{
    m_folder.reset(); // every connection of the command is closed by now
    // SQLite's words without the statement they met it in ("… in: SELECT …"): the statement
    // means nothing to the person and shows the schema; the log keeps it.
    QString found = QString::fromUtf8(met.what());
    if (dynamic_cast<const cache::SqliteError *>(&met))
        found = found.section(QStringLiteral(" in: "), 0, 0);
    cache::CacheOpenReport report;
    try {
        report = datafolder::DataFolder::recoverFromDamage(dataPath());
    } catch (const std::exception &e) { // records.sqlite damaged, the disk full, …: its own words
        message(QStringLiteral("This command met a damaged page (%1), and the data folder %2 could not be "
                               "recovered: %3")
                    .arg(found, dataPath(), QString::fromUtf8(e.what())));
        return Unusable;
    }
    if (report.rebuilt) {
        message(QStringLiteral("This command met a damaged page: %1").arg(found));
        message(rebuiltMessage(dataPath(), report));
    } else {
        message(QStringLiteral("This command met a damaged page (%1), but the cache passes its full check now; "
                               "run the command again.")
                    .arg(found));
    }
    return Unusable;
}

} // namespace proofdesk::cli
