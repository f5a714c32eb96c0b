#include "recollate.h"

#include "domain/textfold.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcMigrations)

namespace proofdesk::cache {

namespace {

const char kEditSchema[] = "UPDATE sqlite_schema SET sql = replace(replace(sql, 'COLLATE NOCASE', 'COLLATE fold'), "
                           "'collate nocase', 'COLLATE fold') WHERE sql LIKE '%COLLATE NOCASE%'";

// The tables whose definitions or indexes name NOCASE, before the edit.
QSet<QString> tablesUsingNoCase(Database &db)
{
    QSet<QString> tables;
    Statement st = db.prepare("SELECT tbl_name FROM sqlite_schema WHERE type IN ('table', 'index') "
                              "AND sql LIKE '%COLLATE NOCASE%'");
    while (st.step())
        tables.insert(st.columnText(0));
    return tables;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// The rowids of communications whose id equals an earlier row's once folded. Only an id
// with a non-ASCII letter can (ASCII ids equal once folded are equal under NOCASE already,
// which the UNIQUE index refused): such ids are found by one scan of the id index, and each
// is compared with the others and, when it folds to ASCII (ſ → s, K → k), looked up.
QList<qint64> idsEqualOnceFolded(Database &db)
{
    QHash<QString, qint64> firstOf; // folded id -> smallest rowid
    QList<std::pair<QString, qint64>> candidates;
    {
        Statement st = db.prepare("SELECT rowid, id FROM communications WHERE id GLOB ?1");
        st.bind(1, QStringLiteral("*[^%1-%2]*").arg(QChar(0x01), QChar(0x7f)));
        while (st.step())
            candidates.append({domain::foldCase(st.columnText(1)), st.columnInt(0)});
    }
    Statement ascii = db.prepare("SELECT min(rowid) FROM communications WHERE id = ?1");
    QSet<QString> keptAscii; // folded ids an ASCII id already holds: every candidate goes
    for (const auto &[folded, rowid] : candidates) {
        if (keptAscii.contains(folded))
            continue;
        if (isAscii(folded)) {
            ascii.bind(1, folded);
            const bool held = ascii.step() && !ascii.isNull(0);
            const qint64 holder = held ? ascii.columnInt(0) : 0;
            ascii.reset();
            if (held) {
                keptAscii.insert(folded);
                firstOf.insert(folded, holder);
                continue;
            }
        }
        firstOf.insert(folded, std::min(firstOf.value(folded, rowid), rowid));
    }
    QList<qint64> twins;
    for (const auto &[folded, rowid] : candidates)
        if (firstOf.value(folded) != rowid)
            twins.append(rowid);
    return twins;
}

// Every twin but the first goes, with what hangs on its rowid; the next sync brings each
// back as the repository has it.
void dropIdsEqualOnceFolded(Database &db)
{
    const QList<qint64> twins = idsEqualOnceFolded(db);
    if (twins.isEmpty())
        return;
    qCWarning(lcMigrations) << twins.size()
                            << "communications whose ids differ from another's only in case leave "
                               "the cache until the next sync";
    db.exec("CREATE TEMP TABLE folded_twin(r INTEGER PRIMARY KEY)");
    Statement add = db.prepare("INSERT OR IGNORE INTO temp.folded_twin(r) VALUES(?1)");
    for (const qint64 rowid : twins)
        add.bind(1, rowid).run();
    db.exec("INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) SELECT 'delete', t.rowid, t.body, t.names, "
            "t.ids FROM comm_text t JOIN temp.folded_twin f ON f.r = t.rowid");
    db.exec("DELETE FROM comm_text WHERE rowid IN temp.folded_twin");
    db.exec("DELETE FROM comm_blocks WHERE comm_rowid IN temp.folded_twin");
    db.exec("DELETE FROM communications WHERE rowid IN temp.folded_twin");
    db.exec("DROP TABLE temp.folded_twin");
}

} // namespace

void recollateNoCaseToFold(Database &db, bool rebuildableCache)
{
    const QSet<QString> tables = tablesUsingNoCase(db);
    if (tables.isEmpty())
        return;
    if (rebuildableCache && tables.contains(QStringLiteral("communications")))
        dropIdsEqualOnceFolded(db);
    const qint64 schemaVersion = db.queryInt("PRAGMA schema_version");
    db.exec("PRAGMA writable_schema = ON");
    db.exec(kEditSchema);
    // A bumped schema version makes every connection (this one first) read the schema again.
    db.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    db.exec("PRAGMA writable_schema = OFF");
    if (rebuildableCache) // a bulk load's dropped indexes, kept to be made again
        db.exec("UPDATE meta SET value = replace(value, 'COLLATE NOCASE', 'COLLATE fold') "
                "WHERE key LIKE 'deferred\\_%' ESCAPE '\\'");
    for (const QString &table : tables)
        db.exec(QStringLiteral("REINDEX main.\"%1\"").arg(table));
}

} // namespace proofdesk::cache
