#pragma once

#include "sqlite.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::cache {

struct TemplateApproval
{
    QString step;
    QString by;
    std::optional<qint64> at;
    QString decision;
    QString note;
};

// One version of a template as the cache holds it, body and approvals included.
struct TemplateVersionInfo
{
    QString templateId;
    QString version;
    QString name;
    QString status;
    QString businessUnit;
    QStringList channels;
    std::optional<qint64> effectiveFrom;
    std::optional<qint64> effectiveTo;
    QString changeNote;
    QJsonArray contentBlocks;
    QString body;
    QString sha256;
    QList<TemplateApproval> approvals;
};

// Reads a template's version history for the template history view.
class TemplateReader
{
public:
    explicit TemplateReader(Database &db);

    // Every version of the template, oldest first (numeric versions in numeric order).
    QList<TemplateVersionInfo> versions(const QString &templateId) const;
    // How many cached communications were produced with that version.
    qint64 communicationCount(const QString &templateId, const QString &version) const;

private:
    QList<TemplateApproval> approvals(const QString &templateId, const QString &version) const;
    Database &m_db;
};

} // namespace proofdesk::cache
