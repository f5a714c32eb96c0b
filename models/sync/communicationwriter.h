#pragma once

#include "applyresult.h"
#include "cache/sqlite.h"
#include "changepage.h"

#include <memory>
#include <optional>

namespace proofdesk::sync {

// Communications into the cache, CacheWriter's part: each row with its searchable text
// (comm_text and its full-text index comm_fts) and the content blocks it uses, and the
// delivery events that give it its status. A record replaces the cached one only when it
// changed, comes from the repository that holds the id and is not older than the cached one;
// an id that differs from a stored one only in case is another document claiming the key, and
// is rejected. Statements are prepared once.
class CommunicationWriter
{
public:
    explicit CommunicationWriter(cache::Database &db);
    ~CommunicationWriter();

    // Read before each page: whether the full-text index is deferred (a bulk load builds it at
    // its end) and whether any delivery event exists yet.
    void startPage();
    // Applies one record: true when it added or changed something; a rejection or an unchanged
    // record is counted in `r`.
    bool apply(qint64 repoId, const domain::Communication &c, ApplyResult &r);
    void applyEvents(qint64 repoId, const ChangePage &page, ApplyResult &r);

    // The cached row with this id and the repository it belongs to; nullopt when there is none.
    struct Cached
    {
        qint64 rowid = 0;
        qint64 repoId = 0;
    };
    std::optional<Cached> find(const QString &id);
    // The row, its text, its full-text entries and its content blocks; its delivery events stay
    // (by id).
    void removeRow(qint64 rowid);

private:
    struct Statements;
    // Looks the id up: a new id is inserted, a changed record replaces the cached one.
    bool applyCommunication(qint64 repoId, const domain::Communication &c, ApplyResult &r);
    // Inserts the communication unless its id is taken (then nothing is written: false).
    bool insertIfNew(qint64 repoId, const domain::Communication &c);
    void statusFromEvents(qint64 rowid, const QString &id);
    void writeTextAndBlocks(qint64 rowid, const domain::Communication &c, bool replacing);
    void removeFromTextIndex(qint64 rowid);

    cache::Database &m_db;
    std::unique_ptr<Statements> m_st;
    bool m_textIndexDeferred = false;
    bool m_eventsExist = true;
};

} // namespace proofdesk::sync
