#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace proofdesk::itemmodels {

// What the document bytes in hand may be shown as.
enum class DocumentState {
    Verified, // read from the content store and re-hashed to the recorded SHA-256 just now
    Failed,   // the bytes do not hash to the recorded SHA-256 (at import or now): never "as sent"
    Missing,  // not fetched, or absent from the repository
};

// A search that finds communications related to the shown one.
struct RelatedLink
{
    enum class Kind { Original, Reissue, BusinessKey };
    Kind kind = Kind::BusinessKey;
    QString label; // "Customer CUST-1"
    QString query; // "customer:CUST-1"
    qint64 count = 0;
};

// One content block version placed in the communication, with what the cache knows of it.
struct BlockInfo
{
    QString id;
    QString version;
    QString title;
    QString kind;
    QString status;
    std::optional<qint64> retiredAt;
};

// An active legal hold that covers the communication, as Details lists it.
struct HoldSummary
{
    QString id;
    QString name;
    QString matter; // may be empty: a hold need not name a matter
    QString reason;
    qint64 since = 0; // created_at, ms since the epoch, UTC
    QString by;       // who applied it
};

// Everything the detail pane shows about one communication, read on a worker thread.
struct CommunicationDetail
{
    qint64 rowid = 0;
    QJsonObject record; // RecordReader::communication
    DocumentState documentState = DocumentState::Missing;
    QByteArray bytes; // set only when Verified
    QString expectedSha256;
    QString actualSha256;                        // what the bytes hashed to, when known
    QString repoKind;                            // the kind of the repository it came from (drop, cmis, …)
    std::optional<bool> templateApprovedAtIssue; // nullopt: the template version is unknown
    QJsonObject approvalAtIssue;                 // the approval that made it approved at issue time
    QList<BlockInfo> blocks;
    QList<RelatedLink> related;
    QList<HoldSummary> holds; // active holds only, by id
    // The row no longer holds what Proofdesk wrote: changed outside it (cache/rowseal.h).
    bool rowChanged = false;
    qint64 loadMs = 0;
    QString error;

    QString id() const { return record.value(QStringLiteral("id")).toString(); }
    QString mediaType() const
    {
        return record.value(QStringLiteral("rendition")).toObject().value(QStringLiteral("media_type")).toString();
    }
};

} // namespace proofdesk::itemmodels
