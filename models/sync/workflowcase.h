#pragma once

#include <QJsonObject>
#include <QString>

namespace proofdesk::sync {

// Where one process instance is, as the engine's history tells it.
struct WorkflowCase
{
    enum class State { None, Running, Completed, Deleted };
    State state = State::None; // None: no instance has this business key
    QString instanceId;
    QString startTime;     // ISO 8601, as the engine gives it
    QString endTime;       // empty while running
    QString deleteReason;  // why it was deleted (cancelled), when it was
    QJsonObject variables; // the process variables, name → value
    // An instance a person at the engine rejected (workflowoutcome.h): completed with variables
    // that say so (the reason they gave, if any, in rejectionReason), or deleted with a
    // deleteReason that starts with "Rejected" or the like.
    bool rejected = false;
    QString rejectionReason;

    static QString stateName(State state); // none | running | completed | deleted
    // The engine's own words for how it ended: the delete reason, or the rejection's reason.
    QString engineReason() const { return state == State::Deleted ? deleteReason : rejectionReason; }
};

} // namespace proofdesk::sync
