#pragma once

#include "cache/sqlite.h"
#include "records/exceptioncase.h"
#include "records/findingreview.h"
#include "search/findingconditions.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace proofdesk::compliance {

// The six checks of DESIGN.md "Findings, precisely", in the order they are shown.
enum class FindingKind {
    UnapprovedTemplate,
    RetiredBlock,
    Undelivered,
    FixityFailed,
    RetentionOverdue,
    ReissueUnfulfilled,
};

// The `kind` names of spec/cli.md ("unapproved_template", …) and back.
QString kindName(FindingKind kind);
std::optional<FindingKind> parseKind(const QString &name);
const QList<FindingKind> &allKinds();
// A heading for people ("Template not approved at issue", …), translated.
QString kindTitle(FindingKind kind);
// A short label for chart axes ("Unapproved template", …), translated.
QString kindShortTitle(FindingKind kind);

// The latest review mark on a finding: records::FindingRecords::reviewFinding writes them.
using FindingReview = records::FindingReview;

// One thing that went wrong with one communication.
struct Finding
{
    FindingKind kind = FindingKind::UnapprovedTemplate;
    QString commId;
    qint64 rowid = 0; // 0 when the communication is not in the cache (a reissue request)
    qint64 issuedAt = 0;
    QString templateId; // for the "by template version" dashboard
    QString templateVersion;
    QString detail; // a sentence a person can act on
    std::optional<FindingReview> review;
    // The exception case opened from this finding (undelivered, fixity_failed), if any.
    std::optional<records::ExceptionCase> exceptionCase;
};

// What the checks are run with. `now` is injectable so tests and reports are repeatable.
struct FindingOptions
{
    qint64 now = 0;                                            // ms since the epoch, UTC; 0 = the current time
    int reissueDays = search::findingsql::kDefaultReissueDays; // open longer than this is a finding
    QList<FindingKind> kinds;                                  // empty = all six
    // Searches of at most this many rows are checked from their rows, larger ones from the
    // cache's indexes; -1 = FindingsEngine::kDriveLimit. For tests and benchmarks: the
    // findings do not depend on it.
    qint64 scopeDriveLimit = -1;
};

struct FindingsReport
{
    QString query;         // empty = the whole cache
    qint64 scopeCount = 0; // communications checked
    qint64 ranAt = 0;
    qint64 elapsedMs = 0;
    QList<Finding> findings; // ordered by kind, then issue time, then id
    QString error;           // a malformed query or a failed read (SQLite's words, never its statement)
    // A damaged page of the cache met by a check: the caller recovers the cache (the
    // command-line client moves it aside and starts a new one) rather than only telling.
    std::optional<cache::SqliteError> damage;

    qint64 count(FindingKind kind) const;
};

} // namespace proofdesk::compliance

Q_DECLARE_METATYPE(proofdesk::compliance::FindingsReport)
