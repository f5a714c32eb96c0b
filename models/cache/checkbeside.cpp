#include "checkbeside.h"

#include "cachefile.h"
#include "rowseal.h"
#include "sqlite.h"

#include <QLoggingCategory>
#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace proofdesk::cache {

void CheckBeside::Stop::ask()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_asked = true;
    if (m_running)
        sqlite3_interrupt(m_running);
}

CheckBeside CheckBeside::run(const QString &dataDir, Stop &stop)
{
    CheckBeside check;
    std::optional<QString> found;
    try {
        Database db(CacheFile::databasePath(dataDir), Database::Mode::ReadWrite);
        {
            const std::lock_guard<std::mutex> lock(stop.m_mutex);
            if (stop.m_asked)
                return check;
            stop.m_running = db.handle();
        }
        found = CacheFile::quickCheck(db, false, dataDir);
        {
            const std::lock_guard<std::mutex> lock(stop.m_mutex); // before the connection closes
            stop.m_running = nullptr;
            if (stop.m_asked)
                return check;
        }
        if (found && found->isEmpty()) {
            check.damagedRows = RowSeal::checkAndRepair(db).rowsNotAsWritten();
            CacheFile::rememberCheck(db); // on quickCheck's wait for other connections
            check.outcome = Outcome::Passed;
            return check;
        }
    } catch (const SqliteError &e) {
        if (!e.isCorrupt()) {
            qCInfo(lcCache) << "the check beside the work did not finish:" << e.what();
            return check; // remembering a clean check met a busy file: due again next time
        }
        found = QString::fromUtf8(e.what()); // not even opened as a database
    }
    if (!found)
        return check;
    CacheFile::rememberProblemFoundBeside(dataDir, *found);
    qCWarning(lcCache) << "the cache failed its check beside the work:" << *found;
    check.outcome = Outcome::FoundProblem;
    check.problem = *found;
    return check;
}

} // namespace proofdesk::cache
