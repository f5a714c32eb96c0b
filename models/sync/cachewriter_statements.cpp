#include "cachewriter_statements.h"

namespace proofdesk::sync {

using cache::Database;

// Column order of commInsert/commUpdate parameters: see bindCommunication() in cachewriter.cpp.
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

// The statements' SQL, by what they write. Named constants rather than one long initialiser
// list, so that the constructor reads as the list of statements it prepares.

// The catalogue a communication refers to: retention classes, template versions with their
// approvals, content blocks.
constexpr char kRetentionHash[] = "SELECT record_hash FROM retention_classes WHERE class = ?1";
constexpr char kRetentionUpsert[] =
    "INSERT INTO retention_classes(class, repo_id, title, years, trigger, extra, record_hash) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(class) DO UPDATE SET "
    "repo_id = excluded.repo_id, title = excluded.title, years = excluded.years, "
    "trigger = excluded.trigger, extra = excluded.extra, record_hash = excluded.record_hash";
constexpr char kTemplateHash[] = "SELECT record_hash FROM template_versions WHERE template_id = ?1 AND version = ?2";
constexpr char kTemplateUpsert[] =
    "INSERT INTO template_versions(template_id, version, repo_id, name, status, "
    "business_unit, channels, effective_from, effective_to, change_note, content_blocks, "
    "body, sha256, extra, record_hash) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
    "ON CONFLICT(template_id, version) DO UPDATE SET repo_id = excluded.repo_id, "
    "name = excluded.name, status = excluded.status, business_unit = excluded.business_unit, "
    "channels = excluded.channels, effective_from = excluded.effective_from, "
    "effective_to = excluded.effective_to, change_note = excluded.change_note, "
    "content_blocks = excluded.content_blocks, body = excluded.body, "
    "sha256 = excluded.sha256, extra = excluded.extra, record_hash = excluded.record_hash";
constexpr char kApprovalsDelete[] = "DELETE FROM template_approvals WHERE template_id = ?1 AND version = ?2";
constexpr char kApprovalInsert[] =
    "INSERT INTO template_approvals(template_id, version, ordinal, step, by, at, decision, "
    "note) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr char kBlockHash[] = "SELECT record_hash FROM content_blocks WHERE block_id = ?1 AND version = ?2";
constexpr char kBlockUpsert[] = "INSERT INTO content_blocks(block_id, version, repo_id, kind, title, status, "
                                "approved_at, retired_at, text, extra, record_hash) "
                                "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                                "ON CONFLICT(block_id, version) DO UPDATE SET repo_id = excluded.repo_id, "
                                "kind = excluded.kind, title = excluded.title, status = excluded.status, "
                                "approved_at = excluded.approved_at, retired_at = excluded.retired_at, "
                                "text = excluded.text, extra = excluded.extra, record_hash = excluded.record_hash";

// The communications themselves, and the latest delivery event of one.
constexpr char kCommLookup[] = "SELECT c.rowid, c.record_hash, c.repo_id, r.name, c.repo_object_id, "
                               "c.repo_deleted_at IS NOT NULL, c.id FROM communications c "
                               "JOIN repositories r ON r.id = c.repo_id WHERE c.id = ?1";
// An id already taken inserts nothing (changes() == 0): see CacheWriter::insertIfNew.
constexpr char kCommInsert[] = "INSERT INTO communications(" COMM_COLUMNS ", status, status_at, " REPO_COLUMNS ") "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                               "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, "
                               "?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38, ?39, "
                               "?40, ?41, ?42, ?44, ?45) ON CONFLICT(id) DO NOTHING";
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
constexpr char kLatestEvent[] = "SELECT event, at FROM delivery_events WHERE communication_id = ?1 "
                                "ORDER BY at DESC, seq DESC LIMIT 1";

// The searchable text of a communication (comm_text, its full-text index comm_fts) and the
// content blocks it uses.
constexpr char kTextSelect[] = "SELECT body, names, ids FROM comm_text WHERE rowid = ?1";
// Plain INSERT / UPDATE: OR REPLACE costs several times more with foreign keys on.
constexpr char kTextInsert[] = "INSERT INTO comm_text(rowid, body, names, ids) VALUES(?1, ?2, ?3, ?4)";
constexpr char kTextUpdate[] = "UPDATE comm_text SET body = ?2, names = ?3, ids = ?4 WHERE rowid = ?1";
constexpr char kFtsInsert[] = "INSERT INTO comm_fts(rowid, body, names, ids) VALUES(?1, ?2, ?3, ?4)";
constexpr char kFtsDelete[] = "INSERT INTO comm_fts(comm_fts, rowid, body, names, ids) "
                              "VALUES('delete', ?1, ?2, ?3, ?4)";
constexpr char kBlocksDelete[] = "DELETE FROM comm_blocks WHERE comm_rowid = ?1";
constexpr char kBlockRefInsert[] = "INSERT OR IGNORE INTO comm_blocks(comm_rowid, block_id, "
                                   "block_version) VALUES(?1, ?2, ?3)";

// Delivery events and the status they give a communication.
constexpr char kEventInsert[] = "INSERT OR IGNORE INTO delivery_events(repo_id, communication_id, event, at, channel, "
                                "detail, provider_ref, extra) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr char kStatusUpdate[] = "UPDATE communications SET status = ?1, status_at = ?2 "
                                 "WHERE id = ?3 AND (status_at IS NULL OR status_at <= ?2)";

// What the repository deleted.
constexpr char kObjectLookup[] = "SELECT rowid, id FROM communications "
                                 "WHERE repo_id = ?1 AND repo_object_id = ?2";
constexpr char kMarkRepositoryDeleted[] = "UPDATE communications SET repo_deleted_at = ?2 "
                                          "WHERE rowid = ?1 AND repo_deleted_at IS NULL";
constexpr char kCommDelete[] = "DELETE FROM communications WHERE rowid = ?1";
constexpr char kTextDelete[] = "DELETE FROM comm_text WHERE rowid = ?1";

// The repository's cursor and the lines a run rejected.
constexpr char kCursorUpdate[] = "UPDATE repositories SET cursor = ?1, last_sync = ?2, last_error = NULL, "
                                 "offline_since = NULL WHERE id = ?3";
constexpr char kErrorInsert[] =
    "INSERT INTO import_errors(repo_id, at, file, line, reason, run_open) VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT(repo_id, file, line, reason) DO UPDATE SET run_open = excluded.run_open";
constexpr char kErrorsOfRunClose[] = "UPDATE import_errors SET run_open = 0 WHERE repo_id = ?1 AND run_open = 1";
constexpr char kErrorsOfOpenRun[] =
    "SELECT file, line, reason FROM import_errors WHERE repo_id = ?1 AND run_open = 1 ORDER BY seq";

} // namespace

CacheWriterStatements::CacheWriterStatements(Database &db)
    : retentionHash(db.prepare(kRetentionHash))
    , retentionUpsert(db.prepare(kRetentionUpsert))
    , templateHash(db.prepare(kTemplateHash))
    , templateUpsert(db.prepare(kTemplateUpsert))
    , approvalsDelete(db.prepare(kApprovalsDelete))
    , approvalInsert(db.prepare(kApprovalInsert))
    , blockHash(db.prepare(kBlockHash))
    , blockUpsert(db.prepare(kBlockUpsert))
    , commLookup(db.prepare(kCommLookup))
    , commInsert(db.prepare(kCommInsert))
    , commUpdate(db.prepare(kCommUpdate))
    , latestEvent(db.prepare(kLatestEvent))
    , textSelect(db.prepare(kTextSelect))
    , textInsert(db.prepare(kTextInsert))
    , textUpdate(db.prepare(kTextUpdate))
    , ftsInsert(db.prepare(kFtsInsert))
    , ftsDelete(db.prepare(kFtsDelete))
    , blocksDelete(db.prepare(kBlocksDelete))
    , blockRefInsert(db.prepare(kBlockRefInsert))
    , eventInsert(db.prepare(kEventInsert))
    , statusUpdate(db.prepare(kStatusUpdate))
    , objectLookup(db.prepare(kObjectLookup))
    , markRepositoryDeleted(db.prepare(kMarkRepositoryDeleted))
    , commDelete(db.prepare(kCommDelete))
    , textDelete(db.prepare(kTextDelete))
    , cursorUpdate(db.prepare(kCursorUpdate))
    , errorInsert(db.prepare(kErrorInsert))
    , errorsOfRunClose(db.prepare(kErrorsOfRunClose))
    , errorsOfOpenRun(db.prepare(kErrorsOfOpenRun))
{}

} // namespace proofdesk::sync
