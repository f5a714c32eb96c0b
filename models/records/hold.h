#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace proofdesk::records {

// What a new hold covers: exactly one of a selection of ids, a search query (its matches
// now), or a business-key scope (customer, account, policy, claim, loan or case: every
// communication with that key, including those that arrive later).
struct HoldSpec
{
    QString name;
    QString matter; // the matter or case the hold is for
    QString reason;
    QStringList ids;
    QString query;
    QString scopeField; // "customer" or "customer_id", "claim", …
    QString scopeValue;
};

// How far a hold has reached one repository: how many of its objects there are confirmed
// as the hold wants them now (held, or released), still pending, or refused for good (the
// object is gone). A drop receives the whole hold as one file per revision: its items count
// as confirmed once the latest revision's file is written.
struct HoldDeliveryCount
{
    qint64 repoId = 0;
    QString repository; // its name
    QString kind;       // drop | cmis | archivesspace
    qint64 confirmed = 0;
    qint64 pending = 0;
    qint64 refused = 0;
    QString lastError; // why the newest refusal or failed attempt failed, if any
    // A hold on a key ("every customer CUST-1") reaches a drop as its key, whether or not the
    // drop holds any of its communications yet: how that key stands there ("confirmed",
    // "pending" or "refused"), empty for a hold on chosen communications or another kind.
    QString keyState;

    QJsonObject toJson() const;
};

// A hold as the register shows it.
struct HoldInfo
{
    QString id;
    QString name;
    QString matter;
    QString reason;
    QString scopeField;
    QString scopeValue;
    QString scopeQuery;
    QString createdBy;
    qint64 createdAt = 0;
    std::optional<qint64> releasedAt;
    QString releasedBy;
    QString releaseReason;
    int revision = 1;
    qint64 items = 0;        // communications it covers now (items in the cache + scope)
    qint64 removedItems = 0; // items removed with a reason (kept, marked)
    // Per repository the hold concerns; not part of toJson(), which the audit trail and
    // the drop's hold file carry: callers that show it add deliveriesJson().
    QList<HoldDeliveryCount> deliveries;

    bool active() const { return !releasedAt; }
    QJsonObject toJson() const;
    QJsonArray deliveriesJson() const;
};

// done of total; total may grow (a query's matches are counted as they are found).
using HoldProgress = std::function<void(qint64 done, qint64 total)>;

} // namespace proofdesk::records
