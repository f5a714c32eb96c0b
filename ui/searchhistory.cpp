#include "searchhistory.h"

void SearchHistory::record(const QString &query)
{
    const QString q = query.trimmed();
    if (m_index >= 0) {
        const QString &now = m_entries.at(m_index);
        if (q == now)
            return;
        const bool refining = !now.isEmpty() && !q.isEmpty() && (q.startsWith(now) || now.startsWith(q));
        if (refining) {
            m_entries[m_index] = q;
            m_entries.erase(m_entries.begin() + m_index + 1, m_entries.end());
            return;
        }
    }
    m_entries.erase(m_entries.begin() + (m_index + 1), m_entries.end());
    m_entries.append(q);
    m_index = int(m_entries.size()) - 1;
}

QString SearchHistory::back()
{
    if (canGoBack())
        --m_index;
    return current();
}

QString SearchHistory::forward()
{
    if (canGoForward())
        ++m_index;
    return current();
}
