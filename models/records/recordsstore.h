#pragma once

#include "audit/auditanchor.h"
#include "audit/auditentry.h"
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "disposition.h"
#include "exceptioncase.h"
#include "findingreview.h"
#include "hold.h"
#include "holddeliverycounts.h"
#include "outboxdispatcher.h"
#include "reissue.h"
#include "roles.h"

#include <QIODevice>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace proofdesk::records {

// What people do with records, whichever store keeps them: today the data folder's own
// records.sqlite (LocalRecordsStore); a team's shared database implements the same calls.
// A store is bound to one person acting in one role: every call checks the role table and
// the records rules and is audited by the store itself, so a caller can neither skip a check
// nor forget an entry. Refusals and bad input throw RecordsError.
//
// Callers (the desktop's jobs, the command-line client) get a store from
// services::ActionRunner and never reach the database behind it.
class RecordsStore
{
public:
    virtual ~RecordsStore() = default;

    // Who acts, as the store knows it.
    virtual QString user() const = 0;
    virtual std::optional<Role> role() const = 0;
    virtual QString roleText() const = 0;
    // The device id this desktop writes into entries, and the time as this store's clock
    // tells it (for what a caller stamps itself, such as an evidence package; a team's
    // entries get the server's time).
    virtual QString device() const = 0;
    virtual qint64 now() const = 0;
    // Throws RecordsError(Refused), audited, unless the role permits `action`.
    virtual void require(Action action, const QString &objectType = {}, const QString &objectId = {}) const = 0;
    // A read (a search, a view of a document, an export of results), from the desktop or the
    // command-line client alike: checks that the role permits `action` (a refusal is audited
    // and thrown), then records it under the action's name with `detail` as the entry's after.
    audit::AuditEntry recordAccess(Action action, const QString &objectType, const QString &objectId,
                                   const QJsonObject &detail = {});
    // Records something done outside the records rules (a view, a search, an export).
    virtual audit::AuditEntry record(const QString &action, const QString &objectType, const QString &objectId,
                                     const QString &reason = {}, const QJsonValue &before = {},
                                     const QJsonValue &after = {}) = 0;

    // Legal holds (records role).
    virtual HoldInfo createHold(const HoldSpec &spec, const HoldProgress &progress = {}) = 0;
    virtual qint64 addHoldItems(const QString &holdId, const QStringList &ids, const QString &reason,
                                const HoldProgress &progress = {}) = 0;
    virtual qint64 removeHoldItems(const QString &holdId, const QStringList &ids, const QString &reason) = 0;
    virtual HoldInfo releaseHold(const QString &holdId, const QString &reason) = 0;
    virtual QList<HoldInfo> holds() const = 0;
    virtual std::optional<HoldInfo> findHold(const QString &holdId) const = 0;
    virtual QStringList holdMembers(const QString &holdId) const = 0;
    // The audit entries about a hold, oldest first.
    virtual QList<audit::AuditEntry> holdHistory(const QString &holdId) const = 0;
    // The repository objects that refused the hold for good (gone), with why; newest first.
    // Deliveries are this data folder's own work (its records.sqlite) in either store.
    virtual QList<HoldRefusal> holdRefusals(const QString &holdId, int limit) const = 0;

    // Reissues: requested by agents and compliance officers, approved by a compliance officer
    // other than the requester.
    virtual ReissueRequest requestReissue(const ReissueSpec &spec) = 0;
    virtual ReissueRequest approveReissue(const QString &requestId, const QString &note) = 0;
    virtual ReissueRequest rejectReissue(const QString &requestId, const QString &note) = 0;
    virtual ReissueRequest withdrawReissue(const QString &requestId, const QString &reason) = 0;
    virtual QList<ReissueRequest> reissues(const QString &status = {}, const QString &communicationId = {}) const = 0;
    virtual std::optional<ReissueRequest> findReissue(const QString &requestId) const = 0;

    // Finding reviews (the roles that run findings): a mark with a note on one finding of a
    // communication, audited as "finding.review". `kind` is the finding's kind name.
    virtual FindingReview reviewFinding(const QString &kind, const QString &communicationId, const QString &note) = 0;
    // The marks, oldest first: all, or those on one communication.
    virtual QList<FindingReview> findingReviews(const QString &communicationId = {}) const = 0;

    // Exception cases (compliance): from an undelivered or fixity_failed finding that holds,
    // a case queued for the workflow repository's exception process, once per finding,
    // audited as "exception_case.open". Its state follows the engine (flushOutbox). The
    // cases and the outbox are this data folder's own (records.sqlite) in either store.
    virtual ExceptionCase openExceptionCase(const QString &finding, const QString &communicationId,
                                            const QString &reason) = 0;
    virtual QList<ExceptionCase> exceptionCases(const QString &communicationId = {}) const = 0;

    // Disposition (records role): the review list and the approval, which re-checks holds in
    // the transaction of the decision.
    virtual QList<EligibleItem> dispositionReview(int limit = -1, ReviewRead read = ReviewRead::Review) = 0;
    virtual DispositionResult approveDisposition(const QStringList &ids, const QString &reason) = 0;
    // Communications past retention that a hold keeps from the review list.
    virtual qint64 heldEligibleCount() const = 0;

    // The audit trail as this person may see it: everyone's entries for a role that may view
    // the trail, one's own only for an agent (whatever the filter says), refused otherwise.
    // `ownOnly` tells the caller which applied.
    virtual QList<audit::AuditEntry> auditEntries(audit::AuditFilter filter, bool *ownOnly = nullptr) = 0;
    // The objects the trail names about one communication (records::objectsAboutCommunication):
    // put in AuditFilter::objects, the entries about the letter, whatever object they name.
    virtual QList<audit::AuditObject> objectsAbout(const QString &communicationId) const = 0;
    virtual qint64 exportAudit(QIODevice &out, audit::AuditFilter filter, bool *ownOnly = nullptr) = 0;
    // exportAudit as a person does it (the CLI's `audit export`, the audit view's Export):
    // the entries as JSON lines; then `finish` (which commits the file and throws when it
    // cannot); then an "audit.export" entry naming the destination, the filter and the count.
    // Nothing is recorded when writing or finishing fails.
    qint64 exportAuditRecorded(QIODevice &out, const audit::AuditFilter &filter, const QString &destination,
                               const std::function<void()> &finish);
    // The newest sequence number (entries have no gaps), for paging the newest entries.
    virtual qint64 auditCount() const = 0;
    // Recomputes the chain (ViewAuditTrail) and records that it was verified.
    virtual audit::VerifyResult verifyAudit(const std::function<void(qint64)> &progress = {},
                                            const std::atomic_bool *cancel = nullptr) = 0;

    // The chain head to keep outside the store (ViewAuditTrail; recorded as "audit.anchor").
    virtual audit::AuditAnchor auditAnchor() = 0;
    // The hash the entry `seq` has now, nullopt if there is none (ViewAuditTrail).
    virtual std::optional<QString> auditEntryHash(qint64 seq) const = 0;
    // verifyAudit, then checkAnchor: the chain, and that the anchored entry still has the
    // anchored hash (so that removed newest entries or a consistently rewritten chain fail).
    audit::VerifyResult verifyAuditAnchored(const audit::AuditAnchor &anchor,
                                            const std::function<void(qint64)> &progress = {},
                                            const std::atomic_bool *cancel = nullptr);

    // Sends what actions queued for the repositories (each item once; see OutboxDispatcher).
    virtual FlushReport flushOutbox() = 0;
};

} // namespace proofdesk::records
