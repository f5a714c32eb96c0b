#include "folderreads.h"

#include "cache/cachefile.h"
#include "clicontext.h"
#include "readaudit.h"
#include "recordsaction.h"

namespace proofdesk::cli {

cache::Database &FolderReads::reader()
{
    if (!m_reader.isOpen())
        m_reader = cache::CacheFile::openReader(m_ctx.dataFolder().databasePath());
    return m_reader;
}

int FolderReads::recordRead(bool search, const QString &objectId, const QJsonObject &detail)
{
    return cli::recordRead(m_ctx, ReadAccess{search, objectId, detail}, [this](const ReadAccess &read) {
        return withRecords(m_ctx, read.action(), [&](records::RecordsStore &r) {
            r.recordAccess(read.action(), read.objectType(), read.objectId, read.detail);
            return int(Done);
        });
    });
}

} // namespace proofdesk::cli
