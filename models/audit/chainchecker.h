#pragma once

#include "auditentry.h"
#include "auditverifier.h"

#include <QCryptographicHash>
#include <QString>
#include <string>

namespace proofdesk::audit {

// The hash chain's rules, whichever store the entries are read from (records.sqlite's
// AuditVerifier, a team database): fed the entries in sequence order, it names the first one
// that is missing (a gap), does not link to the entry before it, or no longer hashes to its
// recorded hash. One hasher and one text buffer are reused for every entry, so a caller that
// hands out column bytes in place (Utf8View) verifies without allocating per entry.
class ChainChecker
{
public:
    ChainChecker();

    // Feeds the next entry read in seq order; returns false once the chain is broken
    // (result() says where and why). Entries fed after that are ignored.
    bool add(const EntryFields &fields, const Utf8View &prevHash, const Utf8View &hash);
    // Entries counted, ok, firstBadSeq and problem; elapsedMs is left to the caller.
    VerifyResult &result() { return m_result; }
    // The hash of the last entry that verified (64 hex digits), kGenesisHash if none.
    QString lastHash() const;

private:
    bool fail(qint64 seq, const QString &problem);

    VerifyResult m_result;
    QCryptographicHash m_sha{QCryptographicHash::Sha256};
    std::string m_text;
    char m_previous[64];
    char m_computed[64];
    qint64 m_expectedSeq = 1;
};

} // namespace proofdesk::audit
