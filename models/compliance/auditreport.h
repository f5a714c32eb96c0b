#pragma once

#include "cache/sqlite.h"
#include "finding.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::compliance {

// One approval decision on a template version, as the cache keeps it.
struct TemplateDecision
{
    QString step;
    QString by;
    std::optional<qint64> at;
    QString decision; // a code: approved, rejected
    QString note;
};

struct TemplateUse
{
    QString templateId;
    QString version;
    QString name;
    QString status; // empty when the version is unknown to the cache
    qint64 count = 0;
    QList<TemplateDecision> approvals;
};

// The audit report of a search (a campaign, a segment) or the whole cache: counts by
// delivery status and channel, the template versions used with their approval records,
// and the findings.
struct AuditReport
{
    QString query;
    qint64 generatedAt = 0;
    QString generatedBy;
    qint64 total = 0;
    QList<QPair<QString, qint64>> byStatus;
    QList<QPair<QString, qint64>> byChannel;
    QList<TemplateUse> templates;
    FindingsReport findings;
    QString error;

    // Reads everything on `db` (a reader; records.sqlite attached as rec).
    static AuditReport build(cache::Database &db, const QString &query, const FindingOptions &options = {});

    QString html() const;
    QByteArray pdf() const;
    QByteArray csv() const;
    // Atomic (QSaveFile); throws std::runtime_error naming the file.
    void writePdf(const QString &path) const;
    void writeCsv(const QString &path) const;
};

} // namespace proofdesk::compliance
