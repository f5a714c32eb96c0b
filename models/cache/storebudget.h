#pragma once

#include <QtGlobal>
#include <atomic>

namespace proofdesk::cache {

// How many more bytes a sync may copy into the content store: documents.limit less what the
// store holds when the sync starts. A drop from a stick that is larger than the limit is
// copied until the budget is spent, and the rest is read from the drop when viewed (as an
// evicted document is): copying bytes only to evict them again cost a million-letter import
// minutes of writes and deletions. Taken by the thread that copies, while the writer reads.
class StoreBudget
{
public:
    explicit StoreBudget(qint64 bytes)
        : m_remaining(bytes)
    {}

    // Whether `bytes` more may be stored; if so they are taken from the budget.
    bool take(qint64 bytes)
    {
        qint64 remaining = m_remaining.load();
        do {
            if (remaining < bytes)
                return false;
        } while (!m_remaining.compare_exchange_weak(remaining, remaining - bytes));
        return true;
    }

private:
    std::atomic<qint64> m_remaining;
};

} // namespace proofdesk::cache
