#pragma once

#include <QJsonObject>
#include <QString>

namespace proofdesk::sync {

// Whether a completed process instance was rejected by a person at the engine. BPMN has no
// standard for it: the process ends normally either way, and only its variables tell. The
// repository's outcome_variable (default "outcome") is read first; a process that does not
// set it is read by the names Flowable's own examples and most fulfilment processes use
// (decision, result, status; approved, fulfilled, accepted as booleans). The reason comes
// from outcome_reason_variable (default "outcome_reason"), then rejection_reason,
// rejectionReason, comment. Never from "reason": that is the request's own, sent at start.
struct WorkflowRejection
{
    bool rejected = false;
    QString reason; // empty when the process gives none
};

// `variables` as WorkflowCase has them (name → value); `settings` the repository's.
WorkflowRejection readRejection(const QJsonObject &variables, const QJsonObject &settings);
// A deleteReason that starts with one of those words ("Rejected by the operator: …"): some
// processes end a refused task by deleting the instance. Other delete reasons cancel.
bool saysRejected(const QString &deleteReason);

} // namespace proofdesk::sync
