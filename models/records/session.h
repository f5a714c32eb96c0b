#pragma once

#include "audit/auditentry.h"
#include "audit/auditreason.h"
#include "cache/sqlite.h"
#include "identity.h"
#include "rolereplay.h"
#include "roles.h"

#include <QJsonValue>
#include <functional>
#include <optional>

namespace proofdesk::records {

// One person acting in one role on one data folder's writer connection (records.sqlite
// attached as rec). Every records service takes a session: it checks the role table, says
// who and when, and writes the audit entries.
class RecordsSession
{
public:
    using Clock = std::function<qint64()>; // ms since the epoch, UTC

    // Acting as `role`, which must be among the identity's grants that an entry of the trail
    // made (RoleReplay); otherwise the attempt is audited and RecordsError(Refused) thrown,
    // naming the roles the user has, or that the grant is one no entry made. To read the trail
    // (openFor, forReading with ViewAuditTrail or ViewOwnAuditEntries) such a grant still counts:
    // `audit verify` must be able to name it.
    static RecordsSession open(cache::Database &writer, const Identity &identity, Role role, Clock clock = {});
    // As open(), with `requested` if given (which must permit `action`), else the first
    // granted role (agent, compliance, records, admin order) that permits `action`; refused
    // (audited) if there is none.
    static RecordsSession openFor(cache::Database &writer, const Identity &identity, std::optional<Role> requested,
                                  Action action, Clock clock = {});
    // For a read that changes nothing (a dry run, a count, a preview: services::ReadSession):
    // `requested` if granted and permitting `action`, else the first granted role that does;
    // refused (RecordsError) with nothing recorded, on any connection, a read-only one too. A
    // record() on it needs a writer and throws on a reader: reads are not actions.
    static RecordsSession forReading(cache::Database &db, const Identity &identity, std::optional<Role> requested,
                                     Action action, Clock clock = {});
    // Automatic steps (a reissue fulfilled by a sync, an outbox send) are recorded in the
    // role "system" on behalf of the identity whose process ran them; no role check.
    static RecordsSession system(cache::Database &writer, const Identity &identity, Clock clock = {});
    // An automatic step this session's process takes on its own (an outbox item withdrawn, an
    // engine's outcome recorded): the role "system", on behalf of this session's user, by its
    // clock (this session must outlive it).
    RecordsSession systemStep() const;

    cache::Database &db() const { return *m_db; }
    const QString &user() const { return m_user; }
    QString roleText() const { return m_roleText; }
    std::optional<Role> role() const { return m_role; }
    const QString &device() const { return m_device; }
    qint64 now() const;

    // Throws RecordsError(Refused) after auditing the refusal unless the role permits
    // `action`. Call it before opening the action's transaction: the refusal must commit.
    void require(Action action, const QString &objectType = {}, const QString &objectId = {}) const;
    // Audits a refusal of a records rule (not the role table) and throws RecordsError(Refused).
    // The trail keeps the reason's code (language-neutral); the message thrown is in the
    // interface language.
    [[noreturn]] void refuse(const QString &action, const QString &objectType, const QString &objectId,
                             const audit::AuditReason &reason) const;
    // Audits a refusal without throwing (one item of a batch that goes on without it).
    void recordRefusal(const QString &action, const QString &objectType, const QString &objectId,
                       const audit::AuditReason &reason) const;

    // Appends an audit entry (in the current transaction, or its own).
    audit::AuditEntry record(const QString &action, const QString &objectType, const QString &objectId,
                             const QString &reason = {}, const QJsonValue &before = {},
                             const QJsonValue &after = {}) const;

private:
    RecordsSession(cache::Database &db, QString user, std::optional<Role> role, Clock clock);
    void appendRefusal(const QString &action, const QString &objectType, const QString &objectId,
                       const QString &storedReason) const;

    cache::Database *m_db;
    QString m_user;
    std::optional<Role> m_role;
    QString m_roleText;
    QString m_device;
    Clock m_clock;
    bool m_quiet = false; // forReading(): a refusal is thrown, never recorded

    // `roles` as RoleReplay read them for the action asked (read once a session).
    static RecordsSession open(cache::Database &writer, const Identity &identity, Role role, Clock clock,
                               const RoleReplay::IdentityRoles &roles);
};

} // namespace proofdesk::records
