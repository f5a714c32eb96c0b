#include "rowtally.h"

#include "sqlite.h"

#include <QStringList>

namespace proofdesk::cache {

namespace {

// One repository's tally moved by `letters` and `events`, sealed again as it is written. Its row
// is made with the repository (tally_repository_insert), so that a letter's insert costs one
// update and one seal.
QString moveTally(const char *repository, const char *letters, const char *events)
{
    return QStringLiteral("UPDATE row_tally SET letters = letters + %2, events = events + %3, "
                          "seal = row_seal(repo_id, letters + %2, events + %3) WHERE repo_id = %1;")
        .arg(QLatin1String(repository), QLatin1String(letters), QLatin1String(events));
}

QString trigger(const char *name, const char *when, const QString &body)
{
    return QStringLiteral("CREATE TRIGGER %1 %2 BEGIN %3 END;\n").arg(QLatin1String(name), QLatin1String(when), body);
}

const QStringList &triggerNames()
{
    static const QStringList names = {
        QStringLiteral("tally_repository_insert"), QStringLiteral("tally_comm_insert"),
        QStringLiteral("tally_comm_delete"),       QStringLiteral("tally_comm_move"),
        QStringLiteral("tally_event_insert"),      QStringLiteral("tally_event_delete"),
        QStringLiteral("tally_event_move"),
    };
    return names;
}

// Counts one repository's rows into its tally, sealed.
const char *const kRecount =
    "INSERT INTO row_tally(repo_id, letters, events, seal) "
    "SELECT ?1, l, e, row_seal(?1, l, e) FROM (SELECT "
    "(SELECT count(*) FROM communications WHERE repo_id = ?1) AS l, "
    "(SELECT count(*) FROM delivery_events WHERE repo_id = ?1) AS e) "
    "WHERE true ON CONFLICT(repo_id) DO UPDATE SET letters = excluded.letters, events = excluded.events, "
    "seal = excluded.seal";

} // namespace

QString RowTally::triggersSql()
{
    return trigger("tally_repository_insert", "AFTER INSERT ON repositories",
                   QStringLiteral(
                       "INSERT OR IGNORE INTO row_tally(repo_id, seal) VALUES (NEW.id, row_seal(NEW.id, 0, 0));"))
           + trigger("tally_comm_insert", "AFTER INSERT ON communications", moveTally("NEW.repo_id", "1", "0"))
           + trigger("tally_comm_delete", "AFTER DELETE ON communications", moveTally("OLD.repo_id", "-1", "0"))
           + trigger("tally_comm_move", "AFTER UPDATE OF repo_id ON communications WHEN OLD.repo_id IS NOT NEW.repo_id",
                     moveTally("OLD.repo_id", "-1", "0") + moveTally("NEW.repo_id", "1", "0"))
           + trigger("tally_event_insert", "AFTER INSERT ON delivery_events", moveTally("NEW.repo_id", "0", "1"))
           + trigger("tally_event_delete", "AFTER DELETE ON delivery_events", moveTally("OLD.repo_id", "0", "-1"))
           + trigger("tally_event_move",
                     "AFTER UPDATE OF repo_id ON delivery_events WHEN OLD.repo_id IS NOT NEW.repo_id",
                     moveTally("OLD.repo_id", "0", "-1") + moveTally("NEW.repo_id", "0", "1"));
}

void RowTally::create(Database &db)
{
    db.exec("CREATE TABLE row_tally (repo_id INTEGER PRIMARY KEY, letters INTEGER NOT NULL DEFAULT 0, "
            "events INTEGER NOT NULL DEFAULT 0, seal TEXT NOT NULL)");
    QList<Miscount> every;
    for (Statement st = db.prepare("SELECT id FROM repositories UNION SELECT repo_id FROM communications "
                                   "UNION SELECT repo_id FROM delivery_events");
         st.step();)
        every.append(Miscount{st.columnInt(0), {}});
    recount(db, every);
}

bool RowTally::triggersPresent(Database &db)
{
    Statement st = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN "
                              "(SELECT value FROM json_each(?1))");
    st.bind(1, QStringLiteral("[\"%1\"]").arg(triggerNames().join(QLatin1String("\",\""))));
    return st.step() && st.columnInt(0) == triggerNames().size();
}

QList<RowTally::Miscount> RowTally::verify(Database &db)
{
    QList<Miscount> found;
    Statement st =
        db.prepare("WITH held AS (SELECT id AS repo_id FROM repositories UNION SELECT repo_id FROM communications "
                   "UNION SELECT repo_id FROM delivery_events UNION SELECT repo_id FROM row_tally) "
                   "SELECT h.repo_id, coalesce(t.letters, 0), coalesce(t.events, 0), "
                   "(SELECT count(*) FROM communications c WHERE c.repo_id = h.repo_id), "
                   "(SELECT count(*) FROM delivery_events e WHERE e.repo_id = h.repo_id), "
                   "t.seal IS row_seal(t.repo_id, t.letters, t.events), "
                   "(SELECT name FROM repositories r WHERE r.id = h.repo_id) "
                   "FROM held h LEFT JOIN row_tally t ON t.repo_id = h.repo_id");
    while (st.step()) {
        const Miscount m{st.columnInt(0), st.columnText(6), st.columnInt(1),     st.columnInt(3),
                         st.columnInt(2), st.columnInt(4),  st.columnInt(5) == 1};
        if (!m.sealHolds || m.letters != m.lettersKept || m.events != m.eventsKept)
            found.append(m);
    }
    return found;
}

void RowTally::recount(Database &db, const QList<Miscount> &found)
{
    if (!triggersPresent(db)) {
        for (const QString &name : triggerNames())
            db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name));
        db.exec(triggersSql());
    }
    Statement count = db.prepare(kRecount);
    for (const Miscount &m : found)
        count.bind(1, m.repository).run();
}

} // namespace proofdesk::cache
