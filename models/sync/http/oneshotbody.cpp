#include "oneshotbody.h"

#include <cstring>

namespace proofdesk::sync {

bool OneShotBody::seek(qint64 pos)
{
    if (m_read && pos < this->pos())
        return false; // the bytes went out once: sending them again is the caller's decision
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    m_read = true;
    const qint64 n = qBound(qint64(0), m_bytes.size() - pos(), maxSize);
    std::memcpy(data, m_bytes.constData() + pos(), size_t(n));
    return n;
}

} // namespace proofdesk::sync
