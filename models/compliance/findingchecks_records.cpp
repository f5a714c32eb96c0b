// retention_overdue and reissue_unfulfilled: the records rules (records.sqlite, as `rec`).
#include "complianceformat.h"
#include "findingchecks.h"
#include "records/retention.h"
#include "search/findingconditions.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::FindingChecks", "proofdesk::compliance", text);
}

constexpr qint64 kDay = 86400000;

qint64 addYears(qint64 ms, int years)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).addYears(years).toMSecsSinceEpoch();
}

struct ClassCutoffs
{
    QHash<QString, int> years;
    QString json; // [[class, cutoff, years], …]
};

// A period of `years` from B has ended at `now` when addYears(B, years) <= now. Every B at
// or before addYears(now, -years) qualifies; the day after it may too (29 February), so the
// cut-off is one day more, only to narrow the index range: the rule itself
// (findingsql::retentionEnded) decides.
ClassCutoffs cutoffs(cache::Database &db, qint64 now)
{
    ClassCutoffs c;
    QJsonArray rows;
    cache::Statement st = db.prepare("SELECT class, years FROM retention_classes WHERE years > 0");
    while (st.step()) {
        const QString name = st.columnText(0);
        const int years = int(st.columnInt(1));
        c.years.insert(name.toLower(), years);
        rows.append(QJsonArray{name, double(addYears(now, -years) + kDay), years});
    }
    c.json = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    return c;
}

} // namespace

void FindingChecks::retentionOverdue(QList<Finding> &out) const
{
    const ClassCutoffs classes = cutoffs(m_db, m_options.now);
    // Over the cache: each class's range of comm_retention; over a small search: its rows,
    // each matched against the few classes.
    const char *source = m_scope.drives() ? "FROM %FROM% CROSS JOIN k ON c.retention_class = k.class "
                                          : "FROM k CROSS JOIN communications c ON c.retention_class = k.class ";
    // The rule (ended, not disposed, no extension, no hold) is search/findingconditions.h's,
    // as the search field finding:retention_overdue uses it.
    const QString c = QStringLiteral("c");
    const QString now = QStringLiteral("?2");
    cache::Statement st = m_db.prepare(
        scoped("WITH k(class, cutoff, years) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
               "json_extract(value, '$[2]') FROM json_each(?1)) SELECT %COLUMNS%, c.retention_class, "
               "coalesce(c.retention_trigger, c.issued_at), c.retention_trigger IS NOT NULL ")
        + scoped(source) + scoped("AND coalesce(c.retention_trigger, c.issued_at) <= k.cutoff WHERE %SCOPE% AND ")
        + search::findingsql::retentionEnded(c, QStringLiteral("k.years"), now) + QLatin1String(" AND ")
        + search::findingsql::retentionDue(c, now));
    st.bind(1, classes.json).bind(2, m_options.now);
    while (st.step()) {
        const QString className = st.columnText(5);
        const int years = classes.years.value(className.toLower());
        const qint64 from = st.columnInt(6);
        const qint64 ended = addYears(from, years);
        Finding f = common(FindingKind::RetentionOverdue, st);
        const QString start =
            st.columnInt(7) ? tr("trigger date %1").arg(formatDay(from)) : tr("issue on %1").arg(formatDay(from));
        const QString period = records::Retention::periodText(int(years));
        f.detail = tr("retention %1 (%2 from %3) ended on %4; not disposed and under no active hold")
                       .arg(className, period, start, formatDay(ended));
        out << f;
    }
}

void FindingChecks::reissueUnfulfilled(QList<Finding> &out) const
{
    // Open = not fulfilled, rejected or cancelled; fulfilled also when the reissued
    // communication has come back linked to the request. One finding per communication,
    // for its oldest open request. Requests for communications not in the cache are reported
    // only when checking the whole cache.
    // "Open" is search/findingconditions.h's rule (the search field finding:reissue_unfulfilled).
    const qint64 openedBefore = search::findingsql::reissueOpenedBefore(m_options.now, m_options.reissueDays);
    cache::Statement st = m_db.prepare(scoped(
        QStringLiteral("SELECT c.rowid, r.comm_id, coalesce(c.issued_at, 0), c.template_id, c.template_version, "
                       "r.id, r.mode, r.status, r.requested_at FROM rec.reissue_requests r "
                       "LEFT JOIN communications c ON c.id = r.comm_id "
                       "WHERE %1 AND (c.rowid IS NULL AND %WHOLE% OR %SCOPE%) ORDER BY r.comm_id, r.requested_at, r.id")
            .arg(search::findingsql::openReissueRequest(QStringLiteral("r"), QStringLiteral("?1")))
            .replace(QLatin1String("%WHOLE%"), QLatin1String(m_scope.isWholeCache() ? "1" : "0"))));
    st.bind(1, openedBefore);
    QSet<QString> seen;
    while (st.step()) {
        Finding f = common(FindingKind::ReissueUnfulfilled, st);
        if (seen.contains(f.commId.toLower()))
            continue;
        seen.insert(f.commId.toLower());
        const qint64 requested = st.columnInt(8);
        const qint64 days = (m_options.now - requested) / kDay;
        f.detail = tr("reissue request %1 (%2) open since %3 (%4 days), status %5")
                       .arg(st.columnText(5), sentenceWord(st.columnText(6)), formatDay(requested),
                            QString::number(days), sentenceWord(st.columnText(7)));
        out << f;
    }
}

} // namespace proofdesk::compliance
