#pragma once

#include "auditverifier.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace proofdesk::audit {

// The head of the hash chain (the newest entry's sequence and hash), kept outside the store
// that holds the trail (a file the compliance officer keeps). With an anchor, removing the
// newest entries, or rewriting the whole chain consistently, is found: the anchored entry is
// gone, or no longer has the anchored hash (spec/cli.md `audit anchor`, `audit verify --anchor`).
struct AuditAnchor
{
    qint64 seq = 0;
    QString hash;

    QJsonObject toJson() const; // {"seq", "hash"}
    // Throws std::runtime_error naming what is wrong with the file (missing, not JSON, no
    // seq or a hash that is not 64 hex digits).
    static AuditAnchor readFile(const QString &path);
    // Written whole or not at all, only in place of a regular file (util::OutputFile); throws
    // util::OutputFileError naming the write's own error.
    void writeFile(const QString &path) const;
};

// Checks a verified chain against an anchor: `entries` is how many entries the chain has,
// `hashAtSeq` the hash the anchored entry has now (nullopt = there is no such entry). Turns an
// ok `result` into a failure naming the anchored entry when it was removed or rewritten.
void checkAnchor(VerifyResult &result, const AuditAnchor &anchor, const std::optional<QString> &hashAtSeq);

} // namespace proofdesk::audit
