#include "cachewriter.h"

#include "cache/bulkload.h"
#include "cache/holdsql.h"
#include "cachewriter_statements.h"
#include "fieldbounds.h"
#include "util/cuttext.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

using cache::BulkLoad;
using cache::Database;
using cache::Statement;
using cache::Transaction;

using domain::Communication;

struct CacheWriter::Statements : CacheWriterStatements
{
    explicit Statements(Database &db)
        : CacheWriterStatements(db)
        , storedVersion(db.prepare("SELECT CASE WHEN json_valid(extra) THEN "
                                   "json_extract(extra, '$.repository_version') END "
                                   "FROM communications WHERE rowid = ?1"))
        , textIndexDeferred(db.prepare(BulkLoad::kTextIndexPendingSql))
        , anyEvent(db.prepare("SELECT 1 FROM delivery_events LIMIT 1"))
    {}
    // Network repositories stamp records with "repository_version" (a modification time or
    // lock_version): an answer older than the cached one (a lagging query index, a replica)
    // must never replace it.
    Statement storedVersion;
    // A bulk load rebuilds the full-text index at its end (cache/bulkload.h); until then
    // the index is not written at all, so it is asked once per page.
    Statement textIndexDeferred;
    // A first import writes every communication before the first delivery event: until an
    // event exists, a new communication has none to join (asked once per page).
    Statement anyEvent;
};

void ApplyResult::add(const ApplyResult &other)
{
    accepted += other.accepted;
    unchanged += other.unchanged;
    deleted += other.deleted;
    keptHeld += other.keptHeld;
    outsideScope += other.outsideScope;
    leftScope += other.leftScope;
    rejected += other.rejected;
    warnings += other.warnings;
    communicationsAccepted += other.communicationsAccepted;
}

CacheWriter::CacheWriter(Database &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db))
{}

CacheWriter::~CacheWriter() = default;

namespace {

void bindOptionalTime(Statement &st, int index, const std::optional<qint64> &t)
{
    if (t)
        st.bind(index, *t);
    else
        st.bindNull(index);
}

QByteArray blockRefsJson(const QList<domain::BlockRef> &refs)
{
    if (refs.isEmpty())
        return QByteArray();
    QJsonArray array;
    for (const auto &ref : refs)
        array.append(QJsonObject{{QStringLiteral("id"), ref.id}, {QStringLiteral("version"), ref.version}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray holdIdsJson(const QStringList &ids)
{
    return ids.isEmpty() ? QByteArray() : QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
}

// Parameters 1..40 in the column order of COMM_COLUMNS, 44 and 45 those of REPO_COLUMNS.
void bindCommunication(Statement &st, qint64 repoId, const Communication &c)
{
    st.bind(1, c.id).bind(2, repoId).bind(3, c.type).bind(4, c.issuedAt).bind(5, c.channel);
    st.bind(6, c.templateId).bind(7, c.templateVersion).bind(8, c.renditionPath);
    st.bind(9, c.mediaType).bind(10, c.renditionSha256).bind(11, c.renditionBytes);
    if (c.pages)
        st.bind(12, *c.pages);
    st.bind(13, c.recipientName).bind(14, c.recipientAddress).bind(15, c.recipientEmail);
    st.bind(16, c.recipientPhone).bind(17, c.customerId).bind(18, c.accountId);
    st.bind(19, c.policyId).bind(20, c.claimId).bind(21, c.loanId).bind(22, c.caseId);
    st.bind(23, c.workspaceType).bind(24, c.workspaceId).bind(25, c.workspaceTitle);
    st.bind(26, c.businessUnit).bind(27, c.batch).bind(28, c.campaign).bind(29, c.language);
    st.bind(30, c.retentionClass);
    bindOptionalTime(st, 31, c.retentionTrigger);
    st.bind(32, c.snapshotPath).bind(33, c.snapshotSha256).bind(34, c.origin);
    st.bind(35, c.reissueOf).bind(36, c.requestId).bind(37, c.extraJson);
    st.bind(38, domain::fixityName(c.fixity)).bind(39, c.contentSha256).bind(40, c.recordHash);
    st.bind(44, c.repositoryObjectId.isEmpty() ? QString() : c.repositoryObjectId);
    st.bind(45, holdIdsJson(c.repositoryHoldIds));
}

// comm_text columns are NOT NULL: an absent text indexes as empty.
QByteArray nonNull(const QByteArray &utf8) { return utf8.isNull() ? QByteArrayLiteral("") : utf8; }

std::optional<double> repositoryVersion(const QByteArray &extraJson)
{
    if (!extraJson.contains("\"repository_version\""))
        return std::nullopt;
    const QJsonValue v = QJsonDocument::fromJson(extraJson).object().value(QStringLiteral("repository_version"));
    return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
}

bool isOlderThanStored(Statement &storedVersion, qint64 rowid, const QByteArray &extraJson)
{
    const auto incoming = repositoryVersion(extraJson);
    if (!incoming)
        return false;
    storedVersion.bind(1, rowid);
    const bool older = storedVersion.step() && !storedVersion.isNull(0) && storedVersion.columnDouble(0) > *incoming;
    storedVersion.reset();
    return older;
}

// The record as the cache keeps it (fieldbounds.h): `given` when its fields are within their
// bounds; else a copy in `kept` cut to them, with a warning naming `what()`; or null when it is
// rejected.
template <typename R, typename What>
const R *withinBounds(const R &given, std::optional<R> &kept, const QString &file, qint64 line, What &&what,
                      ApplyResult &r)
{
    if (FieldBounds::within(given))
        return &given;
    kept = given;
    const FieldBounds::Outcome o = FieldBounds::apply(*kept);
    if (!o.rejected.isEmpty()) {
        r.rejected << sync::RejectedRecord{file, line, what() + QStringLiteral(": ") + o.rejected};
        return nullptr;
    }
    r.warnings << sync::RejectedRecord{file, line, o.warning(what())};
    return &*kept;
}

// An id as a message names it: a rejected one may be megabytes long.
QString shown(const QString &id) { return util::cutText(id, 64); }

} // namespace

// An external-content FTS5 index forgets a row only when told its old values.
void CacheWriter::removeFromTextIndex(qint64 rowid)
{
    if (m_textIndexDeferred)
        return;
    Statements &s = *m_st;
    s.textSelect.bind(1, rowid);
    if (s.textSelect.step()) {
        s.ftsDelete.bind(1, rowid).bind(2, s.textSelect.columnUtf8(0));
        s.ftsDelete.bind(3, s.textSelect.columnUtf8(1)).bind(4, s.textSelect.columnUtf8(2));
        s.textSelect.reset();
        s.ftsDelete.run();
    } else {
        s.textSelect.reset();
    }
}

ApplyResult CacheWriter::applyPage(qint64 repoId, const sync::ChangePage &page)
{
    Transaction tx(m_db);
    ApplyResult result = startPage(page);
    // Reference data first, so communications of the same page can point at it.
    applyRetention(repoId, page, result);
    applyTemplates(repoId, page, result);
    applyBlocks(repoId, page, result);
    if (page.catalogueComplete)
        dropCatalogueNotIn(repoId, page, result);
    applyCommunications(repoId, page, result);
    applyEvents(repoId, page, result);
    applyDeletions(repoId, page, result);
    recordRejections(repoId, result.rejected, page.more);
    if (!page.more) // the run is complete: what it met was reported by the sync that ends it
        m_st->errorsOfRunClose.bind(1, repoId).run();
    m_st->cursorUpdate.bind(1, page.nextCursor).bind(2, QDateTime::currentMSecsSinceEpoch()).bind(3, repoId).run();
    tx.commit();
    return result;
}

// The result of a page before anything is applied (its own rejections and warnings), with
// what applying it depends on read: whether the text index is deferred (a bulk load) and
// whether any delivery event exists.
ApplyResult CacheWriter::startPage(const sync::ChangePage &page)
{
    ApplyResult result;
    result.rejected = page.rejected;
    result.warnings = page.warnings;
    m_textIndexDeferred = m_st->textIndexDeferred.step();
    m_st->textIndexDeferred.reset();
    m_eventsExist = m_st->anyEvent.step();
    m_st->anyEvent.reset();
    return result;
}

ApplyResult CacheWriter::keepRecords(qint64 repoId, const sync::ChangePage &page)
{
    Transaction tx(m_db);
    ApplyResult result = startPage(page);
    applyCommunications(repoId, page, result);
    tx.commit();
    return result;
}

void CacheWriter::applyRetention(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    for (const auto &given : page.retentionClasses) {
        std::optional<domain::RetentionClass> kept;
        const auto *bounded = withinBounds(
            given, kept, QStringLiteral("retention"), 0,
            [&] { return QStringLiteral("retention class %1").arg(shown(given.name)); }, r);
        if (!bounded)
            continue;
        const auto &c = *bounded;
        Statement &hash = m_st->retentionHash;
        hash.bind(1, c.name);
        const bool same = hash.step() && hash.columnUtf8(0) == c.recordHash;
        hash.reset();
        if (same) {
            ++r.unchanged;
            continue;
        }
        m_st->retentionUpsert.bind(1, c.name).bind(2, repoId).bind(3, c.title).bind(4, c.years);
        m_st->retentionUpsert.bind(5, c.trigger).bind(6, c.extraJson).bind(7, c.recordHash).run();
        ++r.accepted;
    }
}

void CacheWriter::applyTemplates(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    for (const auto &given : page.templates) {
        std::optional<domain::TemplateVersion> kept;
        const auto *bounded = withinBounds(
            given, kept, QStringLiteral("templates"), 0,
            [&] { return QStringLiteral("template %1 version %2").arg(shown(given.templateId), shown(given.version)); },
            r);
        if (!bounded)
            continue;
        const auto &t = *bounded;
        Statement &hash = m_st->templateHash;
        hash.bind(1, t.templateId).bind(2, t.version);
        const bool same = hash.step() && hash.columnUtf8(0) == t.recordHash;
        hash.reset();
        if (same) {
            ++r.unchanged;
            continue;
        }
        Statement &up = m_st->templateUpsert;
        up.bind(1, t.templateId).bind(2, t.version).bind(3, repoId).bind(4, t.name);
        up.bind(5, t.status).bind(6, t.businessUnit);
        up.bind(7, QJsonDocument(QJsonArray::fromStringList(t.channels)).toJson(QJsonDocument::Compact));
        bindOptionalTime(up, 8, t.effectiveFrom);
        bindOptionalTime(up, 9, t.effectiveTo);
        up.bind(10, t.changeNote).bind(11, blockRefsJson(t.contentBlocks)).bind(12, t.body);
        up.bind(13, t.sha256).bind(14, t.extraJson).bind(15, t.recordHash).run();
        m_st->approvalsDelete.bind(1, t.templateId).bind(2, t.version).run();
        for (int i = 0; i < t.approvals.size(); ++i) {
            const auto &a = t.approvals.at(i);
            Statement &ins = m_st->approvalInsert;
            ins.bind(1, t.templateId).bind(2, t.version).bind(3, i).bind(4, a.step).bind(5, a.by);
            bindOptionalTime(ins, 6, a.at);
            ins.bind(7, a.decision).bind(8, a.note).run();
        }
        ++r.accepted;
    }
}

void CacheWriter::applyBlocks(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    for (const auto &given : page.contentBlocks) {
        std::optional<domain::ContentBlockVersion> kept;
        const auto *bounded = withinBounds(
            given, kept, QStringLiteral("content-blocks"), 0,
            [&] {
                return QStringLiteral("content block %1 version %2").arg(shown(given.blockId), shown(given.version));
            },
            r);
        if (!bounded)
            continue;
        const auto &b = *bounded;
        Statement &hash = m_st->blockHash;
        hash.bind(1, b.blockId).bind(2, b.version);
        const bool same = hash.step() && hash.columnUtf8(0) == b.recordHash;
        hash.reset();
        if (same) {
            ++r.unchanged;
            continue;
        }
        Statement &up = m_st->blockUpsert;
        up.bind(1, b.blockId).bind(2, b.version).bind(3, repoId).bind(4, b.kind).bind(5, b.title);
        up.bind(6, b.status);
        bindOptionalTime(up, 7, b.approvedAt);
        bindOptionalTime(up, 8, b.retiredAt);
        up.bind(9, b.text).bind(10, b.extraJson).bind(11, b.recordHash).run();
        ++r.accepted;
    }
}

void CacheWriter::applyCommunications(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    for (const Communication &given : page.communications) {
        std::optional<Communication> kept;
        const Communication *bounded = withinBounds(
            given, kept, given.sourceFile, given.sourceLine,
            [&] { return QStringLiteral("communication %1").arg(shown(given.id)); }, r);
        if (!bounded)
            continue;
        const Communication &c = *bounded;
        if (m_scope && !takenByScope(repoId, c, r))
            continue;
        // A bulk load (its text index deferred) brings ids the cache does not hold yet: the
        // insert itself finds out whether an id is taken, instead of a lookup before each row.
        const bool accepted = (m_textIndexDeferred && insertIfNew(repoId, c)) || applyCommunication(repoId, c, r);
        if (accepted) {
            ++r.accepted;
            ++r.communicationsAccepted;
        }
    }
}

// Looks the id up: a new id is inserted, a changed record replaces the cached one. False when
// the record was rejected or is unchanged (counted in r).
bool CacheWriter::applyCommunication(qint64 repoId, const Communication &c, ApplyResult &r)
{
    Statements &s = *m_st;
    s.commLookup.bind(1, c.id);
    const bool exists = s.commLookup.step();
    const qint64 rowid = exists ? s.commLookup.columnInt(0) : 0;
    const bool same = exists && s.commLookup.columnUtf8(1) == c.recordHash;
    const qint64 ownerRepo = exists ? s.commLookup.columnInt(2) : repoId;
    const QString ownerName = exists ? s.commLookup.columnText(3) : QString();
    // A row filled before the repository's identity was kept (migration 5), or marked
    // deleted in the repository that now sends it again, is written even if unchanged.
    const bool identityKnown =
        exists && s.commLookup.columnText(4) == c.repositoryObjectId && s.commLookup.columnInt(5) == 0;
    const QString storedId = exists ? s.commLookup.columnText(6) : QString();
    s.commLookup.reset();

    // Ids compare ignoring case (search-syntax.md: id: is case-insensitive; the column is
    // COLLATE fold, domain/textfold.h), so one differing only in case is another document claiming the same
    // key: rejected, never a silent replacement of the stored one.
    if (exists && storedId != c.id) {
        r.rejected << sync::RejectedRecord{
            c.sourceFile, c.sourceLine,
            QStringLiteral("id \"%1\" differs only in case from \"%2\", which is already stored; ids are "
                           "compared ignoring case, so each document needs an id of its own")
                .arg(c.id, storedId)};
        return false;
    }

    if (ownerRepo != repoId) {
        r.rejected << sync::RejectedRecord{
            c.sourceFile, c.sourceLine,
            QStringLiteral("id \"%1\" already belongs to repository \"%2\"").arg(c.id, ownerName)};
        return false;
    }
    if ((same && identityKnown) || (exists && isOlderThanStored(s.storedVersion, rowid, c.extraJson))) {
        ++r.unchanged;
        return false;
    }
    if (!exists)
        return insertIfNew(repoId, c);
    // A later line for the same id replaces the record; the old text leaves the index.
    removeFromTextIndex(rowid);
    bindCommunication(s.commUpdate, repoId, c);
    s.commUpdate.bind(43, rowid).run();
    s.blocksDelete.bind(1, rowid).run();
    writeTextAndBlocks(rowid, c, true);
    return true;
}

// Inserts the communication unless its id is taken (then nothing is written: false).
bool CacheWriter::insertIfNew(qint64 repoId, const Communication &c)
{
    Statements &s = *m_st;
    bindCommunication(s.commInsert, repoId, c);
    s.commInsert.bind(41, QByteArrayLiteral("none"));
    // Events may have arrived before their communication: join them now.
    if (m_eventsExist) {
        s.latestEvent.bind(1, c.id);
        if (s.latestEvent.step())
            s.commInsert.bind(41, s.latestEvent.columnUtf8(0)).bind(42, s.latestEvent.columnInt(1));
        s.latestEvent.reset();
    }
    s.commInsert.run();
    if (m_db.changes() == 0)
        return false;
    writeTextAndBlocks(m_db.lastInsertRowId(), c, false);
    return true;
}

void CacheWriter::writeTextAndBlocks(qint64 rowid, const Communication &c, bool replacing)
{
    Statements &s = *m_st;
    const QByteArray body = nonNull(c.text.toUtf8()), names = nonNull(c.recipientName.toUtf8());
    const QByteArray ids = nonNull(c.searchableIds().toUtf8());
    Statement &text = replacing ? s.textUpdate : s.textInsert;
    text.bind(1, rowid).bind(2, body).bind(3, names).bind(4, ids).run();
    if (!m_textIndexDeferred)
        s.ftsInsert.bind(1, rowid).bind(2, body).bind(3, names).bind(4, ids).run();
    for (const auto &ref : c.contentBlocks)
        s.blockRefInsert.bind(1, rowid).bind(2, ref.id).bind(3, ref.version).run();
}

void CacheWriter::applyEvents(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    Statements &s = *m_st;
    for (const auto &given : page.deliveryEvents) {
        std::optional<domain::DeliveryEvent> kept;
        const auto *bounded = withinBounds(
            given, kept, QStringLiteral("delivery"), 0,
            [&] { return QStringLiteral("delivery event of %1").arg(shown(given.communicationId)); }, r);
        if (!bounded)
            continue;
        const auto &e = *bounded;
        s.eventInsert.bind(1, repoId).bind(2, e.communicationId).bind(3, e.event).bind(4, e.at);
        s.eventInsert.bind(5, e.channel).bind(6, e.detail).bind(7, e.providerRef);
        s.eventInsert.bind(8, e.extraJson).run();
        if (m_db.changes() == 0) {
            ++r.unchanged;
            continue;
        }
        // Latest time wins; on a tie the event applied later wins.
        s.statusUpdate.bind(1, e.event).bind(2, e.at).bind(3, e.communicationId).run();
        ++r.accepted;
    }
}

CacheWriterStatements &CacheWriter::statements() { return *m_st; }

Statement &CacheWriter::heldCheck()
{
    if (!m_heldCheck.isValid())
        m_heldCheck = prepareRowCheck(m_db, cache::holdsql::isHeld(QStringLiteral("c")));
    return m_heldCheck;
}

// One row per rejected line, however often it is met (the unique index of migration 6).
void CacheWriter::recordRejections(qint64 repoId, const QList<sync::RejectedRecord> &rejected, bool runOpen)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &rej : rejected)
        m_st->errorInsert.bind(1, repoId)
            .bind(2, now)
            .bind(3, rej.file)
            .bind(4, rej.line)
            .bind(5, rej.reason)
            .bind(6, qint64(runOpen))
            .run();
}

QList<sync::RejectedRecord> CacheWriter::rejectedInUnfinishedRun(qint64 repoId)
{
    QList<sync::RejectedRecord> rejected;
    Statement &st = m_st->errorsOfOpenRun;
    st.bind(1, repoId);
    while (st.step())
        rejected << sync::RejectedRecord{st.columnText(0), st.columnInt(1), st.columnText(2)};
    st.reset();
    return rejected;
}

} // namespace proofdesk::sync
