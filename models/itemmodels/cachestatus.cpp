#include "cachestatus.h"

#include "asyncread.h"
#include "cache/communicationcount.h"

namespace proofdesk::itemmodels {

namespace {

CacheSummary summarize(cache::Database &db)
{
    CacheSummary s;
    s.repositories = db.queryInt("SELECT count(*) FROM repositories");
    s.hasRepositories = s.repositories > 0;
    s.communications = cache::countCommunications(db);
    s.rebuilt = cache::RebuiltCache::unfilled(db);
    return s;
}

} // namespace

CacheSummary readCacheSummary(const QString &databasePath)
{
    try {
        cache::Database db = openReaderConnection(databasePath);
        return summarize(db);
    } catch (const std::exception &e) {
        CacheSummary failed;
        failed.error = QString::fromUtf8(e.what());
        return failed;
    }
}

void loadCacheSummary(const QString &databasePath, QObject *context, std::function<void(CacheSummary)> done)
{
    readAsync<CacheSummary>(
        databasePath, context, [](cache::Database &db) { return summarize(db); }, std::move(done));
}

} // namespace proofdesk::itemmodels
