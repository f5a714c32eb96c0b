#pragma once

#include <QString>
#include <QStringList>

namespace proofdesk::cache {
class ContentStore;
class Database;
} // namespace proofdesk::cache
namespace proofdesk::records {
class AuditRecords;
class RecordsActor;
} // namespace proofdesk::records

namespace proofdesk::compliance {

struct EvidenceResult
{
    QString path;
    QString sha256;    // of the zip
    QStringList files; // names inside it, SHA256SUMS last
    bool documentIncluded = false;
};

// Writes the evidence package of one communication (DESIGN.md "Evidence package"): the
// document bytes as sent (opened through sync::DocumentSource, which verifies them again, and
// streamed into the zip a piece at a time, hashed again as they go),
// record.json, report.pdf, audit.json (the audit entries about the communication with their
// chain hashes, as `trail` shows them to `actor`: an agent's package carries their own
// entries only) and SHA256SUMS, as a zip written atomically. The record is read from `db`
// (the writer connection, records.sqlite attached). The export is recorded by `actor`
// ("evidence.export", with the zip's SHA-256) after the file is in place; if that entry cannot
// be written the file is removed. The actor's role must permit exporting evidence. Throws records::RecordsError
// (refused, unknown id, a team trail that cannot be reached), cache::SqliteError or std::runtime_error (the file could
// not be written).
EvidenceResult exportEvidence(records::RecordsActor &actor, records::AuditRecords &trail, cache::Database &db,
                              const cache::ContentStore &store, const QString &commId, const QString &outPath);

} // namespace proofdesk::compliance
