#include "tableseal.h"

#include "sqlite.h"

namespace proofdesk::cache {

TableSeal::TableSeal(QString table, QString key, QString trigger, QStringList columns, QString letter,
                     QString repository)
    : m_table(std::move(table))
    , m_key(std::move(key))
    , m_trigger(std::move(trigger))
    , m_columns(std::move(columns))
    , m_letter(std::move(letter))
    , m_repository(std::move(repository))
{}

const TableSeal &TableSeal::letters()
{
    static const TableSeal seal(QStringLiteral("communications"), QStringLiteral("rowid"), QStringLiteral("comm_seal"),
                                {
                                    QStringLiteral("id"),
                                    QStringLiteral("repo_id"),
                                    QStringLiteral("type"),
                                    QStringLiteral("issued_at"),
                                    QStringLiteral("channel"),
                                    QStringLiteral("template_id"),
                                    QStringLiteral("template_version"),
                                    QStringLiteral("rendition_path"),
                                    QStringLiteral("media_type"),
                                    QStringLiteral("rendition_sha256"),
                                    QStringLiteral("rendition_bytes"),
                                    QStringLiteral("pages"),
                                    QStringLiteral("recipient_name"),
                                    QStringLiteral("recipient_address"),
                                    QStringLiteral("recipient_email"),
                                    QStringLiteral("recipient_phone"),
                                    QStringLiteral("customer_id"),
                                    QStringLiteral("account_id"),
                                    QStringLiteral("policy_id"),
                                    QStringLiteral("claim_id"),
                                    QStringLiteral("loan_id"),
                                    QStringLiteral("case_id"),
                                    QStringLiteral("workspace_type"),
                                    QStringLiteral("workspace_id"),
                                    QStringLiteral("workspace_title"),
                                    QStringLiteral("business_unit"),
                                    QStringLiteral("batch"),
                                    QStringLiteral("campaign"),
                                    QStringLiteral("language"),
                                    QStringLiteral("retention_class"),
                                    QStringLiteral("retention_trigger"),
                                    QStringLiteral("snapshot_path"),
                                    QStringLiteral("snapshot_sha256"),
                                    QStringLiteral("origin"),
                                    QStringLiteral("reissue_of"),
                                    QStringLiteral("request_id"),
                                    QStringLiteral("extra"),
                                    QStringLiteral("fixity"),
                                    QStringLiteral("content_sha256"),
                                    QStringLiteral("status"),
                                    QStringLiteral("status_at"),
                                    QStringLiteral("record_hash"),
                                    QStringLiteral("repo_object_id"),
                                    QStringLiteral("repo_deleted_at"),
                                    QStringLiteral("repo_hold_ids"),
                                },
                                QStringLiteral("t.id"), QStringLiteral("t.repo_id"));
    return seal;
}

const TableSeal &TableSeal::events()
{
    static const TableSeal seal(QStringLiteral("delivery_events"), QStringLiteral("seq"), QStringLiteral("event_seal"),
                                {QStringLiteral("repo_id"), QStringLiteral("communication_id"), QStringLiteral("event"),
                                 QStringLiteral("at"), QStringLiteral("channel"), QStringLiteral("detail"),
                                 QStringLiteral("provider_ref"), QStringLiteral("extra")},
                                QStringLiteral("t.communication_id"), QStringLiteral("t.repo_id"));
    return seal;
}

const TableSeal &TableSeal::texts()
{
    static const TableSeal seal(
        QStringLiteral("comm_text"), QStringLiteral("rowid"), QStringLiteral("text_seal"),
        {QStringLiteral("rowid"), QStringLiteral("body"), QStringLiteral("names"), QStringLiteral("ids")},
        QStringLiteral("(SELECT c.id FROM communications c WHERE c.rowid = t.rowid)"),
        QStringLiteral("(SELECT c.repo_id FROM communications c WHERE c.rowid = t.rowid)"));
    return seal;
}

QString TableSeal::sealExpression(const QString &prefix, const QHash<QString, QString> &valueOf) const
{
    QStringList values;
    for (const QString &column : m_columns)
        values << valueOf.value(column, prefix + column);
    return QStringLiteral("row_seal(%1)").arg(values.join(QStringLiteral(", ")));
}

QString TableSeal::damagedCondition() const { return QStringLiteral("row_seal IS NOT %1").arg(sealExpression()); }

// After an insert that wrote no seal (the import's seals what it binds: CommunicationWriter), and
// after an update that did not itself write the seal (the trigger's own update writes it, and
// does not fire it again: recursive triggers are off).
QString TableSeal::triggersSql() const
{
    const QString seal = sealExpression(QStringLiteral("NEW."));
    return QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 WHEN NEW.row_seal IS NULL BEGIN "
                          "UPDATE %2 SET row_seal = %3 WHERE %4 = NEW.%4; END;\n"
                          "CREATE TRIGGER %1_update AFTER UPDATE ON %2 WHEN NEW.row_seal IS OLD.row_seal BEGIN "
                          "UPDATE %2 SET row_seal = %3 WHERE %4 = NEW.%4; END;\n")
        .arg(m_trigger, m_table, seal, m_key);
}

void TableSeal::create(Database &db) const
{
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN row_seal TEXT").arg(m_table));
    db.exec(QStringLiteral("UPDATE %1 SET row_seal = %2").arg(m_table, sealExpression()));
    db.exec(triggersSql());
}

bool TableSeal::triggersPresent(Database &db) const
{
    Statement st = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?1 "
                              "AND name IN (?2, ?3)");
    st.bind(1, m_table).bind(2, m_trigger + QLatin1String("_insert")).bind(3, m_trigger + QLatin1String("_update"));
    return st.step() && st.columnInt(0) == 2;
}

TableSeal::Check TableSeal::verify(Database &db, int limit) const
{
    Check check;
    check.triggers = triggersPresent(db);
    Statement st = db.prepare(QStringLiteral("SELECT t.%1, t.row_seal IS %2 FROM %3 t ORDER BY t.%1")
                                  .arg(m_key, sealExpression(QStringLiteral("t.")), m_table));
    Statement letter = db.prepare(
        QStringLiteral("SELECT %1, %2 FROM %3 t WHERE t.%4 = ?1").arg(m_letter, m_repository, m_table, m_key));
    while (st.step()) {
        ++check.rows;
        if (st.columnInt(1) == 1)
            continue;
        ++check.damagedRows;
        letter.bind(1, st.columnInt(0));
        if (letter.step()) {
            check.repositories.insert(letter.columnInt(1));
            if (check.damaged.size() < limit)
                check.damaged.append({st.columnInt(0), letter.columnText(0)});
        }
        letter.reset();
    }
    return check;
}

void TableSeal::restoreTriggers(Database &db) const
{
    if (triggersPresent(db))
        return;
    db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1_insert").arg(m_trigger));
    db.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1_update").arg(m_trigger));
    db.exec(triggersSql());
}

} // namespace proofdesk::cache
