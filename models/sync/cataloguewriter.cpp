#include "cataloguewriter.h"

#include "boundedrecord.h"
#include "boundtime.h"
#include "domain/textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace proofdesk::sync {

using cache::Database;
using cache::Statement;

namespace {

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

// The object id kept with a version; NULL where its extra fields are none or not JSON
// (a drop's versions), so that json_extract never sees them.
const char *const kObjectId = "CASE WHEN json_valid(extra) THEN json_extract(extra, '$.repository_object_id') END";

QString keyOf(const QString &id, const QString &version)
{
    return domain::foldCase(id) + QChar(0) + domain::foldCase(version); // the columns compare COLLATE fold
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

} // namespace

struct CatalogueWriter::Statements
{
    explicit Statements(Database &db)
        : retentionHash(db.prepare(kRetentionHash))
        , retentionUpsert(db.prepare(kRetentionUpsert))
        , templateHash(db.prepare(kTemplateHash))
        , templateUpsert(db.prepare(kTemplateUpsert))
        , approvalsDelete(db.prepare(kApprovalsDelete))
        , approvalInsert(db.prepare(kApprovalInsert))
        , blockHash(db.prepare(kBlockHash))
        , blockUpsert(db.prepare(kBlockUpsert))
    {}

    Statement retentionHash, retentionUpsert;
    Statement templateHash, templateUpsert, approvalsDelete, approvalInsert;
    Statement blockHash, blockUpsert;
};

CatalogueWriter::CatalogueWriter(Database &db)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db))
{}

CatalogueWriter::~CatalogueWriter() = default;

void CatalogueWriter::apply(qint64 repoId, const ChangePage &page, ApplyResult &r)
{
    applyRetention(repoId, page, r);
    applyTemplates(repoId, page, r);
    applyBlocks(repoId, page, r);
    if (page.catalogueComplete)
        dropNotIn(repoId, page, r);
}

void CatalogueWriter::applyRetention(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    for (const auto &given : page.retentionClasses) {
        std::optional<domain::RetentionClass> kept;
        const auto *bounded = withinBounds(
            given, kept, QStringLiteral("retention"), 0,
            [&] { return QStringLiteral("retention class %1").arg(shownId(given.name)); }, r);
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

void CatalogueWriter::applyTemplates(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    for (const auto &given : page.templates) {
        std::optional<domain::TemplateVersion> kept;
        const auto *bounded = withinBounds(
            given, kept, QStringLiteral("templates"), 0,
            [&] {
                return QStringLiteral("template %1 version %2").arg(shownId(given.templateId), shownId(given.version));
            },
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

void CatalogueWriter::applyBlocks(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    for (const auto &given : page.contentBlocks) {
        std::optional<domain::ContentBlockVersion> kept;
        const auto *bounded = withinBounds(
            given, kept, QStringLiteral("content-blocks"), 0,
            [&] {
                return QStringLiteral("content block %1 version %2")
                    .arg(shownId(given.blockId), shownId(given.version));
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

void CatalogueWriter::deleteTemplateVersion(const QString &templateId, const QString &version)
{
    m_st->approvalsDelete.bind(1, templateId).bind(2, version).run();
    Statement del = m_db.prepare("DELETE FROM template_versions WHERE template_id = ?1 AND version = ?2");
    del.bind(1, templateId).bind(2, version).run();
}

void CatalogueWriter::applyDeletions(qint64 repoId, const QStringList &objectIds, ApplyResult &r)
{
    if (objectIds.isEmpty())
        return;
    Statement templates = m_db.prepare(QStringLiteral("SELECT template_id, version FROM template_versions "
                                                      "WHERE repo_id = ?1 AND %1 = ?2")
                                           .arg(QLatin1String(kObjectId)));
    Statement blocks = m_db.prepare(
        QStringLiteral("DELETE FROM content_blocks WHERE repo_id = ?1 AND %1 = ?2").arg(QLatin1String(kObjectId)));
    for (const QString &objectId : objectIds) {
        QList<QPair<QString, QString>> found; // read whole before writing
        templates.bind(1, repoId).bind(2, objectId);
        while (templates.step())
            found.append({templates.columnText(0), templates.columnText(1)});
        templates.reset();
        for (const auto &[id, version] : std::as_const(found))
            deleteTemplateVersion(id, version);
        blocks.bind(1, repoId).bind(2, objectId).run();
        r.deleted += found.size() + m_db.changes();
    }
}

void CatalogueWriter::dropNotIn(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
{
    QSet<QString> templates, blocks;
    for (const auto &t : page.templates)
        templates.insert(keyOf(t.templateId, t.version));
    for (const auto &b : page.contentBlocks)
        blocks.insert(keyOf(b.blockId, b.version));
    // The table's rows are read whole before any is deleted.
    const auto gone = [&](const char *sql, const QSet<QString> &kept) {
        QList<QPair<QString, QString>> out;
        Statement st = m_db.prepare(sql);
        st.bind(1, repoId);
        while (st.step())
            if (!kept.contains(keyOf(st.columnText(0), st.columnText(1))))
                out.append({st.columnText(0), st.columnText(1)});
        return out;
    };
    for (const auto &[id, version] :
         gone("SELECT template_id, version FROM template_versions WHERE repo_id = ?1", templates)) {
        deleteTemplateVersion(id, version);
        ++r.deleted;
    }
    Statement deleteBlock = m_db.prepare("DELETE FROM content_blocks WHERE block_id = ?1 AND version = ?2");
    for (const auto &[id, version] : gone("SELECT block_id, version FROM content_blocks WHERE repo_id = ?1", blocks)) {
        deleteBlock.bind(1, id).bind(2, version).run();
        ++r.deleted;
    }
}

} // namespace proofdesk::sync
