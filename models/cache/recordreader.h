#pragma once

#include "sqlite.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

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
    QJsonArray holdIds(qint64 commRowId) const;
    // Counts for `stats`.
    QJsonObject stats() const;

private:
    // The content blocks a communication uses, by id and version.
    QJsonArray contentBlocks(qint64 commRowId) const;

    Database &m_db;
};

} // namespace proofdesk::cache
