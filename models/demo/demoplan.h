#pragma once

#include "democatalogue.h"

#include <QByteArray>

namespace proofdesk::demo {

enum class Origin { Original, Reissue, Regeneration };
QString originKey(Origin origin);

// How the delivery events of a communication end.
enum class Outcome {
    Delivered,           // queued, sent, delivered
    Engaged,             // ... then opened (email) or viewed (web, mobile)
    Failed,              // bounced (email), returned (print), failed (sms, mobile, web)
    FailedThenDelivered, // a failed attempt, then a successful retry
    NoEvents,            // the delivery feed never reported on it
};

struct BlockUse
{
    const BlockDef *block = nullptr;
    const BlockVersion *version = nullptr;
};

// The document as written to renditions/, kept when a copy of it may be sent again.
struct Rendition
{
    QByteArray bytes;
    QString mediaType;
    QString extension;
    int pages = 0; // PDFs only
    QString text;  // the document's text, as it reads
};

// Everything decided about one communication before anything is rendered or written.
struct CommunicationPlan
{
    int slot = 0;
    QString id;
    qint64 issuedAt = 0;
    qint64 documentDate = 0; // the date printed on it (a resend keeps the original's)
    const TypeDef *type = nullptr;
    const TemplateDef *tpl = nullptr;
    const TemplateVersion *version = nullptr;
    Unit unit = Unit::RetailBanking;
    Channel channel = Channel::Print;
    Customer customer;
    QList<BlockUse> blocks;
    QString claimId, claimKind, caseId;
    qint64 claimDate = 0;
    QString batch, campaign;
    QString snapshotBatch, snapshotMonth; // the input data it was generated from
    Origin origin = Origin::Original;
    QString reissueOf, requestId;
    Outcome outcome = Outcome::Delivered;
    quint64 contentKey = 0;   // seeds amounts and table rows; a regeneration reuses the original's
    bool omitText = false;    // leave "text" out: Proofdesk must extract it from the PDF
    bool corrupt = false;     // deliberately damaged rendition (fixity check target)
    bool extraFields = false; // carry generator fields the spec does not define
    bool earlyFeed = false;   // delivery events go to the file that sorts before all others
    Rendition copyOf;         // a resend: the archived rendition, sent again
    // A failed original that the generator answers with a reissue later on.
    bool scheduleReissue = false;
    Origin reissueMode = Origin::Reissue;
    Channel reissueChannel = Channel::Print;
    qint64 reissueDue = 0;

    bool usesUnapprovedTemplate() const;
    bool usesRetiredBlock() const;
    bool failed() const { return outcome == Outcome::Failed; }
};

} // namespace proofdesk::demo
