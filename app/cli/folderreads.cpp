#include "folderreads.h"

#include "cache/cachefile.h"
#include "clicontext.h"
#include "readaudit.h"
#include "recordsaction.h"
#include "team/pgconnection.h"
#include "team/teamconfig.h"
#include "team/teamlogin.h"
#include "team/teammirror.h"

#include <optional>

namespace proofdesk::cli {

namespace {

// A search or view on a team's folder reads the team's holds as they are now: another desk's
// hold made a moment ago shows in the first search after it, not only in the one after the
// recorded read brought the copy up to date. Unreachable, the copy last heard is read (the
// recorded read then says the team is offline).
void refreshTeamHolds(CliContext &ctx)
{
    std::optional<team::TeamConfig> config;
    try {
        config = team::TeamConfig::load(ctx.dataPath());
    } catch (const std::runtime_error &) {
        return; // a damaged team.json is reported by the recorded read
    }
    if (!config || config->disconnected)
        return;
    try {
        const std::unique_ptr<team::PgConnection> server = team::TeamLogin::connect(*config);
        cache::Database writer = cache::CacheFile::openWriter(ctx.dataFolder().databasePath());
        team::TeamMirror(*server, writer).refreshHolds();
    } catch (const std::exception &) { // offline, or a disk that takes no write: the recorded read says so
    }
}

} // namespace

cache::Database &FolderReads::reader()
{
    if (!m_reader.isOpen()) {
        refreshTeamHolds(m_ctx);
        m_reader = cache::CacheFile::openReader(m_ctx.dataFolder().databasePath());
    }
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
