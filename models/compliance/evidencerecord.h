#pragma once

#include "cache/sqlite.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace proofdesk::compliance {

// Everything the cache and records.sqlite (`rec`) know about one communication, as the
// record.json of an evidence package: the record itself (RecordReader's form, with its
// delivery events and template version with approvals), the content block versions it
// contains, every hold that covers or covered it, its reissue requests and reissues, and
// its findings. nullopt if the id is not in the cache.
class EvidenceRecord
{
public:
    explicit EvidenceRecord(cache::Database &db);

    std::optional<QJsonObject> collect(const QString &commId) const;

    QJsonArray contentBlocks(qint64 rowid) const;
    QJsonArray holds(const QString &commId, qint64 rowid) const;
    QJsonObject reissues(const QString &commId) const;
    QJsonArray findings(const QString &commId) const;

private:
    cache::Database &m_db;
};

} // namespace proofdesk::compliance
