#include "leanreads.h"

#include "cache/cachefile.h"
#include "cache/recordsfile.h"
#include "cache/sessionmarker.h"
#include "clicontext.h"
#include "readaudit.h"
#include "records/identity.h"
#include "records/localrecordsactor.h"
#include "records/pendingdispositions.h"
#include "recordsexit.h"

#include <QDir>
#include <QFileInfo>

namespace proofdesk::cli {

LeanReads::LeanReads(CliContext &ctx, const QString &dataDir)
    : m_ctx(ctx)
    , m_dataDir(QDir(dataDir).absolutePath())
    , m_databasePath(cache::CacheFile::databasePath(m_dataDir))
{}

// The records' log this process and the ones before it left, emptied now and then
// (CacheFile::trimRecordsLog): the next process reads it whole before its first read.
LeanReads::~LeanReads() { cache::CacheFile::trimRecordsLog(m_db); }

bool LeanReads::open()
{
    const QDir dir(m_dataDir);
    if (!QFileInfo::exists(m_databasePath) || !QFileInfo::exists(cache::RecordsFile::databasePath(m_dataDir)))
        return false; // to create, or a records file lost: the opening says what to do
    // Connected to a team, reads are recorded on its server (team.json, see TeamConfig).
    if (dir.exists(QStringLiteral("team.json")))
        return false;
    if (!records::PendingDispositions(m_dataDir).isEmpty())
        return false; // finished before anyone searches (finishInterruptedDispositions)
    if (cache::SessionMarker::earlierEndSinceLastOpen(m_dataDir) != cache::EarlierEnd::Clean)
        return false; // the opening clears the markers, and checks the cache after a power cut
    try {
        std::optional<cache::Database> db = cache::CacheFile::openWriterIfReady(m_databasePath);
        if (!db)
            return false;
        m_db = std::move(*db);
    } catch (const cache::SqliteError &) {
        return false; // the opening names the problem (a full disk, damage), or recovers from it
    }
    return true;
}

int LeanReads::recordRead(bool search, const QString &objectId, const QJsonObject &detail)
{
    return cli::recordRead(m_ctx, ReadAccess{search, objectId, detail}, [this](const ReadAccess &read) {
        // What ActionRunner does for a read on a folder's own records: the person in the
        // requested (or first permitted) role, the store's role check and entry (RecordsActor).
        try {
            const auto actor = records::LocalRecordsActor::open(m_db, records::Identity::fromOperatingSystem(),
                                                                requestedRole(m_ctx), read.action());
            actor->recordAccess(read.action(), read.objectType(), read.objectId, read.detail);
        } catch (const records::RecordsError &e) {
            return recordsErrorExit(m_ctx, e);
        }
        return int(Done);
    });
}

} // namespace proofdesk::cli
