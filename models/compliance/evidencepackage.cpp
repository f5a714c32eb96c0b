#include "evidencepackage.h"

#include "util/translation.h"

#include "cache/contentstore.h"
#include "cache/documentcache.h"
#include "sync/documentsource.h"
#include "evidencerecord.h"
#include "evidencereport.h"
#include "evidencezip.h"
#include "records/recordserror.h"
#include "records/recordsstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text) { return util::translateEither("proofdesk::compliance::EvidencePackage", "proofdesk::compliance", text); }

EvidenceDocument readDocument(cache::Database &db, const cache::ContentStore &store, const QJsonObject &communication,
                              QByteArray *bytes)
{
    EvidenceDocument doc;
    const QString expected = communication.value(QStringLiteral("rendition")).toObject().value(QStringLiteral("sha256")).toString();
    // From the store or the communication's drop, hashed again now (sync::DocumentSource).
    sync::DocumentRead read = sync::DocumentSource(db, store).read(communication.value(QStringLiteral("id")).toString());
    if (read.fixity != domain::Fixity::Verified) {
        doc.problem = read.fixity == domain::Fixity::Failed && !read.path.isEmpty()
            ? tr("the stored bytes no longer match the recorded SHA-256 %1").arg(expected)
            : tr("the bytes with the recorded SHA-256 %1 are not in the local store "
                 "(fixity: %2)").arg(expected, communication.value(QStringLiteral("fixity")).toString());
        return doc;
    }
    *bytes = std::move(read.bytes);
    doc.fileName = evidenceDocumentName(communication);
    doc.sha256 = expected;
    doc.bytes = bytes->size();
    return doc;
}

// The entries about the communication in the store's trail (the team's, on a team).
QJsonArray auditEntries(records::RecordsStore &recordsStore, const QString &commId)
{
    audit::AuditFilter filter;
    filter.objectType = QStringLiteral("communication");
    filter.objectId = commId;
    QJsonArray entries;
    for (const audit::AuditEntry &e : recordsStore.auditEntries(filter))
        entries.append(e.toJson());
    return entries;
}

QByteArray jsonBytes(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

} // namespace

EvidenceResult exportEvidence(records::RecordsStore &recordsStore, cache::Database &db, const cache::ContentStore &store,
                              const QString &commId, const QString &outPath)
{
    recordsStore.require(records::Action::ExportEvidence, QStringLiteral("communication"), commId);
    auto record = EvidenceRecord(db).collect(commId);
    if (!record)
        throw records::RecordsError(records::RecordsError::Kind::NotFound,
                                    tr("No communication with id \"%1\" in the cache: no evidence package was written.").arg(commId));
    const QJsonObject communication = record->value(QStringLiteral("communication")).toObject();
    const QString id = communication.value(QStringLiteral("id")).toString();
    const EvidenceExporter exporter{recordsStore.user(), recordsStore.roleText(), recordsStore.device(), recordsStore.now()};
    QByteArray documentBytes;
    // Pinned while the package is built: "free space now" or another process's import must
    // not evict the bytes between the check and the zip. Reading it counts as a view.
    const QString expectedSha = communication.value(QStringLiteral("rendition")).toObject().value(QStringLiteral("sha256")).toString();
    const cache::DocumentPin pin(db, {expectedSha});
    cache::DocumentCache::markViewed(db, id, QDateTime::currentMSecsSinceEpoch());
    const EvidenceDocument document = readDocument(db, store, communication, &documentBytes);
    record->insert(QStringLiteral("document"), QJsonObject{{QStringLiteral("file"), document.fileName},
                                                           {QStringLiteral("sha256"), document.sha256},
                                                           {QStringLiteral("bytes"), document.bytes},
                                                           {QStringLiteral("included"), document.problem.isEmpty()},
                                                           {QStringLiteral("problem"), document.problem}});
    const QJsonArray audit = auditEntries(recordsStore, id);

    QList<QPair<QString, QByteArray>> files;
    if (document.problem.isEmpty())
        files << qMakePair(document.fileName, documentBytes);
    files << qMakePair(QStringLiteral("record.json"), jsonBytes(*record))
          << qMakePair(QStringLiteral("report.pdf"), evidenceReportPdf(*record, document, audit, exporter))
          << qMakePair(QStringLiteral("audit.json"), jsonBytes(audit));

    EvidenceResult result;
    result.path = QFileInfo(outPath).absoluteFilePath();
    result.sha256 = writeEvidenceZip(result.path, files, exporter.at);
    result.documentIncluded = document.problem.isEmpty();
    for (const auto &f : files)
        result.files << f.first;
    result.files << QStringLiteral("SHA256SUMS");
    try {
        recordsStore.record(QStringLiteral("evidence.export"), QStringLiteral("communication"), id, QString(), QJsonValue(),
                       QJsonObject{{QStringLiteral("file"), QFileInfo(result.path).fileName()},
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
