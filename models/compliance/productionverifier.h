#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace proofdesk::compliance {

struct ProductionProblem
{
    QString path; // the file (relative to the folder) or the folder itself (".")
    QString problem;
};

struct ProductionCheck
{
    bool ok = true;
    qint64 documents = 0;   // rows of the load file
    qint64 files = 0;       // lines of the manifest
    qint64 entries = 0;     // audit entries whose hash was recomputed
    QString rootSha256;     // the manifest's SHA-256: what production.create recorded
    QJsonObject production; // production.json, as read
    QList<ProductionProblem> problems;
};

// `production verify DIR`: checks a production folder against itself, with nothing but the
// folder (docs/production-format.md says the same checks for an examiner's own script):
// every file against the manifest (a changed byte, a removed file, a file added); the load
// file against the files (its hashes, paths and each row against the document's metadata,
// the CSV against the DAT); the numbering (in order, from production.json's first to its last,
// no gap, none twice); the exceptions against the counts; and each letter's audit entries
// against their chain: each entry's hash recomputed from its fields and the hash before it,
// entries that follow each other linked, all older than the anchor the production carries.
// The problems are named, each with its file; at most a few hundred are listed.
ProductionCheck verifyProduction(const QString &folder,
                                 const std::function<void(qint64 done, qint64 total)> &progress = {});

} // namespace proofdesk::compliance
