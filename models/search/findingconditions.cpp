#include "findingconditions.h"

#include "cache/holdsql.h"

namespace proofdesk::search::findingsql {

namespace {

constexpr qint64 kDay = 86400000;

QString fill(const char *sql, const QString &alias)
{
    return QString::fromUtf8(sql).replace(QLatin1String("%A%"), alias);
}

} // namespace

const QStringList &kindNames()
{
    static const QStringList names = {
        QStringLiteral("unapproved_template"), QStringLiteral("retired_block"),
        QStringLiteral("undelivered"),         QStringLiteral("fixity_failed"),
        QStringLiteral("retention_overdue"),   QStringLiteral("reissue_unfulfilled"),
    };
    return names;
}

QString canonicalKind(const QString &name)
{
    for (const QString &kind : kindNames()) {
        if (kind.compare(name, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return QString();
}

QString approvedSince(const QString &tv)
{
    return fill("(SELECT min(a.at) FROM template_approvals a WHERE a.template_id = %A%.template_id "
                "AND a.version = %A%.version AND a.decision = 'approved' AND a.at IS NOT NULL)",
                tv);
}

QString unapprovedTemplate(const QString &alias)
{
    // Not inside the window of a known version: unknown, never approved, issued before the
    // approval, or at or after effective_to.
    return fill("NOT EXISTS (SELECT 1 FROM template_versions tv WHERE %A%.template_id = tv.template_id "
                "AND %A%.template_version = tv.version AND %A%.issued_at >= ",
                alias)
           + approvedSince(QStringLiteral("tv"))
           + fill(" AND (tv.effective_to IS NULL OR %A%.issued_at < tv.effective_to))", alias);
}

QString retiredBy(const QString &b, const QString &issuedAt)
{
    return QStringLiteral("%1.retired_at IS NOT NULL AND %1.retired_at <= %2").arg(b, issuedAt);
}

QString retiredBlock(const QString &alias)
{
    return fill("EXISTS (SELECT 1 FROM comm_blocks cb CROSS JOIN content_blocks b "
                "ON cb.block_id = b.block_id AND cb.block_version = b.version "
                "WHERE cb.comm_rowid = %A%.rowid AND ",
                alias)
           + retiredBy(QStringLiteral("b"), alias + QLatin1String(".issued_at")) + QLatin1Char(')');
}

QString undelivered(const QString &alias)
{
    // status is the latest event (the writer keeps it); a later delivery would have replaced
    // it, so what remains is "no reissue": no communication names this one in reissue_of.
    return fill("%A%.status IN ('bounced', 'returned', 'failed') "
                "AND NOT EXISTS (SELECT 1 FROM communications rx WHERE rx.reissue_of = %A%.id)",
                alias);
}

QString fixityFailed(const QString &alias)
{
    // 'missing' in a drop means the importer looked for the file and it was not there: the
    // document is missing from the repository. For connectors that fetch on demand it only
    // means "not fetched yet", which is no finding.
    return fill("%A%.fixity IN ('failed', 'missing') AND (%A%.fixity = 'failed' OR EXISTS "
                "(SELECT 1 FROM repositories rp WHERE rp.id = %A%.repo_id AND rp.kind = 'drop'))",
                alias);
}

QString retentionStart(const QString &alias) { return fill("coalesce(%A%.retention_trigger, %A%.issued_at)", alias); }

QString retentionEnded(const QString &alias, const QString &years, const QString &now)
{
    return QStringLiteral("add_years_utc(%1, %2) <= %3").arg(retentionStart(alias), years, now);
}

QString retentionDue(const QString &alias, const QString &now)
{
    return fill("NOT EXISTS (SELECT 1 FROM rec.tombstones t WHERE t.comm_id = %A%.id) "
                "AND NOT EXISTS (SELECT 1 FROM rec.retention_extensions x WHERE x.comm_id = %A%.id "
                "AND x.until > ",
                alias)
           + now + QLatin1String(") AND NOT ") + cache::holdsql::isHeld(alias);
}

QString retentionOverdue(const QString &alias, const QString &now)
{
    return fill("EXISTS (SELECT 1 FROM retention_classes k WHERE %A%.retention_class = k.class "
                "AND k.years > 0 AND ",
                alias)
           + retentionEnded(alias, QStringLiteral("k.years"), now) + QLatin1String(") AND ") + retentionDue(alias, now);
}

QString openReissueRequest(const QString &r, const QString &openedBefore)
{
    return fill("%A%.status IN ('draft', 'pending_approval', 'approved', 'queued', 'sent') "
                "AND %A%.requested_at < ",
                r)
           + openedBefore
           + fill(" AND NOT EXISTS (SELECT 1 FROM communications rq "
                  "WHERE rq.reissue_of = %A%.comm_id AND rq.request_id = %A%.id)",
                  r);
}

QString reissueUnfulfilled(const QString &alias, const QString &openedBefore)
{
    return fill("EXISTS (SELECT 1 FROM rec.reissue_requests rr WHERE %A%.id = rr.comm_id AND ", alias)
           + openReissueRequest(QStringLiteral("rr"), openedBefore) + QLatin1Char(')');
}

qint64 reissueOpenedBefore(qint64 now, int days) { return now - qint64(days) * kDay; }

QString condition(const QString &kind, const QString &alias, const QString &now, const QString &openedBefore)
{
    if (kind.compare(kAny, Qt::CaseInsensitive) == 0) {
        QStringList all;
        for (const QString &name : kindNames())
            all << QLatin1Char('(') + condition(name, alias, now, openedBefore) + QLatin1Char(')');
        return QLatin1Char('(') + all.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    const QString name = canonicalKind(kind);
    if (name == QLatin1String("unapproved_template"))
        return unapprovedTemplate(alias);
    if (name == QLatin1String("retired_block"))
        return retiredBlock(alias);
    if (name == QLatin1String("undelivered"))
        return undelivered(alias);
    if (name == QLatin1String("fixity_failed"))
        return fixityFailed(alias);
    if (name == QLatin1String("retention_overdue"))
        return retentionOverdue(alias, now);
    if (name == QLatin1String("reissue_unfulfilled"))
        return reissueUnfulfilled(alias, openedBefore);
    return QString();
}

} // namespace proofdesk::search::findingsql
