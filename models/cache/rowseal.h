#pragma once

#include "rowtally.h"
#include "tableseal.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace proofdesk::cache {

class Database;

// A communication's row sealed where it is written (issue #62 item 3): row_seal holds a hash of
// every other column of the row (not its rowid, which an insert does not know yet), set by the
// import's INSERT and by the cache's own triggers after any other insert and every update,
// through the SQL function row_seal(), which only Proofdesk's connections have. A hand edit with the sqlite3 shell
// therefore fails ("no such function: row_seal"); one that drops the triggers first, or writes row_seal itself, leaves
// a row whose seal does not match what it holds, and damaged() names it. A letter is checked where a person relies on
// it (holds()): shown, produced, exported as evidence; `proofdesk-cli cache verify` checks all.
class RowSeal
{
public:
    // row_seal(v1, v2, …): the first 32 hex digits of the BLAKE2b of the values, each a NULL or
    // its text with its length, in order. Registered on every connection (Database's constructor).
    static void registerFunction(sqlite3 *db);

    // The sealed columns, in the order they are hashed: every column of communications but
    // rowid and row_seal (tst_rowseal fails when a migration adds one that is not here).
    static const QStringList &columns();
    // The call that seals a row, as SQL: row_seal(id, repo_id, …) over the row's columns, each
    // named by `prefix`, or the expression `valueOf` gives for it (an UPDATE that seals as it
    // writes: SET status = ?1, row_seal = sealExpression({}, {{"status", "?1"}}); its right-hand
    // sides read the row as it was, so the columns it does not set are the row's).
    static QString sealExpression(const QString &prefix = {}, const QHash<QString, QString> &valueOf = {});
    // The triggers that seal each row written (migration 20 makes them).
    static QString triggersSql();
    static bool triggersPresent(Database &db);

    // Whether the communication's row, its text and its delivery events hold what they were sealed
    // with (true when there is no such row: whoever asked says it is missing).
    static bool holds(Database &db, const QString &communicationId);

    struct Damaged
    {
        QString id;
        qint64 rowid = 0;
    };
    struct Check
    {
        qint64 rows = 0;           // rows checked
        QList<Damaged> damaged;    // the first `limit` rows that do not hold
        qint64 damagedRows = 0;    // all of them
        QSet<qint64> repositories; // the repositories of all of them
        bool triggers = true;      // the sealing triggers are in place
        // Repositories whose letters or delivery events are not as many as Proofdesk wrote
        // (a row deleted or put in by hand), with their tallies' triggers (cache/rowtally.h).
        QList<RowTally::Miscount> miscounted;
        bool tallyTriggers = true;
        // Delivery events and letters' texts changed in place (cache/tableseal.h).
        TableSeal::Check events;
        TableSeal::Check texts;
        bool clean() const
        {
            return damagedRows == 0 && triggers && miscounted.isEmpty() && tallyTriggers && events.clean()
                   && texts.clean();
        }
        // The rows changed, gone or put in: what the daily check reports.
        qint64 rowsNotAsWritten() const;
    };
    static Check verify(Database &db, int limit = 1000);
    // After a check that found damage (`db` writable): each damaged row's repository is read
    // again from its start at its next sync (its cursor cleared, as a wider scope does), where
    // the cache writer writes again every row whose seal does not hold; sealing triggers that
    // were removed are made again. A changed delivery event is taken out (the sync brings it as
    // sent); a letter whose text changed has its row's seal broken, so that the sync writes it
    // again, and the full-text index is built again from the texts as they are, so that the
    // sync's rewrite removes what the index holds. Returns the repositories to be read again.
    static qsizetype repair(Database &db, const Check &check);
    // verify() and repair() as the daily check runs them (CacheFile::prepare, CheckBeside): the
    // damaged rows named in the log.
    static Check checkAndRepair(Database &db);
};

} // namespace proofdesk::cache
