#pragma once

#include "cache/sqlite.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace proofdesk::audit {

// A row of the records' state that no entry of the trail explains (records::MatterReplay):
// what and where.
struct StateProblem
{
    QString object;  // "matter MAT-3", "review of EXS-2025-…-000123 of matter MAT-3", …
    QString problem; // for a person: what the row says and what the trail says
};

struct VerifyResult
{
    qint64 entries = 0; // entries read
    bool ok = true;
    qint64 firstBadSeq = 0; // 0 when ok
    QString problem;        // what is wrong with firstBadSeq, for a person
    qint64 elapsedMs = 0;
    QString notRecorded; // why this verification is not in the trail itself (a full disk)
    // The records' state checked against the chain (records::AuditRecords::verifyAudit): each
    // row no entry explains. Any makes ok false; the chain itself may still be whole.
    QList<StateProblem> state;
};

// Recomputes the hash chain of the audit trail and names the first entry that does not
// verify: a changed field (its hash no longer matches), a broken link (prev_hash is not
// the previous entry's hash) or a gap in the sequence (an entry was deleted).
//
// It streams one prepared statement and hashes the column bytes in place (one reused
// buffer, no per-row allocation), so a million entries take seconds.
class AuditVerifier
{
public:
    explicit AuditVerifier(cache::Database &db);

    // progress(entriesSoFar) every 65,536 entries; cancel stops early (ok stays as found).
    VerifyResult verify(const std::function<void(qint64)> &progress = {},
                        const std::atomic_bool *cancel = nullptr) const;

private:
    cache::Database &m_db;
};

} // namespace proofdesk::audit
