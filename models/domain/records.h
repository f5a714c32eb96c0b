#pragma once

#include "communication.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace proofdesk::domain {

struct Approval
{
    QString step;
    QString by;
    std::optional<qint64> at;
    QString decision;
    QString note;
};

// One version of a template; a later line for the same (templateId, version) replaces it.
struct TemplateVersion
{
    QString templateId;
    QString version;
    QString name;
    QString status; // draft | in_review | approved | retired | superseded
    QString businessUnit;
    QStringList channels;
    std::optional<qint64> effectiveFrom;
    std::optional<qint64> effectiveTo;
    QList<Approval> approvals;
    QString changeNote;
    QList<BlockRef> contentBlocks;
    QString body;
    QString sha256;
    QByteArray extraJson;
    QByteArray recordHash;
};

struct ContentBlockVersion
{
    QString blockId;
    QString version;
    QString kind;
    QString title;
    QString status;
    std::optional<qint64> approvedAt;
    std::optional<qint64> retiredAt;
    QString text;
    QByteArray extraJson;
    QByteArray recordHash;
};

struct DeliveryEvent
{
    QString communicationId;
    QString event; // queued | sent | delivered | opened | viewed | bounced | returned | failed
    qint64 at = 0;
    QString channel;
    QString detail;
    QString providerRef;
    QByteArray extraJson;
};

struct RetentionClass
{
    QString name;
    QString title;
    int years = 0;
    QString trigger = QStringLiteral("issued_at");
    QByteArray extraJson;
    QByteArray recordHash;
};

} // namespace proofdesk::domain
