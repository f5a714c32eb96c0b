#include "queryinterrupter.h"

#include <QHash>
#include <QMutex>
#include <sqlite3.h>

namespace proofdesk::search {

namespace {

// The innermost interrupter of each connection (SQLite keeps one progress handler and does
// not say which): connections live on several threads, hence the lock.
QMutex &registryLock()
{
    static QMutex lock;
    return lock;
}

QHash<sqlite3 *, QueryInterrupter *> &registry()
{
    static QHash<sqlite3 *, QueryInterrupter *> innermost;
    return innermost;
}

} // namespace

QueryInterrupter::QueryInterrupter(cache::Database &db, std::function<bool()> shouldStop)
    : m_db(db)
    , m_shouldStop(std::move(shouldStop))
{
    const QMutexLocker locker(&registryLock());
    m_outer = registry().value(m_db.handle(), nullptr);
    registry().insert(m_db.handle(), this);
    sqlite3_progress_handler(m_db.handle(), kCheckInterval, &QueryInterrupter::onProgress, this);
}

QueryInterrupter::~QueryInterrupter()
{
    const QMutexLocker locker(&registryLock());
    if (m_outer) {
        registry().insert(m_db.handle(), m_outer);
        sqlite3_progress_handler(m_db.handle(), kCheckInterval, &QueryInterrupter::onProgress, m_outer);
    } else {
        registry().remove(m_db.handle());
        sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
    }
}

bool QueryInterrupter::stops() const { return m_shouldStop() || (m_outer && m_outer->stops()); }

int QueryInterrupter::onProgress(void *self) { return static_cast<QueryInterrupter *>(self)->stops() ? 1 : 0; }

} // namespace proofdesk::search
