#include "retention.h"

#include "cache/filetransaction.h"
#include "cache/holdsql.h"
#include "recordserror.h"
#include "util/timeutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::Retention", "proofdesk::records", text);
}

QString day(qint64 ms) { return formatUtc(ms).left(10); }

} // namespace

QJsonObject EligibleItem::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("retention_class"), retentionClass},
                       {QStringLiteral("years"), years},
                       {QStringLiteral("trigger_at"), formatUtc(triggerAt)},
                       {QStringLiteral("eligible_at"), formatUtc(eligibleAt)},
                       {QStringLiteral("extended"), extended},
                       {QStringLiteral("reason"), reason}};
}

Retention::Retention(cache::Database &db)
    : m_db(db)
{}

QString Retention::periodEndSql()
{
    // Calendar years in UTC; the milliseconds of the trigger are kept.
    const QString base =
        QStringLiteral("(CASE WHEN lower(rc.trigger) = 'issued_at' THEN c.issued_at ELSE c.retention_trigger END)");
    return QStringLiteral("(CAST(strftime('%s', %1 / 1000, 'unixepoch', '+' || rc.years || ' years') AS INTEGER) * "
                          "1000 + %1 % 1000)")
        .arg(base);
}

QString Retention::eligibleAtSql() { return QStringLiteral("max(%1, coalesce(x.until, 0))").arg(periodEndSql()); }

QList<EligibleItem> Retention::query(const QString &where, const QString &id, qint64 now, int limit) const
{
    const QString sql =
        QStringLiteral(
            "SELECT id, repo_id, type, class, years, trig, eligible, until FROM ("
            "SELECT c.id, c.repo_id, c.type, rc.class, rc.years, "
            "(CASE WHEN lower(rc.trigger) = 'issued_at' THEN c.issued_at ELSE c.retention_trigger END) AS trig, "
            "%1 AS eligible, x.until, c.rowid AS rid, c.customer_id, c.account_id, c.policy_id, c.claim_id, "
            "c.loan_id, c.case_id, c.repo_hold_ids "
            "FROM communications c JOIN retention_classes rc ON rc.class = c.retention_class "
            "LEFT JOIN rec.retention_extensions x ON x.comm_id = c.id) c "
            "WHERE trig IS NOT NULL AND %2 ORDER BY eligible, id LIMIT ?3")
            .arg(eligibleAtSql(), where);
    cache::Statement st = m_db.prepare(sql);
    st.bind(1, now).bind(2, id).bind(3, qint64(limit));
    QList<EligibleItem> out;
    while (st.step()) {
        EligibleItem e;
        e.id = st.columnText(0);
        e.repoId = st.columnInt(1);
        e.type = st.columnText(2);
        e.retentionClass = st.columnText(3);
        e.years = int(st.columnInt(4));
        e.triggerAt = st.columnInt(5);
        e.eligibleAt = st.columnInt(6);
        e.extended = !st.isNull(7) && st.columnInt(7) >= e.eligibleAt;
        e.reason = tr("%1: %2 from %3 ended %4%5; under no active hold")
                       .arg(e.retentionClass, periodText(e.years), day(e.triggerAt), day(e.eligibleAt),
                            e.extended ? tr(" (extended)") : QString());
        out << e;
    }
    return out;
}

QString Retention::periodText(int years) { return years == 1 ? tr("1 year") : tr("%1 years").arg(years); }

std::optional<EligibleItem> Retention::item(const QString &communicationId) const
{
    const QList<EligibleItem> found = query(QStringLiteral("id = ?2 AND ?1 IS NOT NULL"), communicationId, 0, 1);
    return found.isEmpty() ? std::nullopt : std::optional<EligibleItem>(found.front());
}

QList<EligibleItem> Retention::items(const QStringList &communicationIds) const
{
    const QString ids =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(communicationIds)).toJson(QJsonDocument::Compact));
    return query(QStringLiteral("id IN (SELECT value FROM json_each(?2)) AND ?1 IS NOT NULL"), ids, 0, -1);
}

QList<EligibleItem> Retention::reviewList(qint64 now, int limit) const
{
    return query(QStringLiteral("eligible <= ?1 AND ?2 IS NULL AND NOT ") + cache::holdsql::isHeld(QStringLiteral("c")),
                 QString(), now, limit);
}

qint64 Retention::heldEligibleCount(qint64 now) const
{
    return query(QStringLiteral("eligible <= ?1 AND ?2 IS NULL AND ") + cache::holdsql::isHeld(QStringLiteral("c")),
                 QString(), now, -1)
        .size();
}

void extendRetention(const RecordsSession &session, const QStringList &ids, qint64 until, const QString &reason)
{
    session.require(Action::ExtendRetention, QStringLiteral("communication"), ids.value(0));
    if (reason.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid, tr("Extending retention needs a reason."));
    Retention retention(session.db());
    for (const QString &id : ids) {
        const auto current = retention.item(id);
        if (!current)
            throw RecordsError(RecordsError::Kind::NotFound,
                               tr("%1 is not in the cache or has no retention class with a trigger date.").arg(id));
        if (until < current->eligibleAt)
            session.refuse(QStringLiteral("retention.extend"), QStringLiteral("communication"), id,
                           audit::AuditReason("retention.never_shortened", {id, day(current->eligibleAt), day(until)}));
    }
    cache::FileTransaction tx(session.db(), cache::Locks::RecordsOnly);
    for (const QString &id : ids) {
        const auto current = retention.item(id);
        session.db()
            .prepare("INSERT INTO rec.retention_extensions(comm_id, until, reason, by, at) "
                     "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(comm_id) DO UPDATE SET "
                     "until = max(until, excluded.until), reason = excluded.reason, "
                     "by = excluded.by, at = excluded.at")
            .bind(1, current->id)
            .bind(2, until)
            .bind(3, reason.trimmed())
            .bind(4, session.user())
            .bind(5, session.now())
            .run();
        session.record(QStringLiteral("retention.extend"), QStringLiteral("communication"), current->id,
                       reason.trimmed(), QJsonObject{{QStringLiteral("eligible_at"), formatUtc(current->eligibleAt)}},
                       QJsonObject{{QStringLiteral("eligible_at"), formatUtc(until)}});
    }
    tx.commit();
}

} // namespace proofdesk::records
