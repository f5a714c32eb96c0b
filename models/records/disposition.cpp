#include "disposition.h"

#include "audit/canonicaljson.h"
#include "cache/contentstore.h"
#include "cache/datafolderlock.h"
#include "cache/recordreader.h"
#include "cache/recordsfile.h"
#include "dispositioncertificate.h"
#include "dispositionrecovery.h"
#include "dispositionreplay.h"
#include "holdregister.h"
#include "holdreplay.h"
#include "outbox.h"
#include "recordserror.h"
#include "util/crashpoint.h"
#include "util/sha256.h"
#include "util/timeutil.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace proofdesk::records {

namespace {

QString tr(const char *text)
{
    return util::translateEither("proofdesk::records::Disposition", "proofdesk::records", text);
}

} // namespace

QString newBatchId() { return QStringLiteral("DISP-") + QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper(); }

namespace {

QString sha256Hex(const QByteArray &bytes) { return QString::fromLatin1(proofdesk::sha256Hex(bytes)); }

} // namespace

QJsonObject DispositionResult::toJson() const
{
    QJsonArray skippedJson;
    for (const auto &[id, why] : skipped)
        skippedJson.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("reason"), why}});
    return QJsonObject{
        {QStringLiteral("batch"), batchId},          {QStringLiteral("disposed"), QJsonArray::fromStringList(disposed)},
        {QStringLiteral("skipped"), skippedJson},    {QStringLiteral("certificate"), certificatePath},
        {QStringLiteral("purged_rows"), purgedRows}, {QStringLiteral("purged_objects"), purgedObjects}};
}

DispositionService::DispositionService(const RecordsSession &session, QString dataDir)
    : m_session(session)
    , m_dataDir(std::move(dataDir))
{}

QList<EligibleItem> DispositionService::review(int limit, ReviewRead read)
{
    m_session.require(Action::ReviewDisposition, QStringLiteral("disposition"));
    const QList<EligibleItem> items = Retention(m_session.db()).reviewList(m_session.now(), limit);
    if (read == ReviewRead::Review)
        m_session.record(QStringLiteral("disposition.review"), QStringLiteral("disposition"), QString(), QString(), {},
                         QJsonObject{{QStringLiteral("eligible"), items.size()}});
    return items;
}

// Inside the decision's transaction: what is still eligible and under no hold right now.
QList<EligibleItem> DispositionService::decide(const QStringList &ids, DispositionResult &result)
{
    Retention retention(m_session.db());
    HoldRegister holds(m_session.db());
    QList<EligibleItem> accepted;
    QSet<QString> seen;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (id.isEmpty() || seen.contains(id.toLower()))
            continue;
        seen.insert(id.toLower());
        const auto item = retention.item(id);
        audit::AuditReason why;
        if (!item)
            why = audit::AuditReason("disposition.not_eligible", {id});
        else if (item->eligibleAt > m_session.now())
            why = audit::AuditReason("disposition.kept_until",
                                     {item->id, formatUtc(item->eligibleAt), item->retentionClass});
        else if (holds.isHeld(item->id))
            why = audit::AuditReason("disposition.held", {item->id});
        if (why.code().isEmpty()) {
            accepted << *item;
            continue;
        }
        result.skipped.append({id, why.rendered()});
        m_session.recordRefusal(QStringLiteral("disposition.approve"), QStringLiteral("communication"), id, why);
    }
    return accepted;
}

void DispositionService::writeTombstones(const QList<EligibleItem> &items, const QString &reason,
                                         DispositionResult &result)
{
    cache::Database &db = m_session.db();
    db.prepare("INSERT INTO rec.disposition_batches(id, approved_by, approved_at, reason, item_count) "
               "VALUES(?1, ?2, ?3, ?4, ?5)")
        .bind(1, result.batchId)
        .bind(2, m_session.user())
        .bind(3, m_session.now())
        .bind(4, reason)
        .bind(5, qint64(items.size()))
        .run();
    cache::Statement tomb = db.prepare(
        "INSERT INTO rec.tombstones(comm_id, repo_id, batch_id, type, retention_class, issued_at, eligible_at, "
        "disposed_at, approved_by, record_sha256, rendition_sha256) SELECT c.id, c.repo_id, ?2, c.type, ?3, "
        "c.issued_at, ?4, ?5, ?6, ?7, c.rendition_sha256 FROM communications c WHERE c.id = ?1");
    cache::RecordReader reader(db);
    QMap<qint64, QJsonArray> perRepository;
    for (const EligibleItem &item : items) {
        // The hash of what is destroyed: the whole record as `show` gives it, canonical.
        const QString recordHash =
            sha256Hex(audit::canonicalJson(reader.communication(item.id).value_or(QJsonObject())));
        tomb.bind(1, item.id)
            .bind(2, result.batchId)
            .bind(3, item.retentionClass)
            .bind(4, item.eligibleAt)
            .bind(5, m_session.now())
            .bind(6, m_session.user())
            .bind(7, recordHash);
        tomb.run();
        tomb.reset();
        perRepository[item.repoId].append(QJsonObject{{QStringLiteral("id"), item.id},
                                                      {QStringLiteral("retention_class"), item.retentionClass},
                                                      {QStringLiteral("eligible_at"), formatUtc(item.eligibleAt)},
                                                      {QStringLiteral("record_sha256"), recordHash}});
        result.disposed << item.id;
    }
    for (auto it = perRepository.cbegin(); it != perRepository.cend(); ++it) {
        const QString key = QStringLiteral("%1.repo%2").arg(result.batchId).arg(it.key());
        const QJsonObject payload{{QStringLiteral("id"), result.batchId},
                                  {QStringLiteral("kind"), QStringLiteral("disposition")},
                                  {QStringLiteral("idempotency_key"), key},
                                  {QStringLiteral("decision"), QStringLiteral("dispose")},
                                  {QStringLiteral("approved_by"), m_session.user()},
                                  {QStringLiteral("approved_at"), formatUtc(m_session.now())},
                                  {QStringLiteral("reason"), reason},
                                  {QStringLiteral("communications"), it.value()}};
        Outbox(db).enqueue(key, it.key(), QStringLiteral("disposition"), result.batchId, payload, m_session.now());
    }
}

// Where the holds decide, they must be what their entries made them (records::HoldReplay): a
// hold item deleted by hand would otherwise let its letter go.
void DispositionService::refuseOnAlteredHolds(cache::Transaction &tx)
{
    const QList<StateProblem> problems = HoldReplay(m_session.db()).check();
    if (problems.isEmpty())
        return;
    const audit::AuditReason why("disposition.holds_altered", {problems.first().object, problems.first().problem});
    m_session.recordRefusal(QStringLiteral("disposition.approve"), QStringLiteral("disposition"), QString(), why);
    tx.commit(); // the refusal stays on record
    throw RecordsError(RecordsError::Kind::Refused, tr("Nothing was disposed of: %1.").arg(why.rendered()));
}

DispositionResult DispositionService::approve(const QStringList &ids, const QString &reason, const QString &batchId)
{
    m_session.require(Action::ApproveDisposition, QStringLiteral("disposition"));
    if (reason.trimmed().isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid, tr("A disposition approval needs a reason."));
    if (ids.isEmpty())
        throw RecordsError(RecordsError::Kind::Invalid,
                           tr("Name the communications to dispose of (from `disposition review`)."));
    DispositionResult result;
    cache::Database &db = m_session.db();
    // One disposition at a time in a data folder, and none while an opening process finishes
    // one a crash interrupted (dispositionrecovery.h).
    cache::DataFolderLock lock(m_dataDir, QStringLiteral("disposition"));
    if (lock.lock() != cache::DataFolderLock::Result::Locked)
        throw cache::SqliteError(0, lock.errorString());
    PendingDispositions pending(m_dataDir);
    crashPoint("disposition-decision"); // tests: another process applies a hold here (tst_cli_holdrace)
    {
        // BEGIN IMMEDIATE takes the write lock of both files: no hold can be applied between
        // the check and the decision.
        cache::Transaction tx(db);
        if (batchId.isEmpty()) // a team's server decided it: its holds and their trail are the server's
            refuseOnAlteredHolds(tx);
        const QList<EligibleItem> accepted = decide(ids, result);
        if (accepted.isEmpty()) {
            tx.commit(); // the refusals stay on record
            QStringList reasons;
            for (const auto &s : result.skipped)
                reasons << s.second;
            throw RecordsError(RecordsError::Kind::Refused,
                               tr("Nothing was disposed of: %1.").arg(reasons.join(QLatin1String("; "))));
        }
        result.batchId = batchId.isEmpty() ? newBatchId() : batchId;
        writeTombstones(accepted, reason.trimmed(), result);
        m_session.record(QStringLiteral("disposition.approve"), QStringLiteral("disposition"), result.batchId,
                         reason.trimmed(), {},
                         QJsonObject{{QStringLiteral("communications"), QJsonArray::fromStringList(result.disposed)}});
        // Durable before the decision is: a crash from here on is finished at the next open.
        pending.add(result.batchId);
        crashPoint("disposition-before-commit");
        tx.commit();
    }
    crashPoint("disposition-committed");
    result.certificateError = writeBatchCertificate(db, m_dataDir, result.batchId, &result.certificatePath);
    const PurgeResult purged = purgeDisposed(db, m_dataDir);
    result.purgedRows = purged.rows;
    result.purgedObjects = purged.objects;
    // The certificate may have failed (reported with the result); the purge is what the note
    // guards: the decision is now complete.
    pending.remove(result.batchId);
    return result;
}

QString writeBatchCertificate(cache::Database &writer, const QString &dataDir, const QString &batchId, QString *path)
{
    CertificateData data{batchId, QString(), 0, QString(), cache::RecordsFile::deviceId(writer), {}};
    cache::Statement batch = writer.prepare("SELECT approved_by, approved_at, reason FROM rec.disposition_batches "
                                            "WHERE id = ?1");
    batch.bind(1, batchId);
    if (!batch.step())
        return tr("disposition batch %1 is not recorded").arg(batchId);
    data.approvedBy = batch.columnText(0);
    data.approvedAt = batch.columnInt(1);
    data.reason = batch.columnText(2);
    cache::Statement st =
        writer.prepare("SELECT comm_id, retention_class, issued_at, eligible_at, record_sha256 FROM rec.tombstones "
                       "WHERE batch_id = ?1 ORDER BY comm_id");
    st.bind(1, batchId);
    while (st.step())
        data.lines << CertificateLine{st.columnText(0), st.columnText(1), st.columnInt(2), st.columnInt(3),
                                      st.columnText(4)};
    *path = QDir(dataDir).filePath(QStringLiteral("certificates/%1.pdf").arg(batchId));
    const QString error = writeDispositionCertificate(*path, data);
    if (!error.isEmpty())
        return error;
    QFile file(*path);
    const QString hash = file.open(QIODevice::ReadOnly) ? sha256Hex(file.readAll()) : QString();
    writer
        .prepare("UPDATE rec.disposition_batches SET certificate_path = ?2, certificate_sha256 = ?3 "
                 "WHERE id = ?1")
        .bind(1, batchId)
        .bind(2, *path)
        .bind(3, hash)
        .run();
    return QString();
}

namespace {

// Removes the content store objects named by `hashes` (lower-case SHA-256) that no
// communication in the cache refers to any more; returns how many files were removed.
qint64 removeUnusedObjects(cache::Database &writer, const QString &dataDir, QStringList hashes)
{
    // Bytes shared with a communication that stays are kept (content-addressed store).
    cache::Statement used = writer.prepare("SELECT lower(rendition_sha256) FROM communications WHERE "
                                           "lower(rendition_sha256) IN (SELECT value FROM json_each(?1)) "
                                           "UNION SELECT lower(content_sha256) FROM communications WHERE "
                                           "lower(content_sha256) IN (SELECT value FROM json_each(?1))");
    used.bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(hashes)).toJson(QJsonDocument::Compact)));
    while (used.step())
        hashes.removeAll(used.columnText(0));
    const cache::ContentStore store(dataDir);
    qint64 removed = 0;
    for (const QString &h : hashes) {
        if (QFile::remove(store.objectPath(h)))
            ++removed;
    }
    return removed;
}

} // namespace

PurgeResult purgeDisposed(cache::Database &writer, const QString &dataDir)
{
    static const char kDisposed[] = "(SELECT comm_id FROM rec.tombstones)";
    const auto sql = [](const char *pattern) { return QString::fromLatin1(pattern).arg(QLatin1String(kDisposed)); };
    QStringList hashes;
    cache::Statement shas =
        writer.prepare(sql("SELECT rendition_sha256, content_sha256 FROM communications WHERE id IN %1"));
    while (shas.step()) {
        for (int i = 0; i < 2; ++i) {
            if (!shas.isNull(i) && !hashes.contains(shas.columnText(i).toLower()))
                hashes << shas.columnText(i).toLower();
        }
    }
    PurgeResult result;
    if (hashes.isEmpty())
        return result;
    // Only a decision the trail records deletes a letter: a tombstone added by hand would
    // otherwise take a letter out of the cache and its bytes out of the store.
    for (const StateProblem &p : DispositionReplay(writer).check())
        result.refused << p.object + QStringLiteral(": ") + p.problem;
    if (!result.refused.isEmpty())
        return result;
    {
        cache::Transaction tx(writer);
        writer
            .prepare(sql("INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) SELECT 'delete', t.rowid, "
                         "t.body, t.names, t.ids FROM comm_text t JOIN communications c ON c.rowid = t.rowid "
                         "WHERE c.id IN %1"))
            .run();
        for (const char *pattern :
             {"DELETE FROM comm_text WHERE rowid IN (SELECT rowid FROM communications WHERE id IN %1)",
              "DELETE FROM comm_blocks WHERE comm_rowid IN (SELECT rowid FROM communications WHERE id IN %1)",
              "DELETE FROM delivery_events WHERE communication_id IN %1"})
            writer.prepare(sql(pattern)).run();
        writer.prepare(sql("DELETE FROM communications WHERE id IN %1")).run();
        result.rows = writer.changes();
        tx.commit();
    }
    crashPoint("disposition-rows-purged");
    result.objects = removeUnusedObjects(writer, dataDir, hashes);
    return result;
}

qint64 purgeLeftBytes(cache::Database &writer, const QString &dataDir, const QString &batchId)
{
    QStringList hashes;
    cache::Statement st = writer.prepare("SELECT DISTINCT lower(rendition_sha256) FROM rec.tombstones "
                                         "WHERE batch_id = ?1 AND rendition_sha256 IS NOT NULL");
    st.bind(1, batchId);
    while (st.step())
        hashes << st.columnText(0);
    return removeUnusedObjects(writer, dataDir, hashes);
}

} // namespace proofdesk::records
