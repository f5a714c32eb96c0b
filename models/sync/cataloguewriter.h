#pragma once

#include "applyresult.h"
#include "cache/sqlite.h"
#include "changepage.h"

#include <memory>

namespace proofdesk::sync {

// The catalogue communications refer to, CacheWriter's part: retention classes, template
// versions with their approvals and content-block versions, each written only when its record
// hash changed. And the versions that leave the repository: a network repository names a
// deleted version by its own object id (kept in the version's extra fields as
// "repository_object_id"), and a CMIS crawl that read every version says so
// (ChangePage::catalogueComplete): the repository's versions it did not bring are gone.
class CatalogueWriter
{
public:
    explicit CatalogueWriter(cache::Database &db);
    ~CatalogueWriter();

    // The page's retention classes, template and block versions (and, when the page holds the
    // repository's whole catalogue, the removal of the versions it lacks).
    void apply(qint64 repoId, const ChangePage &page, ApplyResult &r);
    // Template and block versions the repository deleted, by their object ids (ids that name
    // no version are passed over).
    void applyDeletions(qint64 repoId, const QStringList &objectIds, ApplyResult &r);

private:
    struct Statements;
    void applyRetention(qint64 repoId, const ChangePage &page, ApplyResult &r);
    void applyTemplates(qint64 repoId, const ChangePage &page, ApplyResult &r);
    void applyBlocks(qint64 repoId, const ChangePage &page, ApplyResult &r);
    void dropNotIn(qint64 repoId, const ChangePage &page, ApplyResult &r);
    void deleteTemplateVersion(const QString &templateId, const QString &version);

    cache::Database &m_db;
    std::unique_ptr<Statements> m_st;
};

} // namespace proofdesk::sync
