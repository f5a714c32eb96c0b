#include "evidencepackage.h"

#include "audit/auditreason.h"
#include "cache/contentstore.h"
#include "cache/documentcache.h"
#include "cache/rowseal.h"
#include "evidencerecord.h"
#include "evidencereport.h"
#include "evidencezip.h"
#include "records/auditrecords.h"
#include "records/recordsactor.h"
#include "records/recordserror.h"
#include "sync/documentsource.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::EvidencePackage", "proofdesk::compliance", text);
}

// The document opened, verified, and left open to be streamed into the zip (never read
// whole into memory: a rendition may be gigabytes).
EvidenceDocument openDocument(cache::Database &db, const cache::ContentStore &store, const QJsonObject &communication,
                              sync::DocumentSource::Opened *opened)
{
    EvidenceDocument doc;
    const QString expected =
        communication.value(QStringLiteral("rendition")).toObject().value(QStringLiteral("sha256")).toString();
    // From the store or the communication's drop, hashed again now (sync::DocumentSource).
    *opened = sync::DocumentSource(db, store).open(communication.value(QStringLiteral("id")).toString());
    const sync::DocumentRead &read = opened->read;
    if (read.fixity != domain::Fixity::Verified) {
        doc.problem = read.fixity == domain::Fixity::Failed && !read.path.isEmpty()
                          ? tr("the stored bytes no longer match the recorded SHA-256 %1").arg(expected)
                          : tr("the bytes with the recorded SHA-256 %1 are not in the local store "
                               "(fixity: %2)")
                                .arg(expected, communication.value(QStringLiteral("fixity")).toString());
        return doc;
    }
    doc.fileName = evidenceDocumentName(communication);
    doc.sha256 = expected;
    doc.bytes = opened->file.size();
    return doc;
}

// The entries about the communication in the store's trail (the team's, on a team): those
// naming it and those naming its reissue requests, holds, exception cases (#29).
QJsonArray auditEntries(records::AuditRecords &trail, const QString &commId)
{
    audit::AuditFilter filter;
    filter.objects = trail.objectsAbout(commId);
    QJsonArray entries;
    for (const audit::AuditEntry &e : trail.auditEntries(filter))
        entries.append(audit::entryJsonForReader(e)); // hashes as stored, coded reasons readable
    return entries;
}

QByteArray jsonBytes(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

// The communication's record as the cache holds it, its row holding what Proofdesk wrote.
QJsonObject recordOf(cache::Database &db, const QString &commId)
{
    auto record = EvidenceRecord(db).collect(commId);
    if (!record)
        throw records::RecordsError(
            records::RecordsError::Kind::NotFound,
            tr("No communication with id \"%1\" in the cache: no evidence package was written.").arg(commId));
    const QString id = record->value(QStringLiteral("communication")).toObject().value(QStringLiteral("id")).toString();
    if (!cache::RowSeal::holds(db, id))
        throw records::RecordsError(records::RecordsError::Kind::Invalid,
                                    tr("The cache's row of %1 was changed outside Proofdesk since it was written: no "
                                       "evidence package was written (proofdesk-cli cache verify names every such "
                                       "row).")
                                        .arg(id));
    return *record;
}

} // namespace

EvidenceResult exportEvidence(records::RecordsActor &actor, records::AuditRecords &trail, cache::Database &db,
                              const cache::ContentStore &store, const QString &commId, const QString &outPath)
{
    actor.require(records::Action::ExportEvidence, QStringLiteral("communication"), commId);
    QJsonObject record = recordOf(db, commId);
    const QJsonObject communication = record.value(QStringLiteral("communication")).toObject();
    const QString id = communication.value(QStringLiteral("id")).toString();
    const EvidenceExporter exporter{actor.user(), actor.roleText(), actor.device(), actor.now()};
    sync::DocumentSource::Opened opened;
    // Pinned while the package is built: "free space now" or another process's import must
    // not evict the bytes between the check and the zip. Reading it counts as a view.
    const QString expectedSha =
        communication.value(QStringLiteral("rendition")).toObject().value(QStringLiteral("sha256")).toString();
    const cache::DocumentPin pin(db, {expectedSha});
    cache::DocumentCache::markViewed(db, id, QDateTime::currentMSecsSinceEpoch());
    const EvidenceDocument document = openDocument(db, store, communication, &opened);
    record.insert(QStringLiteral("document"), QJsonObject{{QStringLiteral("file"), document.fileName},
                                                          {QStringLiteral("sha256"), document.sha256},
                                                          {QStringLiteral("bytes"), document.bytes},
                                                          {QStringLiteral("included"), document.problem.isEmpty()},
                                                          {QStringLiteral("problem"), document.problem}});
    const QJsonArray audit = auditEntries(trail, id);

    QList<QPair<QString, QByteArray>> files;
    files << qMakePair(QStringLiteral("record.json"), jsonBytes(record))
          << qMakePair(QStringLiteral("report.pdf"), evidenceReportPdf(record, document, audit, exporter))
          << qMakePair(QStringLiteral("audit.json"), jsonBytes(audit));

    EvidenceResult result;
    result.path = QFileInfo(outPath).absoluteFilePath();
    const EvidenceStreamedFile streamed{document.fileName, opened.file.fd(), document.sha256.toLower()};
    result.documentIncluded = document.problem.isEmpty();
    result.sha256 = writeEvidenceZip(result.path, files, exporter.at, result.documentIncluded ? &streamed : nullptr);
    if (result.documentIncluded)
        result.files << document.fileName;
    for (const auto &f : files)
        result.files << f.first;
    result.files << QStringLiteral("SHA256SUMS");
    try {
        actor.record(QStringLiteral("evidence.export"), QStringLiteral("communication"), id, QString(), QJsonValue(),
                     QJsonObject{{QStringLiteral("path"), result.path},
                                 {QStringLiteral("sha256"), result.sha256},
                                 {QStringLiteral("files"), QJsonArray::fromStringList(result.files)}});
    } catch (...) {
        // An export that is not in the audit trail did not happen. Only a file is removed:
        // --out may name a device (/dev/null), never to be deleted.
        if (QFileInfo(result.path).isFile())
            QFile::remove(result.path);
        throw;
    }
    return result;
}

} // namespace proofdesk::compliance
