#include "folderreads.h"

#include "cache/cachefile.h"
#include "clicontext.h"
#include "readaudit.h"
#include "recordsaction.h"
#include "services/actionrunner.h"

namespace proofdesk::cli {

FolderReads::FolderReads(CliContext &ctx)
    : m_ctx(ctx)
{}

FolderReads::~FolderReads() = default;

void FolderReads::close()
{
    m_runner.reset();
    m_reader = cache::Database();
}

cache::Database &FolderReads::reader()
{
    if (!m_reader.isOpen()) {
        // On a team's folder the read sees the team as it is now (another desk's hold made a
        // moment ago counts in this search), on the connection that then records it.
        datafolder::DataFolder &folder = m_ctx.dataFolder();
        m_runner = std::make_unique<services::ActionRunner>(folder.databasePath(), folder.path());
        m_runner->prepareTeamRead();
        m_reader = cache::CacheFile::openReader(folder.databasePath());
    }
    return m_reader;
}

int FolderReads::recordRead(bool search, const QString &objectId, const QJsonObject &detail)
{
    return cli::recordRead(m_ctx, ReadAccess{search, objectId, detail}, [this](const ReadAccess &read) {
        const auto record = [&](services::ActionContext &a) {
            a.records.actor().recordAccess(read.action(), read.objectType(), read.objectId, read.detail);
            return int(Done);
        };
        if (!m_runner)
            return withAction(m_ctx, read.action(), record);
        return withAction(m_ctx, *m_runner, read.action(), record);
    });
}

} // namespace proofdesk::cli
