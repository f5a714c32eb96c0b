#pragma once

#include <QString>

namespace proofdesk::cache {

class Database;

// How many chunks and rows each key of the stored rows has (table rowbits_keys, migration 23),
// sealed with a digest (rowbitsdigest::ofTotals), and what the keys under each cover hold
// together, sealed in the cover's digest. Issue #62 item 3: a month's chunk deleted with its cover
// kept read as a month of fewer letters (`kusifobi issued:2024` counted 13,387 where the rows say
// 14,524). A chunk is checked when it is read (rowbits.cpp), so only a count kept beside the
// chunks shows one gone, and only a count kept beside the keys shows a key gone whole.
namespace rowbitskeys {

struct Totals
{
    qint64 chunks = 0;
    qint64 rows = 0;
    void addChunk(qint64 n)
    {
        ++chunks;
        rows += n;
    }
    bool operator==(const Totals &other) const { return chunks == other.chunks && rows == other.rows; }
};

// The key's chunks as stored now, counted and recorded, sealed (writer side, after RowBits::add).
void record(Database &db, const QString &key);
// Throws StoredRowsDamaged unless `read` (the key's chunks read, with their counts) is what was
// recorded for the key, and the record is sealed as written. A key with nothing recorded has no
// chunks.
void expect(const Database &db, const QString &key, const Totals &read);
// expect() for the chunks stored now (a reader that reads few of them: StoredRowsReader).
void expectStored(const Database &db, const QString &key);
// The keys a cover stands for together (itself, or its family's: RowBits::coverKeyOf) as
// recorded: `chunks` counts the keys.
Totals underCover(const Database &db, const QString &coverKey);
// The records of keys whose chunks are all gone taken out (after RowBits::dropUncovered).
void dropUnstored(Database &db);

} // namespace rowbitskeys

} // namespace proofdesk::cache
