// unapproved_template and retired_block: what a communication was made from.
#include "complianceformat.h"
#include "findingchecks.h"
#include "search/findingconditions.h"
#include "util/translation.h"

#include <QCoreApplication>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::FindingChecks", "proofdesk::compliance", text);
}

// Each version's approval window: from its first `approved` decision (a version is approved
// at T when some approval at or before T says so, i.e. when the earliest one is) up to its
// effective_to, exclusive.
// (search/findingconditions.h owns the rule; the windows are it per version.)
QString windows()
{
    return QStringLiteral("SELECT tv.template_id AS t, tv.version AS v, tv.effective_to AS upto, %1 AS since "
                          "FROM template_versions tv")
        .arg(search::findingsql::approvedSince(QStringLiteral("tv")));
}

// The windows as `w`; materialized once when each row of a search looks its version up.
QString withWindows(bool materialized)
{
    return QStringLiteral("WITH w AS %1(%2) ")
        .arg(materialized ? QStringLiteral("MATERIALIZED ") : QString(), windows());
}

// Three disjoint branches, each a range of comm_template_issued(template_id, version,
// issued_at): never approved; issued before the approval; issued at or after effective_to.
// CROSS JOIN keeps the few versions outside: with w materialized the planner would
// otherwise scan every communication.
const char kOutsideWindow[] = "SELECT %COLUMNS%, w.since, w.upto, 0 FROM w CROSS JOIN communications c "
                              "ON c.template_id = w.t AND c.template_version = w.v WHERE w.since IS NULL AND %SCOPE% "
                              "UNION ALL SELECT %COLUMNS%, w.since, w.upto, 1 FROM w CROSS JOIN communications c "
                              "ON c.template_id = w.t AND c.template_version = w.v AND c.issued_at < w.since "
                              "WHERE w.since IS NOT NULL AND %SCOPE% "
                              "UNION ALL SELECT %COLUMNS%, w.since, w.upto, 2 FROM w CROSS JOIN communications c "
                              "ON c.template_id = w.t AND c.template_version = w.v AND c.issued_at >= w.upto "
                              "AND c.issued_at >= w.since WHERE w.since IS NOT NULL AND w.upto IS NOT NULL AND %SCOPE%";

// A small search: each of its rows tested by the rule itself (the condition the search field
// finding:unapproved_template uses), its version's window (a LEFT JOIN, so that an unknown
// version shows as 3) only telling which of the four outcomes it is.
QString eachRow()
{
    return QStringLiteral("SELECT %COLUMNS%, w.since, w.upto, CASE WHEN w.t IS NULL THEN 3 WHEN w.since IS NULL THEN 0 "
                          "WHEN c.issued_at < w.since THEN 1 ELSE 2 END FROM %FROM% LEFT JOIN w "
                          "ON c.template_id = w.t AND c.template_version = w.v WHERE %1 AND %SCOPE%")
        .arg(search::findingsql::unapprovedTemplate(QStringLiteral("c")));
}

QString templateName(const Finding &f) { return QStringLiteral("%1 v%2").arg(f.templateId, f.templateVersion); }

QString windowDetail(const Finding &f, const cache::Statement &st)
{
    QString issued;
    switch (st.columnInt(7)) {
    case 0:
        return tr("template %1 has no approval; issued on %2").arg(templateName(f), formatDay(f.issuedAt));
    case 1: {
        const QString approved = formatPair(st.columnInt(5), f.issuedAt, &issued);
        return tr("template %1 was approved on %2, after issue on %3").arg(templateName(f), approved, issued);
    }
    default: {
        const QString ended = formatPair(st.columnInt(6), f.issuedAt, &issued);
        return tr("template %1 stopped being effective on %2, at or before issue on %3")
            .arg(templateName(f), ended, issued);
    }
    }
}

QString unknownDetail(const Finding &f)
{
    return tr("template %1 is not known to the cache (no such version); issued on %2")
        .arg(templateName(f), formatDay(f.issuedAt));
}

} // namespace

void FindingChecks::unapprovedTemplate(QList<Finding> &out) const
{
    if (m_scope.drives()) {
        templateOfEachRow(out);
        return;
    }
    cache::Statement st = m_db.prepare(withWindows(false) + scoped(kOutsideWindow));
    while (st.step()) {
        Finding f = common(FindingKind::UnapprovedTemplate, st);
        f.detail = windowDetail(f, st);
        out << f;
    }
    unknownTemplateVersions(out);
}

// Versions the cache does not know: the distinct (template, version) pairs are read by
// skipping through comm_template_issued (one seek per pair, not a scan of every row), then their
// communications by that index.
void FindingChecks::unknownTemplateVersions(QList<Finding> &out) const
{
    cache::Statement st = m_db.prepare(scoped(
        "WITH RECURSIVE d(t, v) AS (SELECT * FROM (SELECT template_id, template_version FROM communications "
        "ORDER BY template_id, template_version LIMIT 1) UNION ALL SELECT "
        "(SELECT n.template_id FROM communications n WHERE (n.template_id, n.template_version) > (d.t, d.v) "
        "ORDER BY n.template_id, n.template_version LIMIT 1), "
        "(SELECT n.template_version FROM communications n WHERE (n.template_id, n.template_version) > (d.t, d.v) "
        "ORDER BY n.template_id, n.template_version LIMIT 1) FROM d WHERE d.t IS NOT NULL), "
        "u AS MATERIALIZED (SELECT t, v FROM d WHERE t IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        "template_versions tv WHERE tv.template_id = d.t AND tv.version = d.v)) "
        "SELECT %COLUMNS% FROM u CROSS JOIN communications c ON c.template_id = u.t "
        "AND c.template_version = u.v WHERE %SCOPE%"));
    while (st.step()) {
        Finding f = common(FindingKind::UnapprovedTemplate, st);
        f.detail = unknownDetail(f);
        out << f;
    }
}

void FindingChecks::templateOfEachRow(QList<Finding> &out) const
{
    cache::Statement st = m_db.prepare(withWindows(true) + scoped(eachRow()));
    while (st.step()) {
        Finding f = common(FindingKind::UnapprovedTemplate, st);
        f.detail = st.columnInt(7) == 3 ? unknownDetail(f) : windowDetail(f, st);
        out << f;
    }
}

void FindingChecks::retiredBlock(QList<Finding> &out) const
{
    // One finding per communication; its detail names every retired block it contains. The
    // issue times come from the narrow comm_issued_by_rowid index (migration 3), then only
    // the communications found are read. Over the cache the retired versions lead; a small
    // search starts from its rows' blocks.
    // The retirement test is the rule search/findingconditions.h owns.
    QString sql =
        m_scope.drives()
            ? scoped("WITH m AS MATERIALIZED (SELECT ci.rowid AS r, group_concat(b.block_id || ' v' || b.version "
                     "|| char(9) || b.retired_at, char(10)) AS blocks FROM %ROWS% s_ CROSS JOIN comm_blocks cb "
                     "ON cb.comm_rowid = s_.rowid CROSS JOIN content_blocks b ON cb.block_id = b.block_id "
                     "AND cb.block_version = b.version CROSS JOIN communications ci INDEXED BY comm_issued_by_rowid "
                     "ON ci.rowid = s_.rowid WHERE %RETIRED% GROUP BY ci.rowid) "
                     "SELECT %COLUMNS%, m.blocks FROM m CROSS JOIN communications c ON c.rowid = m.r WHERE %SCOPE%")
            : scoped("WITH m AS MATERIALIZED (SELECT ci.rowid AS r, group_concat(b.block_id || ' v' || b.version "
                     "|| char(9) || b.retired_at, char(10)) AS blocks FROM content_blocks b CROSS JOIN comm_blocks cb "
                     "ON cb.block_id = b.block_id AND cb.block_version = b.version CROSS JOIN communications ci "
                     "INDEXED BY comm_issued_by_rowid ON ci.rowid = cb.comm_rowid "
                     "WHERE %RETIRED% GROUP BY ci.rowid) "
                     "SELECT %COLUMNS%, m.blocks FROM m CROSS JOIN communications c ON c.rowid = m.r WHERE %SCOPE%");
    sql.replace(QLatin1String("%RETIRED%"),
                search::findingsql::retiredBy(QStringLiteral("b"), QStringLiteral("ci.issued_at")));
    cache::Statement st = m_db.prepare(sql);
    while (st.step()) {
        Finding f = common(FindingKind::RetiredBlock, st);
        QStringList parts;
        // group_concat's order follows the plan: sorted, both plans read the same.
        QStringList blocks = st.columnText(5).split(QLatin1Char('\n'));
        blocks.sort();
        for (const QString &block : blocks) {
            QString issued;
            const QString retired = formatPair(block.section(QLatin1Char('\t'), 1).toLongLong(), f.issuedAt, &issued);
            parts << tr("content block %1 was retired on %2, at or before issue on %3")
                         .arg(block.section(QLatin1Char('\t'), 0, 0), retired, issued);
        }
        f.detail = parts.join(QLatin1String("; "));
        out << f;
    }
}

} // namespace proofdesk::compliance
