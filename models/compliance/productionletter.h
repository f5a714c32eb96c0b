#pragma once

#include "evidencerecord.h"
#include "productionfiles.h"
#include "records/matter.h"
#include "sync/drop/heldfile.h"

#include <QJsonArray>
#include <QStringList>
#include <functional>
#include <memory>

namespace proofdesk::cache {
class ContentStore;
class Database;
class DocumentPin;
} // namespace proofdesk::cache
namespace proofdesk::records {
class AuditRecords;
}
namespace proofdesk::sync {
class DocumentSource;
}

namespace proofdesk::compliance {

// Brings a letter's bytes from its repository (verified and kept in the content store) when the
// local store does not have them: empty when it did, else why not.
using FetchMissing = std::function<QString(const QString &communicationId)>;

// One letter as a production gives it, or why it is not given.
struct ProducedLetter
{
    QString exception;                        // empty when produced
    QStringList row;                          // the load file's fields (productionlayout::columns)
    QList<std::pair<QString, QString>> files; // (path, SHA-256) of each file written, for the manifest
};

// One letter as its records give it, before it has a number (ProductionLetter::gather).
struct GatheredLetter
{
    QString commId;     // as the matter's set names it
    QString exception;  // why it cannot be given, when the records already say so
    QJsonObject record; // its evidence record, the communication's text taken out
    QByteArray text;    // that text, UTF-8
    // The trail's entries about it older than the production's anchor, and the record, as its
    // metadata holds them (the record's made by write() unless serializeRecord() made it).
    QByteArray auditJson, recordJson;
    QString repoId;        // its repository's own id for it
    sync::HeldFile native; // its bytes, opened
};

// Produces one letter of a production into its folder: the native rendition exactly as sent
// (copied from the content store or its drop and hashed as it is copied, or first fetched from
// its repository), its extracted text (UTF-8), and its metadata (the evidence record of the
// letter, the files' SHA-256, and the trail's entries about it older than the production's
// anchor, with their chain positions and hashes). A letter that cannot be given (not in the
// cache any more, disposed, bytes missing and not fetchable, fixity failed) is an exception
// with its reason, and leaves no file.
class ProductionLetter
{
public:
    ProductionLetter(cache::Database &db, const cache::ContentStore &store, records::AuditRecords &trail,
                     const ProductionFiles &files, const records::ProductionInfo &production, FetchMissing fetch);
    ~ProductionLetter();

    // Two halves, so that reading the next letter's records overlaps writing this one's files.
    // What the records say about the letter and its bytes opened (fetched first when they are not
    // here): on the thread of the cache's and the trail's connections.
    GatheredLetter gather(const QString &commId) const;
    // The letter numbered and its files written, its bytes verified as they are copied (an
    // exception when they no longer hash as recorded): no database is touched, any thread.
    ProducedLetter write(qint64 index, const QString &number, GatheredLetter &letter) const;
    // The record's JSON made now, on this thread, rather than by write().
    static void serializeRecord(GatheredLetter &letter);
    // Before the letters to come: their bytes pinned in the content store (never evicted
    // while they are produced) and their findings found in one run over all of them.
    void prepare(const QStringList &commIds);

private:
    void pinDocuments(const QStringList &commIds);
    void findFindings(const QStringList &commIds);
    void removeFilesOf(qint64 index, const QString &number) const;
    struct LetterFiles
    {
        QJsonObject native; // path, sha256, bytes, media_type
        QString textPath, textSha, metadataPath, metadataSha;
    };
    QStringList loadFileRow(const QString &number, const QJsonObject &record, const LetterFiles &files,
                            const QString &repoId) const;
    QString whyNotCached(const QString &commId) const;
    QString openNative(const QString &commId, sync::HeldFile *file) const;
    QString copyNative(const QString &path, const GatheredLetter &letter, QJsonObject *native) const;
    QJsonArray auditEntries(const QString &commId) const;
    QString repositoryId(const QString &commId) const;

    cache::Database &m_db;
    EvidenceRecord m_record;
    QHash<QString, QJsonArray> m_findings; // folded id → findings
    std::unique_ptr<cache::DocumentPin> m_pin;
    const cache::ContentStore &m_store;
    records::AuditRecords &m_trail;
    const ProductionFiles &m_files;
    const records::ProductionInfo &m_production;
    FetchMissing m_fetch;
    std::unique_ptr<sync::DocumentSource> m_source; // one for every letter: their drop stays open
};

} // namespace proofdesk::compliance
