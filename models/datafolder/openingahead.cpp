#include "openingahead.h"

#include "cache/bulkload.h"
#include "cache/cachefile.h"
#include "cache/sessionmarker.h"

#include <QFileInfo>
#include <QLocale>

namespace proofdesk::datafolder {

// A daily check of a cache smaller than this reads in about a second even from a cold disk
// (1.1 GB in 8-9 s at 200,000 communications): not worth a word every day.
static constexpr qint64 kDailyCheckWorthSaying = 128 * 1024 * 1024;

OpeningAhead OpeningAhead::of(const QString &dataDir, cache::DailyCheck daily)
{
    OpeningAhead ahead;
    const QString databasePath = cache::CacheFile::databasePath(dataDir);
    if (!QFileInfo::exists(databasePath))
        return ahead; // created, which is quick
    ahead.cacheBytes = QFileInfo(databasePath).size();
    bool dailyDue = false;
    try {
        cache::Database db(databasePath, cache::Database::Mode::ReadOnly);
        // Those of an import still at work are its own to rebuild (CacheFile::prepare).
        if (!cache::BulkLoad::loaderAtWork(db))
            ahead.indexesToRebuild = cache::BulkLoad::pendingIndexes(db);
        dailyDue = cache::CacheFile::checkIsDue(db);
    } catch (const std::exception &) {
        // Not readable as a cache: the opening finds it damaged, which it says itself.
    }
    ahead.problemFoundBeside = cache::CacheFile::problemFoundBeside(dataDir);
    if (cache::SessionMarker::earlierEndSinceLastOpen(dataDir) == cache::EarlierEnd::MachineMayHaveStopped)
        ahead.wholeCheck = WholeCheck::MachineMayHaveStopped;
    else if (!ahead.problemFoundBeside.isEmpty())
        ahead.wholeCheck = WholeCheck::ProblemFoundBeside;
    else if (dailyDue && daily == cache::DailyCheck::BeforeReading && ahead.cacheBytes >= kDailyCheckWorthSaying)
        ahead.wholeCheck = WholeCheck::DailyCheckDue;
    return ahead;
}

QString OpeningAhead::describe(const QString &dataDir) const
{
    QStringList steps;
    // The size, not only a rate: at 10M (23 GB) on a disk reading 12 MB/s the check took 24 min.
    const QString size = QLocale::c().formattedDataSize(cacheBytes);
    if (wholeCheck == WholeCheck::MachineMayHaveStopped)
        steps << QStringLiteral("Checking the cache of %1 before anything is read: the last program that used it was "
                                "stopped before it ended, and the machine may have stopped with it (a power cut?). "
                                "This reads the whole cache, %2: a few seconds for each million communications on a "
                                "fast disk, minutes on a slow one.")
                     .arg(dataDir, size);
    else if (wholeCheck == WholeCheck::ProblemFoundBeside)
        steps << QStringLiteral("Checking the cache of %1 again before anything is read: the check made beside the "
                                "last session found a problem (%2). This reads the whole cache, %3; a cache that "
                                "fails again is moved aside and filled again from its repositories.")
                     .arg(dataDir, problemFoundBeside, size);
    else if (wholeCheck == WholeCheck::DailyCheckDue)
        steps << QStringLiteral("Checking the cache of %1 before anything is read, as once a day: this reads the whole "
                                "cache, %2: a few seconds for each million communications on a fast disk, minutes on "
                                "a slow one.")
                     .arg(dataDir, size);
    if (indexesToRebuild > 0)
        steps << QStringLiteral("Rebuilding the %1 indexes a stopped import left dropped in %2 before anything is "
                                "read: this can take a minute for each million communications.")
                     .arg(indexesToRebuild)
                     .arg(dataDir);
    return steps.join(QLatin1Char('\n'));
}

} // namespace proofdesk::datafolder
