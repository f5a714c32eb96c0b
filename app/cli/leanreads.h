#pragma once

#include "cachereads.h"

namespace proofdesk::cli {

class CliContext;

// The reads of proofdesk-cli's lean start: a data folder that needs nothing done before it is
// read is read as it is, with a version read (CacheFile::readyToRead) instead of DataFolder's
// opening (lock, session marker, migrations, quick_check, recovery); each read is recorded
// on the folder's own records with one small append (the role check and the entry of
// RecordsActor::recordAccess). Links Qt Core and SQLite, nothing of a repository, a team, a
// PDF or a zip.
class LeanReads : public CacheReads
{
public:
    LeanReads(CliContext &ctx, const QString &dataDir);
    ~LeanReads() override;
    LeanReads(const LeanReads &) = delete;
    LeanReads &operator=(const LeanReads &) = delete;

    // Whether this process can read the folder: it exists with its cache and records, it
    // keeps its records here (no team database), no disposition is left to finish, no
    // earlier process ended uncleanly, the connection opens (a full disk may refuse it), and
    // both schemas are current with no check due. False: the full program opens it (and
    // does what it needs).
    bool open();

    cache::Database &reader() override { return m_db; }
    int recordRead(bool search, const QString &objectId, const QJsonObject &detail) override;

private:
    CliContext &m_ctx;
    QString m_dataDir;
    QString m_databasePath;
    // The one connection of the process: the versions are read, the cache searched and the
    // read recorded on it (the writer's settings: records.sqlite syncs fully on commit).
    cache::Database m_db;
};

} // namespace proofdesk::cli
