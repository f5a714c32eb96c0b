#pragma once

#include <QString>
#include <atomic>

namespace proofdesk::cache {
class Database;
}
namespace proofdesk::records {
class RecordsActor;
}

namespace proofdesk::compliance {

struct AuditReportExport
{
    QString path;
    QString sha256;
    qint64 communications = 0;
    qint64 findings = 0;
};

// The audit report of `query` (the whole cache when empty) exported as a person does it, from
// the window and `proofdesk-cli audit report` alike: the role checked (running findings), the
// report built on `reader`, written whole under a temporary name and renamed into place as
// `path` (a .csv path: the table; else the PDF), then recorded by `actor` ("report.export", with
// the path, the file's SHA-256 and the counts). A report that cannot be recorded is removed: an
// export not in the trail did not happen. Throws records::RecordsError (refused),
// util::OutputFileError (the file), std::runtime_error (the report could not be built, or
// `cancel` was set: nothing written).
AuditReportExport exportAuditReport(records::RecordsActor &actor, cache::Database &reader, const QString &query,
                                    const QString &path, const std::atomic_bool *cancel = nullptr);

} // namespace proofdesk::compliance
