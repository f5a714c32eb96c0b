#include "stringpool.h"

namespace proofdesk::itemmodels {

void StringPool::intern(QString &value)
{
    if (value.isEmpty())
        return; // QString() shares nothing to save
    if (const auto it = m_values.constFind(value); it != m_values.cend()) {
        value = *it;
        return;
    }
    if (m_values.size() >= kMaxValues)
        m_values.clear(); // rows already made keep their strings; new ones share again
    m_values.insert(value);
}

} // namespace proofdesk::itemmodels
