#pragma once

#include <QString>
#include <QStringList>

namespace proofdesk::compliance {

// Where a production keeps what (docs/production-format.md, spec/cli.md "Matters and
// productions"): the names its writer and its verifier share, so that the two read one layout.
namespace productionlayout {

inline constexpr char kLoadFileDat[] = "loadfile.dat";
inline constexpr char kLoadFileCsv[] = "loadfile.csv";
inline constexpr char kManifest[] = "manifest.sha256";
inline constexpr char kExceptions[] = "exceptions.csv";
inline constexpr char kProduction[] = "production.json";
// The writer's progress while it runs; gone once the production is complete.
inline constexpr char kJournal[] = ".proofdesk-production-journal";
inline constexpr char kFormat[] = "proofdesk-production/1";
inline constexpr int kDigits = 8;       // of a production number after its prefix
inline constexpr int kPerFolder = 1000; // documents a folder of NATIVES/, TEXT/ and METADATA/ holds

// prefix + number, zero-padded to kDigits: "MAT-3-00000042".
QString productionNumber(const QString &prefix, qint64 number);
// The folder of the `index`-th document produced (0, 1, …): "0000", "0001", ….
QString folderOf(qint64 index);
// NATIVES/<folder>/<number><.ext>: the document as sent, named by its number and the extension
// of its rendition (".pdf", ".html"; none when it has none).
QString nativePath(qint64 index, const QString &number, const QString &renditionPath);
QString textPath(qint64 index, const QString &number);     // TEXT/<folder>/<number>.txt
QString metadataPath(qint64 index, const QString &number); // METADATA/<folder>/<number>.json

// The load file's columns, in their order: the first thirteen spec/cli.md names, then this
// project's.
const QStringList &columns();

} // namespace productionlayout

} // namespace proofdesk::compliance
