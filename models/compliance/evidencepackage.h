#pragma once

#include <QString>
#include <QStringList>

namespace proofdesk::cache {
class ContentStore;
}
namespace proofdesk::records {
class RecordsSession;
}

namespace proofdesk::compliance {

struct EvidenceResult
{
    QString path;
    QString sha256;       // of the zip
    QStringList files;    // names inside it, SHA256SUMS last
    bool documentIncluded = false;
};

// Writes the evidence package of one communication (DESIGN.md "Evidence package"): the
// document bytes as sent (read through ContentStore::read, which verifies them again),
// record.json, report.pdf, audit.json (the audit entries about the communication with their
// chain hashes) and SHA256SUMS, as a zip written atomically. The export is audited
// ("evidence.export", with the zip's SHA-256) after the file is in place; if that entry
// cannot be written the file is removed. The session must permit exporting evidence.
// Throws records::RecordsError (refused, unknown id), cache::SqliteError or
// std::runtime_error (the file could not be written).
EvidenceResult exportEvidence(const records::RecordsSession &session, const cache::ContentStore &store,
                              const QString &commId, const QString &outPath);

} // namespace proofdesk::compliance
