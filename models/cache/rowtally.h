#pragma once

#include <QList>
#include <QString>

namespace proofdesk::cache {

class Database;

// How many letters and delivery events each repository has in the cache, kept by triggers as
// Proofdesk writes them (issue #62 item 3: "a row or its delivery events deleted" by hand left
// no trace, and a sync of the unchanged source never brought them back). A row's seal
// (cache/rowseal.h) shows a row changed; only a count kept beside the rows shows one gone, or
// one put in. Each repository's tally is sealed with row_seal() in the triggers that keep it,
// which only Proofdesk's connections have: the sqlite3 shell can delete a letter only after
// dropping those triggers, and then the tally names the repository that lost it.
class RowTally
{
public:
    // The table, its triggers, and the tallies of the rows there now (migration 21).
    static void create(Database &db);
    static QString triggersSql();
    static bool triggersPresent(Database &db);

    struct Miscount
    {
        qint64 repository = 0;
        QString name;           // the repository's, empty when it is no longer in the cache
        qint64 lettersKept = 0; // what the tally says Proofdesk wrote
        qint64 letters = 0;     // what the cache holds
        qint64 eventsKept = 0;
        qint64 events = 0;
        bool sealHolds = true; // false: the tally itself was written by hand
    };
    // The repositories whose rows are not what their tallies say, and those with rows but no tally.
    static QList<Miscount> verify(Database &db);
    // After a check that found them (`db` writable, in the caller's transaction): the triggers made
    // again if missing, and each named repository's tally counted again from its rows, so that the
    // repository read again from its start (RowSeal::repair clears its cursor) counts from there.
    static void recount(Database &db, const QList<Miscount> &found);
};

} // namespace proofdesk::cache
