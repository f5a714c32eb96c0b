// The data folder of a command: opened whole (DataFolder: created, checked, migrated) and
// recovered when a command meets a damaged page. Linked by proofdesk-cli-full only.
#include "clicontext.h"
#include "datafolder/openingahead.h"
#include "util/steptimer.h"

#include <QElapsedTimer>

namespace proofdesk::cli {

// What the opening will do first that takes long (a whole-cache check, indexes a stopped
// import left dropped), said before it starts: datafolder::OpeningAhead.
bool CliContext::tellRecoveryAhead()
{
    const datafolder::OpeningAhead ahead = datafolder::OpeningAhead::of(dataPath());
    if (ahead.isLong())
        message(ahead.describe(dataPath()));
    return ahead.isLong();
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
        if (report.damagedRows > 0)
            message(QStringLiteral("The daily check found %1 changed outside Proofdesk (`proofdesk-cli cache verify` "
                                   "names them). Their repositories are read again at the next sync, which writes "
                                   "them again; until then none of them is produced or exported as evidence.")
                        .arg(report.damagedRows == 1
                                 ? QStringLiteral("a letter whose row in the cache was")
                                 : QStringLiteral("%1 letters whose rows in the cache were").arg(report.damagedRows)));
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
