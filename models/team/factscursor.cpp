#include "factscursor.h"

#include "cache/holdsql.h"
#include "cache/sqlite.h"

#include <QStringList>

namespace proofdesk::team {

namespace {

constexpr char kTeamKey[] = "facts_published_to";

// The columns the team's facts are made of (TeamFacts' query reads exactly these).
QStringList factColumns()
{
    QStringList columns = {
        QStringLiteral("repo_id"),           QStringLiteral("channel"),           QStringLiteral("recipient_email"),
        QStringLiteral("recipient_address"), QStringLiteral("recipient_phone"),   QStringLiteral("issued_at"),
        QStringLiteral("retention_class"),   QStringLiteral("retention_trigger"), QStringLiteral("rendition_sha256"),
        QStringLiteral("repo_hold_ids"),     QStringLiteral("repo_deleted_at"),   QStringLiteral("reissue_of")};
    columns << cache::holdsql::scopeFields();
    return columns;
}

bool hasTable(cache::Database &db)
{
    return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'facts_changes'").step();
}

} // namespace

FactsCursor::FactsCursor(cache::Database &cache)
    : m_cache(cache)
{}

bool FactsCursor::followsTeam(const QString &team) const
{
    if (!hasTable(m_cache))
        return false;
    cache::Statement st = m_cache.prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, QString::fromLatin1(kTeamKey));
    return st.step() && st.columnText(0) == team;
}

void FactsCursor::startFollowing()
{
    m_cache.exec("CREATE TABLE IF NOT EXISTS facts_changes ("
                 "seq INTEGER PRIMARY KEY AUTOINCREMENT, comm_id TEXT NOT NULL UNIQUE COLLATE fold)");
    const QString note = QStringLiteral("INSERT OR REPLACE INTO facts_changes(comm_id) VALUES (NEW.id)");
    m_cache.exec(QStringLiteral("CREATE TRIGGER IF NOT EXISTS facts_changed_insert AFTER INSERT ON communications "
                                "BEGIN %1; END")
                     .arg(note));
    QStringList differs;
    for (const QString &c : factColumns())
        differs << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(c);
    // A sync writes every column of a row it sees again: only a changed fact counts.
    m_cache.exec(QStringLiteral("CREATE TRIGGER IF NOT EXISTS facts_changed_update AFTER UPDATE ON communications "
                                "WHEN %1 BEGIN %2; END")
                     .arg(differs.join(QLatin1String(" OR ")), note));
    // A communication gone from the cache (deleted in its repository, or evicted when it left the
    // sync scope): its facts are withdrawn on the team (FactsWithdrawals).
    m_cache.exec(QStringLiteral("CREATE TRIGGER IF NOT EXISTS facts_changed_delete AFTER DELETE ON communications "
                                "BEGIN INSERT OR REPLACE INTO facts_changes(comm_id) VALUES (OLD.id); END"));
    // A retention period that changes moves the retention end of every letter of its class.
    for (const char *event : {"INSERT", "UPDATE"})
        m_cache.exec(QStringLiteral("CREATE TRIGGER IF NOT EXISTS facts_changed_retention_%1 AFTER %2 ON "
                                    "retention_classes BEGIN INSERT OR REPLACE INTO facts_changes(comm_id) "
                                    "SELECT id FROM communications WHERE retention_class = NEW.class; END")
                         .arg(QString::fromLatin1(event).toLower(), QLatin1String(event)));
}

void FactsCursor::noteTeam(const QString &team)
{
    m_cache.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, QString::fromLatin1(kTeamKey))
        .bind(2, team)
        .run();
}

qint64 FactsCursor::mark() const
{
    return hasTable(m_cache) ? m_cache.queryInt("SELECT coalesce(max(seq), 0) FROM facts_changes") : 0;
}

void FactsCursor::forgetUpTo(qint64 mark)
{
    m_cache.prepare("DELETE FROM facts_changes WHERE seq <= ?1").bind(1, mark).run();
}

qint64 FactsCursor::pending() const
{
    return hasTable(m_cache) ? m_cache.queryInt("SELECT count(*) FROM facts_changes") : 0;
}

} // namespace proofdesk::team
