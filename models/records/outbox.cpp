#include "outbox.h"

#include "util/sha256.h"
#include "util/timeutil.h"

#include <QJsonDocument>

namespace proofdesk::records {

QJsonObject OutboxItem::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("repo_id"), repoId},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("object_id"), objectId},
                  {QStringLiteral("created_at"), formatUtc(createdAt)},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("attempts"), attempts}};
    if (!lastError.isEmpty())
        o.insert(QStringLiteral("last_error"), lastError);
    if (sentAt)
        o.insert(QStringLiteral("sent_at"), formatUtc(sentAt));
    return o;
}

Outbox::Outbox(cache::Database &db)
    : m_db(db)
{}

QString Outbox::enqueue(const QString &id, qint64 repoId, const QString &kind, const QString &objectId,
                        const QJsonObject &payload, qint64 now)
{
    m_db.prepare("INSERT OR IGNORE INTO rec.outbox(id, repo_id, kind, object_id, payload, created_at) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, id)
        .bind(2, repoId)
        .bind(3, kind)
        .bind(4, objectId)
        .bind(5, QJsonDocument(payload).toJson(QJsonDocument::Indented))
        .bind(6, now)
        .run();
    cache::Statement stored = m_db.prepare("SELECT payload FROM rec.outbox WHERE id = ?1");
    stored.bind(1, id);
    return stored.step() ? payloadDigest(stored.columnUtf8(0)) : QString();
}

QString Outbox::payloadDigest(const QByteArray &payload) { return QString::fromLatin1(sha256Hex(payload)); }

QList<OutboxItem> Outbox::query(const char *where) const
{
    cache::Statement st =
        m_db.prepare(QStringLiteral("SELECT id, repo_id, kind, object_id, payload, created_at, state, attempts, "
                                    "last_error, sent_at FROM rec.outbox %1 ORDER BY created_at, id")
                         .arg(QLatin1String(where)));
    QList<OutboxItem> items;
    while (st.step()) {
        OutboxItem i;
        i.id = st.columnText(0);
        i.repoId = st.columnInt(1);
        i.kind = st.columnText(2);
        i.objectId = st.columnText(3);
        i.payload = st.columnUtf8(4);
        i.createdAt = st.columnInt(5);
        i.state = st.columnText(6);
        i.attempts = int(st.columnInt(7));
        i.lastError = st.isNull(8) ? QString() : st.columnText(8);
        i.sentAt = st.isNull(9) ? 0 : st.columnInt(9);
        items << i;
    }
    return items;
}

QList<OutboxItem> Outbox::pending() const { return query("WHERE state = 'pending'"); }
QList<OutboxItem> Outbox::all() const { return query(""); }

std::optional<OutboxItem> Outbox::find(const QString &id) const
{
    for (const OutboxItem &i : all()) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

void Outbox::markSent(const QString &id, qint64 now)
{
    m_db.prepare("UPDATE rec.outbox SET state = 'sent', sent_at = ?2, attempts = attempts + 1, "
                 "last_error = NULL WHERE id = ?1 AND state = 'pending'")
        .bind(1, id)
        .bind(2, now)
        .run();
}

void Outbox::markAttemptFailed(const QString &id, const QString &error)
{
    m_db.prepare("UPDATE rec.outbox SET attempts = attempts + 1, last_error = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, error)
        .run();
}

void Outbox::retire(const QString &id, const QString &why, qint64 now)
{
    m_db.prepare("UPDATE rec.outbox SET state = 'acknowledged', acknowledged_at = ?3, last_error = ?2 "
                 "WHERE id = ?1 AND state IN ('pending', 'sent')")
        .bind(1, id)
        .bind(2, why)
        .bind(3, now)
        .run();
}

void Outbox::acknowledge(const QString &kind, const QString &objectId, qint64 now)
{
    m_db.prepare("UPDATE rec.outbox SET state = 'acknowledged', acknowledged_at = ?3 "
                 "WHERE kind = ?1 AND object_id = ?2 AND state IN ('pending', 'sent')")
        .bind(1, kind)
        .bind(2, objectId)
        .bind(3, now)
        .run();
}

} // namespace proofdesk::records
