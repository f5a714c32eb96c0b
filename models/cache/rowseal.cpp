#include "rowseal.h"

#include "bulkload.h"
#include "repositorystore.h"
#include "sqlite.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QtEndian>
#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace proofdesk::cache {

namespace {

// A NULL, or the value as text with its length: the text a reader is shown. A number and its
// text seal alike, so that a value is sealed the same before and after the column's affinity
// stores it (the import seals the values it binds, in its INSERT).
void appendValue(QByteArray &out, sqlite3_value *value)
{
    if (sqlite3_value_type(value) == SQLITE_NULL) {
        out.append('\0');
        return;
    }
    const char *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    const int bytes = sqlite3_value_bytes(value);
    char length[4];
    qToLittleEndian<quint32>(quint32(bytes), length);
    out.append('\1');
    out.append(length, 4);
    out.append(text, bytes);
}

void rowSealFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    QByteArray bytes;
    bytes.reserve(1024);
    for (int i = 0; i < argc; ++i)
        appendValue(bytes, argv[i]);
    // BLAKE2b from Qt Core: the lean search program has no libcrypto to load, and Qt's own
    // SHA-256 is five times slower here.
    const QByteArray seal = QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_160).toHex().left(32);
    sqlite3_result_text(context, seal.constData(), int(seal.size()), SQLITE_TRANSIENT);
}

} // namespace

QString RowSeal::sealExpression(const QString &prefix, const QHash<QString, QString> &valueOf)
{
    return TableSeal::letters().sealExpression(prefix, valueOf);
}

void RowSeal::registerFunction(sqlite3 *db)
{
    sqlite3_create_function_v2(db, "row_seal", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               rowSealFunction, nullptr, nullptr, nullptr);
}

const QStringList &RowSeal::columns() { return TableSeal::letters().columns(); }

QString RowSeal::triggersSql() { return TableSeal::letters().triggersSql(); }

bool RowSeal::triggersPresent(Database &db) { return TableSeal::letters().triggersPresent(db); }

bool RowSeal::holds(Database &db, const QString &communicationId)
{
    // The letter's row, its text and each of its delivery events, as written: what a reader is
    // shown of it and what a production or an evidence package carries.
    static const QString sql =
        QStringLiteral("SELECT c.row_seal IS %1 "
                       "AND coalesce((SELECT t.row_seal IS %2 FROM comm_text t WHERE t.rowid = c.rowid), 1) "
                       "AND NOT EXISTS (SELECT 1 FROM delivery_events e WHERE e.communication_id = c.id "
                       "AND e.row_seal IS NOT %3) FROM communications c WHERE c.id = ?1")
            .arg(sealExpression(QStringLiteral("c.")), TableSeal::texts().sealExpression(QStringLiteral("t.")),
                 TableSeal::events().sealExpression(QStringLiteral("e.")));
    Statement st = db.prepareCached(sql);
    st.bind(1, communicationId);
    return !st.step() || st.columnInt(0) == 1;
}

RowSeal::Check RowSeal::verify(Database &db, int limit)
{
    Check check;
    check.tallyTriggers = RowTally::triggersPresent(db);
    check.miscounted = RowTally::verify(db);
    check.events = TableSeal::events().verify(db, limit);
    check.texts = TableSeal::texts().verify(db, limit);
    const TableSeal::Check letters = TableSeal::letters().verify(db, limit);
    check.triggers = letters.triggers;
    check.rows = letters.rows;
    check.damagedRows = letters.damagedRows;
    check.repositories = letters.repositories;
    for (const TableSeal::Damaged &d : letters.damaged)
        check.damaged.append({d.communicationId, d.key});
    return check;
}

qint64 RowSeal::Check::rowsNotAsWritten() const
{
    qint64 rows = damagedRows + events.damagedRows + texts.damagedRows;
    for (const RowTally::Miscount &m : miscounted)
        rows += std::max<qint64>(1, qAbs(m.letters - m.lettersKept) + qAbs(m.events - m.eventsKept));
    return rows;
}

namespace {

// The changed events go before a recount, so that it counts the rows kept.
void repairEvents(Database &db, const TableSeal::Check &check)
{
    const TableSeal &events = TableSeal::events();
    if (!check.triggers)
        events.restoreTriggers(db);
    if (check.damagedRows > 0)
        db.exec(QStringLiteral("DELETE FROM delivery_events WHERE %1").arg(events.damagedCondition()));
}

// The full-text index holds the words of the texts as written (an edit by hand does not reach it):
// built again from the texts as they are, the sync's rewrite of each such letter then removes
// exactly what the index holds. Not while a bulk load has it deferred: it is built then.
void repairTexts(Database &db, const TableSeal::Check &check)
{
    const TableSeal &texts = TableSeal::texts();
    if (!check.triggers)
        texts.restoreTriggers(db);
    if (check.damagedRows == 0)
        return;
    db.exec(QStringLiteral("UPDATE communications SET row_seal = 'its text changed outside Proofdesk' "
                           "WHERE rowid IN (SELECT rowid FROM comm_text WHERE %1)")
                .arg(texts.damagedCondition()));
    if (Statement pending = db.prepare(BulkLoad::kTextIndexPendingSql); !pending.step())
        db.exec("INSERT INTO comm_fts(comm_fts) VALUES('rebuild')");
}

// What the daily check found of a letter's other table, for the log.
void describe(QStringList &found, const char *part, const TableSeal::Check &check)
{
    if (check.damagedRows > 0) {
        QStringList named;
        for (const TableSeal::Damaged &d : check.damaged)
            named << d.communicationId;
        found << QStringLiteral("%1 %2 changed (of %3)")
                     .arg(check.damagedRows)
                     .arg(QLatin1String(part), named.join(u", "));
    }
    if (!check.triggers)
        found << QStringLiteral("the sealing triggers of the %1 removed").arg(QLatin1String(part));
}

} // namespace

qsizetype RowSeal::repair(Database &db, const Check &check)
{
    Transaction tx(db);
    if (!check.triggers)
        TableSeal::letters().restoreTriggers(db);
    QSet<qint64> again = check.repositories;
    repairEvents(db, check.events);
    repairTexts(db, check.texts);
    again.unite(check.events.repositories);
    again.unite(check.texts.repositories);
    // Without the counting triggers the events' deletion was not counted: counted again below.
    QList<RowTally::Miscount> recount = check.miscounted;
    if (!check.tallyTriggers)
        for (const qint64 id : check.events.repositories)
            recount.append(RowTally::Miscount{id, {}});
    if (!check.tallyTriggers || !recount.isEmpty())
        RowTally::recount(db, recount);
    for (const RowTally::Miscount &m : check.miscounted)
        again.insert(m.repository);
    RepositoryStore repositories(db);
    for (const qint64 id : std::as_const(again))
        repositories.clearCursor(id);
    tx.commit();
    return again.size();
}

RowSeal::Check RowSeal::checkAndRepair(Database &db)
{
    const Check check = verify(db, 20);
    if (check.clean())
        return check;
    QStringList found;
    if (check.damagedRows > 0) {
        QStringList named;
        for (const Damaged &d : check.damaged)
            named << d.id;
        found << QStringLiteral("%1 letters' rows changed (%2)").arg(check.damagedRows).arg(named.join(u", "));
    }
    if (!check.triggers)
        found << QStringLiteral("the sealing triggers removed");
    describe(found, "delivery events", check.events);
    describe(found, "texts", check.texts);
    for (const RowTally::Miscount &m : check.miscounted)
        found << QStringLiteral(
                     "repository %1 holding %2 letters and %3 delivery events where %4 and %5 were written%6")
                     .arg(m.name.isEmpty() ? QString::number(m.repository) : m.name)
                     .arg(m.letters)
                     .arg(m.events)
                     .arg(m.lettersKept)
                     .arg(m.eventsKept)
                     .arg(m.sealHolds ? QString() : QStringLiteral(", its count written by hand"));
    if (!check.tallyTriggers)
        found << QStringLiteral("the counting triggers removed");
    qCWarning(lcCache).noquote() << "the daily check found, outside Proofdesk:" << found.join(u"; ")
                                 << "- their repositories are read again at the next sync";
    repair(db, check);
    return check;
}

} // namespace proofdesk::cache
