#include "recordreader.h"

#include "cache/communicationcount.h"
#include "cache/holdsql.h"
#include "util/timeutil.h"

#include <QJsonDocument>

namespace proofdesk::cache {

namespace {

// Adds key: text when the column is not NULL.
void putText(QJsonObject &o, const char *key, const Statement &st, int column)
{
    if (!st.isNull(column))
        o.insert(QLatin1String(key), st.columnText(column));
}

void putTime(QJsonObject &o, const char *key, const Statement &st, int column)
{
    o.insert(QLatin1String(key), st.isNull(column) ? QJsonValue() : QJsonValue(formatUtc(st.columnInt(column))));
}

QJsonValue jsonColumn(const Statement &st, int column)
{
    if (st.isNull(column))
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(st.columnUtf8(column));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// The columns of RecordReader::communication's statement, each read by a helper below.

QJsonObject renditionOf(const Statement &st)
{
    QJsonObject rendition{{QStringLiteral("path"), st.columnText(7)},
                          {QStringLiteral("media_type"), st.columnText(8)},
                          {QStringLiteral("sha256"), st.columnText(9)},
                          {QStringLiteral("bytes"), st.columnInt(10)}};
    if (!st.isNull(11))
        rendition.insert(QStringLiteral("pages"), st.columnInt(11));
    return rendition;
}

QJsonObject recipientOf(const Statement &st)
{
    QJsonObject recipient{{QStringLiteral("name"), st.columnText(12)}};
    putText(recipient, "address", st, 13);
    putText(recipient, "email", st, 14);
    putText(recipient, "phone", st, 15);
    return recipient;
}

// The business keys (customer, account, …) and the workspace the communication belongs to.
void putBusinessKeys(QJsonObject &o, const Statement &st)
{
    const char *keys[] = {"customer_id", "account_id", "policy_id", "claim_id", "loan_id", "case_id"};
    for (int i = 0; i < 6; ++i)
        putText(o, keys[i], st, 16 + i);
    if (!st.isNull(23)) {
        QJsonObject ws{{QStringLiteral("id"), st.columnText(23)}};
        putText(ws, "type", st, 22);
        putText(ws, "title", st, 24);
        o.insert(QStringLiteral("workspace"), ws);
    }
    putText(o, "business_unit", st, 25);
    putText(o, "batch", st, 26);
    putText(o, "campaign", st, 27);
    putText(o, "language", st, 28);
}

// Its retention class and the snapshot of the data it was made from, when it has them.
void putRetentionAndSnapshot(QJsonObject &o, const Statement &st)
{
    if (!st.isNull(29)) {
        QJsonObject retention{{QStringLiteral("class"), st.columnText(29)}};
        if (!st.isNull(30))
            retention.insert(QStringLiteral("trigger_date"), formatUtc(st.columnInt(30)));
        o.insert(QStringLiteral("retention"), retention);
    }
    if (!st.isNull(31)) {
        QJsonObject snapshot{{QStringLiteral("path"), st.columnText(31)}};
        putText(snapshot, "sha256", st, 32);
        o.insert(QStringLiteral("snapshot"), snapshot);
    }
}

} // namespace

RecordReader::RecordReader(Database &db)
    : m_db(db)
{}

// Resets a reused statement when the reading is done: no read is left open on the connection
// between calls.
class RecordReader::Reused
{
public:
    explicit Reused(Statement &st)
        : m_st(st)
    {}
    ~Reused() { m_st.reset(); }

private:
    Statement &m_st;
};

Statement &RecordReader::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, m_db.prepare(sql)).first;
    return it->second;
}

std::optional<QJsonObject> RecordReader::communication(const QString &id) const
{
    Statement &st = statement(
        QStringLiteral("SELECT c.rowid, c.id, c.type, c.issued_at, c.channel, c.template_id, c.template_version, "
                       "c.rendition_path, c.media_type, c.rendition_sha256, c.rendition_bytes, c.pages, "
                       "c.recipient_name, c.recipient_address, c.recipient_email, c.recipient_phone, "
                       "c.customer_id, c.account_id, c.policy_id, c.claim_id, c.loan_id, c.case_id, "
                       "c.workspace_type, c.workspace_id, c.workspace_title, c.business_unit, c.batch, "
                       "c.campaign, c.language, c.retention_class, c.retention_trigger, c.snapshot_path, "
                       "c.snapshot_sha256, c.origin, c.reissue_of, c.request_id, c.extra, c.fixity, "
                       "c.content_sha256, c.status, t.body, r.name, c.repo_deleted_at "
                       "FROM communications c JOIN comm_text t ON t.rowid = c.rowid "
                       "JOIN repositories r ON r.id = c.repo_id WHERE c.id = ?1"));
    Reused stDone(st);
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    // Unknown fields first, so that known ones always win.
    QJsonObject o = st.isNull(36) ? QJsonObject() : QJsonDocument::fromJson(st.columnUtf8(36)).object();
    o.insert(QStringLiteral("id"), st.columnText(1));
    o.insert(QStringLiteral("type"), st.columnText(2));
    o.insert(QStringLiteral("issued_at"), formatUtc(st.columnInt(3)));
    o.insert(QStringLiteral("channel"), st.columnText(4));
    o.insert(QStringLiteral("template"),
             QJsonObject{{QStringLiteral("id"), st.columnText(5)}, {QStringLiteral("version"), st.columnText(6)}});
    o.insert(QStringLiteral("rendition"), renditionOf(st));
    o.insert(QStringLiteral("recipient"), recipientOf(st));
    putBusinessKeys(o, st);
    putRetentionAndSnapshot(o, st);
    o.insert(QStringLiteral("origin"), st.columnText(33));
    putText(o, "reissue_of", st, 34);
    putText(o, "request_id", st, 35);
    o.insert(QStringLiteral("fixity"), st.columnText(37));
    putText(o, "content_sha256", st, 38);
    o.insert(QStringLiteral("status"), st.columnText(39));
    o.insert(QStringLiteral("text"), st.columnText(40));
    o.insert(QStringLiteral("repo"), st.columnText(41));
    // Deleted in the repository but kept (a hold blocks purging): never shown as live there.
    o.insert(QStringLiteral("deleted_in_repository"), !st.isNull(42));
    putTime(o, "repository_deleted_at", st, 42);
    const qint64 rowid = st.columnInt(0);

    const QJsonArray blocks = contentBlocks(rowid);
    if (!blocks.isEmpty())
        o.insert(QStringLiteral("content_blocks"), blocks);
    o.insert(QStringLiteral("delivery"), deliveryEvents(id));
    const auto tv = templateVersion(st.columnText(5), st.columnText(6));
    o.insert(QStringLiteral("template_version"), tv ? QJsonValue(*tv) : QJsonValue());
    o.insert(QStringLiteral("holds"), holdIds(rowid));
    return o;
}

QJsonArray RecordReader::contentBlocks(qint64 commRowId) const
{
    QJsonArray blocks;
    Statement &b = statement(QStringLiteral("SELECT block_id, block_version FROM comm_blocks WHERE comm_rowid = ?1 "
                                            "ORDER BY block_id, block_version"));
    Reused bDone(b);
    b.bind(1, commRowId);
    while (b.step())
        blocks.append(
            QJsonObject{{QStringLiteral("id"), b.columnText(0)}, {QStringLiteral("version"), b.columnText(1)}});
    return blocks;
}

QJsonArray RecordReader::deliveryEvents(const QString &communicationId) const
{
    Statement &st = statement(QStringLiteral("SELECT event, at, channel, detail, provider_ref FROM delivery_events "
                                             "WHERE communication_id = ?1 ORDER BY at, seq"));
    Reused stDone(st);
    st.bind(1, communicationId);
    QJsonArray events;
    while (st.step()) {
        QJsonObject e{{QStringLiteral("event"), st.columnText(0)}, {QStringLiteral("at"), formatUtc(st.columnInt(1))}};
        putText(e, "channel", st, 2);
        putText(e, "detail", st, 3);
        putText(e, "provider_ref", st, 4);
        events.append(e);
    }
    return events;
}

std::optional<QJsonObject> RecordReader::templateVersion(const QString &templateId, const QString &version) const
{
    if (!m_rememberTemplates)
        return readTemplateVersion(templateId, version);
    const QString key = templateId + QLatin1Char('\n') + version;
    auto it = m_templateVersions.constFind(key);
    if (it == m_templateVersions.cend())
        it = m_templateVersions.insert(key, readTemplateVersion(templateId, version));
    return *it;
}

std::optional<QJsonObject> RecordReader::readTemplateVersion(const QString &templateId, const QString &version) const
{
    Statement &st =
        statement(QStringLiteral("SELECT template_id, version, name, status, business_unit, channels, effective_from, "
                                 "effective_to, change_note, content_blocks, sha256 FROM template_versions "
                                 "WHERE template_id = ?1 AND version = ?2"));
    Reused stDone(st);
    st.bind(1, templateId).bind(2, version);
    if (!st.step())
        return std::nullopt;
    QJsonObject o{{QStringLiteral("template_id"), st.columnText(0)},
                  {QStringLiteral("version"), st.columnText(1)},
                  {QStringLiteral("status"), st.columnText(3)}};
    putText(o, "name", st, 2);
    putText(o, "business_unit", st, 4);
    o.insert(QStringLiteral("channels"), jsonColumn(st, 5));
    putTime(o, "effective_from", st, 6);
    putTime(o, "effective_to", st, 7);
    putText(o, "change_note", st, 8);
    o.insert(QStringLiteral("content_blocks"), jsonColumn(st, 9));
    putText(o, "sha256", st, 10);
    QJsonArray approvals;
    Statement &a = statement(QStringLiteral("SELECT step, by, at, decision, note FROM template_approvals "
                                            "WHERE template_id = ?1 AND version = ?2 ORDER BY ordinal"));
    Reused aDone(a);
    a.bind(1, templateId).bind(2, version);
    while (a.step()) {
        QJsonObject ap;
        putText(ap, "step", a, 0);
        putText(ap, "by", a, 1);
        putTime(ap, "at", a, 2);
        putText(ap, "decision", a, 3);
        putText(ap, "note", a, 4);
        approvals.append(ap);
    }
    o.insert(QStringLiteral("approvals"), approvals);
    return o;
}

QJsonArray RecordReader::holdIds(qint64 commRowId) const
{
    // Items and scope holds (records.sqlite, attached as rec): see records/holdsql.h.
    Statement &st = statement(cache::holdsql::activeHoldIdsOfRowId());
    Reused stDone(st);
    st.bind(1, commRowId);
    QJsonArray ids;
    while (st.step())
        ids.append(st.columnText(0));
    return ids;
}

QJsonObject RecordReader::stats() const
{
    QJsonObject o;
    const auto count = [this](const char *sql) { return m_db.queryInt(sql); };
    // Communications the repository deleted but a hold keeps are counted apart, not as live
    // (the partial index comm_repo_deleted counts them; the whole count is countCommunications).
    const qint64 deleted = count("SELECT count(*) FROM communications WHERE repo_deleted_at IS NOT NULL");
    o.insert(QStringLiteral("communications"), countCommunications(m_db) - deleted);
    o.insert(QStringLiteral("deleted_in_repository"), deleted);
    o.insert(QStringLiteral("templates"), count("SELECT count(*) FROM template_versions"));
    o.insert(QStringLiteral("content_blocks"), count("SELECT count(*) FROM content_blocks"));
    o.insert(QStringLiteral("events"), count("SELECT count(*) FROM delivery_events"));
    o.insert(QStringLiteral("retention_classes"), count("SELECT count(*) FROM retention_classes"));
    o.insert(QStringLiteral("holds"), count("SELECT count(*) FROM rec.holds WHERE released_at IS NULL"));
    o.insert(QStringLiteral("held_communications"),
             m_db.queryInt((QStringLiteral("SELECT count(DISTINCT r) FROM (") + cache::holdsql::activeHeldRowIds()
                            + QLatin1Char(')'))
                               .toUtf8()
                               .constData()));
    o.insert(QStringLiteral("disposed"), count("SELECT count(*) FROM rec.tombstones"));
    o.insert(QStringLiteral("repositories"), count("SELECT count(*) FROM repositories"));
    o.insert(QStringLiteral("rejected_lines"), count("SELECT count(*) FROM import_errors"));
    // Events kept until their communication arrives (drop-format.md). Their ids are found by
    // merging the two indexes, both in `fold` order (the plan says MERGE (EXCEPT)): one
    // comparison an entry, where a look-up for each event made twenty.
    o.insert(QStringLiteral("orphan_events"),
             count("SELECT count(*) FROM delivery_events WHERE communication_id IN "
                   "(SELECT communication_id FROM delivery_events EXCEPT SELECT id FROM communications ORDER BY 1)"));
    QJsonObject fixity;
    Statement st = m_db.prepare("SELECT fixity, count(*) FROM communications GROUP BY fixity");
    while (st.step())
        fixity.insert(st.columnText(0), st.columnInt(1));
    o.insert(QStringLiteral("fixity"), fixity);
    return o;
}

} // namespace proofdesk::cache
