#include "migrationrunner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMigrations, "proofdesk.migrations")

namespace proofdesk::cache {

int recordedSchemaVersion(Database &db, const char *metaTable)
{
    const QString table = QString::fromLatin1(metaTable);
    db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (key TEXT PRIMARY KEY, value TEXT NOT NULL)").arg(table));
    Statement st = db.prepare(QStringLiteral("SELECT value FROM %1 WHERE key = 'schema_version'").arg(table));
    return st.step() ? st.columnText(0).toInt() : 0;
}

void runMigrations(Database &db, const char *metaTable, const std::vector<Migration> &migrations, const char *what)
{
    const int current = recordedSchemaVersion(db, metaTable);
    const QString bump = QStringLiteral("INSERT INTO %1(key, value) VALUES('schema_version', ?1) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                             .arg(QString::fromLatin1(metaTable));
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        Transaction tx(db);
        db.exec(m.sql);
        if (m.code)
            m.code(db);
        db.prepare(bump).bind(1, QString::number(m.version)).run();
        tx.commit();
        qCDebug(lcMigrations) << "migrated" << what << "to schema" << m.version << m.description;
    }
}

} // namespace proofdesk::cache
