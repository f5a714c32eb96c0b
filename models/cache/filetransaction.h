#pragma once

#include "sqlite.h"

namespace proofdesk::cache {

// Whose write locks a transaction takes when it begins. BEGIN IMMEDIATE (cache::Transaction)
// takes the lock of every attached file: a sync page writing the cache held records.sqlite
// too, and a search in another process, which writes only its entry into the trail, waited for
// the page or failed "busy" (issue 66, docs/import.md). A change of one file takes that file's
// lock alone; on a connection without records.sqlite attached every choice takes the one file.
enum class Locks { EveryFile, CacheOnly, RecordsOnly };

// A transaction that takes the write locks named (and waits for them as BEGIN IMMEDIATE
// does), rolled back on destruction unless committed. One that locked one file and wrote the
// other is rolled back by commit(), which throws: what it wrote there was never locked against
// the writer whose reading it may have followed.
class FileTransaction
{
public:
    FileTransaction(Database &db, Locks locks);
    ~FileTransaction();
    void commit();
    FileTransaction(const FileTransaction &) = delete;
    FileTransaction &operator=(const FileTransaction &) = delete;

private:
    Database &m_db;
    const char *m_unlocked = nullptr; // the schema this transaction must not write, if any
    bool m_open = true;
};

} // namespace proofdesk::cache
