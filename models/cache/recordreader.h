#pragma once

#include "sqlite.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>

namespace proofdesk::cache {

// Reads whole records out of the cache in the field names of drop-format.md, for
// `proofdesk-cli show`, the detail view and evidence packages.
class RecordReader
{
public:
    explicit RecordReader(Database &db);

    // The communication with its fixity, delivery events, status, template version and
    // holds; nullopt if the id is unknown.
    std::optional<QJsonObject> communication(const QString &id) const;
    QJsonArray deliveryEvents(const QString &communicationId) const;
    std::optional<QJsonObject> templateVersion(const QString &templateId, const QString &version) const;
    // Many letters read in a row (a production): each template version read once and kept for
    // the reader's life, as thousands of letters share one and it does not change under a run.
    void rememberTemplateVersions() { m_rememberTemplates = true; }
    QJsonArray holdIds(qint64 commRowId) const;
    // Counts for `stats`.
    QJsonObject stats() const;

private:
    // The content blocks a communication uses, by id and version.
    QJsonArray contentBlocks(qint64 commRowId) const;
    // A statement prepared once per reader and reset when `Reused` goes out of scope: a
    // disposition hashes the whole record of each communication it destroys, and preparing
    // six statements per record was most of the time for 10,000 of them.
    class Reused;
    Statement &statement(const QString &sql) const;
    std::optional<QJsonObject> readTemplateVersion(const QString &templateId, const QString &version) const;

    Database &m_db;
    mutable std::map<QString, Statement> m_statements;
    bool m_rememberTemplates = false;
    mutable QHash<QString, std::optional<QJsonObject>> m_templateVersions; // id, newline, version
};

} // namespace proofdesk::cache
