#pragma once

#include "rowidset.h"
#include "sqlite.h"

#include <future>
#include <string>
#include <vector>

namespace proofdesk::cache {

class RowBits;

// The kept words' rows read from FTS5 on a connection of their own, on a second thread, while
// the refresh reads every row's text for the phrases and starts: each was about half of a
// refresh from nothing at 1M (9.5 and 6.8 s), and the machine has a second core. Only the
// refresh's own thread writes: the rows are handed over by write(). The reader sees what the
// refresh sees: the refresh's transaction (BEGIN IMMEDIATE) keeps every other writer out, and it
// writes no text. Without a write-ahead log (a database in memory), the words are read on the
// refresh's thread in write().
class WordRowsAside
{
public:
    // Reads, past what each has stored, the rows up to `maxRowid` of each of `words`.
    WordRowsAside(Database &db, const RowBits &bits, const std::vector<std::string> &words, qint64 maxRowid);
    ~WordRowsAside();
    WordRowsAside(const WordRowsAside &) = delete;
    WordRowsAside &operator=(const WordRowsAside &) = delete;

    // Waits for the reading, then adds the rows to `bits` and covers each word to `maxRowid`.
    // A reading that failed on its own connection is done again on `db`, whose error then says
    // what is wrong.
    void write(RowBits &bits);

private:
    struct Word
    {
        std::string token;
        qint64 from = 0; // its rows are stored up to here
    };
    static std::vector<RowIdSet> read(Database &db, const std::vector<Word> &words, qint64 maxRowid);

    Database &m_db;
    std::vector<Word> m_words;
    qint64 m_maxRowid = 0;
    std::future<std::vector<RowIdSet>> m_rows;
};

} // namespace proofdesk::cache
