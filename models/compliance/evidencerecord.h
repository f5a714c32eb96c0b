#pragma once

#include "cache/recordreader.h"
#include "cache/sqlite.h"
#include "finding.h"

#include <QHash>
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
    // Many letters' records in a row (a production): their findings from one run over all of
    // them (folded id → findings JSON) instead of one run a letter; `byId` must outlive it.
    void useFindings(const QHash<QString, QJsonArray> *byId) { m_findings = byId; }
    static QJsonArray findingsJson(const QList<Finding> &findings);
    // Many letters' records in a row: each template version and content block read once and
    // kept (RecordReader::rememberTemplateVersions).
    void rememberTemplates();

    QJsonArray contentBlocks(qint64 rowid) const;
    QJsonArray holds(const QString &commId, qint64 rowid) const;
    QJsonObject reissues(const QString &commId) const;
    QJsonArray findings(const QString &commId) const;

private:
    QJsonObject contentBlock(const QString &id, const QString &version) const;

    cache::Database &m_db;
    cache::RecordReader m_reader; // its statements prepared once for every letter read
    const QHash<QString, QJsonArray> *m_findings = nullptr;
    bool m_rememberTemplates = false;
    mutable QHash<QString, QJsonObject> m_blocks; // id, newline, version
};

} // namespace proofdesk::compliance
