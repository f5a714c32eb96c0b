#include "bulkload.h"

#include "sqlite.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace proofdesk::cache {

namespace {

constexpr char kKeyPrefix[] = "deferred_index.";
constexpr char kTextIndexKey[] = "deferred_text_index";

// comm_issued_by_rowid is named by INDEXED BY in the retired-block check and grows at the
// end of rowid order anyway, so keeping it costs an import nothing.
constexpr char kDeferrable[] =
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
    "AND sql NOT LIKE 'CREATE UNIQUE%' AND name <> 'comm_issued_by_rowid' "
    "AND tbl_name IN ('communications', 'comm_blocks', 'delivery_events') ORDER BY name";

QList<QPair<QString, QString>> pendingSteps(Database &db)
{
    QList<QPair<QString, QString>> steps;
    // Indexes first: the text rebuild (key sorts after the prefix) is last.
    Statement st = db.prepare("SELECT key, value FROM meta WHERE key LIKE 'deferred\\_%' ESCAPE '\\' "
                              "ORDER BY key = 'deferred_text_index', key");
    while (st.step())
        steps.append({st.columnText(0), st.columnText(1)});
    return steps;
}

void rebuildIndex(Database &db, const QString &name, const QString &sql)
{
    Statement exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1");
    exists.bind(1, name);
    if (!exists.step())
        db.exec(sql);
}

} // namespace

int BulkLoad::deferIndexes(Database &db)
{
    Transaction tx(db);
    QList<QPair<QString, QString>> indexes;
    {
        Statement st = db.prepare(kDeferrable);
        while (st.step())
            indexes.append({st.columnText(0), st.columnText(1)});
    }
    Statement remember = db.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    for (const auto &[name, sql] : indexes) {
        remember.bind(1, QLatin1String(kKeyPrefix) + name).bind(2, sql).run();
        db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
    }
    remember.bind(1, QLatin1String(kTextIndexKey)).bind(2, QStringLiteral("rebuild")).run();
    tx.commit();
    return pendingIndexes(db);
}

int BulkLoad::pendingIndexes(Database &db)
{
    return int(db.queryInt("SELECT count(*) FROM meta WHERE key LIKE 'deferred\\_%' ESCAPE '\\'"));
}

void BulkLoad::restoreIndexes(Database &db, const std::function<void(int, int)> &progress)
{
    const auto steps = pendingSteps(db);
    if (steps.isEmpty())
        return;
    int done = 0;
    for (const auto &[key, value] : steps) {
        QElapsedTimer timer;
        timer.start();
        Transaction tx(db);
        if (key == QLatin1String(kTextIndexKey)) {
            db.exec("INSERT INTO comm_fts(comm_fts) VALUES('rebuild')");
            db.exec("INSERT INTO comm_fts(comm_fts) VALUES('optimize')");
        } else {
            rebuildIndex(db, key.mid(int(sizeof(kKeyPrefix)) - 1), value);
        }
        db.prepare("DELETE FROM meta WHERE key = ?1").bind(1, key).run();
        tx.commit();
        qCDebug(lcCache) << "rebuilt" << key << "in" << timer.elapsed() << "ms";
        if (progress)
            progress(++done, int(steps.size()));
    }
}

} // namespace proofdesk::cache
