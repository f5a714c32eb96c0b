#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace proofdesk::cache {

class Database;

// A letter's rows sealed where they are written (issue #62 item 3): its own row (cache/rowseal.h
// says where it is checked), its delivery events and its searchable text. A bounce
// made a delivery, an event moved to another letter, or a letter's text rewritten with the
// sqlite3 shell changed what the desk shows silently (a count, cache/rowtally.h, shows a row gone
// or put in, not one changed). Now the shell's UPDATE fails on the sealing trigger ("no such
// function: row_seal"), and one made after dropping the triggers leaves a row whose seal does not
// hold, which verify() names with its letter. RowSeal::repair takes it from there.
class TableSeal
{
public:
    // communications, the letters themselves: every column but the rowid (which an insert does
    // not know yet) and row_seal (cache/rowseal.h says what is done with it).
    static const TableSeal &letters();
    // delivery_events: every column but seq (which an insert does not know yet).
    static const TableSeal &events();
    // comm_text: the rowid (the letter whose text it is) and every column.
    static const TableSeal &texts();

    const QString &table() const { return m_table; }
    // The sealed columns, in the order they are hashed.
    const QStringList &columns() const { return m_columns; }
    // row_seal(…) over the columns, each named by `prefix`, or the expression `valueOf` gives for
    // it (an INSERT that seals the values it binds).
    QString sealExpression(const QString &prefix = {}, const QHash<QString, QString> &valueOf = {}) const;
    // The triggers that seal a row written without its seal, and one updated without it.
    QString triggersSql() const;
    bool triggersPresent(Database &db) const;
    // The column, the seals of the rows there now, and the triggers (migration 22, for the events
    // and texts).
    void create(Database &db) const;

    struct Damaged
    {
        qint64 key = 0;          // the row's seq or rowid
        QString communicationId; // the letter it names now
    };
    struct Check
    {
        qint64 rows = 0;           // rows checked
        QList<Damaged> damaged;    // the first `limit` that do not hold
        qint64 damagedRows = 0;    // all of them
        QSet<qint64> repositories; // their letters' repositories
        bool triggers = true;      // the sealing triggers are in place
        bool clean() const { return damagedRows == 0 && triggers; }
    };
    Check verify(Database &db, int limit = 1000) const;
    // The triggers made again where they are missing (`db` writable).
    void restoreTriggers(Database &db) const;
    // The condition, over the table's own columns, of a row whose seal does not hold.
    QString damagedCondition() const;

private:
    TableSeal(QString table, QString key, QString trigger, QStringList columns, QString letter, QString repository);

    QString m_table;
    QString m_key;     // the column that names a row: seq, rowid
    QString m_trigger; // the triggers' names begin with it
    QStringList m_columns;
    QString m_letter; // the letter's id and repository, as SQL over the table's row (as t)
    QString m_repository;
};

} // namespace proofdesk::cache
