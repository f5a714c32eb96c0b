#include "communicationwriter.h"

#include "boundedrecord.h"
#include "boundtime.h"
#include "cache/bulkload.h"
#include "cache/rowseal.h"
#include "cache/tableseal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace proofdesk::sync {

using cache::BulkLoad;
using cache::Database;
using cache::Statement;
using domain::Communication;

// Column order of commInsert/commUpdate parameters: see bindCommunication() below.
#define COMM_COLUMNS                                                                                                   \
    "id, repo_id, type, issued_at, channel, template_id, template_version, rendition_path, "                           \
    "media_type, rendition_sha256, rendition_bytes, pages, recipient_name, recipient_address, "                        \
    "recipient_email, recipient_phone, customer_id, account_id, policy_id, claim_id, loan_id, "                        \
    "case_id, workspace_type, workspace_id, workspace_title, business_unit, batch, campaign, "                         \
    "language, retention_class, retention_trigger, snapshot_path, snapshot_sha256, origin, "                           \
    "reissue_of, request_id, extra, fixity, content_sha256, record_hash"

// After the 43 parameters of COMM_COLUMNS, status and the rowid: the repository's identity
// of the object and its own holds (migration 5), as ?44 and ?45.
#define REPO_COLUMNS "repo_object_id, repo_hold_ids"

namespace {

// The communications themselves, and the latest delivery event of one. The last column: the
// row holds what it was sealed with (cache/rowseal.h); one changed outside Proofdesk is
// written again from what its repository sends, even when its record hash is the same.
QString commLookupSql()
{
    return QStringLiteral("SELECT c.rowid, c.record_hash, c.repo_id, r.name, c.repo_object_id, "
                          "c.repo_deleted_at IS NOT NULL, c.id, c.row_seal IS %1 FROM communications c "
                          "JOIN repositories r ON r.id = c.repo_id WHERE c.id = ?1")
        .arg(cache::RowSeal::sealExpression(QStringLiteral("c.")));
}
// An id already taken inserts nothing (changes() == 0): see insertIfNew.
// The row sealed as it is inserted (cache/rowseal.h), from the parameters it binds, so that the
// insert's trigger has nothing to do: COMM_COLUMNS are ?1 to ?40, then status ?41, status_at
// ?42, and REPO_COLUMNS ?44 and ?45; a new row is in its repository (repo_deleted_at NULL).
QString commInsertSql()
{
    QHash<QString, QString> parameterOf{{QStringLiteral("status"), QStringLiteral("?41")},
                                        {QStringLiteral("status_at"), QStringLiteral("?42")},
                                        {QStringLiteral("repo_object_id"), QStringLiteral("?44")},
                                        {QStringLiteral("repo_hold_ids"), QStringLiteral("?45")},
                                        {QStringLiteral("repo_deleted_at"), QStringLiteral("NULL")}};
    const QStringList columns = QStringLiteral(COMM_COLUMNS).split(QStringLiteral(", "));
    for (qsizetype i = 0; i < columns.size(); ++i)
        parameterOf.insert(columns.at(i), QStringLiteral("?%1").arg(i + 1));
    return QStringLiteral("INSERT INTO communications(" COMM_COLUMNS ", status, status_at, " REPO_COLUMNS
                          ", row_seal) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                          "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, "
                          "?34, ?35, ?36, ?37, ?38, ?39, ?40, ?41, ?42, ?44, ?45, %1) ON CONFLICT(id) DO NOTHING")
        .arg(cache::RowSeal::sealExpression({}, parameterOf));
}
constexpr char kCommUpdate[] =
    "UPDATE communications SET (" COMM_COLUMNS ", " REPO_COLUMNS ", repo_deleted_at) = "
    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
    "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, "
    "?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, "
    // A repository that has not sent the bytes again says 'missing': the verdict of
    // bytes fetched earlier (DocumentFetch) stands while the rendition's hash is the
    // same. Old values on the right-hand side: SQLite evaluates it before assigning.
    "CASE WHEN ?38 = 'missing' AND rendition_sha256 IS ?10 THEN fixity ELSE ?38 END, "
    "CASE WHEN ?38 = 'missing' AND rendition_sha256 IS ?10 THEN content_sha256 ELSE ?39 END, "
    // Sent again by its repository: it is in the repository again.
    "?40, ?44, ?45, NULL) WHERE rowid = ?43";
constexpr char kStatusSet[] = "UPDATE communications SET status = ?1, status_at = ?2 WHERE rowid = ?3";
constexpr char kLatestEvent[] = "SELECT event, at FROM delivery_events WHERE communication_id = ?1 "
                                "ORDER BY at DESC, seq DESC LIMIT 1";

// The searchable text of a communication (comm_text, its full-text index comm_fts) and the
// content blocks it uses.
constexpr char kTextSelect[] = "SELECT body, names, ids FROM comm_text WHERE rowid = ?1";
// The seal of a row whose sealed columns are bound in their order, as ?1, ?2, … (cache/tableseal.h):
// written by the statement itself, so that the table's trigger has nothing to do.
QString sealOfParameters(const cache::TableSeal &seal)
{
    QHash<QString, QString> parameterOf;
    for (qsizetype i = 0; i < seal.columns().size(); ++i)
        parameterOf.insert(seal.columns().at(i), QStringLiteral("?%1").arg(i + 1));
    return seal.sealExpression({}, parameterOf);
}
// Plain INSERT / UPDATE: OR REPLACE costs several times more with foreign keys on. Each sealed as
// it is written: rowid, body, names, ids are the text's sealed columns in order.
QString textInsertSql()
{
    return QStringLiteral("INSERT INTO comm_text(rowid, body, names, ids, row_seal) VALUES(?1, ?2, ?3, ?4, %1)")
        .arg(sealOfParameters(cache::TableSeal::texts()));
}
QString textUpdateSql()
{
    return QStringLiteral("UPDATE comm_text SET body = ?2, names = ?3, ids = ?4, row_seal = %1 WHERE rowid = ?1")
        .arg(sealOfParameters(cache::TableSeal::texts()));
}
constexpr char kFtsInsert[] = "INSERT INTO comm_fts(rowid, body, names, ids) VALUES(?1, ?2, ?3, ?4)";
constexpr char kFtsDelete[] = "INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) "
                              "VALUES('delete', ?1, ?2, ?3, ?4)";
constexpr char kBlocksDelete[] = "DELETE FROM comm_blocks WHERE comm_rowid = ?1";
constexpr char kBlockRefInsert[] = "INSERT OR IGNORE INTO comm_blocks(comm_rowid, block_id, "
                                   "block_version) VALUES(?1, ?2, ?3)";

// Delivery events and the status they give a communication; an event sealed as it is written.
QString eventInsertSql()
{
    const cache::TableSeal &seal = cache::TableSeal::events();
    return QStringLiteral(
               "INSERT OR IGNORE INTO delivery_events(%1, row_seal) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, %2)")
        .arg(seal.columns().join(QStringLiteral(", ")), sealOfParameters(seal));
}
// Sealed as it is written (cache/rowseal.h), so that the update's trigger has nothing to do.
QString statusUpdateSql()
{
    const QString seal = cache::RowSeal::sealExpression(
        {}, {{QStringLiteral("status"), QStringLiteral("?1")}, {QStringLiteral("status_at"), QStringLiteral("?2")}});
    return QStringLiteral("UPDATE communications SET status = ?1, status_at = ?2, row_seal = %1 "
                          "WHERE id = ?3 AND (status_at IS NULL OR status_at <= ?2)")
        .arg(seal);
}

constexpr char kCommDelete[] = "DELETE FROM communications WHERE rowid = ?1";
constexpr char kTextDelete[] = "DELETE FROM comm_text WHERE rowid = ?1";

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

} // namespace

struct CommunicationWriter::Statements
{
    explicit Statements(Database &db)
        : commLookup(db.prepare(commLookupSql()))
        , commInsert(db.prepare(commInsertSql()))
        , commUpdate(db.prepare(kCommUpdate))
        , latestEvent(db.prepare(kLatestEvent))
        , textSelect(db.prepare(kTextSelect))
        , textInsert(db.prepare(textInsertSql()))
        , textUpdate(db.prepare(textUpdateSql()))
        , ftsInsert(db.prepare(kFtsInsert))
        , ftsDelete(db.prepare(kFtsDelete))
        , blocksDelete(db.prepare(kBlocksDelete))
        , blockRefInsert(db.prepare(kBlockRefInsert))
        , eventInsert(db.prepare(eventInsertSql()))
        , statusUpdate(db.prepare(statusUpdateSql()))
        , commDelete(db.prepare(kCommDelete))
        , textDelete(db.prepare(kTextDelete))
        , storedVersion(db.prepare("SELECT CASE WHEN json_valid(extra) THEN "
                                   "json_extract(extra, '$.repository_version') END "
                                   "FROM communications WHERE rowid = ?1"))
        , textIndexDeferred(db.prepare(BulkLoad::kTextIndexPendingSql))
        , anyEvent(db.prepare("SELECT 1 FROM delivery_events LIMIT 1"))
    {}

    Statement commLookup, commInsert, commUpdate, latestEvent;
    Statement textSelect, textInsert, textUpdate, ftsInsert, ftsDelete;
    Statement blocksDelete, blockRefInsert;
    Statement eventInsert, statusUpdate;
    Statement commDelete, textDelete;
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

CommunicationWriter::CommunicationWriter(Database &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db))
{}

CommunicationWriter::~CommunicationWriter() = default;

void CommunicationWriter::startPage()
{
    m_textIndexDeferred = m_st->textIndexDeferred.step();
    m_st->textIndexDeferred.reset();
    m_eventsExist = m_st->anyEvent.step();
    m_st->anyEvent.reset();
}

bool CommunicationWriter::apply(qint64 repoId, const Communication &c, ApplyResult &r)
{
    // A bulk load (its text index deferred) brings ids the cache does not hold yet: the
    // insert itself finds out whether an id is taken, instead of a lookup before each row.
    return (m_textIndexDeferred && insertIfNew(repoId, c)) || applyCommunication(repoId, c, r);
}

std::optional<CommunicationWriter::Cached> CommunicationWriter::find(const QString &id)
{
    Statement &lookup = m_st->commLookup;
    lookup.bind(1, id);
    std::optional<Cached> found;
    if (lookup.step())
        found = Cached{lookup.columnInt(0), lookup.columnInt(2)};
    lookup.reset();
    return found;
}

// An external-content FTS5 index forgets a row only when told its old values.
void CommunicationWriter::removeFromTextIndex(qint64 rowid)
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

// Looks the id up: a new id is inserted, a changed record replaces the cached one. False when
// the record was rejected or is unchanged (counted in r).
bool CommunicationWriter::applyCommunication(qint64 repoId, const Communication &c, ApplyResult &r)
{
    Statements &s = *m_st;
    s.commLookup.bind(1, c.id);
    const bool exists = s.commLookup.step();
    const qint64 rowid = exists ? s.commLookup.columnInt(0) : 0;
    const bool sealed = !exists || s.commLookup.columnInt(7) == 1;
    const bool same = exists && s.commLookup.columnUtf8(1) == c.recordHash && sealed;
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
    if (!sealed) // changed outside Proofdesk: its status too, which the repository's record does not carry
        statusFromEvents(rowid, c.id);
    s.blocksDelete.bind(1, rowid).run();
    writeTextAndBlocks(rowid, c, true);
    return true;
}

// The status a communication's delivery events give it: the latest event's, or none.
void CommunicationWriter::statusFromEvents(qint64 rowid, const QString &id)
{
    Statement &latest = m_st->latestEvent;
    Statement set = m_db.prepareCached(kStatusSet);
    latest.bind(1, id);
    if (latest.step())
        set.bind(1, latest.columnUtf8(0)).bind(2, latest.columnInt(1));
    else
        set.bind(1, QByteArrayLiteral("none")).bindNull(2);
    latest.reset();
    set.bind(3, rowid).run();
}

// Inserts the communication unless its id is taken (then nothing is written: false).
bool CommunicationWriter::insertIfNew(qint64 repoId, const Communication &c)
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

void CommunicationWriter::writeTextAndBlocks(qint64 rowid, const Communication &c, bool replacing)
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

void CommunicationWriter::applyEvents(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    Statements &s = *m_st;
    for (const auto &given : page.deliveryEvents) {
        std::optional<domain::DeliveryEvent> kept;
        const auto *bounded = withinBounds(
            given, kept, QStringLiteral("delivery"), 0,
            [&] { return QStringLiteral("delivery event of %1").arg(shownId(given.communicationId)); }, r);
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

void CommunicationWriter::removeRow(qint64 rowid)
{
    Statements &s = *m_st;
    removeFromTextIndex(rowid);
    s.textDelete.bind(1, rowid).run();
    s.blocksDelete.bind(1, rowid).run();
    s.commDelete.bind(1, rowid).run();
}

} // namespace proofdesk::sync
