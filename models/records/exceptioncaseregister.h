#pragma once

#include "exceptioncase.h"

#include <QList>
#include <optional>

namespace proofdesk::cache {
class Database;
}

namespace proofdesk::records {

// The exception cases in records.sqlite (rec.exception_cases), read and written on the
// cache connection with records attached, in the caller's transaction.
class ExceptionCaseRegister
{
public:
    explicit ExceptionCaseRegister(cache::Database &db);

    // Checks the request and queues the case: the row (state queued) and its outbox item to
    // the workflow repository, whose id is the case's business key. Throws RecordsError:
    // Invalid for another finding kind, no reason, or no workflow repository; Conflict when a
    // case for the finding is open or completed (after one the engine deleted, a new one is
    // opened under the next number); NotFound when the communication does not have that
    // finding now.
    ExceptionCase open(const QString &finding, const QString &communicationId, const QString &reason,
                       const QString &user, qint64 now);

    std::optional<ExceptionCase> find(const QString &id) const;
    // All cases, or those on one communication; oldest first.
    QList<ExceptionCase> list(const QString &communicationId = {}) const;
    QList<ExceptionCase> openCases() const;
    // What the engine says now; a case whose state and reason are unchanged is left as it is.
    // True when something changed.
    // Takes back a case opened a moment ago whose audit entry could not be written (a team
    // database that refused it): the row and its outbox item, if not sent yet.
    void withdrawUnsent(const QString &id);
    bool setState(const QString &id, const QString &state, const QString &instanceId, const QString &deleteReason,
                  qint64 now);

private:
    // The id of the finding's next case; throws Conflict while its newest case stands.
    QString nextCaseId(const QString &finding, const QString &communicationId) const;
    QList<ExceptionCase> query(const char *where, const QString &value) const;
    cache::Database &m_db;
};

} // namespace proofdesk::records
