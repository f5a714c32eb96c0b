#include "productionletter.h"

#include "audit/auditreason.h"
#include "cache/documentcache.h"
#include "cache/rowseal.h"
#include "domain/textfold.h"
#include "evidencerecord.h"
#include "findingsengine.h"
#include "productionlayout.h"
#include "records/auditrecords.h"
#include "sync/documentsource.h"
#include "util/indentedjson.h"
#include "util/timeutil.h"
#include "util/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::compliance {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::compliance::ProductionLetter", "proofdesk::compliance", text);
}

// The approval that let the template version out: the last "approved" decision recorded
// (the sign-off, not the first of the steps before it), as "who (step)".
QString approvedBy(const QJsonObject &templateVersion)
{
    QString by;
    for (const QJsonValue &v : templateVersion.value(QStringLiteral("approvals")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("decision")).toString() == QLatin1String("approved"))
            by = QStringLiteral("%1 (%2)").arg(a.value(QStringLiteral("by")).toString(),
                                               a.value(QStringLiteral("step")).toString());
    }
    return by;
}

QString joined(const QJsonArray &values, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : values)
        out << (v.isObject() ? v.toObject().value(QLatin1String(key)).toString() : v.toString());
    return out.join(QLatin1String("; "));
}

// `value` as Qt writes it one level deep (a value of the metadata's object), without a final newline.
QByteArray nestedIndented(const QJsonValue &value)
{
    QByteArray nested;
    nested.reserve(8192);
    util::indentedjson::append(nested, value, 1);
    return nested;
}

} // namespace

ProductionLetter::ProductionLetter(cache::Database &db, const cache::ContentStore &store, records::AuditRecords &trail,
                                   const ProductionFiles &files, const records::ProductionInfo &production,
                                   FetchMissing fetch)
    : m_db(db)
    , m_record(db)
    , m_store(store)
    , m_trail(trail)
    , m_files(files)
    , m_production(production)
    , m_fetch(std::move(fetch))
    , m_source(std::make_unique<sync::DocumentSource>(db, store))
{}

ProductionLetter::~ProductionLetter() = default;

void ProductionLetter::removeFilesOf(qint64 index, const QString &number) const
{
    QFile::remove(m_files.absolute(productionlayout::textPath(index, number)));
    QFile::remove(m_files.absolute(productionlayout::metadataPath(index, number)));
    const QDir natives(m_files.absolute(QFileInfo(productionlayout::nativePath(index, number, QString())).path()));
    for (const QString &name : natives.entryList({number + QLatin1Char('*')}, QDir::Files))
        QFile::remove(natives.filePath(name));
}

void ProductionLetter::prepare(const QStringList &commIds)
{
    m_record.rememberTemplates();
    pinDocuments(commIds);
    findFindings(commIds);
}

// The letters' bytes stay in the content store while the production reads them: "free space
// now" or another process's import may not evict them meanwhile (one pin for them all).
void ProductionLetter::pinDocuments(const QStringList &commIds)
{
    QStringList shas;
    cache::Statement st = m_db.prepare("SELECT lower(c.rendition_sha256) FROM json_each(?1) j "
                                       "JOIN communications c ON c.id = j.value");
    constexpr qsizetype kChunk = 10000;
    for (qsizetype from = 0; from < commIds.size(); from += kChunk) {
        st.bind(
            1,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(commIds.mid(from, kChunk))).toJson(QJsonDocument::Compact)));
        while (st.step())
            shas << st.columnText(0);
        st.reset();
    }
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    cache::Transaction tx(m_db);
    m_pin = std::make_unique<cache::DocumentPin>(m_db, shas, kDayMs);
    tx.commit();
}

void ProductionLetter::findFindings(const QStringList &commIds)
{
    QList<qint64> rowIds;
    rowIds.reserve(commIds.size());
    cache::Statement st = m_db.prepare("SELECT c.rowid FROM json_each(?1) j JOIN communications c ON c.id = j.value");
    constexpr qsizetype kChunk = 10000;
    for (qsizetype from = 0; from < commIds.size(); from += kChunk) {
        st.bind(
            1,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(commIds.mid(from, kChunk))).toJson(QJsonDocument::Compact)));
        while (st.step())
            rowIds << st.columnInt(0);
        st.reset();
    }
    const FindingsReport report = FindingsEngine(m_db).runOnRows(rowIds);
    QHash<QString, QList<Finding>> byId;
    for (const Finding &f : report.findings)
        byId[domain::foldCase(f.commId)] << f;
    m_findings.clear();
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        m_findings.insert(it.key(), EvidenceRecord::findingsJson(it.value()));
    m_record.useFindings(&m_findings);
}

QString ProductionLetter::whyNotCached(const QString &commId) const
{
    cache::Statement st = m_db.prepare("SELECT disposed_at, batch_id FROM rec.tombstones WHERE comm_id = ?1");
    if (st.bind(1, commId).step())
        return tr("disposed of on %1 (disposition %2): only its tombstone is left")
            .arg(formatUtc(st.columnInt(0)), st.columnText(1));
    return tr("no longer in the cache (removed from its repository or outside the sync scope)");
}

// The letter's bytes opened, fetched from its repository first when they are not on this desk
// and it may be asked; empty on success, else why the letter is an exception.
QString ProductionLetter::openNative(const QString &commId, sync::HeldFile *file) const
{
    sync::DocumentSource &source = *m_source;
    sync::DocumentSource::Opened opened = source.openToCopy(commId);
    if (opened.read.fixity != domain::Fixity::Failed && !opened.file.isOpen() && m_fetch) {
        const QString fetchError = m_fetch(commId);
        if (!fetchError.isEmpty())
            return tr("its bytes are not on this desk and could not be fetched from its repository: %1")
                .arg(fetchError);
        opened = source.openToCopy(commId);
    }
    if (opened.read.fixity == domain::Fixity::Failed)
        return tr("fixity failed: its bytes hash to %1, not to the recorded %2")
            .arg(opened.read.actualSha256.isEmpty() ? tr("something else") : opened.read.actualSha256,
                 opened.read.expectedSha256);
    if (!opened.file.isOpen())
        return tr("its bytes (SHA-256 %1) are not on this desk and its repository was not asked")
            .arg(opened.read.expectedSha256);
    *file = std::move(opened.file);
    return QString();
}

// The rendition copied and verified as `path`; empty on success, else why it is an exception.
QString ProductionLetter::copyNative(const QString &path, const GatheredLetter &letter, QJsonObject *native) const
{
    const QJsonObject rendition =
        letter.record.value(QStringLiteral("communication")).toObject().value(QStringLiteral("rendition")).toObject();
    const QString expected = rendition.value(QStringLiteral("sha256")).toString().toLower();
    QString actual;
    qint64 bytes = 0;
    if (!m_files.copyVerified(path, letter.native.fd(), expected, &actual, &bytes))
        return tr("fixity failed: its bytes hash to %1, not to the recorded %2")
            .arg(actual.isEmpty() ? tr("nothing (they could not be read)") : actual, expected);
    *native = {{QStringLiteral("path"), path},
               {QStringLiteral("sha256"), actual},
               {QStringLiteral("bytes"), bytes},
               {QStringLiteral("media_type"), rendition.value(QStringLiteral("media_type"))}};
    return QString();
}

QJsonArray ProductionLetter::auditEntries(const QString &commId) const
{
    audit::AuditFilter filter;
    filter.objects = m_trail.objectsAbout(commId);
    QJsonArray entries;
    for (const audit::AuditEntry &e : m_trail.auditEntries(filter)) {
        if (e.seq < m_production.anchorSeq)
            entries.append(audit::entryJsonForReader(e));
    }
    return entries;
}

QStringList ProductionLetter::loadFileRow(const QString &number, const QJsonObject &record, const LetterFiles &files,
                                          const QString &repoId) const
{
    const QJsonObject c = record.value(QStringLiteral("communication")).toObject();
    const QJsonObject tmpl = c.value(QStringLiteral("template")).toObject();
    return {number,
            number,
            c.value(QStringLiteral("id")).toString(),
            c.value(QStringLiteral("customer_id")).toString(),
            c.value(QStringLiteral("type")).toString(),
            c.value(QStringLiteral("channel")).toString(),
            c.value(QStringLiteral("issued_at")).toString(),
            tmpl.value(QStringLiteral("id")).toString(),
            tmpl.value(QStringLiteral("version")).toString(),
            c.value(QStringLiteral("status")).toString(),
            files.native.value(QStringLiteral("path")).toString(),
            files.native.value(QStringLiteral("sha256")).toString(),
            files.textPath,
            files.textSha,
            files.metadataPath,
            files.metadataSha,
            c.value(QStringLiteral("repo")).toString(),
            repoId,
            QStringLiteral("verified"),
            approvedBy(c.value(QStringLiteral("template_version")).toObject()),
            joined(record.value(QStringLiteral("holds")).toArray(), "id"),
            m_production.matter,
            m_production.id};
}

QString ProductionLetter::repositoryId(const QString &commId) const
{
    cache::Statement st = m_db.prepareCached("SELECT repo_object_id FROM communications WHERE id = ?1");
    return st.bind(1, commId).step() ? st.columnText(0) : QString();
}

GatheredLetter ProductionLetter::gather(const QString &commId) const
{
    GatheredLetter out;
    out.commId = commId;
    auto record = m_record.collect(commId);
    if (!record) {
        out.exception = whyNotCached(commId);
        return out;
    }
    QJsonObject communication = record->value(QStringLiteral("communication")).toObject();
    const QString id = communication.value(QStringLiteral("id")).toString();
    if (!cache::RowSeal::holds(m_db, id)) {
        out.exception = tr("its row in the cache was changed outside Proofdesk since it was written (proofdesk-cli "
                           "cache verify names every such row)");
        return out;
    }
    out.exception = openNative(id, &out.native);
    if (!out.exception.isEmpty())
        return out;
    out.text = communication.take(QStringLiteral("text")).toString().toUtf8();
    record->insert(QStringLiteral("communication"), communication);
    out.record = std::move(*record);
    out.auditJson = nestedIndented(auditEntries(id));
    out.repoId = repositoryId(id);
    return out;
}

void ProductionLetter::serializeRecord(GatheredLetter &letter)
{
    if (letter.exception.isEmpty() && letter.recordJson.isNull())
        letter.recordJson = nestedIndented(letter.record);
}

ProducedLetter ProductionLetter::write(qint64 index, const QString &number, GatheredLetter &letter) const
{
    ProducedLetter out;
    out.exception = letter.exception;
    QJsonObject native;
    if (out.exception.isEmpty()) {
        const QString path = productionlayout::nativePath(index, number,
                                                          letter.record.value(QStringLiteral("communication"))
                                                              .toObject()
                                                              .value(QStringLiteral("rendition"))
                                                              .toObject()
                                                              .value(QStringLiteral("path"))
                                                              .toString());
        out.exception = copyNative(path, letter, &native);
    }
    if (!out.exception.isEmpty()) {
        removeFilesOf(index, number); // what a run killed while writing this letter left
        return out;
    }
    const QString id =
        letter.record.value(QStringLiteral("communication")).toObject().value(QStringLiteral("id")).toString();
    const QString textPath = productionlayout::textPath(index, number);
    const QString textSha = m_files.writeInPlace(textPath, letter.text);
    const QJsonObject head{
        {QStringLiteral("format"), QStringLiteral("proofdesk-production-document/1")},
        {QStringLiteral("production_number"), number},
        {QStringLiteral("production"), m_production.id},
        {QStringLiteral("matter"), m_production.matter},
        {QStringLiteral("id"), id},
        {QStringLiteral("repository_id"), letter.repoId},
        {QStringLiteral("files"),
         QJsonObject{{QStringLiteral("native"), native},
                     {QStringLiteral("text"), QJsonObject{{QStringLiteral("path"), textPath},
                                                          {QStringLiteral("sha256"), textSha},
                                                          {QStringLiteral("bytes"), letter.text.size()}}}}},
        {QStringLiteral("anchor"), QJsonObject{{QStringLiteral("seq"), m_production.anchorSeq},
                                               {QStringLiteral("hash"), m_production.anchorHash}}},
    };
    QByteArray metadata = util::indentedjson::document(head);
    metadata.chop(3); // "\n}\n": the letter's trail entries and its record follow
    serializeRecord(letter);
    metadata += ",\n    \"audit\": " + letter.auditJson + ",\n    \"record\": " + letter.recordJson + "\n}\n";
    const QString metadataPath = productionlayout::metadataPath(index, number);
    const QString metadataSha = m_files.writeInPlace(metadataPath, metadata);
    const LetterFiles files{native, textPath, textSha, metadataPath, metadataSha};
    out.row = loadFileRow(number, letter.record, files, letter.repoId);
    out.files = {{native.value(QStringLiteral("path")).toString(), native.value(QStringLiteral("sha256")).toString()},
                 {textPath, textSha},
                 {metadataPath, metadataSha}};
    return out;
}

} // namespace proofdesk::compliance
