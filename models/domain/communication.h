#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace proofdesk::domain {

struct BlockRef
{
    QString id;
    QString version;
};

enum class Fixity { Missing, Verified, Failed };
QString fixityName(Fixity f);

// One generated communication as a repository describes it (drop-format.md).
// Optional text fields are null QStrings when absent.
struct Communication
{
    QString id;
    QString type;
    qint64 issuedAt = 0; // ms since epoch, UTC
    QString channel;
    QString templateId;
    QString templateVersion;

    QString renditionPath;
    QString mediaType;
    QString renditionSha256;
    qint64 renditionBytes = 0;
    std::optional<int> pages;

    QString recipientName;
    QString recipientAddress;
    QString recipientEmail;
    QString recipientPhone;

    QString customerId;
    QString accountId;
    QString policyId;
    QString claimId;
    QString loanId;
    QString caseId;

    QString workspaceType;
    QString workspaceId;
    QString workspaceTitle;

    QString businessUnit;
    QString batch;
    QString campaign;
    QString language;
    QList<BlockRef> contentBlocks;
    QString text;
    QString retentionClass;
    std::optional<qint64> retentionTrigger;
    QString snapshotPath;
    QString snapshotSha256;
    QString origin = QStringLiteral("original");
    QString reissueOf;
    QString requestId;
    QByteArray extraJson; // unknown fields, compact JSON object, or empty

    // The repository's own identity of the object (cmis:objectId, the ArchivesSpace record
    // uri), which never changes while `id` may be mapped to a business property: deletions
    // and resyncs key on it. Empty where the id is the identity (drops).
    QString repositoryObjectId;
    // Holds the repository itself has on the object (cmis:rm_holdIds): they count as holds.
    QStringList repositoryHoldIds;

    // Filled by the connector when it checks the rendition bytes.
    Fixity fixity = Fixity::Missing;
    QString contentSha256;
    QByteArray recordHash; // identifies the exact record line: equal hash = unchanged
    QString sourceFile;    // where the record came from, for error messages
    qint64 sourceLine = 0;

    // The space-separated ids that a bare word matches (search-syntax.md).
    QString searchableIds() const;
};

} // namespace proofdesk::domain
