#include "localauditrecords.h"

#include "cache/filetransaction.h"
#include "dispositionreplay.h"
#include "holdreplay.h"
#include "localrecordsfolder.h"
#include "matterreplay.h"
#include "reissuereplay.h"
#include "relatedobjects.h"
#include "rolereplay.h"
#include "session.h"

#include <QJsonObject>

namespace proofdesk::records {

LocalAuditRecords::LocalAuditRecords(const LocalRecordsFolder &folder)
    : m_session(folder.session())
    , m_recordsAreOurs(!folder.isReadOnly())
{}

void LocalAuditRecords::scopeAuditFilter(audit::AuditFilter &filter, bool *ownOnly) const
{
    const bool everyone = !m_session.role() || AccessPolicy::permits(*m_session.role(), Action::ViewAuditTrail);
    m_session.require(everyone ? Action::ViewAuditTrail : Action::ViewOwnAuditEntries, QStringLiteral("audit"));
    if (!everyone)
        filter.user = m_session.user(); // whatever the caller asked for
    if (ownOnly)
        *ownOnly = !everyone;
}

QList<audit::AuditEntry> LocalAuditRecords::auditEntries(audit::AuditFilter filter, bool *ownOnly)
{
    scopeAuditFilter(filter, ownOnly);
    return audit::AuditTrail(m_session.db()).entries(filter);
}

qint64 LocalAuditRecords::exportAudit(QIODevice &out, audit::AuditFilter filter, bool *ownOnly)
{
    scopeAuditFilter(filter, ownOnly);
    return audit::AuditTrail(m_session.db()).exportJsonLines(out, filter);
}

QList<audit::AuditObject> LocalAuditRecords::objectsAbout(const QString &communicationId) const
{
    return objectsAboutCommunication(m_session.db(), communicationId);
}

qint64 LocalAuditRecords::auditCount() const { return audit::AuditTrail(m_session.db()).count(); }

audit::VerifyResult LocalAuditRecords::verifyAudit(const std::function<void(qint64)> &progress,
                                                   const std::atomic_bool *cancel)
{
    m_session.require(Action::ViewAuditTrail, QStringLiteral("audit"));
    audit::VerifyResult v = audit::AuditVerifier(m_session.db()).verify(progress, cancel);
    v.state = MatterReplay(m_session.db()).check();
    if (m_recordsAreOurs) {
        v.state += HoldReplay(m_session.db()).check();
        v.state += ReissueReplay(m_session.db()).check();
        v.state += RoleReplay(m_session.db()).check();
        v.state += DispositionReplay(m_session.db()).check();
    }
    if (!v.state.isEmpty() && v.ok) {
        v.ok = false;
        v.problem = v.state.constFirst().object + QStringLiteral(": ") + v.state.constFirst().problem;
    }
    try {
        m_session.record(
            QStringLiteral("audit.verify"), QStringLiteral("audit"), QString(), QString(), {},
            QJsonObject{{QStringLiteral("entries"), v.entries},
                        {QStringLiteral("ok"), v.ok},
                        {QStringLiteral("first_bad_seq"), v.firstBadSeq ? QJsonValue(v.firstBadSeq) : QJsonValue()},
                        {QStringLiteral("state_problems"), v.state.size()}});
    } catch (const cache::SqliteError &e) {
        // On a full disk the verification still answers (it only reads); that it is missing
        // from the trail is said with the result.
        if (!e.isDiskFull())
            throw;
        v.notRecorded = QString::fromUtf8(e.what());
    }
    return v;
}

audit::AuditAnchor LocalAuditRecords::auditAnchor()
{
    m_session.require(Action::ViewAuditTrail, QStringLiteral("audit"));
    // One transaction: the head the entry names is the one it is chained onto.
    cache::FileTransaction tx(m_session.db(), cache::Locks::RecordsOnly);
    const audit::AuditAnchor extended = audit::AuditTrail(m_session.db()).head();
    // The entry cannot hold its own hash; it names the head it extends, and the anchor
    // handed back is the entry itself, so that the anchor also covers its own record.
    const audit::AuditEntry entry = m_session.record(QStringLiteral("audit.anchor"), QStringLiteral("audit"), QString(),
                                                     QString(), {}, extended.toJson());
    tx.commit();
    return {entry.seq, entry.hash};
}

std::optional<QString> LocalAuditRecords::auditEntryHash(qint64 seq) const
{
    m_session.require(Action::ViewAuditTrail, QStringLiteral("audit"));
    return audit::AuditTrail(m_session.db()).hashAt(seq);
}

} // namespace proofdesk::records
