#pragma once

#include "cache/cachefile.h"

#include <QString>

namespace proofdesk::datafolder {

// What opening a data folder (DataFolder) will do first that takes long, found before it
// starts, so that whoever waits is told (issue #43 item 5: the first search after a killed
// import took 9.6-17 s with no word of what it was doing). proofdesk-cli prints it; the
// desktop shows it while it opens the folder on another thread. Only reads.
struct OpeningAhead
{
    enum class WholeCheck {
        None,
        MachineMayHaveStopped, // a session's marker from another boot (cache::EarlierEnd)
        DailyCheckDue,         // a day since the last one (cache::CacheFile::checkIsDue)
        ProblemFoundBeside,    // the daily check run beside the work found one (cache::CheckBeside)
    };
    WholeCheck wholeCheck = WholeCheck::None;
    qint64 cacheBytes = 0; // what the check reads: the cache file's size
    QString problemFoundBeside;
    int indexesToRebuild = 0; // left dropped by a stopped import (cache::BulkLoad)

    bool isLong() const { return wholeCheck != WholeCheck::None || indexesToRebuild > 0; }
    // Said to a person, one sentence a step; empty when nothing long is ahead.
    QString describe(const QString &dataDir) const;

    // `daily` as the opening will be made (DataFolder): a daily check left beside is not ahead.
    static OpeningAhead of(const QString &dataDir, cache::DailyCheck daily = cache::DailyCheck::BeforeReading);
};

} // namespace proofdesk::datafolder
