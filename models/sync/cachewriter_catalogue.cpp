// CacheWriter: template and content-block versions that leave the repository. A network
// repository names a deleted version by its own object id (kept in the version's extra
// fields as "repository_object_id"), and a CMIS crawl that read every version says so
// (ChangePage::catalogueComplete): the repository's versions it did not bring are gone.
#include "cachewriter.h"
#include "cachewriter_statements.h"
#include "domain/textfold.h"

#include <QSet>

namespace proofdesk::sync {

using cache::Statement;

namespace {

// The object id kept with a version; NULL where its extra fields are none or not JSON
// (a drop's versions), so that json_extract never sees them.
const char *const kObjectId = "CASE WHEN json_valid(extra) THEN json_extract(extra, '$.repository_object_id') END";

QString keyOf(const QString &id, const QString &version)
{
    return domain::foldCase(id) + QChar(0) + domain::foldCase(version); // the columns compare COLLATE fold
}

} // namespace

void CacheWriter::deleteTemplateVersion(const QString &templateId, const QString &version)
{
    CacheWriterStatements &s = statements();
    s.approvalsDelete.bind(1, templateId).bind(2, version).run();
    Statement del = m_db.prepare("DELETE FROM template_versions WHERE template_id = ?1 AND version = ?2");
    del.bind(1, templateId).bind(2, version).run();
}

void CacheWriter::applyCatalogueDeletions(qint64 repoId, const QStringList &objectIds, ApplyResult &r)
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

void CacheWriter::dropCatalogueNotIn(qint64 repoId, const sync::ChangePage &page, ApplyResult &r)
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
