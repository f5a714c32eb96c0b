#pragma once

#include <QString>
#include <QStringList>

namespace proofdesk::cache {
class ContentStore;
class Database;
} // namespace proofdesk::cache
namespace proofdesk::records {
class RecordsStore;
}

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
// chain hashes, as `recordsStore` shows them to its user: an agent's package carries their own
// entries only) and SHA256SUMS, as a zip written atomically. The record is read from `db`
// (the writer connection, records.sqlite attached). The export is audited
// ("evidence.export", with the zip's SHA-256) in `recordsStore`'s trail after the file is in
// place; if that entry cannot be written the file is removed. The role must permit
// exporting evidence. Throws records::RecordsError (refused, unknown id, a team trail that
// cannot be reached), cache::SqliteError or std::runtime_error (the file could not be written).
EvidenceResult exportEvidence(records::RecordsStore &recordsStore, cache::Database &db,
                              const cache::ContentStore &store, const QString &commId, const QString &outPath);

} // namespace proofdesk::compliance
