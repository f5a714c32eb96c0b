#include "detailloader.h"

#include "asyncread.h"
#include "detailqueries.h"

namespace proofdesk::itemmodels {

DetailLoader::DetailLoader(const QString &databasePath, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_dataDir(dataDir)
{}

void DetailLoader::load(qint64 rowid)
{
    const int generation = ++m_generation;
    const QString dataDir = m_dataDir;
    readAsync<CommunicationDetail>(
        m_databasePath, this,
        [dataDir, rowid](cache::Database &db) {
            try {
                return detailqueries::load(db, cache::ContentStore(dataDir), rowid);
            } catch (const std::exception &e) {
                CommunicationDetail failed;
                failed.rowid = rowid;
                failed.error = QString::fromUtf8(e.what());
                return failed;
            }
        },
        [this, generation](CommunicationDetail detail) {
            if (generation == m_generation)
                emit loaded(detail);
        });
}

} // namespace proofdesk::itemmodels
