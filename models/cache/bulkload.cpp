#include "bulkload.h"

#include "sqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <cerrno>
#include <signal.h>

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace proofdesk::cache {

namespace {

constexpr char kKeyPrefix[] = "deferred_index.";
constexpr char kTriggerPrefix[] = "deferred_trigger.";
constexpr char kAggregatesKey[] = "deferred_aggregates";
constexpr char kTextIndexKey[] = "deferred_text_index";
// Who dropped them: "PID START" (START: the process's start time, so that a later process
// given the same id is not taken for it). Not a "deferred_" key: it is no rebuild step.
constexpr char kOwnerKey[] = "bulkload_owner";

// This process's start time in clock ticks since boot (/proc/PID/stat, field 22); empty where
// there is no /proc.
QByteArray startTimeOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return QByteArray();
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 19 ? fields.at(19) : QByteArray();
}

QString thisProcess()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QStringLiteral("%1 %2").arg(pid).arg(QString::fromLatin1(startTimeOf(pid)));
}

// The noted process still runs: the same id with the same start time (a process stopped by a
// signal or a debugger runs too).
bool isRunning(const QString &owner)
{
    const QStringList parts = owner.split(QLatin1Char(' '));
    bool ok = false;
    const qint64 pid = parts.value(0).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    const QByteArray started = startTimeOf(pid);
    return started.isEmpty() || started == parts.value(1).toLatin1();
}

// The dashboards' aggregates (migration 2), counted again from the rows: the same grouping
// as the agg_* triggers keep up one row at a time.
constexpr const char *kRecountAggregates[] = {
    "DELETE FROM agg_comm_week",
    "INSERT INTO agg_comm_week(week, channel, status, n) "
    "SELECT (issued_at + 259200000) / 604800000 * 604800000 - 259200000, channel, status, count(*) "
    "FROM communications GROUP BY 1, 2, 3",
    "DELETE FROM agg_retention_month",
    "INSERT INTO agg_retention_month(class, month, n) "
    "SELECT retention_class, "
    "CAST(strftime('%Y', coalesce(retention_trigger, issued_at) / 1000, 'unixepoch') AS INTEGER) * 12 "
    "+ CAST(strftime('%m', coalesce(retention_trigger, issued_at) / 1000, 'unixepoch') AS INTEGER) - 1, "
    "count(*) FROM communications WHERE retention_class IS NOT NULL GROUP BY 1, 2",
    "DELETE FROM agg_comm_month",
    "INSERT INTO agg_comm_month(issued_at, type, channel, status, business_unit, n) "
    "SELECT CAST(strftime('%s', issued_at / 1000.0, 'unixepoch', 'start of month') AS INTEGER) * 1000, "
    "type, channel, status, business_unit, count(*) FROM communications GROUP BY 1, 2, 3, 4, 5",
    nullptr,
};

// comm_issued_by_rowid is named by INDEXED BY in the retired-block check and grows at the
// end of rowid order anyway, so keeping it costs an import nothing.
constexpr char kDeferrable[] =
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
    "AND sql NOT LIKE 'CREATE UNIQUE%' AND name NOT IN ('comm_issued_by_rowid', 'comm_repo_held') "
    "AND tbl_name IN ('communications', 'comm_blocks', 'delivery_events') ORDER BY name";

QList<QPair<QString, QString>> pendingSteps(Database &db)
{
    QList<QPair<QString, QString>> steps;
    // Aggregates (with their triggers, which are not steps of their own), then indexes, and
    // the text index last.
    Statement st = db.prepare("SELECT key, value FROM meta WHERE key LIKE 'deferred\\_%' ESCAPE '\\' "
                              "AND key NOT LIKE 'deferred\\_trigger.%' ESCAPE '\\' "
                              "ORDER BY key = 'deferred_text_index', key");
    while (st.step())
        steps.append({st.columnText(0), st.columnText(1)});
    return steps;
}

// Counts the aggregates again and puts their triggers back, in the caller's transaction.
void rebuildAggregates(Database &db)
{
    for (const char *const *sql = kRecountAggregates; *sql; ++sql)
        db.exec(*sql);
    QList<QPair<QString, QString>> triggers;
    {
        Statement st = db.prepare("SELECT key, value FROM meta WHERE key LIKE 'deferred\\_trigger.%' ESCAPE '\\'");
        while (st.step())
            triggers.append({st.columnText(0), st.columnText(1)});
    }
    for (const auto &[key, sql] : triggers) {
        Statement exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'trigger' AND name = ?1");
        exists.bind(1, key.mid(int(sizeof(kTriggerPrefix)) - 1));
        if (!exists.step())
            db.exec(sql);
        db.prepare("DELETE FROM meta WHERE key = ?1").bind(1, key).run();
    }
}

// The full-text index from comm_text, in the caller's transaction. 'rebuild' feeds every row
// through FTS5's hash of pending postings, which writes a new segment each time it holds
// `hashsize` bytes (1 MB by default) and merges segments as it goes (automerge 4, crisismerge 16),
// so that each posting was written several times before 'optimize' wrote them all once more into
// one segment. A larger hash and no merging on the way leave a few large segments for 'optimize'
// alone (docs/import.md). The defaults are set again for the rows later syncs add one by one.
void rebuildTextIndex(Database &db)
{
    db.exec("INSERT INTO comm_fts(comm_fts, rank) VALUES('hashsize', 33554432)");
    db.exec("INSERT INTO comm_fts(comm_fts, rank) VALUES('automerge', 0)");
    db.exec("INSERT INTO comm_fts(comm_fts, rank) VALUES('crisismerge', 64)");
    db.exec("INSERT INTO comm_fts(comm_fts) VALUES('rebuild')");
    db.exec("INSERT INTO comm_fts(comm_fts) VALUES('optimize')");
    db.exec("INSERT INTO comm_fts(comm_fts, rank) VALUES('hashsize', 1048576)");
    db.exec("INSERT INTO comm_fts(comm_fts, rank) VALUES('automerge', 4)");
    db.exec("INSERT INTO comm_fts(comm_fts, rank) VALUES('crisismerge', 16)");
}

void rebuildIndex(Database &db, const QString &name, const QString &sql)
{
    Statement exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1");
    exists.bind(1, name);
    if (!exists.step())
        db.exec(sql);
}

} // namespace

int BulkLoad::deferIndexes(Database &db, TextIndex text)
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
    // The aggregate triggers cost two upserts (and date arithmetic) per row and per status
    // change: the aggregates are counted again in one pass at the end instead.
    QList<QPair<QString, QString>> triggers;
    {
        Statement st = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                                  "AND name LIKE 'agg\\_%' ESCAPE '\\' ORDER BY name");
        while (st.step())
            triggers.append({st.columnText(0), st.columnText(1)});
    }
    for (const auto &[name, sql] : triggers) {
        remember.bind(1, QLatin1String(kTriggerPrefix) + name).bind(2, sql).run();
        db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name));
    }
    remember.bind(1, QLatin1String(kAggregatesKey)).bind(2, QStringLiteral("recount")).run();
    remember.bind(1, QLatin1String(kOwnerKey)).bind(2, thisProcess()).run();
    if (text == TextIndex::Defer)
        remember.bind(1, QLatin1String(kTextIndexKey)).bind(2, QStringLiteral("rebuild")).run();
    tx.commit();
    return pendingIndexes(db);
}

const char *const *BulkLoad::aggregateRecounts() { return kRecountAggregates; }

int BulkLoad::pendingIndexes(Database &db)
{
    return int(db.queryInt("SELECT count(*) FROM meta WHERE key LIKE 'deferred\\_%' ESCAPE '\\' "
                           "AND key NOT LIKE 'deferred\\_trigger.%' ESCAPE '\\'"));
}

bool BulkLoad::loaderAtWork(Database &db)
{
    if (pendingIndexes(db) == 0)
        return false;
    Statement st = db.prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(kOwnerKey));
    return st.step() && isRunning(st.columnText(0)); // none noted: a cache from before, its loader gone
}

QString BulkLoad::unavailableWhileLoading(Database &db)
{
    try {
        if (pendingIndexes(db) == 0)
            return QString();
    } catch (const SqliteError &) {
        return QString();
    }
    return QCoreApplication::translate("proofdesk::cache::BulkLoad",
                                       "A large import is building the cache's indexes; this view "
                                       "works again when it has finished.");
}

void BulkLoad::restoreIndexes(Database &db, const std::function<void(int, int)> &progress)
{
    const auto steps = pendingSteps(db);
    if (steps.isEmpty()) {
        db.prepare("DELETE FROM meta WHERE key = ?1").bind(1, QString::fromLatin1(kOwnerKey)).run();
        return;
    }
    int done = 0;
    for (const auto &[key, value] : steps) {
        QElapsedTimer timer;
        timer.start();
        Transaction tx(db);
        if (key == QLatin1String(kAggregatesKey)) {
            rebuildAggregates(db);
        } else if (key == QLatin1String(kTextIndexKey)) {
            rebuildTextIndex(db);
        } else {
            rebuildIndex(db, key.mid(int(sizeof(kKeyPrefix)) - 1), value);
        }
        db.prepare("DELETE FROM meta WHERE key = ?1").bind(1, key).run();
        tx.commit();
        qCDebug(lcCache) << "rebuilt" << key << "in" << timer.elapsed() << "ms";
        if (progress)
            progress(++done, int(steps.size()));
    }
    db.prepare("DELETE FROM meta WHERE key = ?1").bind(1, QString::fromLatin1(kOwnerKey)).run();
}

} // namespace proofdesk::cache
