#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>

// The rules of DESIGN.md "Findings, precisely" as SQL, shared by the findings checks
// (compliance/findingchecks*.cpp) and the search field `finding:` (search-syntax.md), so
// that a search for a kind matches exactly the communications the checks report.
//
// Every condition is over `communications AS <alias>` on a connection with records.sqlite
// attached as `rec`. Values that are not fixed (the time of the run, a cut-off) are SQL
// text the caller passes: a parameter ("?", "?2") or a number. No user text is ever in
// the SQL.
namespace proofdesk::search::findingsql {

// A reissue request open longer than this many days is a finding (FindingOptions).
inline constexpr int kDefaultReissueDays = 5;

// The `kind` names of spec/cli.md, in the order of compliance::FindingKind.
const QStringList &kindNames();
// The canonical (lower-case) name, or an empty string when `name` is no kind.
QString canonicalKind(const QString &name);
// `finding:any`.
inline constexpr QLatin1String kAny("any");

// --- unapproved_template ---
// The earliest `approved` decision on the template version aliased `tv` (a scalar
// subquery; NULL when it was never approved). A version is approved at T from then
// until its effective_to, exclusive.
QString approvedSince(const QString &tv);
// The communication's template version was not approved at its issued_at (or is unknown).
QString unapprovedTemplate(const QString &alias);

// --- retired_block ---
// The block version aliased `b` was retired at or before `issuedAt` (an SQL expression).
QString retiredBy(const QString &b, const QString &issuedAt);
QString retiredBlock(const QString &alias);

// --- undelivered ---
QString undelivered(const QString &alias);

// --- fixity_failed ---
QString fixityFailed(const QString &alias);

// --- retention_overdue ---
// When the retention period starts (its trigger date, else the issue).
QString retentionStart(const QString &alias);
// A period of `years` (SQL) from the start has ended at `now` (SQL, ms since the epoch).
QString retentionEnded(const QString &alias, const QString &years, const QString &now);
// Not disposed of, no extension in force at `now`, and under no active hold.
QString retentionDue(const QString &alias, const QString &now);
// The whole rule: a class with a period (retention_classes.years > 0) that has ended, and due.
QString retentionOverdue(const QString &alias, const QString &now);

// --- reissue_unfulfilled ---
// The reissue request aliased `r` (rec.reissue_requests) is still open and was made before
// `openedBefore` (SQL, ms since the epoch): not fulfilled, rejected or cancelled, and no
// reissued communication has come back linked to it.
QString openReissueRequest(const QString &r, const QString &openedBefore);
QString reissueUnfulfilled(const QString &alias, const QString &openedBefore);
// `now` less `days` days, for openedBefore.
qint64 reissueOpenedBefore(qint64 now, int days);

// The condition for one kind (a name of kindNames()) or kAny, with `now` and
// `openedBefore` as above; an empty string for an unknown kind.
QString condition(const QString &kind, const QString &alias, const QString &now, const QString &openedBefore);

} // namespace proofdesk::search::findingsql
