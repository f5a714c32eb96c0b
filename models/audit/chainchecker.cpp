#include "chainchecker.h"

#include <cstring>

namespace proofdesk::audit {

namespace {

bool sameHash(const Utf8View &stored, const char *expected64)
{
    return stored.data && stored.size == 64 && std::memcmp(stored.data, expected64, 64) == 0;
}

} // namespace

ChainChecker::ChainChecker()
{
    m_text.reserve(4096);
    std::memcpy(m_previous, kGenesisHash, 64);
}

bool ChainChecker::add(const EntryFields &fields, const Utf8View &prevHash, const Utf8View &hash)
{
    if (!m_result.ok)
        return false;
    const qint64 seq = fields.seq;
    ++m_result.entries;
    if (seq != m_expectedSeq)
        return fail(m_expectedSeq,
                    QStringLiteral("entry %1 is missing (the next entry is %2)").arg(m_expectedSeq).arg(seq));
    if (!sameHash(prevHash, m_previous))
        return fail(seq, QStringLiteral("entry %1 does not link to entry %2: its prev_hash is not that entry's hash")
                             .arg(seq)
                             .arg(seq - 1));
    writeCanonicalEntry(m_text, fields);
    hashEntry(m_sha, m_previous, m_text, m_computed);
    if (!sameHash(hash, m_computed))
        return fail(seq, QStringLiteral("entry %1 was changed after it was written: its content no longer "
                                        "hashes to its recorded hash")
                             .arg(seq));
    std::memcpy(m_previous, m_computed, 64);
    ++m_expectedSeq;
    return true;
}

QString ChainChecker::lastHash() const { return QString::fromLatin1(m_previous, 64); }

bool ChainChecker::fail(qint64 seq, const QString &problem)
{
    m_result.ok = false;
    m_result.firstBadSeq = seq;
    m_result.problem = problem;
    return false;
}

} // namespace proofdesk::audit
